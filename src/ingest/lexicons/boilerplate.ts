// Phrases that mark text on a news page that is not the article: plain data, matched by
// src/ingest/boilerplate.ts on normalized lines (so hamza, alef and tanween variants all match).

/**
 * "Read also" markers. On their own line they head a list of links; followed by a separator
 * (`:`, `...`, `/`) they introduce one linked headline on the same line.
 */
export const READ_ALSO_MARKERS: readonly string[] = [
  'اقرأ أيضاً',
  'اقرأ كذلك',
  'اقرأ المزيد',
  'اقرأ أيضاً في',
  'شاهد أيضاً',
  'طالع أيضاً',
  'يهمك أيضاً',
  'قد يهمك أيضاً',
  'قد يهمك',
  'مواضيع ذات صلة',
  'أخبار ذات صلة',
  'مقالات ذات صلة',
  'ذات صلة',
  'أخبار متعلقة',
  'Read more',
  'Read also',
  'Also read',
  'See also',
  'Related',
  'Related articles',
  'Related stories',
  'Related coverage',
  'More on this story',
];

/** Headings of page widgets, removed when they stand alone on a line (with an optional colon). */
export const WIDGET_LINES: readonly string[] = [
  'شارك',
  'شارك الخبر',
  'شارك المقال',
  'شارك هذا المقال',
  'شارك هذا الخبر',
  'مشاركة',
  'تابعونا',
  'تابعنا',
  'إعلان',
  'Share',
  'Share this',
  'Share this article',
  'Share this story',
  'Follow us',
  'Advertisement',
  'Sponsored',
];

/** Widget headings that introduce a list of other stories: the headlines under them go too. */
export const WIDGET_LIST_LINES: readonly string[] = [
  'اخترنا لك',
  'اخترنا لكم',
  'صور ساخنة',
  'الأكثر قراءة',
  'الأكثر مشاهدة',
  'الأكثر تداولاً',
  'الأكثر تعليقاً',
  'آخر الأخبار',
  'مواضيع مقترحة',
  'Most read',
  'Most popular',
  'Most viewed',
  'Recommended',
  'Trending',
  'Latest news',
];

/** Beginnings of short follow/share lines (`تابعونا على تويتر`), removed when the line is short. */
export const WIDGET_PREFIXES: readonly string[] = [
  'تابعونا على',
  'تابعنا على',
  'شارك على',
  'Follow us on',
  'Share on',
  'Sign up for',
  'Subscribe to',
];

/** Calls to action anywhere in a short line. */
export const CALL_TO_ACTION: readonly string[] = ['اضغط هنا', 'انقر هنا', 'click here', 'tap here'];

/** Labels of tag lists (`كلمات دلالية: ...`). */
export const TAG_LABELS: readonly string[] = [
  'كلمات دلالية',
  'الكلمات الدلالية',
  'الكلمات المفتاحية',
  'كلمات مفتاحية',
  'الوسوم',
  'وسوم',
  'Tags',
  'Keywords',
  'Topics',
];

/** Labels of a source line (`المصدر: الحرة`, `/مصدر: شينخوا/ 2023:11:06.09:16`, `Source: Reuters`). */
export const SOURCE_LABELS: readonly string[] = ['المصدر', 'مصدر', 'Source'];

/** Labels of a publication or update line (`تاريخ النشر: 21st, June 2024 GMT`). */
export const PUBLICATION_LABELS: readonly string[] = [
  'تاريخ النشر',
  'نشر بتاريخ',
  'نشر في',
  'تاريخ الإضافة',
  'آخر تحديث',
  'تاريخ التحديث',
  'Published',
  'Published on',
  'Updated',
  'Last updated',
  'Posted',
];

/** Words of a home link that mark a breadcrumb trail (`الصفحة الرئيسية >> العالم`). */
export const BREADCRUMB_HOME: readonly string[] = ['الرئيسية', 'الصفحة الرئيسية', 'Home'];

/** Separators between the steps of a breadcrumb trail. */
export const BREADCRUMB_SEPARATORS: readonly string[] = ['>>', '»', '›', ' > ', '>'];

/** Bullets that start a caption or list line. */
export const BULLETS: readonly string[] = ['•', '·', '▪', '◦', '●', '-', '*', '–'];

/** Words of a photo caption or credit (`(أرشيف)`, `Getty Images`). */
export const CAPTION_WORDS: readonly string[] = ['أرشيف', 'أرشيفية', 'صورة', 'تصوير', 'Getty', 'AFP', 'Reuters', 'file photo', 'photo'];

/** Beginnings of a credit line (`(Reporting by ...`). */
export const CREDIT_PREFIXES: readonly string[] = ['(Reporting by', '(Writing by', '(Editing by', 'إعداد:', 'تحرير:', 'ترجمة:'];
