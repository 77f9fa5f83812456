// Words that frame names in text, as data for the entity finder: titles before a person's name,
// descriptors of an office, nouns that introduce places, outlets and organisations, and English
// capitalised words that are not names. Arabic words are written as in text and compared normalized.

/** Nouns that name an outlet (`موقع "أكسيوس"`, `قناة 13`): what they introduce is a channel. */
export const AR_OUTLET_NOUNS = [
  'موقع', 'الموقع', 'قناة', 'القناة', 'صحيفة', 'الصحيفة', 'وكالة', 'الوكالة', 'إذاعة', 'الإذاعة',
  'شبكة', 'الشبكة', 'مجلة', 'المجلة', 'تلفزيون', 'التلفزيون', 'هيئة البث', 'وكالات', 'صحف', 'وسائل',
  'محطة', 'المحطة',
];

/** Person titles; the name, when the text gives it, follows the title and its descriptors. */
export const AR_TITLES = [
  'وزير', 'الوزير', 'وزيرة', 'الوزيرة', 'رئيس', 'الرئيس', 'رئيسة', 'الرئيسة', 'مدير', 'المدير', 'مديرة',
  'المتحدث', 'متحدث', 'المتحدثة', 'متحدثة', 'الناطق', 'ناطق', 'المبعوث', 'مبعوث', 'مستشار', 'المستشار',
  'مستشارة', 'نائب', 'النائب', 'سفير', 'السفير', 'سفيرة', 'قائد', 'القائد', 'زعيم', 'الزعيم', 'أمين',
  'الأمين', 'الملك', 'الأمير', 'ولي', 'المفوض', 'مفوض', 'منسق', 'المنسق', 'مندوب', 'المندوب', 'عضو',
  'العضو', 'السيناتور', 'الجنرال', 'اللواء', 'العميد', 'المقدم', 'المفوضة', 'نائبة', 'النائبة', 'المنسقة', 'حاكم',
  'الحاكم', 'محافظ', 'المحافظ', 'عمدة', 'آية',
];

/** Nouns and particles that describe an office but are never part of a person's name. */
export const AR_DESCRIPTORS = [
  'باسم', 'أركان', 'خارجية', 'دفاع', 'داخلية', 'وزارة', 'وزراء', 'جيش', 'مكتب', 'مجلس', 'هيئة', 'حركة',
  'منظمة', 'جهاز', 'قوات', 'لجنة', 'سلطة', 'شؤون', 'دولة', 'حكومة', 'إدارة', 'اتصالات', 'أمن', 'سر',
  'عام', 'الخاص', 'خاص', 'سابق', 'السابق', 'جهود', 'وكالة', 'المكتب', 'مكتب', 'بعثة', 'رئاسة', 'حزب',
  'أمانة', 'عمليات', 'شعبة', 'سلاح', 'الأمن', 'الدفاع', 'المخابرات', 'مخابرات', 'الاستخبارات', 'استخبارات',
  'الخارجية', 'الوزراء', 'المغتربين', 'الإعلام', 'إعلام', 'الصحة', 'صحة', 'التجارة', 'الاستراتيجية',
  'القومي', 'العامة', 'العام', 'التنفيذية', 'السياسي', 'السياسية', 'العسكري', 'العسكرية', 'الأعلى',
  'الله',
];

/** Words never taken for a name even when they stand where one could (common nouns and particles). */
export const AR_NOT_NAMES = [
  'دعم', 'قلق', 'موقف', 'التزام', 'رؤية', 'أهمية', 'ضرورة', 'الجهود', 'عمليات', 'خطط', 'مخاوف', 'إدارة',
  'تصريحات', 'بيان', 'اجتماع', 'مؤتمر', 'صحفي', 'لقاء', 'زيارة', 'جولة', 'كل', 'بعض', 'جميع', 'أي',
  'هذا', 'هذه', 'ذلك', 'تلك', 'هناك', 'هنا', 'إنه', 'أنه', 'حتى', 'نحو', 'أكثر', 'أقل', 'مرة', 'عدة',
  'دولة', 'بلاده', 'بلادها', 'الذي', 'التي', 'وهو', 'وهي', 'شيء', 'ثم', 'أو', 'أم', 'إذا', 'لو', 'كان',
  'كانت', 'يكون', 'تكون', 'ليس', 'غير', 'سوى', 'بات', 'ظل', 'لدولة', 'مساعدات', 'حرب', 'هجوم', 'قصف',
];

/** Nouns that introduce a place name (`مخيم جباليا`, `معبر كرم أبو سالم`). */
export const AR_PLACE_NOUNS = ['مدينة', 'مخيم', 'بلدة', 'قرية', 'حي', 'معبر', 'محافظة', 'ميناء', 'مستوطنة'];

/** Nouns that introduce an organisation's name in quotation marks (`حركة "حماس"`). */
export const AR_ORG_NOUNS = ['حركة', 'منظمة', 'جماعة', 'حزب', 'جمعية', 'مجموعة', 'شركة', 'جهاز', 'مؤسسة', 'الحركة', 'المنظمة', 'جيش'];

/** Adjectives that may follow a nationality in a title (`المبعوث الأمريكي الخاص`). */
export const AR_POST_NATIONALITY = ['الخاص', 'السابق', 'الأعلى', 'الجديد', 'الدائم'];

/** English titles before a person's name; a capitalised run made only of these is not a name. */
export const EN_TITLES = [
  'secretary', 'minister', 'prime', 'president', 'vice', 'deputy', 'defense', 'defence', 'foreign', 'state',
  'general', 'gen', 'gen.', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy',
  'special', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sen', 'sen.', 'senator', 'rep', 'rep.',
  'representative', 'king', 'queen', 'prince', 'crown', 'sheikh', 'adviser', 'advisor', 'national',
  'security', 'homeland', 'interior', 'finance', 'army', 'staff', 'commander', 'director', 'head',
  'leader', 'speaker', 'chairman', 'chair', 'governor', 'mayor', 'lt', 'lt.', 'col', 'col.', 'maj', 'maj.',
  'rear', 'adm', 'adm.', 'admiral', 'of', 'the', 'for', 'affairs', 'humanitarian', 'cabinet', 'war',
  'strategic', 'attorney', 'justice', 'judge', 'officer', 'secretary-general', 'coordinator', 'minority',
  'majority', 'whip', 'press', 'sens', 'reps', 'pope', 'ayatollah', 'sgt', 'cpl', 'capt', 'lieutenant',
];

/** English nationality and demonym adjectives, capitalised but not names of their own. */
export const EN_NATIONALITIES = [
  'israeli', 'israelis', 'palestinian', 'palestinians', 'american', 'americans', 'egyptian', 'jordanian',
  'lebanese', 'syrian', 'iraqi', 'iranian', 'saudi', 'qatari', 'emirati', 'turkish', 'russian', 'chinese',
  'french', 'german', 'british', 'european', 'arab', 'arabs', 'western', 'yemeni', 'ukrainian', 'italian',
  'japanese', 'canadian', 'indian', 'kuwaiti', 'omani', 'bahraini', 'jewish', 'muslim', 'christian',
  'u.s.', 'us', 'un', 'u.n.', 'eu', 'democratic', 'democrat', 'democrats', 'republican', 'republicans',
  'gop', 'conservative', 'conservatives', 'liberal', 'liberals', 'sunni', 'shiite', 'shia',
];

/** Capitalised words that start sentences or headlines and are not names. */
export const EN_NOT_NAMES = [
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'he', 'she', 'it', 'they', 'we', 'i', 'you',
  'this', 'that', 'these', 'those', 'his', 'her', 'their', 'our', 'its', 'my', 'after', 'before', 'when',
  'while', 'as', 'if', 'meanwhile', 'however', 'also', 'there', 'here', 'what', 'who', 'why', 'how',
  'some', 'many', 'more', 'most', 'one', 'two', 'three', 'since', 'for', 'from', 'with', 'by', 'to',
  'of', 'according', 'speaking', 'asked', 'last', 'earlier', 'later', 'now', 'today', 'yesterday', 'so',
  'still', 'yet', 'even', 'both', 'all', 'no', 'not', 'despite', 'during', 'amid', 'under', 'over', 'until',
  'instead', 'although', 'though', 'because', 'about', 'across', 'against', 'among', 'following',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov',
  'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mr', 'mrs', 'ms', 'dr', 'said', 'says', 'read', 'more', 'related', 'advertisement', 'photo', 'video',
];

/** Last words that make an English capitalised run an organisation. */
export const EN_ORG_SUFFIXES = [
  'ministry', 'department', 'agency', 'council', 'organization', 'organisation', 'forces', 'army', 'party',
  'office', 'authority', 'union', 'nations', 'times', 'post', 'news', 'journal', 'press', 'network',
  'committee', 'commission', 'court', 'bank', 'fund', 'group', 'brigades', 'movement', 'corps', 'house',
  'assembly', 'parliament', 'senate', 'institute', 'university', 'association', 'foundation', 'service',
  'guard', 'police', 'company', 'corporation', 'inc', 'ltd', 'cabinet', 'program', 'programme',
];

/** Last words that make an English capitalised run the name of a law, plan or document. */
export const EN_DOCUMENT_SUFFIXES = ['act', 'law', 'bill', 'treaty', 'accord', 'accords', 'agreement', 'plan', 'initiative', 'resolution', 'convention', 'doctrine', 'report'];

/** English prepositions after which an unknown capitalised name is taken for a place. */
export const EN_PLACE_PREPOSITIONS = ['in', 'at', 'near', 'from', 'to', 'into', 'across', 'outside', 'inside'];

