// Reading articles: the public API of the ingest stage (pure: bytes in, articles and problems out).
export { parseInput, formatFromName, sniffFormat, uniqueIds, FORMAT_BY_EXTENSION } from './parse-input.js';
export { decodeText, type DecodedText } from './decode.js';
export { removeBoilerplate, type RemovalReason } from './boilerplate.js';
export { readMetadata, matchDateline, outletFromFileName, type RecordFields, type ArticleMetadata, type MetadataInput } from './metadata.js';
export { extractHtml, type HtmlArticle } from './html.js';
export { InputError, problem, type InputProblem, type InputFormat, type ParseOptions, type ParseResult } from './problems.js';
