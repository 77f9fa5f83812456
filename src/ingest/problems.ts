// What reading inputs reports besides articles: problems a person can fix, and the error the
// library throws for them (the CLI prints its message; no stack trace for a user's mistake).
import type { Article } from '../types.js';
import type { HtmlArticle } from './html.js';

/** A problem with one input; reading goes on with the others. */
export interface InputProblem {
  /** The path (`-` for stdin), with `#n` when it concerns one record. */
  source: string;
  /** One line a person can act on, naming the file: `x.json: line 3 is not valid JSON (...); fix or remove that line`. */
  message: string;
}

export type InputFormat = 'txt' | 'md' | 'html' | 'json' | 'jsonl';

export interface ParseOptions {
  /** Keep boilerplate in the article: nothing is removed (`removed` is empty). */
  keepBoilerplate?: boolean;
  /** Read the input as this format, whatever its name or content. */
  formatHint?: InputFormat;
  /**
   * Reads a page (html.ts's `extractHtml`, which `parseInput` of index.ts passes). `parseBytes`
   * without it throws `HtmlExtractorNeeded` at a page: a reader of text and JSON need not load the
   * DOM library.
   */
  extractHtml?: (html: string) => HtmlArticle | null;
}

export interface ParseResult {
  articles: Article[];
  /** Inputs or records skipped: the command's exit code says some were. */
  problems: InputProblem[];
  /**
   * What was removed or converted on the way in while the article was kept (control sequences,
   * a JSON field of the wrong type, a sentence cut for length): printed as warnings, one line each.
   */
  warnings: InputProblem[];
}

/** `parseBytes` met a page without `ParseOptions.extractHtml`: load html.ts and read the input again with it. */
export class HtmlExtractorNeeded extends Error {
  override name = 'HtmlExtractorNeeded';
}

/** A mistake in the input (not a bug): its message is meant for the person who passed the input. */
export class InputError extends Error {
  override name = 'InputError';
}

/**
 * A problem with the file at `path`, its message starting with the path so each line stands
 * alone; `source` narrows it to one record (`path#3`).
 */
export function problem(path: string, message: string, source = path): InputProblem {
  return { source, message: `${path}: ${message}` };
}
