// Function words that bound a speaker's name or mark a channel, as data for the attribution finder.
// Arabic words are written as in text; the finder compares them after normalization.

/** Complementizers that open the reported content (`قال X إن ...`), with their attached forms. */
export const AR_COMPLEMENTIZERS = [
  'أن', 'إن', 'بأن', 'وأن', 'لأن', 'أنه', 'أنها', 'إنه', 'إنها', 'بأنه', 'بأنها', 'أنهم', 'إنهم', 'بأنهم',
  'أننا', 'إننا', 'بأننا', 'أنّ', 'إنّ', 'بأنّ', 'ان', 'بان',
];

/** Prepositions and particles after which a name is no longer the subject of the verb. */
export const AR_BOUNDARY_WORDS = [
  'في', 'خلال', 'عقب', 'بعد', 'قبل', 'على', 'عن', 'إلى', 'الى', 'من', 'مع', 'أمام', 'لدى', 'عند',
  'منذ', 'حول', 'بشأن', 'حيال', 'إثر', 'أثناء', 'ضمن', 'عبر', 'دون', 'بين', 'لـ', 'ل', 'ب',
  // Prepositions of cause: a name does not run on over them (محافظة سقطرى منكوبة بسبب ما تسبب به الإعصار).
  'بسبب', 'جراء', 'جرّاء', 'بفعل',
  'أيضاً', 'أيضا', 'مجدداً', 'مجددا', 'كذلك', 'كما', 'لكن', 'لكنه', 'ولكن', 'الذي', 'التي', 'الذين',
  'فيه', 'فيها', 'له', 'لها', 'لهم', 'إنما', 'حين', 'حينها', 'بينما', 'فيما', 'ما', 'لا', 'لم', 'لن',
  'قد', 'هو', 'هي', 'هم', 'نقلاً', 'نقلا', 'وفق', 'وفقاً', 'وفقا', 'بحسب', 'حسب', 'حسبما', 'إذ',
  'قوله', 'قولها', 'قولهم', 'بقوله', 'بقولها',
];

/** Time words: a speaker's name ends before them (`قال بلينكن، مساء الأربعاء، إن`). */
export const AR_TIME_WORDS = [
  'مساء', 'مساءً', 'صباح', 'صباحاً', 'ليل', 'ليلة', 'فجر', 'ظهر', 'عصر', 'اليوم', 'أمس', 'غداً', 'غدا',
  'الآن', 'حالياً', 'حاليا', 'يوم', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس',
  'الجمعة', 'السبت', 'مؤخراً', 'مؤخرا', 'لاحقاً', 'لاحقا', 'سابقاً', 'سابقا', 'الأسبوع', 'الشهر',
];

/** Channel markers: `وفق X`, `بحسب X`, `حسبما ذكر X`; X is where the claim came from. */
export const AR_CHANNEL_MARKERS = ['وفق', 'وفقاً', 'وفقا', 'بحسب', 'حسب', 'حسبما', 'طبقاً', 'طبقا', 'استناداً', 'استنادا'];

/** Words between a channel marker and the channel (`وفقاً لما جاء في البيان`, `وفق ما أعلنته`). */
export const AR_CHANNEL_FILLERS = [
  'ل', 'لـ', 'لما', 'ما', 'جاء', 'في', 'إلى', 'الى', 'ذكر', 'ذكره', 'ذكرته', 'ذكرت', 'أعلن', 'أعلنه',
  'أعلنته', 'أعلنت', 'أورد', 'أوردته', 'أوردت', 'نقل', 'نقله', 'نقلته', 'نقلت', 'أفاد', 'أفادت', 'أفاد به',
  'أفادت به', 'نشر', 'نشرته', 'نشرت', 'أكد', 'أكدته', 'أكدت', 'قال', 'قالت', 'قاله', 'قالته',
];

/** `نقلاً عن X`: X is the speaker the channel quotes. */
export const AR_CITING_MARKERS = ['نقلاً', 'نقلا'];

/** A statement as a channel (`في بيان`, `وفق البيان`). */
export const AR_STATEMENT_WORDS = ['بيان', 'البيان', 'بياناً', 'بيانا', 'تغريدة', 'منشور', 'مقابلة'];

/** Anonymous or collective sources that can be the subject of a reporting verb. */
export const AR_SOURCE_NOUNS = [
  'مسؤول', 'المسؤول', 'مسؤولة', 'مسؤولون', 'مسؤولين', 'المسؤولون', 'مسؤولو', 'مسؤولي', 'مصدر', 'المصدر', 'مصادر',
  'المصادر', 'متحدث', 'المتحدث', 'متحدثة', 'المتحدثة', 'دبلوماسي', 'دبلوماسيون', 'مراسل', 'مراسلون',
  'مراسلنا', 'شهود', 'محللون', 'خبراء', 'ناشطون', 'تقارير', 'التقارير', 'تقرير', 'التقرير', 'المحلل',
  'محلل', 'الخبير', 'خبير', 'الباحث', 'باحث', 'الكاتب', 'الصحفي', 'المراسل', 'الناشط', 'ناشط', 'المرصد',
  'سكان', 'مسعفون', 'مصدر مطلع', 'الحكومة', 'حكومة', 'الوزارة', 'وزارة', 'السلطات', 'سلطات', 'الجيش',
  'جيش', 'الشرطة', 'المكتب', 'مكتب', 'الخارجية', 'الرئاسة', 'المجموعة', 'الحركة', 'حركة', 'البيت',
  'الوزراء', 'وزراء', 'البيان', 'بيان', 'المنظمة', 'منظمة', 'الأمم', 'الهيئة', 'هيئة', 'الدفاع', 'الداخلية',
];

/** Words that may open a sentence before its verb: `كما أكد`, `بدوره قال`. */
export const AR_OPENERS = ['كما', 'فيما', 'بدوره', 'بدورها', 'بدورهم', 'قد', 'وقد', 'ثم', 'كذلك', 'وكذلك', 'بينما', 'أيضا'];

/** Relative pronouns: a verb after them (`الذي أعلن رحيله`) is in a relative clause, not a report. */
export const AR_RELATIVES = ['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي'];

/** Words right after a participle that show it reports (`مؤكدة أن`, `مشيرة إلى`). */
export const AR_NEXT_COMPLEMENT = ['على', 'إلى', 'الى', 'عن', 'من', 'بأن', 'أن', 'إن'];

/** Forms of كان: a subject may follow them before its verb (`وكان بلينكن قال`). */
export const AR_KAN = ['كان', 'وكان', 'كانت', 'وكانت', 'فكان'];

/** Particles before an imperfect verb that make it a plan or a possibility (`أن يعلن`), not a report. */
export const AR_MODALS = ['أن', 'ان', 'لن', 'لم', 'قد', 'سوف', 'وقد', 'ولن', 'ولم'];

/** Emphatic words that continue a definite source phrase (`المصدر ذاته`). */
export const AR_EMPHATIC = ['ذاته', 'ذاتها', 'نفسه', 'نفسها', 'نفسهم', 'ذاتهم'];

/** Resumptive words between a verb and its subject (`بيان قال فيه الجيش إن`). */
export const AR_RESUMPTIVE = ['فيه', 'فيها'];

/** English words that end a speaker phrase when reading back from the verb. */
export const EN_CLAUSE_WORDS = [
  'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'because', 'after', 'before', 'as',
  'but', 'if', 'since', 'although', 'though', 'so', 'than', 'what', 'how', 'why', 'and', 'or', 'in', 'on',
  'at', 'to', 'from', 'with', 'by', 'during', 'about', 'into', 'over', 'under', 'against', 'without',
];

/** English auxiliaries and adverbs that may stand between a speaker and the verb (`Blinken has also said`). */
export const EN_VERB_MODIFIERS = [
  'has', 'had', 'have', 'was', 'were', 'is', 'are', 'would', 'will', 'also', 'later', 'earlier', 'again',
  'previously', 'then', 'reportedly', 'repeatedly', 'separately', 'recently', 'once', 'publicly',
  'privately', 'firmly', 'flatly', 'strongly', 'further', 'similarly', 'likewise', 'subsequently',
  'yesterday', 'today', 'tonight',
];

/** English time words: `Blinken on Wednesday said`, `said on Tuesday`. */
export const EN_TIME_WORDS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'evening',
  'night', 'week', 'month', 'year', 'today', 'yesterday', 'tonight', 'afternoon', 'weekend',
];

/** English pronoun subjects: the speaker is whoever the previous claim named. */
export const EN_PRONOUNS = ['he', 'she', 'they', 'it', 'we', 'i', 'you'];

/** English determiners: a speaker phrase needs more than these. */
export const EN_DETERMINERS = ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my'];

/** English anonymous sources (`officials said`, `a source told`). */
export const EN_SOURCE_NOUNS = [
  'official', 'officials', 'source', 'sources', 'spokesman', 'spokeswoman', 'spokesperson', 'diplomat',
  'diplomats', 'minister', 'ministry', 'statement', 'witnesses', 'residents', 'police', 'army', 'military',
  'government', 'authorities', 'agency', 'report', 'reports', 'aide', 'aides', 'analysts', 'experts',
];

/** Source nouns that are not people: an `according to` phrase with them is a channel, not a cited speaker. */
export const EN_NON_PERSON_SOURCES = ['statement', 'report', 'reports', 'ministry', 'agency', 'government', 'army', 'military', 'police', 'authorities'];

/** Words before an English time word that belong to it (`on Wednesday`, `last week`). */
export const EN_TIME_INTRO_WORDS = ['on', 'last', 'this', 'late', 'early', 'earlier', 'next'];

/** English nouns that name an outlet or a document (`the newspaper reported`, `in a statement`). */
export const EN_OUTLET_NOUNS = ['newspaper', 'channel', 'network', 'website', 'outlet', 'agency', 'broadcaster', 'daily', 'paper', 'radio', 'tv', 'television'];
export const EN_STATEMENT_WORDS = ['statement', 'interview', 'post', 'tweet', 'briefing', 'letter', 'readout'];
