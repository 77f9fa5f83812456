// The public API of claimdiff as a library.
export type * from './types.js';
export { compareArticles, analyzeArticle } from './compare.js';
export { alignClaims, defaultAnalysisOptions } from './align/align.js';
export { extractClaims, keptRanges } from './claims/extract.js';
export { normalizeText } from './text/normalize.js';
export { detectLanguage } from './text/language.js';
