// Word-level helpers of the classify stage: when two tokens of two claims say the same word (same
// stem, root or news concept), content words, and the clitic-free form of a word.
import type { Claim, Token } from '../types.js';
import { conceptKey, rootKey } from '../align/features.js';
import { isNonContent } from '../text/concepts.js';

/** A content word: not a stopword, not a bare number, not a reporting verb or honorific, two letters or more. */
export function isContent(t: Token): boolean {
  return !t.isStop && !t.isNumber && t.stem.length >= 2 && !isNonContent(t.stem);
}

/** The keys under which a token matches a token of another claim: stem, root (Arabic) and news concept. */
export function matchKeys(t: Token): string[] {
  const known = KEYS.get(t);
  if (known) return known;
  const keys = [t.stem, conceptKey(t.stem)];
  // A root of three letters or more; shorter stems would merge unrelated words.
  if (t.stem.length >= 4) keys.push(`√${rootKey(t.stem)}`);
  KEYS.set(t, keys);
  return keys;
}

/** Each token's keys, computed once: a claim is compared with many others. */
const KEYS = new WeakMap<Token, string[]>();

/**
 * A per-object memo: what a cue finder reads off one claim (its negations, figures, actors) is
 * computed once, however many pairs the claim is in.
 */
export function once<K extends object, V>(fn: (key: K) => V): (key: K) => V {
  const memo = new WeakMap<K, V>();
  return (key: K) => {
    if (memo.has(key)) return memo.get(key)!;
    const value = fn(key);
    memo.set(key, value);
    return value;
  };
}

/** Every key of every token of a list. */
export function keySet(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) for (const k of matchKeys(t)) out.add(k);
  return out;
}

/** A claim's content words, listed once per claim (each pair reads them). */
export const contentTokens = once((f: { tokens: readonly Token[] }) => f.tokens.filter(isContent));

/** The keys of a claim's content words, and of all its words, computed once per claim. */
export const contentKeys = once((f: { tokens: readonly Token[] }) => keySet(contentTokens(f)));
export const allKeys = once((f: { tokens: readonly Token[] }) => keySet(f.tokens));

/** True when the token says the same word as one of the keys (`keySet` of the other claim). */
export function sharesKey(t: Token, keys: ReadonlySet<string>): boolean {
  return matchKeys(t).some((k) => keys.has(k));
}

const CONJUNCTION = /^[وف]/;
const PREPOSITION = /^[بل]/;

/**
 * The forms of a normalized word without one leading conjunction (و، ف) and then one preposition
 * (ب، ل): ولم -> لم, وبدون -> بدون -> دون, لعدم -> عدم. The word itself comes first.
 */
export function cliticFree(norm: string): readonly string[] {
  let out = CLITIC_FREE.get(norm);
  if (out !== undefined) return out;
  if (CLITIC_FREE.size >= CLITIC_FREE_MAX) CLITIC_FREE.clear();
  out = cliticFreeForms(norm);
  CLITIC_FREE.set(norm, out);
  return out;
}

/**
 * The forms of each word, remembered (bounded): the negation, figure and name cues read every
 * word's forms for every pair its claim is in (170 MB of short-lived arrays at 1,000 articles).
 */
const CLITIC_FREE = new Map<string, readonly string[]>();
const CLITIC_FREE_MAX = 50_000;

function cliticFreeForms(norm: string): string[] {
  const out = [norm];
  let rest = norm;
  if (CONJUNCTION.test(rest) && rest.length > 2) {
    rest = rest.slice(1);
    out.push(rest);
  }
  if (PREPOSITION.test(rest) && rest.length > 3) out.push(rest.slice(1));
  return out;
}

/** Token indices of the spans (entities, a speaker) a claim's tokens fall into. */
export function tokensWithin(tokens: readonly Token[], spans: ReadonlyArray<{ start: number; end: number }>): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    if (spans.some((s) => t.start >= s.start && t.end <= s.end)) out.add(i);
  });
  return out;
}

/** Where the claim's speaker stands in the article text (the claims stage's reading). */
export { speakerSpan } from '../claims/attribution/said-on.js';
