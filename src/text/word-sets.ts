// Word lists as sets and maps in the form the token stream carries, so a list entry and a token
// compare equal: normalized, without punctuation inside a word (`u.s.` -> `us`), one space between words.
import { lexemeOf } from './lexemes.js';
import { hasArabic } from './normalize.js';
import { stem } from './stem.js';

/** A list entry (a word or a phrase) as tokens spell it: each word as its token's `norm`, joined by one space. */
export function wordKey(entry: string): string {
  return entry.trim().split(/\s+/).map((w) => lexemeOf(w).norm).filter((w) => w !== '').join(' ');
}

/** Word lists as one set of keys (see `wordKey`). */
export function wordSet(...lists: ReadonlyArray<readonly string[]>): Set<string> {
  const out = new Set<string>();
  for (const list of lists) for (const entry of list) out.add(wordKey(entry));
  return out;
}

/** The stem of a list word, by its own script: what a token of the word has as `stem`. */
export function stemKey(entry: string): string {
  const key = wordKey(entry);
  return stem(key, hasArabic(key) ? 'ar' : 'en');
}

/** A word list as a map from each entry's key and stem to its stem: a token is found by either. */
export function stemMap(words: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const w of words) {
    const s = stemKey(w);
    map.set(wordKey(w), s);
    map.set(s, s);
  }
  return map;
}
