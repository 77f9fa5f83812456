// Contradiction cues compiled from the lexicons: antonym, nationality, casualty, failure and
// capital look-ups by normalized form and by stem, built once at load.
import type { Token } from '../types.js';
import { normalizeText } from '../text/normalize.js';
import { stem } from '../text/stem.js';
import { hasArabic } from '../text/normalize.js';
import { antonymPairs } from './lexicons/antonyms.js';
import { failureWords } from './lexicons/negation.js';
import { casualtyWords, nationalityWords } from './lexicons/nationalities.js';
import { CAPITALS } from './lexicons/capitals.js';
import { foldName } from '../claims/names.js';

function keyOf(word: string): string {
  const norm = normalizeText(word);
  return stem(norm, hasArabic(norm) ? 'ar' : 'en');
}

/** Antonym side by word: key -> list of [row, side] (every form is one word). */
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

/** The token's lexicon keys: normalized form, stem, and the form without one leading clitic (لأدنى -> أدنى). */
function keysOf(token: Token): string[] {
  const keys = [token.norm, token.stem];
  if (/^[وفبلك]/.test(token.norm) && token.norm.length > 3) keys.push(token.norm.slice(1));
  if (/^(وال|بال|فال|كال|لل)/.test(token.norm) && token.norm.length > 4) keys.push(token.norm.slice(token.norm.startsWith('لل') ? 2 : 3));
  return keys;
}

function lookup<T>(map: ReadonlyMap<string, T>, token: Token): T | undefined {
  for (const key of keysOf(token)) {
    const hit = map.get(key);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** Antonym rows a token belongs to, with its side. */
export function antonymSides(token: Token): ReadonlyArray<[number, 0 | 1]> {
  return lookup(ANTONYMS, token) ?? [];
}

function keyedSet(words: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const w of words) for (const k of [normalizeText(w), keyOf(w)]) map.set(k, keyOf(w));
  return map;
}

const NATIONALITIES = keyedSet(nationalityWords);
const CASUALTIES = keyedSet(casualtyWords);
const FAILURES = keyedSet(failureWords);

/** True when the token says something failed (تفشل، عجز، failed). */
export function isFailureWord(token: Token): boolean {
  return lookup(FAILURES, token) !== undefined;
}

/** The nationality or group a token names (صينية -> صيني), folded so spellings agree (أميركي / أمريكي), or null. */
export function nationalityOf(token: Token): string | null {
  const key = lookup(NATIONALITIES, token);
  return key === undefined ? null : foldName(key);
}

/** True when the token names casualties (قتلى، ضحايا، killed). */
export function isCasualtyWord(token: Token): boolean {
  return lookup(CASUALTIES, token) !== undefined;
}

/** The first antonym pair between two token sets (one word from each side of one row, rows in `skip` left out), or null. */
export function findAntonym(onlyA: readonly Token[], onlyB: readonly Token[], skip: ReadonlySet<number> = new Set()): [Token, Token] | null {
  for (const a of onlyA) {
    for (const [row, side] of antonymSides(a)) {
      if (skip.has(row)) continue;
      for (const b of onlyB) {
        if (antonymSides(b).some(([r, s]) => r === row && s !== side)) return [a, b];
      }
    }
  }
  return null;
}

/** Folded place name -> the country it stands for (a country stands for itself, a capital for its country). */
const COUNTRY_OF = new Map<string, number>();
CAPITALS.forEach(([countries, capitals], row) => {
  for (const name of [...countries, ...capitals]) COUNTRY_OF.set(foldName(normalizeText(name)), row);
});

/** True when two place names stand for one country (واشنطن / الولايات المتحدة, Kabul / Afghanistan). */
export function sameCountry(a: string, b: string): boolean {
  const [x, y] = [COUNTRY_OF.get(foldName(normalizeText(a))), COUNTRY_OF.get(foldName(normalizeText(b)))];
  return x !== undefined && x === y;
}
