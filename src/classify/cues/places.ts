// Which place names of a claim are places: gazetteer places and names after a place noun (مدينة X),
// never a dateline (`أتلانتا، الولايات المتحدة الأمريكية (CNN)--`, `بكين - فرانس برس`), an adjective
// (الفلسطينية) or an organisation's name. And when two places are not rivals: a capital and its
// country, or two names that one claim of the comparison gives together (a city and its state).
import type { Claim, Entity } from '../../types.js';
import type { ClaimFeatures } from '../../align/features.js';
import { normalizeText } from '../../text/normalize.js';
import { foldName } from '../../text/transliteration.js';
import { GAZETTEER } from '../../claims/lexicons/gazetteer.js';
import { organisationsWithPlaces, placeNouns } from '../lexicons/places.js';
import { CAPITALS } from '../lexicons/capitals.js';
import { sameCountry } from '../cues.js';
import { cliticFree, once } from '../words.js';
import { countryNames } from '../lexicons/countries.js';
import { placeNameOf } from './names.js';

/** Folded keys of the places the gazetteer and the capitals table know. */
const KNOWN_PLACES = new Set([
  ...GAZETTEER.filter((g) => g.type === 'place').map((g) => foldName(normalizeText(g.ar[0] ?? g.en[0]))),
  ...CAPITALS.flatMap(([countries, capitals]) => [...countries, ...capitals]).map((n) => foldName(normalizeText(n))),
]);
const PLACE_NOUN = new RegExp(`(?:^|\\s)(?:ال|وال|بال|و|ب|في |of )?(?:${placeNouns.map(normalizeText).join('|')})(?: of| the)?\\s*$`);
const ORGANISATION_HEAD = new RegExp(`(?:${organisationsWithPlaces.map(normalizeText).join('|')})\\s*(?:ال)?$`);

/** Where a dateline at the start of a claim ends (0 when there is none). */
export const datelineEnd = once((claim: Claim): number => {
  const m = /^[^.!?؟\n]{0,80}?\([^)]{1,30}\)\s*[-–—]{1,2}/.exec(claim.text) ?? /^[^\s،,]{2,20}(?:\s[^\s،,]{2,20})?\s[-–—]\s/.exec(claim.text);
  return m ? claim.start + m[0].length : 0;
});

/**
 * True when the word at `at` follows a person's name with only a space between: a surname that
 * is also a place (Reps. Jim Jordan of Ohio: the entity finder marks Jim a person, Jordan a place).
 */
export function afterPerson(claim: Claim, at: number): boolean {
  return claim.entities.some((e) => e.type === 'person' && e.end <= at && /^\s+$/.test(claim.text.slice(e.end - claim.start, at - claim.start)));
}

/**
 * The claim's entities that are places by the gazetteer (or the capitals table) or a place noun,
 * a direction or "in" before them; never inside a dateline or an organisation's name.
 */
export const placesOf = once((claim: Claim): Entity[] => {
  const dateline = datelineEnd(claim);
  return claim.entities.filter((e) => {
    if (e.type !== 'place' || e.end <= dateline || afterPerson(claim, e.start)) return false;
    const before = normalizeText(claim.text.slice(Math.max(0, e.start - claim.start - 24), e.start - claim.start));
    if (ORGANISATION_HEAD.test(before)) return false;
    return KNOWN_PLACES.has(e.key) || KNOWN_PLACES.has(foldName(normalizeText(e.text))) || PLACE_NOUN.test(before);
  });
});

/** Pairs of place keys that some claim of the comparison names together: a place and the area around it. */
export interface PlaceContext {
  together: ReadonlySet<string>;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** The place pairs named together in any of the claims. */
export function placeContext(features: readonly ClaimFeatures[]): PlaceContext {
  const together = new Set<string>();
  for (const f of features) {
    const keys = [...new Set(f.claim.entities.filter((e) => e.type === 'place').map((e) => e.key))];
    for (let i = 0; i < keys.length; i += 1) for (let j = i + 1; j < keys.length; j += 1) together.add(pairKey(keys[i], keys[j]));
  }
  return { together };
}

/** True when two places may be one place or one inside the other: not rival places. */
export function placesRelated(a: Entity, b: Entity, context: PlaceContext): boolean {
  return a.key === b.key || sameCountry(a.text, b.text) || context.together.has(pairKey(a.key, b.key));
}

/**
 * True when each claim names a place of the story and none of one's places may be one of the
 * other's (not the same, a capital and its country, or named together elsewhere): two places.
 */
export function placesApart(a: ClaimFeatures, b: ClaimFeatures, context: PlaceContext): boolean {
  const [pa, pb] = [placesOf(a.claim), placesOf(b.claim)];
  return pa.length > 0 && pb.length > 0 && !pa.some((x) => pb.some((y) => placesRelated(x, y, context)));
}

/**
 * Where the claim's speaker is written in it (`قالت وزارة الدفاع الروسية`, `قال وزير الدفاع الأميركي
 * جيمس ماتيس`), as [start, end) offsets; null when it names none or inherits one from the sentence before.
 */
export const speakerSpan = once((claim: Claim): [number, number] | null => {
  const speaker = claim.attribution?.speaker;
  const at = speaker ? claim.text.indexOf(speaker) : -1;
  return at < 0 ? null : [claim.start + at, claim.start + at + speaker!.length];
});

/** True when a word of a claim stands in the name of who speaks: it tells who said it, not where or to whom the fact happened. */
export function inSpeaker(claim: Claim, at: number): boolean {
  const span = speakerSpan(claim);
  return span !== null && at >= span[0] && at < span[1];
}

/** Countries and capitals as written, normalized, with and without the article. */
const COUNTRY_WORDS = new Set([...countryNames, ...CAPITALS.flatMap(([countries, capitals]) => [...countries, ...capitals])].map((n) => normalizeText(n)).flatMap((n) => [n, n.replace(/^ال/, '')]));
const isCountryWord = (form: string) => COUNTRY_WORDS.has(form) || COUNTRY_WORDS.has(form.replace(/^ال/, ''));

/**
 * The countries a claim names in its story (a country, or a capital for its country: بنيبال,
 * طهران), not in its dateline, an organisation's name, the name of who speaks or a person's name.
 */
export const countriesOf = once((f: ClaimFeatures): Set<string> => {
  const out = new Set<string>();
  for (const t of f.tokens) {
    // Written as a country or a capital (بنيبال, طهران), not a town (جلال أباد) nor a word whose fold a name shares (السيارة).
    const country = cliticFree(t.norm).some(isCountryWord) ? placeNameOf(t) : null;
    if (country !== null && !outsideStory(f.claim, t.start) && !inSpeaker(f.claim, t.start) && !afterPerson(f.claim, t.start)) out.add(country);
  }
  return out;
});

/** True when each claim names a country of the story and they name none in common: two countries, two incidents. */
export function countriesApart(a: ClaimFeatures, b: ClaimFeatures): boolean {
  const [ca, cb] = [countriesOf(a), countriesOf(b)];
  return ca.size > 0 && cb.size > 0 && ![...ca].some((c) => cb.has(c));
}

/** True when a word of a claim stands in its dateline or in an organisation's name (الدولة الإسلامية في العراق): no place of the story. */
export function outsideStory(claim: Claim, at: number): boolean {
  if (at < datelineEnd(claim)) return true;
  const before = normalizeText(claim.text.slice(Math.max(0, at - claim.start - 24), at - claim.start));
  return ORGANISATION_HEAD.test(before) || /(?:الدوله الاسلاميه في|القاعده في)\s+\S+\s+(?:و)?$/.test(before);
}
