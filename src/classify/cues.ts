// Contradiction cues compiled from the lexicons: negation and antonym look-ups by normalized form
// and by stem, built once at load.
import type { Token } from '../types.js';
import { normalizeText } from '../text/normalize.js';
import { stem } from '../text/stem.js';
import { hasArabic } from '../text/normalize.js';
import { antonymPairs } from './lexicons/antonyms.js';
import { negationIdiomFollowers, negationWords } from './lexicons/negation.js';

function keyOf(word: string): string {
  const norm = normalizeText(word);
  return stem(norm, hasArabic(norm) ? 'ar' : 'en');
}

const NEGATIONS = new Set(negationWords.map(normalizeText));
const IDIOM_FOLLOWERS = new Set(negationIdiomFollowers.map(normalizeText));

/** Antonym side by word: key -> list of [row, side]. Multiword forms are matched on their first word's key + rest. */
const ANTONYMS = new Map<string, Array<[number, 0 | 1]>>();
antonymPairs.forEach(([left, right], row) => {
  for (const [side, forms] of [[0, left], [1, right]] as const) {
    for (const form of forms) {
      for (const key of new Set([normalizeText(form), keyOf(form)])) {
        const list = ANTONYMS.get(key) ?? [];
        list.push([row, side]);
        ANTONYMS.set(key, list);
      }
    }
  }
});

/** Indices of the tokens that negate (a particle or negating verb, not an idiom such as لا تزال). */
export function negationIndices(tokens: readonly Token[]): number[] {
  const found: number[] = [];
  tokens.forEach((t, i) => {
    if (!NEGATIONS.has(t.norm)) return;
    const next = tokens[i + 1];
    if (next && IDIOM_FOLLOWERS.has(next.norm)) return;
    // `ما` negates only before a verb-like word; "ما" as "what"/"which" is far more common.
    if (t.norm === 'ما' && !(next && /^(زال|كان|تم|قال|يزال|تزال)/.test(next.norm))) return;
    found.push(i);
  });
  return found;
}

/** Antonym rows a token belongs to, with its side. */
export function antonymSides(token: Token): ReadonlyArray<[number, 0 | 1]> {
  return ANTONYMS.get(token.norm) ?? ANTONYMS.get(token.stem) ?? [];
}

/** The first antonym pair between two token sets (one word from each side of one row), or null. */
export function findAntonym(onlyA: readonly Token[], onlyB: readonly Token[]): [Token, Token] | null {
  for (const a of onlyA) {
    for (const [row, side] of antonymSides(a)) {
      for (const b of onlyB) {
        if (antonymSides(b).some(([r, s]) => r === row && s !== side)) return [a, b];
      }
    }
  }
  return null;
}
