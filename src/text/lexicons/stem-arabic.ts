// The affixes the Arabic light stemmer removes and the words it leaves whole, already normalized
// (ة as ه, أإآ as ا, ى as ي) since stem.ts compares them with normalized words as they are. Plain data.

/**
 * The definite article with the particles that fuse to it, longest first. A و/ف may stand before
 * any of them (`والفلسطينيين`, `وللمدنيين`). At least 3 letters must remain, which keeps `الله`,
 * `الان` (now) and `الي` (to) whole.
 */
export const AR_ARTICLES: readonly string[] = ['وبال', 'فبال', 'وكال', 'فكال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال'];

/**
 * Suffixes, longest first, with the letters that must remain. Only one is removed. The nisba
 * `ي` is kept, so that `فلسطيني`, `الفلسطينية`, `الفلسطينيين` all become `فلسطيني` instead of
 * falling together with `فلسطين`; `ان` needs 4 letters left because country names end in it
 * (`لبنان`, `ايران`, `اليابان`) far more often than duals do.
 */
export const AR_SUFFIXES: ReadonlyArray<readonly [string, number]> = [
  ['هما', 3], ['ها', 3], ['هم', 3], ['نا', 3], ['ات', 3], ['ون', 3], ['ين', 3], ['ان', 4], ['ه', 3], ['ا', 3],
];

/**
 * Stems (after suffix removal) of frequent words whose first letter و belongs to the root
 * (`وزير`, `وقف`, `واشنطن`): the conjunction و is not stripped from them. Light10 strips it
 * from every word of 4+ letters, which turns `وزير` (minister) into `زير`.
 */
export const AR_ROOT_WAW: readonly string[] = [
  'وزير', 'وزار', 'وزارت', 'وزراء', 'وقف', 'وقت', 'وقود', 'وفد', 'وضع', 'وصول', 'وسط', 'وسيط',
  'وساط', 'وكال', 'وكيل', 'وطن', 'وطني', 'ولاي', 'واشنطن', 'وثيق', 'وفق', 'وفا', 'وحد', 'وحيد',
  'واقع', 'وصف', 'وعد', 'وعود', 'ولد', 'وجه', 'وجود', 'ورق', 'وراء', 'وسيل', 'وسايل',
  'وظيف', 'وقع', 'وقايع', 'وافق', 'واصل', 'وارد', 'ولي', 'واجب', 'واجه', 'وضوح', 'واضح', 'وصي',
  'وعي', 'ولاء', 'وثايق', 'وحدات', 'ودي', 'وادي', 'وسام', 'وكر', 'ورش', 'وهم', 'وزن',
  'وحش', 'وحشي', 'وقاي', 'وفاق', 'وحدو', 'وداع', 'وباء',
];

/**
 * Frequent words whose ending only looks like a suffix (`مليون` is not `ملي` + `ون`, `تشرين`
 * not `تشر` + `ين`): kept whole once the article is off.
 */
export const AR_WHOLE: readonly string[] = [
  'مليون', 'قانون', 'كانون', 'تشرين', 'زيتون', 'فلسطين', 'بنيامين', 'ياسين', 'سليمان', 'برلمان',
  'افغانستان', 'باكستان', 'كردستان', 'طهران', 'عمران',
];
