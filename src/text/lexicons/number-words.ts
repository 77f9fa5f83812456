// Number words, scales, vague amounts and qualifiers (Arabic and English), and the words that end a count.
// Written as people write them; src/text/number-lookup.ts and numbers.ts normalize them once at load.

/** Units 1-10 (`أربعة أشهر`, `three`); feminine and masculine, nominative and oblique forms. */
export const UNIT_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['واحد', 1], ['واحدة', 1], ['اثنان', 2], ['اثنين', 2], ['اثنتان', 2], ['اثنتين', 2],
  ['ثلاث', 3], ['ثلاثة', 3], ['أربع', 4], ['أربعة', 4], ['خمس', 5], ['خمسة', 5], ['ست', 6], ['ستة', 6],
  ['سبع', 7], ['سبعة', 7], ['ثمان', 8], ['ثماني', 8], ['ثمانية', 8], ['تسع', 9], ['تسعة', 9],
  ['عشر', 10], ['عشرة', 10],
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
];

/** Heads of Arabic teens that are numbers only before `عشر`/`عشرة` (`أحد عشر`, `اثنا عشر`). */
export const TEEN_HEAD_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['أحد', 1], ['إحدى', 1], ['اثنا', 2], ['اثني', 2], ['اثنتا', 2], ['اثنتي', 2],
];

/** The word after a unit that makes an Arabic teen (`ثلاثة عشر` = 13). */
export const TEEN_MARKERS: readonly string[] = ['عشر', 'عشرة'];

/** Tens 20-90 (`عشرين`, `twenty`). */
export const TENS_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['عشرون', 20], ['عشرين', 20], ['ثلاثون', 30], ['ثلاثين', 30], ['أربعون', 40], ['أربعين', 40],
  ['خمسون', 50], ['خمسين', 50], ['ستون', 60], ['ستين', 60], ['سبعون', 70], ['سبعين', 70],
  ['ثمانون', 80], ['ثمانين', 80], ['تسعون', 90], ['تسعين', 90],
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
];

/** Hundreds (`مئة`, `مائتين`, `ثلاثمئة`); English `hundred` multiplies the unit before it. */
export const HUNDRED_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['مئة', 100], ['مائة', 100], ['مية', 100],
  ['مئتان', 200], ['مئتين', 200], ['مائتان', 200], ['مائتين', 200], ['مئتا', 200], ['مائتا', 200], ['مئتي', 200], ['مائتي', 200],
  ['ثلاثمئة', 300], ['ثلاثمائة', 300], ['أربعمئة', 400], ['أربعمائة', 400], ['خمسمئة', 500], ['خمسمائة', 500],
  ['ستمئة', 600], ['ستمائة', 600], ['سبعمئة', 700], ['سبعمائة', 700], ['ثمانمئة', 800], ['ثمانمائة', 800],
  ['ثمانيمئة', 800], ['ثمانيمائة', 800], ['تسعمئة', 900], ['تسعمائة', 900],
  ['hundred', 100],
];

/** Singular scales: multiply the number before them, or stand for one (`27 ألفاً`, `ألف شخص`, `2 million`). */
export const SCALE_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['ألف', 1e3], ['ألفا', 1e3], ['ألفاً', 1e3],
  ['مليون', 1e6], ['مليونا', 1e6], ['مليوناً', 1e6],
  ['مليار', 1e9], ['مليارا', 1e9], ['ملياراً', 1e9], ['بليون', 1e9], ['بليونا', 1e9],
  ['تريليون', 1e12],
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['bn', 1e9], ['mn', 1e6],
];

/** Dual scales: two of the scale (`ألفين` = 2000, `مليوني` = 2,000,000). */
export const DUAL_SCALE_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['ألفان', 1e3], ['ألفين', 1e3], ['ألفي', 1e3],
  ['مليونان', 1e6], ['مليونين', 1e6], ['مليوني', 1e6],
  ['ملياران', 1e9], ['مليارين', 1e9], ['ملياري', 1e9],
];

/**
 * Plural scales: after 3-10 they multiply (`ثمانية آلاف`, `5 ملايين`); alone they are a vague amount
 * from two to nine of the scale (`آلاف الأطفال` = 2,000..9,999).
 */
export const PLURAL_SCALE_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['آلاف', 1e3], ['ألوف', 1e3], ['ملايين', 1e6], ['مليارات', 1e9], ['بلايين', 1e9],
  ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9],
];

/**
 * Vague amounts as [low, high] (`عشرات` = 20..99). Followed by a plural scale they scale up:
 * `عشرات الآلاف` = 20,000..99,999, `hundreds of thousands` = 200,000..999,999.
 */
export const VAGUE_WORDS: ReadonlyArray<readonly [string, number, number]> = [
  ['عشرات', 20, 99], ['مئات', 200, 999], ['مئآت', 200, 999],
  ['dozens', 24, 99], ['hundreds', 200, 999],
];

/** English `tens` is an amount only before `of thousands`/`of millions`. */
export const VAGUE_NEEDING_SCALE: ReadonlyArray<readonly [string, number, number]> = [['tens', 20, 99]];

/** `a dozen` = 12, `two dozen` = 24. */
export const DOZEN_WORDS: readonly string[] = ['dozen'];

/** Words that make the scale after them vague (`بضعة آلاف`, `several thousand`). */
export const FEW_WORDS: readonly string[] = ['بضع', 'بضعة', 'عدة', 'several', 'few'];

/** English articles that stand for one before a scale (`a million`). */
export const ONE_ARTICLES: readonly string[] = ['a', 'an', 'one'];

/** The conjunction inside a number (`27 ألفاً و708`, `one hundred and twenty`). */
export const NUMBER_CONJUNCTIONS: readonly string[] = ['و', 'and'];

export type QualifierName = 'more-than' | 'at-least' | 'about' | 'less-than' | 'up-to';

/** Qualifiers written before the number (`أكثر من 27 ألفاً`), longest first is not required. */
export const QUALIFIERS_BEFORE: ReadonlyArray<readonly [string, QualifierName]> = [
  ['أكثر من', 'more-than'], ['ما يزيد عن', 'more-than'], ['ما يزيد على', 'more-than'], ['يزيد عن', 'more-than'],
  ['يزيد على', 'more-than'], ['أزيد من', 'more-than'], ['ما يربو على', 'more-than'], ['يربو على', 'more-than'],
  ['ما يفوق', 'more-than'], ['يفوق', 'more-than'], ['ما فوق', 'more-than'],
  ['ما لا يقل عن', 'at-least'], ['لا يقل عن', 'at-least'], ['على الأقل', 'at-least'],
  ['نحو', 'about'], ['حوالي', 'about'], ['حوالى', 'about'], ['قرابة', 'about'], ['زهاء', 'about'], ['ما يقارب', 'about'],
  ['يقارب', 'about'], ['ما يقرب من', 'about'], ['ما يناهز', 'about'], ['يناهز', 'about'], ['تقريبا', 'about'],
  ['أقل من', 'less-than'], ['ما دون', 'less-than'],
  ['حتى', 'up-to'], ['ما يصل إلى', 'up-to'], ['يصل إلى', 'up-to'], ['تصل إلى', 'up-to'],
  ['more than', 'more-than'], ['over', 'more-than'], ['upwards of', 'more-than'], ['in excess of', 'more-than'],
  ['at least', 'at-least'], ['no fewer than', 'at-least'], ['no less than', 'at-least'],
  ['nearly', 'about'], ['almost', 'about'], ['about', 'about'], ['around', 'about'], ['approximately', 'about'],
  ['roughly', 'about'], ['some', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['close to', 'about'],
  ['fewer than', 'less-than'], ['less than', 'less-than'], ['under', 'less-than'],
  ['up to', 'up-to'], ['as many as', 'up-to'],
];

/** Qualifiers written after the number or after what it counts (`1200 شخص تقريباً`). */
export const QUALIFIERS_AFTER: ReadonlyArray<readonly [string, QualifierName]> = [
  ['تقريبا', 'about'], ['على الأقل', 'at-least'], ['أو أكثر', 'at-least'],
  ['or so', 'about'], ['at least', 'at-least'], ['or more', 'at-least'],
];

/** Percent after a number; kept as what the number counts. */
export const PERCENT_WORDS: readonly string[] = [
  'في المئة', 'في المائة', 'بالمئة', 'بالمائة', 'بالمية', 'percent', 'per cent', 'pct',
];
export const PERCENT_SIGNS: readonly string[] = ['%', '٪'];

/** Currency signs before a number; kept as what the number counts when no noun follows. */
export const CURRENCY_SIGNS: readonly string[] = ['$', '€', '£', '¥'];

/** Words before a number that make it a time of day (`الساعة 23.00`). */
export const TIME_MARKERS: readonly string[] = ['الساعة', 'الساعه', 'تمام'];

/** Words after a number that are not what it counts: particles, prepositions, pronouns, adverbs. */
export const COUNT_STOPWORDS: readonly string[] = [
  'في', 'على', 'عن', 'إلى', 'الى', 'من', 'مع', 'منذ', 'حتى', 'بين', 'عند', 'لدى', 'لدي', 'نحو', 'خلال', 'بعد', 'قبل',
  'أو', 'او', 'أم', 'ثم', 'لكن', 'لكن', 'بل', 'و', 'ف', 'إن', 'أن', 'ان', 'إذا', 'إذ', 'لا', 'لم', 'لن', 'ما', 'قد',
  'هو', 'هي', 'هم', 'هن', 'هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين',
  'كان', 'كانت', 'كانوا', 'يكون', 'تكون', 'ليس', 'وفق', 'وفقا', 'حسب', 'بحسب', 'أيضا', 'فقط', 'تقريبا', 'فيما', 'بينما',
  'كما', 'مثل', 'عبر', 'دون', 'ضد', 'تحت', 'فوق', 'أمام', 'وراء', 'حول', 'لدى', 'سوى', 'غير', 'كل', 'جميع', 'بعض',
  'آخر', 'أخرى', 'آخرين', 'اليوم', 'أمس', 'الآن', 'عاما', 'مقابل', 'يوميا', 'سنويا', 'شهريا',
  'خارج', 'داخل', 'قرب', 'منهم', 'منهن', 'منها', 'بينهم', 'بينها', 'عليهم', 'لهم', 'فيها', 'فيهم',
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'nor', 'as',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might',
  'said', 'says', 'that', 'this', 'these', 'those', 'which', 'who', 'whom', 'whose', 'than', 'since', 'after', 'before',
  'during', 'into', 'over', 'under', 'per', 'more', 'less', 'about', 'around', 'so', 'if', 'it', 'its', 'they', 'their',
  'he', 'she', 'his', 'her', 'we', 'our', 'you', 'your', 'i', 'my', 'not', 'no', 'also', 'only', 'just', 'ago', 'each',
  'last', 'next', 'other', 'others', 'when', 'where', 'while', 'according', 'including', 'between', 'among', 'against',
  'am', 'pm', 'a.m', 'p.m',
];

/**
 * Ordinals (`السادس`, `sixth`), masculine forms; the feminine `ة` and the article are added when
 * they are looked up. Not counts: `21st` and `الحادي عشر من سبتمبر` are dates or ranks, but
 * src/figures reads `5 killed ... a sixth died` as six.
 */
export const ORDINAL_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['أول', 1], ['أولى', 1], ['ثان', 2], ['ثاني', 2], ['ثالث', 3], ['رابع', 4], ['خامس', 5], ['سادس', 6], ['سابع', 7],
  ['ثامن', 8], ['تاسع', 9], ['عاشر', 10], ['حادي', 11],
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12],
];

/**
 * Nouns that a number after them names instead of counting (`القرار 2254`, `Flight 370`,
 * `Route 66`, `Boeing 737`): the number is part of a name, as in `G7` or `F-16`.
 */
export const IDENTIFIER_HEADS: readonly string[] = [
  'القرار', 'قرار', 'رقم', 'الرقم', 'الرحلة', 'رحلة', 'المادة', 'مادة', 'البند', 'بند', 'الفقرة', 'الفصل', 'طراز',
  'بوينغ', 'بوينج', 'ايرباص', 'إيرباص', 'الكتيبة', 'الفرقة', 'الطريق', 'أبولو',
  'flight', 'route', 'highway', 'interstate', 'resolution', 'article', 'section', 'chapter', 'paragraph', 'clause',
  'room', 'gate', 'terminal', 'platform', 'apollo', 'boeing', 'airbus', 'model', 'category', 'no', 'number', 'unit',
  'building', 'bus', 'line', 'amendment', 'proposition', 'prop', 'version', 'episode', 'season', 'page',
];

/**
 * Words after which a four-digit number is a year, not a count (`حرب 1973`, `حدود 1967`,
 * `the 1967 borders` is read from `the` + year + a capitalised or plural noun in numbers.ts).
 */
export const YEAR_HEADS: readonly string[] = [
  'حرب', 'حدود', 'انتخابات', 'دستور', 'ثورة', 'نكبة', 'نكسة', 'أحداث', 'اتفاق', 'اتفاقية', 'مونديال', 'كأس', 'موسم',
  'دورة', 'ميزانية', 'موازنة', 'مطلع', 'أوائل', 'أواخر', 'منتصف', 'بداية', 'نهاية', 'war', 'elections', 'election',
  'constitution', 'revolution', 'census', 'budget', 'early', 'late',
];

/** Words after `الـ` + digits that make an age (`في الـ16 من عمرها`), not a count. */
export const AGE_WORDS: readonly string[] = ['عمر', 'العمر', 'عمره', 'عمرها', 'عمرهم', 'عمري', 'سن'];

/** Nouns that take a rank, not a count, when a number follows them with the article (`القرن الـ21`, `الدورة الـ20`). */
export const RANK_NOUNS: readonly string[] = [
  'القرن', 'المرتبة', 'المركز', 'الدورة', 'النسخة', 'الذكرى', 'الجولة', 'القمة', 'الطابق', 'العيد', 'الموسم', 'الحلقة',
];
