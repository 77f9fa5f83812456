// Reads the command's inputs (the example corpus when none are given), prints each problem as one
// line on stderr, and says whether any input was skipped.
import type { Article } from '../src/types.js';
import { readInputs } from './read-inputs.js';
import { defaultCorpus } from './paths.js';
import { ExitCode, UserError, type ExitCodeValue } from './exit-codes.js';
import type { Io } from './io.js';
import { STDIN_ARG } from './options.js';

export interface LoadOptions {
  keepBoilerplate?: boolean;
  maxSize?: number;
}

export interface Loaded {
  articles: Article[];
  /** `ok`, or `partial` when some inputs were skipped. */
  status: ExitCodeValue;
}

export async function loadArticles(inputs: readonly string[] | undefined, options: LoadOptions, io: Io): Promise<Loaded> {
  const paths = inputs && inputs.length > 0 ? inputs.map((p) => (p === STDIN_ARG ? '-' : p)) : [defaultCorpus()];
  const { articles, problems } = await readInputs(paths, {
    keepBoilerplate: options.keepBoilerplate,
    maxBytes: options.maxSize ? options.maxSize * 1024 * 1024 : undefined,
    stdin: io.stdin,
  });
  for (const p of problems) io.stderr(`claimdiff: ${p.message}\n`);
  if (articles.length === 0) {
    throw new UserError('no readable article in the inputs; pass .txt, .md, .html, .json or .jsonl files or folders', ExitCode.noInput);
  }
  return { articles, status: problems.length > 0 ? ExitCode.partial : ExitCode.ok };
}
