// `--lexicon FILE`: a user's framing lexicon, read and checked before any work starts.
import { readFileSync } from 'node:fs';
import { parseLexiconFile, type FramingOptions } from '../src/framing/index.js';
import { UserError } from './exit-codes.js';

export function loadLexicon(file: string | undefined): FramingOptions {
  if (!file) return {};
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UserError(`${file}: cannot read the lexicon (${(err as NodeJS.ErrnoException).code ?? 'error'}); check the --lexicon path`);
  }
  try {
    return { extraLexicon: parseLexiconFile(content, file) };
  } catch (err) {
    throw new UserError(`${(err as Error).message}; see "Framing lexicons" in the README for the format`);
  }
}
