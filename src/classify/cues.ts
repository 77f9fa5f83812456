// Contradiction cues compiled from the lexicons: antonym, nationality, casualty, failure and
// capital look-ups by normalized form and by stem, built once at load.
import type { Token } from '../types.js';
import { lookupForms } from '../text/clitics.js';
import { stemKey, stemMap, wordKey, wordSet } from '../text/word-sets.js';
import { antonymPairs, sequenceActs } from './lexicons/antonyms.js';
import { failureWords } from './lexicons/negation.js';
import { casualtyWords, nationalityWords } from './lexicons/nationalities.js';
import { CAPITALS } from './lexicons/capitals.js';
import { normalizeText } from '../text/normalize.js';
import { foldName } from '../text/transliteration.js';

/** Side by word of rows of two sides: key -> list of [row, side] (every form is one word). */
function sidesMap(pairs: ReadonlyArray<readonly [readonly string[], readonly string[]]>): Map<string, Array<[number, 0 | 1]>> {
  const map = new Map<string, Array<[number, 0 | 1]>>();
  pairs.forEach(([left, right], row) => {
    for (const [side, forms] of [[0, left], [1, right]] as const) {
      for (const form of forms) {
        for (const key of new Set([wordKey(form), stemKey(form)])) {
          const list = map.get(key) ?? [];
          list.push([row, side]);
          map.set(key, list);
        }
      }
    }
  });
  return map;
}

/** Antonym side by word. */
const ANTONYMS = sidesMap(antonymPairs);
/** Side by word of acts that follow one another (enter / leave). */
const SEQUENCE = sidesMap(sequenceActs);

/** The future prefix of an imperfect verb, after an optional و or ف: سيرتفع, وستهبط, سنرفض. */
const FUTURE = /^[وف]?س(?=[يتن])/;

/**
 * The token's lexicon keys: normalized form, stem, the forms without a leading clitic (لأدنى ->
 * أدنى), and an imperfect verb without its future prefix and its stem (وسيهبط -> يهبط), so that
 * a lexicon lists each verb once whatever its tense.
 */
function keysOf(token: Token): readonly string[] {
  let keys = KEYS_OF.get(token);
  if (keys !== undefined) return keys;
  keys = [token.norm, token.stem, ...lookupForms(token.norm)];
  const future = FUTURE.exec(token.norm);
  if (future && token.norm.length - future[0].length >= 4) {
    const verb = token.norm.slice(future[0].length);
    keys.push(verb, stemKey(verb));
  }
  KEYS_OF.set(token, keys);
  return keys;
}

/** Each token's keys, listed once: the failure and casualty look-ups read a claim's tokens for every pair it is in. */
const KEYS_OF = new WeakMap<Token, string[]>();

function lookup<T>(map: ReadonlyMap<string, T>, token: Token): T | undefined {
  for (const key of keysOf(token)) {
    const hit = map.get(key);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

const SIDES = new WeakMap<Token, ReadonlyArray<[number, 0 | 1]>>();

/** Antonym rows a token belongs to, with its side (looked up once per token). */
export function antonymSides(token: Token): ReadonlyArray<[number, 0 | 1]> {
  let sides = SIDES.get(token);
  if (sides === undefined) {
    sides = lookup(ANTONYMS, token) ?? [];
    SIDES.set(token, sides);
  }
  return sides;
}

const NATIONALITIES = stemMap(nationalityWords);
const CASUALTIES = stemMap(casualtyWords);
const FAILURES = stemMap(failureWords);

/** True when the token says something failed (تفشل، عجز، failed). */
export function isFailureWord(token: Token): boolean {
  return lookup(FAILURES, token) !== undefined;
}

const NATIONALITY = new WeakMap<Token, string | null>();

/** The nationality or group a token names (صينية -> صيني), folded so spellings agree (أميركي / أمريكي), or null. */
export function nationalityOf(token: Token): string | null {
  let found = NATIONALITY.get(token);
  if (found === undefined) {
    const key = lookup(NATIONALITIES, token);
    found = key === undefined ? null : foldName(key);
    NATIONALITY.set(token, found);
  }
  return found;
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

/**
 * True when one claim states an act and the other the act that follows it (دخل المستشفى / خروجه من
 * المستشفى, arrived / left): words of the two sides of one row of sequenceActs.
 */
export function actsInSequence(a: readonly Token[], b: readonly Token[]): boolean {
  const sides = (tokens: readonly Token[]) => new Set(tokens.flatMap((t) => (lookup(SEQUENCE, t) ?? []).map(([row, side]) => `${row}:${side}`)));
  const [sa, sb] = [sides(a), sides(b)];
  return [...sa].some((k) => sb.has(k.replace(/:(\d)$/, (_, s: string) => `:${1 - Number(s)}`)) && !sb.has(k));
}
