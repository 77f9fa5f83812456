// Words every news story uses, whatever the event: reporting verbs and time words. Event
// grouping ignores them on top of the function words (src/text/stopwords.ts), since on a
// handful of articles no frequency count can tell that they are common. Normalized forms are
// computed at load; write them as they appear in text.

export const ARABIC_GENERIC_WORDS: readonly string[] = [
  'قال', 'قالت', 'قالوا', 'يقول', 'تقول', 'أضاف', 'أضافت', 'تابع', 'تابعت', 'أكد', 'أكدت', 'أوضح', 'أوضحت',
  'أشار', 'أشارت', 'ذكر', 'ذكرت', 'صرح', 'صرحت', 'أفاد', 'أفادت', 'أعلن', 'أعلنت', 'بحسب', 'وفقا', 'حسبما',
  'اليوم', 'أمس', 'غدا', 'الليلة', 'صباح', 'مساء', 'يوم', 'الأسبوع', 'الماضي', 'المقبل', 'الحالي', 'عام', 'العام',
  'السبت', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة',
];

export const ENGLISH_GENERIC_WORDS: readonly string[] = [
  'said', 'says', 'say', 'told', 'added', 'according', 'reported', 'stated', 'noted',
  'today', 'yesterday', 'tomorrow', 'tonight', 'week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mr', 'mrs', 'ms',
];
