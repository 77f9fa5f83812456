// Words around a date that say when, not what happened: left out when two sentences are matched on
// what they state, and the words of the night, after which one event may be dated to either day.
// General knowledge, Arabic and English.

/** Time words: they date a fact, they do not name it. */
export const TIME_WORDS: readonly string[] = [
  'اليوم', 'أمس', 'الأمس', 'غدا', 'الماضي', 'الماضية', 'الجاري', 'الجارية', 'الحالي', 'الحالية', 'المقبل', 'المقبلة', 'القادم', 'القادمة',
  'وقت', 'سابق', 'لاحق', 'صباح', 'ظهر', 'عصر', 'مساء', 'يوم', 'أسبوع', 'شهر', 'عام', 'سنة', 'الساعة', 'ساعات',
  'today', 'yesterday', 'tomorrow', 'last', 'this', 'next', 'earlier', 'later', 'morning', 'afternoon', 'evening', 'day', 'week', 'month', 'year',
  'on', 'since', 'until',
];

/** The night and the hours around it: an event then is dated to either of two days. */
export const NIGHT_WORDS: readonly string[] = [
  'ليل', 'ليلة', 'الليل', 'ليلا', 'فجر', 'فجرا', 'منتصف', 'متأخر', 'متأخرة', 'مساء', 'عشية',
  'night', 'overnight', 'midnight', 'dawn', 'late', 'early', 'evening', 'tonight',
];

/**
 * A death of wounds received before (`توفي ... متأثرا بجروح`, `succumbed to his wounds`): its day is
 * the death's, not the attack's, so it is no rival of a day of the attack.
 */
export const OF_WOUNDS_WORDS: readonly string[] = ['متأثرا', 'متأثرة', 'متأثرين', 'متأثرتين', 'متأثران', 'متأثرون', 'succumbed'];

/** Words that open what a reporting verb reports: a date before them dates the report. */
export const COMPLEMENTIZERS: readonly string[] = ['أن', 'إن', 'بأن', 'that'];
