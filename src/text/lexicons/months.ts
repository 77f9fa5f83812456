// Month and weekday names (Arabic in its three month series, English) and the words that frame a date.
// Written as people write them; src/text/date-words.ts normalizes them once at load.

/**
 * Month names with their number. Arabic: the Egyptian/Gulf series, the Levantine series (two-word
 * names with one space) and the Maghreb series; English full names and abbreviations.
 */
export const MONTH_NAMES: ReadonlyArray<readonly [string, number]> = [
  // Egyptian / Gulf series, with common spelling variants
  ['يناير', 1], ['فبراير', 2], ['فبرير', 2], ['مارس', 3], ['أبريل', 4], ['إبريل', 4], ['ابريل', 4],
  ['مايو', 5], ['يونيو', 6], ['يونيه', 6], ['يوليو', 7], ['يوليه', 7], ['أغسطس', 8], ['آغسطس', 8],
  ['سبتمبر', 9], ['سيبتمبر', 9], ['أكتوبر', 10], ['أوكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
  // Levantine series
  ['كانون الثاني', 1], ['كانون ثاني', 1], ['شباط', 2], ['آذار', 3], ['نيسان', 4], ['أيار', 5],
  ['حزيران', 6], ['تموز', 7], ['آب', 8], ['أيلول', 9], ['تشرين الأول', 10], ['تشرين أول', 10],
  ['تشرين الثاني', 11], ['تشرين ثاني', 11], ['كانون الأول', 12], ['كانون أول', 12],
  // Maghreb series (Algeria, Tunisia, Morocco)
  ['جانفي', 1], ['فيفري', 2], ['أفريل', 4], ['ماي', 5], ['جوان', 6], ['جويلية', 7], ['يوليوز', 7],
  ['أوت', 8], ['غشت', 8], ['شتنبر', 9], ['نونبر', 11], ['دجنبر', 12],
  // English
  ['January', 1], ['February', 2], ['March', 3], ['April', 4], ['May', 5], ['June', 6], ['July', 7],
  ['August', 8], ['September', 9], ['October', 10], ['November', 11], ['December', 12],
];

/** English month abbreviations: dates only when a day or year is next to them (`Feb. 7`, `05 Mar 2018`). */
export const MONTH_ABBREVIATIONS: ReadonlyArray<readonly [string, number]> = [
  ['Jan', 1], ['Feb', 2], ['Mar', 3], ['Apr', 4], ['Jun', 6], ['Jul', 7], ['Aug', 8],
  ['Sep', 9], ['Sept', 9], ['Oct', 10], ['Nov', 11], ['Dec', 12],
];

/**
 * Month names that normalize to an ordinary word: `آب` (August) becomes `اب` like `أب` (father), so it
 * is a month only when written with madda.
 */
export const MONTHS_WRITTEN_EXACTLY: readonly string[] = ['آب'];

/** Weekday names (0 = Sunday). `الاثنين` also means "the two": see WEEKDAYS_NEEDING_CONTEXT. */
export const WEEKDAY_NAMES: ReadonlyArray<readonly [string, number]> = [
  ['الأحد', 0], ['الاثنين', 1], ['الإثنين', 1], ['الثلاثاء', 2], ['الأربعاء', 3], ['الاربعاء', 3],
  ['الخميس', 4], ['الجمعة', 5], ['السبت', 6],
  ['Sunday', 0], ['Monday', 1], ['Tuesday', 2], ['Wednesday', 3], ['Thursday', 4], ['Friday', 5], ['Saturday', 6],
];

/** English weekday abbreviations: only before a full date (`Mon, 05 Mar 2018`). */
export const WEEKDAY_ABBREVIATIONS: ReadonlyArray<readonly [string, number]> = [
  ['Sun', 0], ['Mon', 1], ['Tue', 2], ['Tues', 2], ['Wed', 3], ['Thu', 4], ['Thur', 4], ['Thurs', 4],
  ['Fri', 5], ['Sat', 6],
];

/** Weekday words that are weekdays only in a date-like context (`يوم الاثنين`, `، الاثنين،`). */
export const WEEKDAYS_NEEDING_CONTEXT: readonly string[] = ['الاثنين', 'الإثنين'];

/** Words before a weekday that make it no date (`صلاة الجمعة` is the Friday prayer in general). */
export const WEEKDAY_BLOCKERS: readonly string[] = ['صلاة', 'صلوات', 'خطبة', 'خطب', 'خطيب'];

/** Day and day-part words that belong to a weekday mention (`يوم الخميس`, `مساء الأربعاء`, `مساء يوم الأحد`). */
export const DAY_PART_WORDS: readonly string[] = [
  'يوم', 'مساء', 'صباح', 'ليلة', 'ليل', 'فجر', 'ظهر', 'ظهيرة', 'عصر',
];

/** Words just before a weekday that say which one (`غداً الثلاثاء` is the coming Tuesday). */
export const WEEKDAY_NEXT_BEFORE: readonly string[] = ['غد', 'غدا', 'غداً', 'الغد'];
export const WEEKDAY_PAST_BEFORE: readonly string[] = ['أمس', 'الأمس', 'البارحة'];

/** Words just before a weekday that confirm it is one, without belonging to the mention. */
export const WEEKDAY_CONTEXT_BEFORE: readonly string[] = ['اليوم', 'منذ', 'أمس', 'غدا', 'غداً', 'on', 'since', 'until', 'by', 'last', 'next', 'this'];

/** Arabic ordinal day words (`في السابع من أكتوبر`); `الحادي` only with `عشر` or `والعشرين`. */
export const ORDINAL_DAY_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['الأول', 1], ['الحادي', 1], ['الثاني', 2], ['الثالث', 3], ['الرابع', 4], ['الخامس', 5], ['السادس', 6],
  ['السابع', 7], ['الثامن', 8], ['التاسع', 9], ['العاشر', 10], ['العشرين', 20], ['الثلاثين', 30],
];

/** After an ordinal unit: `عشر` adds ten, `والعشرين` twenty, `والثلاثين` thirty. */
export const ORDINAL_TEEN_WORDS: readonly string[] = ['عشر', 'عشرة'];
export const ORDINAL_TENS_WORDS: ReadonlyArray<readonly [string, number]> = [['والعشرين', 20], ['والثلاثين', 30]];

/** Words after a month or weekday saying which one (`مايو الماضي`, `الأربعاء المقبل`). */
export const RELATIVE_PAST: readonly string[] = ['الماضي', 'المنصرم', 'الفائت', 'السابق', 'last'];
export const RELATIVE_NEXT: readonly string[] = ['المقبل', 'القادم', 'next'];
export const RELATIVE_CURRENT: readonly string[] = ['الجاري', 'الحالي', 'this'];

/** Words before a month alone that make it a date (`في مايو`, `منذ أبريل`, `in May`). */
export const MONTH_CONTEXT_BEFORE: readonly string[] = [
  'في', 'منذ', 'خلال', 'حتى', 'شهر', 'مطلع', 'أوائل', 'أواخر', 'أواسط', 'منتصف', 'نهاية', 'بداية', 'بحلول', 'قبل', 'بعد',
  'in', 'since', 'during', 'until', 'by', 'early', 'late', 'mid', 'through', 'before', 'after',
];

/** Words that announce a year (`عام 2023`, `العام 2016`, `سنة 1948`, `عامي 2012 و2017`). */
export const YEAR_WORDS: readonly string[] = ['عام', 'العام', 'للعام', 'عامي', 'سنة', 'السنة', 'للسنة', 'year'];

/** Prepositions that make a bare 1900-2100 number a year when no counted noun follows (`منذ 2015`). */
export const YEAR_PREPOSITIONS: readonly string[] = [
  'في', 'منذ', 'حتى', 'قبل', 'بعد', 'خلال', 'in', 'since', 'until', 'before', 'after', 'during', 'by', 'from',
];

/** Words joining a second year to a year (`بين عامي 2012 و2017`, `from 2000 to 2006`, `2003 and 2007`). */
export const YEAR_JOINERS: readonly string[] = ['و', 'إلى', 'حتى', 'and', 'or', 'to', 'until', 'through', '-', '/'];

/** Words before a yearless date that put it in the past (`منذ 7 أكتوبر`, `since May`). */
export const PAST_CONTEXT_BEFORE: readonly string[] = ['منذ', 'since'];

/** Suffix letter of a Gregorian year (`2023م`). */
export const GREGORIAN_YEAR_SUFFIX = 'م';

/** English ordinal suffixes after a day number (`21st`). */
export const ORDINAL_SUFFIXES: readonly string[] = ['st', 'nd', 'rd', 'th'];

/** Time zone words after a time (`00:54:05 GMT`). */
export const TIME_ZONES: readonly string[] = ['GMT', 'UTC', 'UT', 'Z', 'EST', 'EDT', 'CST', 'CDT', 'PST', 'PDT', 'BST', 'CET', 'CEST', 'EET', 'EEST', 'AST'];
