// Names at the level of one word: the country, region or capital a token names (بمصر, والسودان,
// Germany's) and the known person it names (بوتين, Netanyahu), looked up with its clitics taken
// off, whether or not the entity finder marked it. Built once at load from the lexicons.
import type { Token } from '../../types.js';
import { normalizeText } from '../../text/normalize.js';
import { foldName } from '../../text/transliteration.js';
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
    if (hit !== undefined) return hit;
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
