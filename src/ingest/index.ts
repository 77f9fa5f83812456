// Reading articles: the public API of the ingest stage (pure: bytes in, articles and problems out).
import { parseBytes } from './parse-input.js';
import { extractHtml } from './html.js';
import type { ParseOptions, ParseResult } from './problems.js';

export { parseBytes, formatFromName, sniffFormat, uniqueIds, FORMAT_BY_EXTENSION } from './parse-input.js';
export { decodeText, type DecodedText } from './decode.js';
export { removeBoilerplate, type RemovalReason } from './boilerplate.js';
export { readMetadata, matchDateline, outletFromFileName, type RecordFields, type ArticleMetadata, type MetadataInput } from './metadata.js';
export { extractHtml, type HtmlArticle } from './html.js';
export { HtmlExtractorNeeded, InputError, problem, type InputProblem, type InputFormat, type ParseOptions, type ParseResult } from './problems.js';

/** Reads one input (a file's bytes or stdin, `source` its path or `-`) into articles and problems; pages through Readability over linkedom. */
export function parseInput(bytes: Uint8Array, source: string, options: ParseOptions = {}): ParseResult {
  return parseBytes(bytes, source, { ...options, extractHtml: options.extractHtml ?? extractHtml });
}
