// Names swapped in one slot of the sentence: a place for another place (not a city for its country,
// nor two places that the comparison names together), a nationality for another, a named person or
// organisation for another. The rest of the sentence says the same, so the "where" or "who" differs.
import type { Conflict, Entity, Token } from '../../types.js';
import type { ClaimFeatures } from '../../align/features.js';
import type { WordDiff } from '../../align/word-diff.js';
import { nationalityOf, sameCountry } from '../cues.js';
import { GAZETTEER } from '../../claims/lexicons/gazetteer.js';
import { foldName } from '../../text/transliteration.js';
import { normalizeText } from '../../text/normalize.js';
import { afterPerson, datelineEnd, inSpeaker, outsideStory, placesOf, placesRelated, type PlaceContext } from './places.js';
import { actorsOf, sameName } from './actors.js';
import { isWrittenPlace, personNameOf, placeNameOf } from './names.js';
import { cliticFree, contentKeys, isContent, keySet, sharesKey } from '../words.js';
import { mediaNouns } from '../lexicons/places.js';

const KNOWN_NAMES = new Set(GAZETTEER.map((g) => foldName(normalizeText(g.ar[0] ?? g.en[0]))));

/** Hunks longer than this on either side are rewrites, not swaps. */
const SWAP_WORDS = 3;

/**
 * The nationality a word gives as an adjective (صينية, الكردية), or null: a country written as a
 * name (سوريا, which the nationality table reaches through its stem) is a place, compared as one,
 * not a nationality swapped for another (إلى سوريا / إلى صفوف الوحدات الكردية).
 */
const adjectiveOf = (t: Token): string | null => (cliticFree(t.norm).some(isWrittenPlace) ? null : nationalityOf(t));

const MEDIA = new Set(mediaNouns.map((w) => normalizeText(w)));
/** How many words before a nationality a media noun may stand (وكالة الأنباء الروسية: two). */
const MEDIA_REACH = 2;

/**
 * The nationality a word of the claim gives as an adjective of the story: not one that names the
 * medium a statement was made to (لوكالة الأنباء الروسية / لوكالة الأنباء الفرنسية: two outlets
 * told, no rival nationalities), nor, unless the two claims say the same (`sameSaying`: then who
 * says it is what differs, السلطات الصينية / اليابانية), one inside the name of who speaks (قالت
 * وزارة الدفاع الروسية / قال وزير الدفاع الأميركي جيمس ماتيس: two speakers' statements, not one
 * fact placed twice).
 */
function storyAdjectiveOf(f: ClaimFeatures, t: Token, sameSaying = true): string | null {
  const found = adjectiveOf(t);
  if (found === null || (!sameSaying && inSpeaker(f.claim, t.start))) return null;
  const at = f.tokens.indexOf(t);
  const before = f.tokens.slice(Math.max(0, at - MEDIA_REACH), Math.max(0, at));
  return before.some((w) => cliticFree(w.norm).some((x) => MEDIA.has(x))) ? null : found;
}

/** How many words before a nationality adjective the noun it describes may stand (وزير الخارجية الأميركي: two). */
const HEAD_REACH = 2;

/**
 * The content words a nationality adjective describes: those right before it in its clause, other
 * adjectives passed over (الأراضي الفلسطينية: الأراضي; جرائم الاحتلال الإسرائيلي: جرائم الاحتلال).
 */
function headOf(f: ClaimFeatures, t: Token): Token[] {
  const at = f.tokens.indexOf(t);
  const out: Token[] = [];
  for (let k = at - 1; k >= 0 && out.length < HEAD_REACH; k -= 1) {
    const w = f.tokens[k];
    if (/[،,.؛;:]/.test(f.text.slice(w.end, f.tokens[k + 1].start))) break;
    if (isContent(w) && adjectiveOf(w) === null) out.push(w);
  }
  return out;
}

/**
 * True when two nationality adjectives may stand in one slot: they describe the same noun
 * (السلطات الصينية / السلطات اليابانية), or one describes none that the sentence writes. Adjectives
 * of different nouns (الأراضي الفلسطينية / جرائم الاحتلال الإسرائيلي) tell two things, not one
 * thing's nationality told two ways.
 */
function sameHead(a: ClaimFeatures, ta: Token, b: ClaimFeatures, tb: Token): boolean {
  const [ha, hb] = [headOf(a, ta), headOf(b, tb)];
  if (ha.length === 0 || hb.length === 0) return true;
  const keys = keySet(hb);
  return ha.some((t) => sharesKey(t, keys));
}

const covers = (e: Entity, tokens: readonly Token[]) => tokens.some((t) => t.start >= e.start && t.end <= e.end);

export interface SwapCues {
  /** Place and nationality swaps (kind `place`), person and organisation swaps (kind `attribution`). */
  conflicts: Conflict[];
  places: number;
  nationalities: number;
  people: number;
  organisations: number;
}

/** 5. Swapped places, nationalities, people and organisations. `sameSaying`: the claims say the same apart from the swap (most of the wording in common). */
export function swapCues(a: ClaimFeatures, b: ClaimFeatures, diff: WordDiff, context: PlaceContext, sameSaying = true): SwapCues {
  const cues: SwapCues = { conflicts: [], places: 0, nationalities: 0, people: 0, organisations: 0 };
  const [actorsA, actorsB] = [actorsOf(a), actorsOf(b)];
  const [placesA, placesB] = [placesOf(a.claim), placesOf(b.claim)];
  const text = (tokens: readonly Token[]) => tokens.map((t) => t.text).join(' ');
  for (const h of diff.hunks) {
    if (h.removed.length === 0 || h.added.length === 0 || h.removed.length > SWAP_WORDS || h.added.length > SWAP_WORDS) continue;
    // A nationality for another (صينية / يابانية), when neither claim names the other's anywhere.
    const ta = h.removed.find((t) => t.end > datelineEnd(a.claim) && storyAdjectiveOf(a, t, sameSaying) !== null);
    const tb = h.added.find((t) => t.end > datelineEnd(b.claim) && storyAdjectiveOf(b, t, sameSaying) !== null);
    const [na, nb] = [ta && storyAdjectiveOf(a, ta, sameSaying), tb && storyAdjectiveOf(b, tb, sameSaying)];
    if (na && nb && na !== nb && !actorsB.has(na) && !actorsA.has(nb) && sameHead(a, ta!, b, tb!)) {
      cues.nationalities += 1;
      cues.conflicts.push({ kind: 'place', a: text(h.removed), b: text(h.added) });
      continue;
    }
    const pa = placesA.find((p) => covers(p, h.removed) && !b.entityKeys.has(p.key));
    const pb = placesB.find((p) => covers(p, h.added) && !a.entityKeys.has(p.key));
    if (pa && pb && !placesRelated(pa, pb, context) && !placesB.some((p) => placesRelated(pa, p, context) && p !== pb) && !placesA.some((p) => placesRelated(p, pb, context) && p !== pa)) {
      cues.places += 1;
      cues.conflicts.push({ kind: 'place', a: pa.text, b: pb.text });
      continue;
    }
    for (const [type, count] of [['person', 'people'], ['organization', 'organisations']] as const) {
      // A name of two words or more, or one the gazetteer knows: a single unknown word may be no name at all.
      const named = (e: Entity) => e.type === type && (/\s/.test(e.text.trim()) || KNOWN_NAMES.has(e.key));
      // The channel a claim came through (`officials told Axios` / `told CNN`) is who heard it, often
      // the outlet itself: two channels are no rival sources.
      const heard = (f: ClaimFeatures, e: Entity) => f.claim.attribution?.channel?.includes(e.text) === true;
      const ea = a.claim.entities.find((e) => named(e) && covers(e, h.removed) && !b.entityKeys.has(e.key) && !heard(a, e));
      const eb = b.claim.entities.find((e) => named(e) && covers(e, h.added) && !a.entityKeys.has(e.key) && !heard(b, e));
      // Neither claim may name the other's one, even in part (a state Republican Party committee / New Jersey Republican State Committee).
      // Nor is who speaks swapped when the two say different things (وقال الرئيس الأميركي، دونالد ترمب،
      // ... "قرارات مهمة" / أكد وزير الدفاع الأميركي، جيمس ماتيس، ... لا يستبعد استخدام القوة): two
      // people's statements; the same words from two speakers are the speakers cue's. One speaker
      // named is enough (The Treasury Department said ... / The White House on Monday reminded ...,
      // a verb the attribution reader does not know).
      const twoSpeakers = (x: Entity | undefined, y: Entity | undefined) => !sameSaying && x !== undefined && y !== undefined && (inSpeaker(a.claim, x.start) || inSpeaker(b.claim, y.start));
      if (ea && eb && !twoSpeakers(ea, eb) && !sameName(ea.text, eb.text) && !sameCountry(ea.text, eb.text) && !sameName(ea.text, b.claim.text) && !sameName(eb.text, a.claim.text)) {
        cues[count] += 1;
        cues.conflicts.push({ kind: 'attribution', a: ea.text, b: eb.text });
        break;
      }
    }
  }
  if (cues.conflicts.length === 0) unmatchedSwaps(a, b, context, cues);
  return cues;
}

/** Content words of `x` that `y` does not have in any form (stem, root, concept). */
function unmatched(x: ClaimFeatures, y: ClaimFeatures): Token[] {
  const keys = contentKeys(y);
  return x.tokens.filter((t) => isContent(t) && !sharesKey(t, keys));
}

/** Words that differ between two claims that say the rest alike, whatever their order: at most this many on each side. */
const SWAP_SET = 3;

/**
 * The same swaps where the word order differs (a headline reworded around the swapped name): the
 * few words each claim alone has hold a place, a nationality or a known person each, and different
 * ones (مصر والأردن / مصر والسودان; وزير إسرائيلي / وزير أمريكي).
 */
function unmatchedSwaps(a: ClaimFeatures, b: ClaimFeatures, context: PlaceContext, cues: SwapCues): void {
  const inStory = (f: ClaimFeatures) => (t: Token) => !outsideStory(f.claim, t.start);
  const [ua, ub] = [unmatched(a, b).filter(inStory(a)), unmatched(b, a).filter(inStory(b))];
  if (ua.length === 0 || ub.length === 0 || ua.length > SWAP_SET || ub.length > SWAP_SET) return;
  const [actorsA, actorsB] = [actorsOf(a), actorsOf(b)];
  const [placesA, placesB] = [new Set(a.tokens.map(placeNameOf)), new Set(b.tokens.map(placeNameOf))];
  const find = <T>(tokens: readonly Token[], f: (t: Token) => T | null): [Token, T] | null => {
    for (const t of tokens) {
      const v = f(t);
      if (v !== null) return [t, v];
    }
    return null;
  };
  const na = find(ua, (t) => storyAdjectiveOf(a, t));
  const nb = find(ub, (t) => storyAdjectiveOf(b, t));
  if (na && nb && na[1] !== nb[1] && !actorsB.has(na[1]) && !actorsA.has(nb[1]) && sameHead(a, na[0], b, nb[0])) {
    cues.nationalities += 1;
    cues.conflicts.push({ kind: 'place', a: na[0].text, b: nb[0].text });
    return;
  }
  // A surname that is also a country (Jim Jordan) names no place.
  const placeOf = (f: ClaimFeatures) => (t: Token) => (afterPerson(f.claim, t.start) ? null : placeNameOf(t));
  const pa = find(ua, placeOf(a));
  const pb = find(ub, placeOf(b));
  const together = (x: string, y: string) => context.together.has(x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);
  if (pa && pb && pa[1] !== pb[1] && !placesB.has(pa[1]) && !placesA.has(pb[1]) && !together(pa[1], pb[1])) {
    cues.places += 1;
    cues.conflicts.push({ kind: 'place', a: pa[0].text, b: pb[0].text });
    return;
  }
  const ea = find(ua, personNameOf);
  const eb = find(ub, personNameOf);
  if (ea && eb && ea[1] !== eb[1] && !b.tokens.some((t) => personNameOf(t) === ea[1]) && !a.tokens.some((t) => personNameOf(t) === eb[1])) {
    cues.people += 1;
    cues.conflicts.push({ kind: 'attribution', a: ea[0].text, b: eb[0].text });
  }
}

