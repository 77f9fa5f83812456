// The public API of claimdiff as a library.
export type * from './types.js';
export { compareArticles, analyzeArticle } from './compare.js';
export { defaultAnalysisOptions, resolveOptions, recordOptions, type AnalysisOptions, type AnalysisOverrides } from './options.js';
export { alignClaims, defaultAlignOptions } from './align/align.js';
export { classifyAlignment, defaultClassifyOptions } from './classify/index.js';
export { extractClaims, keptRanges } from './claims/extract.js';
export { normalizeText } from './text/normalize.js';
export { detectLanguage } from './text/language.js';
export { groupEvents, groupEventsParallel, type EventOptions, type EventExecutor, type EventWorkers } from './events/index.js';
export { analyzeCorpus, type CorpusOptions } from './corpus.js';
export { classifyTextPairs, defaultPairOptions } from './pairs.js';
export { profileFraming, parseLexiconFile, builtinLexicon, type FramingOptions } from './framing/index.js';
export { parseInput } from './ingest/index.js';
export { compareFigures } from './figures/index.js';
export { findOrigins, type OriginsResult } from './origins/index.js';
