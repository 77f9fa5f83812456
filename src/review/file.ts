// The review file (`claimdiff.review/1`) as text: read and checked strictly (a file that is not
// one, or holds a value this version cannot read, is refused with one line saying where), and
// written with its entries in id order so that two saves of the same decisions are the same bytes.
import type { ReviewEntry, ReviewFile, ReviewItemKind, ReviewVerdict, Relation } from '../types.js';

export const REVIEW_SCHEMA = 'claimdiff.review/1';

/** The `$id` of the file's JSON Schema (schemas/review-1.schema.json in the package), written as its `$schema`. */
export const REVIEW_SCHEMA_ID = 'urn:claimdiff:schema:review/1';

export const REVIEW_KINDS: readonly ReviewItemKind[] = ['group', 'claim', 'figure', 'flag', 'pair'];
export const REVIEW_VERDICTS: readonly ReviewVerdict[] = ['confirmed', 'disputed', 'dismissed'];
export const REVIEW_RELATIONS: readonly Relation[] = ['shared', 'partial', 'conflict'];

/** `dismissed` is for what a report may leave out: framing flags and figures. */
export function verdictsFor(kind: ReviewItemKind): readonly ReviewVerdict[] {
  return kind === 'flag' || kind === 'figure' ? REVIEW_VERDICTS : ['confirmed', 'disputed'];
}

/** A review file this version cannot read: the message names what is wrong, the caller names the file. */
export class ReviewFileError extends Error {}

export function emptyReview(): ReviewFile {
  return { schema: REVIEW_SCHEMA, entries: {} };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const quote = (v: unknown) => JSON.stringify(v)?.slice(0, 60) ?? String(v);

function checkString(key: string, entry: Record<string, unknown>, field: string, allowed?: readonly string[]): void {
  const v = entry[field];
  if (v === undefined) return;
  if (typeof v !== 'string') throw new ReviewFileError(`entry ${quote(key)}: ${field} must be text, not ${quote(v)}`);
  if (allowed && !allowed.includes(v)) throw new ReviewFileError(`entry ${quote(key)}: ${field} ${quote(v)} is not one of ${allowed.join(', ')}`);
}

function checkEntry(key: string, value: unknown): ReviewEntry {
  if (!isObject(value)) throw new ReviewFileError(`entry ${quote(key)} is not an object`);
  const kind = value.kind;
  if (typeof kind !== 'string' || !(REVIEW_KINDS as readonly string[]).includes(kind)) {
    throw new ReviewFileError(`entry ${quote(key)}: kind ${quote(kind)} is not one of ${REVIEW_KINDS.join(', ')}`);
  }
  checkString(key, value, 'verdict', verdictsFor(kind as ReviewItemKind));
  checkString(key, value, 'relation', REVIEW_RELATIONS);
  for (const field of ['quantity', 'note', 'by', 'at']) checkString(key, value, field);
  if (value.same !== undefined && typeof value.same !== 'boolean') throw new ReviewFileError(`entry ${quote(key)}: same must be true or false, not ${quote(value.same)}`);
  const articles = value.articles ?? [];
  if (!Array.isArray(articles) || articles.some((a) => typeof a !== 'string')) throw new ReviewFileError(`entry ${quote(key)}: articles must be a list of article ids`);
  const claims = value.claims;
  if (claims !== undefined && (!Array.isArray(claims) || claims.some((c) => !isObject(c) || typeof c.id !== 'string' || typeof c.article !== 'string' || typeof c.text !== 'string'))) {
    throw new ReviewFileError(`entry ${quote(key)}: claims must be a list of { id, article, text }`);
  }
  if (kind === 'pair' && (!Array.isArray(claims) || claims.length !== 2 || typeof value.same !== 'boolean')) {
    throw new ReviewFileError(`entry ${quote(key)}: a pair needs its two claims and same (true or false)`);
  }
  if (value.engine !== undefined && !isObject(value.engine)) throw new ReviewFileError(`entry ${quote(key)}: engine must be an object`);
  // Fields a later version adds are kept as they are.
  return { ...value, articles } as unknown as ReviewEntry;
}

/** Reads a review file's text; ReviewFileError when it is not JSON, not a review file, or not one this version reads. */
export function parseReview(text: string): ReviewFile {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ReviewFileError(`is not valid JSON (${(err as Error).message.split('\n')[0]})`);
  }
  if (!isObject(value) || typeof value.schema !== 'string' || !value.schema.startsWith('claimdiff.review/')) {
    throw new ReviewFileError(`is not a claimdiff review file (no "schema": "${REVIEW_SCHEMA}")`);
  }
  if (value.schema !== REVIEW_SCHEMA) throw new ReviewFileError(`is a ${quote(value.schema)} file; this claimdiff reads ${REVIEW_SCHEMA}`);
  if (!isObject(value.entries)) throw new ReviewFileError('has no "entries" object');
  const entries: Record<string, ReviewEntry> = {};
  for (const [key, entry] of Object.entries(value.entries)) entries[key] = checkEntry(key, entry);
  return { ...value, schema: REVIEW_SCHEMA, entries } as ReviewFile;
}

/** The file's text: `$schema` (for editors that validate), two-space JSON, entries in id order, a final line break. */
export function serializeReview(review: ReviewFile): string {
  const keys = Object.keys(review.entries).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const entries = Object.fromEntries(keys.map((k) => [k, review.entries[k]]));
  return `${JSON.stringify({ $schema: REVIEW_SCHEMA_ID, ...review, schema: REVIEW_SCHEMA, entries }, null, 2)}\n`;
}
