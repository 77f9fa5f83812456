// Names at the level of one word: the country, region or capital a token names (بمصر, والسودان,
// Germany's) and the known person it names (بوتين, Netanyahu), looked up with its clitics taken
// off, whether or not the entity finder marked it. Built once at load from the lexicons.
import type { Token } from '../../types.js';
import { normalizeText } from '../../text/normalize.js';
import { foldName, foldWord } from '../../text/transliteration.js';
import { GAZETTEER } from '../../claims/lexicons/gazetteer.js';
import { countryNames } from '../lexicons/countries.js';
import { CAPITALS } from '../lexicons/capitals.js';
import { cliticFree } from '../words.js';

/** Folded single-word form -> the key of the place it names; a capital's key is its country's. */
const PLACES = new Map<string, string>();
/** Folded single-word form -> the key of the person it names. */
const PEOPLE = new Map<string, string>();

const single = (name: string) => !/\s/.test(name.trim());
const fold = (name: string) => foldName(normalizeText(name.replace(/^the /i, '')));

for (const name of countryNames.filter(single)) PLACES.set(fold(name), fold(name));
for (const [countries, capitals] of CAPITALS) {
  const key = fold(countries[0]);
  for (const name of [...countries, ...capitals].filter(single)) PLACES.set(fold(name), key);
}
for (const g of GAZETTEER) {
  const key = fold(g.ar[0] ?? g.en[0]);
  for (const name of [...g.ar, ...g.en].filter(single)) {
    if (g.type === 'place' && !PLACES.has(fold(name))) PLACES.set(fold(name), key);
    if (g.type === 'person') PEOPLE.set(fold(name), key);
  }
}

/** Folded names of two words or more (الولايات المتحدة, كوريا الجنوبية) -> the key of the place or person. */
const LONG_NAMES = new Map<string, string>();
for (const [countries, capitals] of CAPITALS) for (const name of [...countries, ...capitals]) if (!single(name)) LONG_NAMES.set(fold(name), fold(countries[0]));
for (const name of countryNames.filter((n) => !single(n))) if (!LONG_NAMES.has(fold(name))) LONG_NAMES.set(fold(name), fold(name));
for (const g of GAZETTEER) {
  if (g.type !== 'place' && g.type !== 'person') continue;
  const key = fold(g.ar[0] ?? g.en[0]);
  for (const name of [...g.ar, ...g.en].filter((n) => !single(n))) if (!LONG_NAMES.has(fold(name))) LONG_NAMES.set(fold(name), key);
}

/**
 * The last word of every known name's key: a name of several words is found only when its last
 * word, folded, is one of these. Folding is word by word, so that word is the last token's own.
 */
const LAST_WORDS = new Set([...LONG_NAMES.keys(), ...PLACES.keys(), ...PEOPLE.keys()].map((key) => key.slice(key.lastIndexOf(' ') + 1)));

/**
 * False when no known name of several words can end with this token (its normalized form): the
 * role cue tries every word with the one or two after it, and almost none of them end a name.
 * True when unsure (a form that folds to nothing or holds a space is left to the full look-up).
 */
export function mayEndName(norm: string): boolean {
  let may = MAY_END.get(norm);
  if (may === undefined) {
    const word = normalizeText(norm);
    const folded = foldWord(word);
    may = folded === '' || /\s/.test(word) || LAST_WORDS.has(folded);
    if (MAY_END.size >= NAME_KEYS_MAX) MAY_END.clear();
    MAY_END.set(norm, may);
  }
  return may;
}

const MAY_END = new Map<string, boolean>();

/** Place names as written (normalized, with and without the article): بريطانيا is a country, بريطاني its adjective. */
const WRITTEN_PLACES = new Set<string>();
for (const name of [...countryNames, ...CAPITALS.flatMap(([countries, capitals]) => [...countries, ...capitals]), ...GAZETTEER.filter((g) => g.type === 'place').flatMap((g) => g.ar)]) {
  const norm = normalizeText(name);
  WRITTEN_PLACES.add(norm);
  WRITTEN_PLACES.add(norm.replace(/^ال/, ''));
}

/** True when a normalized word, clitics taken off, is a place's name as written (not its adjective). */
export function isWrittenPlace(norm: string): boolean {
  return WRITTEN_PLACES.has(norm) || WRITTEN_PLACES.has(norm.replace(/^ال/, ''));
}

/**
 * One-word names looked up, remembered (bounded): the role cue tries every word of every claim,
 * alone and with the words after it, and folding each try was 3-4% of a 1,000-article comparison.
 */
const NAME_KEYS = new Map<string, string | null>();
const NAME_KEYS_MAX = 100_000;
/** Names of several words looked up, remembered (bounded more tightly). */
const LONG_KEYS = new Map<string, string | null>();
const LONG_KEYS_MAX = 20_000;

/**
 * The key of the place or known person a written name stands for, the name taken as it is (no
 * clitic taken off): one word or several (مصر, الولايات المتحدة, كوريا الجنوبية), or null.
 */
export function nameKeyOf(name: string): string | null {
  const several = name.includes(' ');
  let key = several ? LONG_KEYS.get(name) : NAME_KEYS.get(name);
  if (key !== undefined) return key;
  const folded = fold(name);
  key = LONG_NAMES.get(folded) ?? PLACES.get(folded) ?? PEOPLE.get(folded) ?? null;
  // The joined tries of several words are new strings each (remembering them all kept 7 MB more
  // live at 1,000 articles): a smaller memory of their own, for the phrases news repeats.
  if (several) {
    if (LONG_KEYS.size >= LONG_KEYS_MAX) LONG_KEYS.clear();
    LONG_KEYS.set(name, key);
    return key;
  }
  if (NAME_KEYS.size >= NAME_KEYS_MAX) NAME_KEYS.clear();
  NAME_KEYS.set(name, key);
  return key;
}

const FOUND = new WeakMap<ReadonlyMap<string, string>, WeakMap<Token, string | null>>([[PLACES, new WeakMap()], [PEOPLE, new WeakMap()]]);

/** The look-up of one token in one map, done once per token. */
function lookup(map: ReadonlyMap<string, string>, t: Token): string | null {
  const memo = FOUND.get(map)!;
  let hit = memo.get(t);
  if (hit === undefined) {
    hit = find(map, t);
    memo.set(t, hit);
  }
  return hit;
}

function find(map: ReadonlyMap<string, string>, t: Token): string | null {
  if (t.isNumber || t.norm.length < 2) return null;
  // Latin names keep their capital: "turkey" the bird, "jordan" the name are not countries.
  if (!/[\u0621-\u064A]/.test(t.text) && !/^\p{Lu}/u.test(t.text)) return null;
  for (const form of cliticFree(t.norm.replace(/['’]s$/, ''))) {
    const hit = map.get(foldName(form));
    // Folding drops long vowels and joins ج غ ق: a word of three letters keeps too little to be
    // told from a name unless written as one (خلق folds as الخليج does; مصر is written).
    if (hit !== undefined && (form.replace(/^ال/, '').length > 3 || !/[\u0621-\u064A]/.test(form) || isWrittenPlace(form) || map === PEOPLE)) return hit;
  }
  return null;
}

/** The place (country, region, capital's country) a token names, or null. */
export function placeNameOf(t: Token): string | null {
  return lookup(PLACES, t);
}

/** The known person a token names, or null. */
export function personNameOf(t: Token): string | null {
  return lookup(PEOPLE, t);
}
