// Reads one input (a file's bytes or stdin) into articles: decodes it, picks the format from the
// extension or the content, and reports what it cannot read as problems instead of stopping.
import type { Article } from '../types.js';
import { buildArticle, type BuiltArticle } from './build-article.js';
import { decodeText } from './decode.js';
import { looksLikeJsonLines, readJson, readJsonLines, reason, type JsonRecords } from './json-records.js';
import { FORMAT_BY_EXTENSION } from './formats.js';
import { HtmlExtractorNeeded, InputError, problem, type InputFormat, type InputProblem, type ParseOptions, type ParseResult } from './problems.js';

export { FORMAT_BY_EXTENSION };

/** The format an input's name says, or null (stdin, unknown extension). */
export function formatFromName(source: string): InputFormat | null {
  const name = baseName(source);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? (FORMAT_BY_EXTENSION[name.slice(dot + 1).toLowerCase()] ?? null) : null;
}

/** The format a text looks like: a page, JSON, JSON Lines, Markdown, or plain text. */
export function sniffFormat(text: string): InputFormat {
  const head = text.trimStart().slice(0, 2000);
  if (/^<(?:!doctype html|html|head|body|article|main|div|p|h1|meta|title)\b/i.test(head)) return 'html';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) return looksLikeJsonLines(text) ? 'jsonl' : 'json';
  const firstLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return /^\s{0,3}#{1,6}\s/.test(firstLine) ? 'md' : 'txt';
}

/**
 * Reads one input into articles and problems; `source` is its path, or `-` for stdin. A page needs
 * `options.extractHtml` (else `HtmlExtractorNeeded` is thrown); `parseInput` of index.ts passes it.
 */
export function parseBytes(bytes: Uint8Array, source: string, options: ParseOptions = {}): ParseResult {
  if (bytes.length === 0) return failed(source, 'the file is empty; add the article text or leave the file out');
  let decoded;
  try {
    decoded = decodeText(bytes);
  } catch (error) {
    if (error instanceof InputError) return failed(source, error.message);
    throw error;
  }
  const { text, encoding } = decoded;
  if (text.trim() === '') return failed(source, 'holds only white space; add the article text or leave the file out');
  const format = options.formatHint ?? formatFromName(source) ?? sniffFormat(text);
  const fileName = source === '-' ? 'stdin' : stripExtension(baseName(source));
  const common = { encoding, fileName };

  if (format === 'html') {
    if (!options.extractHtml) throw new HtmlExtractorNeeded(`${source} is a page: pass ParseOptions.extractHtml`);
    const page = options.extractHtml(text);
    if (!page) return failed(source, 'no article text found in the page; save the article text as .txt instead');
    return collect([buildArticle({ ...common, id: fileName, source, text: page.text, fields: page.fields, captions: page.captions, notices: page.notices }, options)]);
  }
  if (format === 'json' || format === 'jsonl') return parseRecords(text, source, format, common, options);
  return collect([buildArticle({ ...common, id: fileName, source, text, fields: {}, markdown: format === 'md' }, options)]);
}

/** The articles and, for each, its notices as warnings naming the article's source. */
function collect(built: readonly BuiltArticle[], problems: InputProblem[] = []): ParseResult {
  const warnings: InputProblem[] = [];
  for (const { article, notices } of built) for (const n of notices) warnings.push({ source: article.source, message: `${article.source}: ${n}` });
  return { articles: uniqueIds(built.map((b) => b.article)), problems, warnings };
}

function parseRecords(
  text: string,
  source: string,
  format: 'json' | 'jsonl',
  common: { encoding: string; fileName: string },
  options: ParseOptions,
): ParseResult {
  let read: JsonRecords;
  const warnings: string[] = [];
  if (format === 'jsonl') {
    read = readJsonLines(text, source);
  } else {
    try {
      read = readJson(text, source);
    } catch (error) {
      if (!looksLikeJsonLines(text)) {
        return failed(source, `is not valid JSON (${reason(error)}); fix the file, or name it .jsonl if it holds one record per line`);
      }
      // Objects one per line in a .json file: read them as JSON Lines, and say so.
      read = readJsonLines(text, source);
      warnings.push('read as JSON Lines (one object per line); name the file .jsonl');
    }
  }
  const built = read.records.map((record) =>
    buildArticle(
      {
        ...common,
        id: record.id ?? `${common.fileName}#${record.n}`,
        source: `${source}#${record.n}`,
        text: record.text,
        fields: record.fields,
        warnings,
        notices: record.notices,
      },
      options,
    ),
  );
  return collect(built, read.problems);
}

/**
 * Makes article ids unique: a later article whose id is taken gets `-2`, `-3` ... and a warning,
 * because claim ids are built from article ids.
 */
export function uniqueIds(articles: Article[], taken: Set<string> = new Set()): Article[] {
  return articles.map((article) => {
    if (!taken.has(article.id)) {
      taken.add(article.id);
      return article;
    }
    let k = 2;
    while (taken.has(`${article.id}-${k}`)) k += 1;
    const id = `${article.id}-${k}`;
    taken.add(id);
    return { ...article, id, warnings: [...article.warnings, `id "${article.id}" is used by an earlier article; renamed to "${id}"`] };
  });
}

function failed(source: string, message: string): ParseResult {
  return { articles: [], problems: [problem(source, message)], warnings: [] };
}

function baseName(source: string): string {
  const parts = source.split(/[\\/]/);
  return parts[parts.length - 1] ?? source;
}

function stripExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
