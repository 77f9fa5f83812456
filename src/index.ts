// The public API of claimdiff as a library: the pipeline, the public input and result types, the
// view model and key findings, and every report renderer. Nothing here loads the command line's
// stack (yargs, ink, react): `import 'claimdiff'` is the library alone; the CLI is `claimdiff/cli`.
export type * from './types.js';

// Reading articles and outlet identity.
export { parseInput } from './ingest/index.js';
export { applyOutletTable, identifyOutlet, outletOfUrl, outletOfName, type OutletRow } from './ingest/outlets.js';
export { KNOWN_OUTLETS, type KnownOutlet } from './ingest/lexicons/outlets.js';

// The pipeline and its options.
export { compareArticles, analyzeArticle } from './compare.js';
export { defaultAnalysisOptions, resolveOptions, recordOptions, type AnalysisOptions, type AnalysisOverrides } from './options.js';
export { alignClaims, defaultAlignOptions } from './align/align.js';
export { classifyAlignment, defaultClassifyOptions } from './classify/index.js';
export { extractClaims, keptRanges } from './claims/extract.js';
export { normalizeText } from './text/normalize.js';
export { detectLanguage } from './text/language.js';
export { groupEvents, groupEventsParallel, type EventOptions, type EventExecutor, type EventWorkers } from './events/index.js';
export { eventIds } from './events/event-id.js';
export { analyzeCorpus, compareEvents, selectEvents, outletCount, UnknownEventError, type CorpusOptions, type EventSelection } from './corpus.js';
export { classifyTextPairs, defaultPairOptions } from './pairs.js';
export { profileFraming, parseLexiconFile, builtinLexicon, type FramingOptions } from './framing/index.js';
export { compareFigures } from './figures/index.js';
export { findOrigins, type OriginsResult } from './origins/index.js';

// The view model every view reads, and the key findings.
export { buildEventModel, articleLetter, outletName, formatMatrix, type EventModel, type ClaimRef, type ClaimStatus, type MatrixRow, type GroupView } from './report/event-model.js';
export { buildKeyFindings, claimSalience, ONLY_PARTS, type KeyFindings, type OnlyPart, type ConflictFinding, type FramingContrast, type OnlyFinding, type CitationFinding, type OriginsFinding } from './report/key-findings.js';
export { buildFigureRows, figureAmount, figureSymbol, type FigureRow, type FigureCell } from './report/figures-view.js';

// Renderers: text, Markdown, HTML and JSON (the JSON contracts with their `$schema`).
export { renderCompareText, type CompareTextOptions } from './report/text.js';
export { renderCorpusText } from './report/corpus-text.js';
export { renderEventsText } from './report/events-text.js';
export { renderSummary } from './report/summary.js';
export { renderProfileText } from './report/framing-text.js';
export { renderEventMarkdown, renderIndexMarkdown, type MarkdownOptions } from './report/markdown.js';
export { renderEventHtml, renderIndexHtml } from './report/html.js';
export { renderIndexJson } from './report/index-page.js';
export { compareJson, corpusJson, eventsJson, framingJson, SCHEMA_IDS } from './report/json.js';
export { applyTextStyles, type TextTone } from './report/text-style.js';
