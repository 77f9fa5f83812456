// Words that introduce a place name (مدينة X, in the town of X): a name after one of these is a
// place even when the gazetteer does not list it. General knowledge of news writing.

export const placeNouns: readonly string[] = [
  'مدينة', 'مدينتي', 'مدن', 'بلدة', 'بلدات', 'قرية', 'قريتي', 'قرى', 'ولاية', 'ولايتي', 'ولايات', 'محافظة', 'محافظتي', 'محافظات', 'إقليم', 'أقاليم',
  'مقاطعة', 'مقاطعات', 'منطقة', 'مناطق', 'مخيم', 'حي', 'ضاحية', 'عاصمة', 'جزيرة', 'بحيرة', 'نهر', 'مطار', 'ميناء',
  // A direction before a name (جنوبي الهند, شمال سوريا) and the preposition "in" before a place name.
  'جنوب', 'جنوبي', 'شمال', 'شمالي', 'شرق', 'شرقي', 'غرب', 'غربي', 'وسط', 'في',
  'city', 'town', 'village', 'province', 'state', 'county', 'district', 'region', 'camp', 'island', 'capital',
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'in',
];

/**
 * Names of organisations that contain a place (الدولة الإسلامية في العراق والشام, al-Qaeda in the
 * Arabian Peninsula): the place in them says who, not where.
 */
export const organisationsWithPlaces: readonly string[] = [
  'الدولة الإسلامية في', 'القاعدة في', 'Islamic State of', 'Islamic State in', 'al-Qaeda in', 'Qaeda in',
];

/**
 * Periods an amount of money may be given per, shorter than the year most amounts are told for
 * (up to $300 per month, شهريا): a rate per month is no rival of a sum for the year. A period word
 * right after the amount's words, or one of `ratePrepositions` and then a period noun.
 */
export const ratePeriods: ReadonlyArray<readonly [period: string, words: readonly string[]]> = [
  ['month', ['monthly', 'شهريا', 'شهرياً']],
  ['week', ['weekly', 'أسبوعيا', 'أسبوعياً']],
  ['day', ['daily', 'يوميا', 'يومياً']],
];
export const ratePeriodNouns: ReadonlyArray<readonly [period: string, words: readonly string[]]> = [
  ['month', ['month', 'شهر', 'الشهر']],
  ['week', ['week', 'أسبوع', 'الأسبوع']],
  ['day', ['day', 'يوم', 'اليوم']],
];
export const ratePrepositions: readonly string[] = ['per', 'a', 'each', 'every', 'كل', 'في'];

/** Words of currencies and units: a figure next to one measures money or a size, not people. */
export const currencyWords: readonly string[] = [
  'دولار', 'دولارا', 'دولارات', 'يورو', 'شيكل', 'شيقل', 'جنيه', 'جنيها', 'ريال', 'ريالا', 'دينار', 'دينارا', 'درهم', 'درهما', 'ليرة', 'روبل', 'يوان', 'إسترليني',
  'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'shekel', 'shekels', 'yuan', 'rupees', '$', '€', '£',
];

export const percentWords: readonly string[] = ['%', '٪', 'بالمئة', 'بالمائة', 'المئة', 'المائة', 'percent', 'per', 'pct'];

export const unitWords: readonly string[] = [
  'كلم', 'كم', 'كيلومتر', 'كيلومترا', 'كيلومترات', 'متر', 'مترا', 'أمتار', 'ميل', 'ميلا', 'أميال', 'طن', 'طنا', 'أطنان', 'كيلوغرام', 'كغ', 'ساعة', 'ساعات', 'دقيقة', 'دقائق', 'عاما', 'سنة', 'سنوات', 'أعوام', 'يوما', 'أيام', 'شهرا', 'أشهر',
  'km', 'kilometres', 'kilometers', 'miles', 'mph', 'metres', 'meters', 'feet', 'tons', 'tonnes', 'kg', 'hours', 'minutes', 'years', 'days', 'months', 'weeks',
];

/** A figure right after one of these is a part of a larger count (بينهم 5 أطفال, including 3 children). */
export const partMarkers: readonly string[] = ['بينهم', 'بينها', 'منهم', 'منها', 'including', 'among'];

/** A figure whose noun is followed by one of these adds to another figure (1400 وحدة أخرى, another 300 troops). */
export const additionMarkers: readonly string[] = ['أخرى', 'آخرين', 'آخرون', 'آخر', 'إضافية', 'إضافي', 'another', 'additional', 'more', 'other', 'further'];

/**
 * Nouns of news media (وكالة الأنباء الروسية, صحيفة الغارديان البريطانية, the French news agency):
 * a nationality after one names the medium a statement was made to, not where the story happened.
 */
export const mediaNouns: readonly string[] = [
  'وكالة', 'وكالات', 'أنباء', 'الأنباء', 'إعلام', 'الإعلام', 'صحيفة', 'صحف', 'جريدة', 'مجلة', 'قناة', 'قنوات', 'تلفزيون', 'التلفزيون', 'إذاعة', 'الإذاعة', 'شبكة',
  'agency', 'agencies', 'newspaper', 'paper', 'broadcaster', 'television', 'radio', 'channel', 'network', 'media', 'magazine', 'daily', 'outlet',
];
