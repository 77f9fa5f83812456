// The input formats claimdiff reads, by file extension (apart from the parser: listing a folder needs only this).
import type { InputFormat } from './problems.js';

/** File extensions claimdiff reads, and the format of each. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
};
