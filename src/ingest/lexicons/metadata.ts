// Words that decide what a dateline or file name can tell about an article's outlet: plain data.

/**
 * What can stand in a lead's parentheses without being an outlet: weekdays (`(السبت)`), photo
 * and archive notes, and the names of parties that leads introduce in brackets.
 */
export const DATELINE_NOT_OUTLET: readonly string[] = [
  'السبت', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة',
  'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
  'أرشيف', 'أرشيفية', 'صور', 'صورة', 'فيديو', 'تصوير', 'photo', 'video', 'file', 'updated',
  'حماس', 'فتح', 'داعش', 'أوتشا',
];

/** Parts of a file name that are not an outlet name (`000_40900aec854b805b` has none). */
export const FILENAME_NOISE: readonly string[] = ['article', 'articles', 'news', 'story', 'text', 'copy', 'ar', 'en', 'page', 'index'];
