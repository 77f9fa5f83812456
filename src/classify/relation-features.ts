// The features of an aligned pair that the relation model weighs: how much of each claim the other
// holds and how the word diff looks (one word swapped, or a rewrite), and every contradiction cue
// with its strength (rival figures, dates, negation on one side or both, failure, opposite words
// and whose they are, swapped places, nationalities, people, organisations, speakers).
// No feature depends on the rest of the comparison (no IDF): a pair reads the same in `compare`
// and in `pairs`, and the model trained on pairs of texts applies to both.
import type { Conflict, Token } from '../types.js';
import type { ClaimFeatures } from '../align/features.js';
import type { WordDiff } from '../align/word-diff.js';
import { diceProfiles } from '../align/dice.js';
import { allKeys, cliticFree, contentKeys, contentTokens, isContent, sharesKey } from './words.js';
import { actsInSequence, sameCountry } from './cues.js';
import { figureCues } from './cues/figures.js';
import { dateCues, daysApart } from './cues/dates.js';
import { failureCues, negationCues } from './cues/negation.js';
import { antonymCues } from './cues/antonyms.js';
import { swapCues } from './cues/swaps.js';
import { speakerCues } from './cues/speakers.js';
import { countedGroupsApart, roleSwapCue } from './cues/roles.js';
import { sameKindSwap } from './cues/kinds.js';
import { asks, hedges } from './cues/modality.js';
import { countriesApart, placesApart, type PlaceContext } from './cues/places.js';

/** The names of the relation features, in vector order. */
export const RELATION_FEATURES = [
  'coverMin',
  'coverMax',
  'dice',
  'changed',
  'hunks',
  'swaps',
  'onlySwap',
  'minLength',
  'lengthRatio',
  'short',
  'shortCover',
  'shortDice',
  'shortChanged',
  'shortSwaps',
  'shortOnlySwap',
  'numberRival',
  'numberAgree',
  'numberVague',
  'numberApart',
  'dateRival',
  'negationOne',
  'negationBoth',
  'negationCountGap',
  'failureOne',
  'antonymSameActor',
  'antonymUnknownActor',
  'antonymOtherActor',
  'placeSwap',
  'nationalitySwap',
  'personSwap',
  'organisationSwap',
  'speakerRival',
  'roleSwap',
  'kindSwap',
  'hedgeOne',
  'questionOne',
] as const;

export type RelationFeatureName = (typeof RELATION_FEATURES)[number];

/** The cue each feature belongs to, for explanations: a reviewer reads "negation", not "negationCountGap". */
export const RELATION_SIGNAL: Readonly<Record<RelationFeatureName, string>> = {
  coverMin: 'same wording',
  coverMax: 'same wording',
  dice: 'same wording',
  changed: 'how much differs',
  hunks: 'how much differs',
  swaps: 'a word swapped',
  onlySwap: 'a word swapped',
  minLength: 'lengths',
  lengthRatio: 'lengths',
  short: 'lengths',
  shortCover: 'same wording',
  shortDice: 'same wording',
  shortChanged: 'how much differs',
  shortSwaps: 'a word swapped',
  shortOnlySwap: 'a word swapped',
  numberRival: 'figures',
  numberAgree: 'figures',
  numberVague: 'figures',
  numberApart: 'figures',
  dateRival: 'dates',
  negationOne: 'negation',
  negationBoth: 'negation',
  negationCountGap: 'negation',
  failureOne: 'negation',
  antonymSameActor: 'opposite words',
  antonymUnknownActor: 'opposite words',
  antonymOtherActor: 'opposite words',
  placeSwap: 'places',
  nationalitySwap: 'places',
  personSwap: 'people',
  organisationSwap: 'people',
  speakerRival: 'speakers',
  roleSwap: 'roles swapped',
  kindSwap: 'a word swapped',
  hedgeOne: 'hedged or asked',
  questionOne: 'hedged or asked',
};

/** A pair whose longer text has at most this many content words reads like two headlines (set beforehand). */
const SHORT_WORDS = 12;
/** The share of each claim's content the other holds for the two to say the same thing, apart from who says it (the speakers cue's 0.6). */
const SAME_SAYING = 0.6;

const INDEX = Object.fromEntries(RELATION_FEATURES.map((n, i) => [n, i])) as Record<RelationFeatureName, number>;

/** A pair described for the relation model: its feature vector, the concrete conflicts its cues found, and notes. */
export interface RelationInput {
  x: Float64Array;
  /** Every concrete contradiction cue, named (a conflict always names at least one). */
  cues: Conflict[];
  notes: string[];
  /** Share of each claim's content words the other holds. */
  coverage: [number, number];
}

/** Share of `x`'s content words that `y` also has (same stem, root or news concept). */
function coverOf(x: ClaimFeatures, y: ClaimFeatures): number {
  const content = contentTokens(x);
  if (content.length === 0) return 0;
  const keys = contentKeys(y);
  return content.filter((t) => sharesKey(t, keys)).length / content.length;
}

/** True when two words name one country, clitics taken off (القاهرة / مصر, بواشنطن / أميركا). */
function oneCountry(x: Token, y: Token): boolean {
  return cliticFree(x.norm).some((fx) => cliticFree(y.norm).some((fy) => sameCountry(fx, fy)));
}

/** Hunks that swap a short run of content words for a different one (not the same word, not a synonym); the first hunk with different words on both sides, named. */
function swapHunks(diff: WordDiff, a: ClaimFeatures, b: ClaimFeatures): { swaps: number; other: number; first: Conflict | null } {
  const [keysA, keysB] = [allKeys(a), allKeys(b)];
  let swaps = 0;
  let other = 0;
  let first: Conflict | null = null;
  for (const h of diff.hunks) {
    // Words that merely moved (they occur elsewhere in the other claim) are no change.
    const removed = h.removed.filter((t) => isContent(t) && !sharesKey(t, keysB));
    const added = h.added.filter((t) => isContent(t) && !sharesKey(t, keysA));
    if (removed.length === 0 && added.length === 0) continue;
    // A capital for its country names one actor (مصر / القاهرة): no change.
    if (removed.length === 1 && added.length === 1 && oneCountry(removed[0], added[0])) continue;
    if (removed.length >= 1 && added.length >= 1) first ??= { kind: 'wording', a: removed.map((t) => t.text).join(' '), b: added.map((t) => t.text).join(' ') };
    if (removed.length >= 1 && added.length >= 1 && removed.length <= 2 && added.length <= 2) swaps += 1;
    else other += 1;
  }
  return { swaps, other, first };
}

/** The content words each claim alone has, as a wording cue; null when either has none. */
function rewordedWords(a: ClaimFeatures, b: ClaimFeatures): Conflict | null {
  const only = (x: ClaimFeatures, y: ClaimFeatures) => {
    const keys = allKeys(y);
    return x.tokens.filter((t) => isContent(t) && !sharesKey(t, keys)).map((t) => t.text).join(' ');
  };
  const [ta, tb] = [only(a, b), only(b, a)];
  return ta && tb ? { kind: 'wording', a: ta, b: tb } : null;
}

/** Describes an aligned pair: every cue, then the features. */
export function relationInput(a: ClaimFeatures, b: ClaimFeatures, diff: WordDiff, context: PlaceContext): RelationInput {
  const x = new Float64Array(RELATION_FEATURES.length);
  const i = INDEX;
  const notes: string[] = [];
  const coverage: [number, number] = [coverOf(a, b), coverOf(b, a)];
  x[i.coverMin] = Math.min(...coverage);
  x[i.coverMax] = Math.max(...coverage);
  x[i.dice] = diceProfiles(a.profile, b.profile);
  const contentA = contentTokens(a).length;
  const contentB = contentTokens(b).length;
  const changedWords = diff.hunks.reduce((s, h) => s + h.removed.filter(isContent).length + h.added.filter(isContent).length, 0);
  x[i.changed] = contentA + contentB > 0 ? changedWords / (contentA + contentB) : 0;
  x[i.hunks] = Math.log1p(diff.hunks.filter((h) => [...h.removed, ...h.added].some(isContent)).length);
  const { swaps, other, first: swapped } = swapHunks(diff, a, b);
  x[i.swaps] = Math.min(3, swaps);
  x[i.onlySwap] = swaps === 1 && other === 0 ? 1 : 0;
  x[i.minLength] = Math.log1p(Math.min(contentA, contentB));
  x[i.lengthRatio] = Math.max(contentA, contentB) > 0 ? Math.min(contentA, contentB) / Math.max(contentA, contentB) : 0;
  // Headline-length pairs: there a reworded or swapped word says much; in long sentences little.
  const short = Math.max(contentA, contentB) <= SHORT_WORDS ? 1 : 0;
  x[i.short] = short;
  x[i.shortCover] = short * x[i.coverMin];
  x[i.shortDice] = short * x[i.dice];
  x[i.shortChanged] = short * x[i.changed];
  x[i.shortSwaps] = short * x[i.swaps];
  x[i.shortOnlySwap] = short * x[i.onlySwap];

  // 1-2. Figures and dates. Different figures on different days are two reports, not a contradiction.
  const figures = figureCues(a, b, diff);
  // Two days in sentences that each name places the other does not (embassies in New Zealand and
  // China on the 16th, inside Egypt on the 26th) date two slots of the story, not one fact. Two
  // figures in sentences naming two countries and none in common count two incidents (a crash in
  // Iran killed 11 / a round-up of the year's crashes: the latest, at Kathmandu airport in Nepal,
  // killed 50), not one toll told twice; countries only, as a town and its country (Kemerovo /
  // Russia) are not known apart from two places.
  const dated = placesApart(a, b, context) ? [] : dateCues(a, b, diff);
  // Opposite acts on two days are two acts in sequence (دخل المستشفى صباح الأحد / خروجه من المستشفى
  // ظهر الاثنين): neither the days nor the opposite words are rivals.
  const opposite = antonymCues(a, b);
  const sequence = dated.length > 0 && (opposite.found || actsInSequence(a.tokens, b.tokens));
  if (sequence) notes.push(`opposite acts on different days (${dated[0].a} / ${dated[0].b}): two acts`);
  const dates = sequence ? [] : dated;
  notes.push(...figures.notes);
  let numbers = figures.conflicts;
  // The same noun counted of two actors (150 دبلوماسيا روسيا / 23 دبلوماسيا بريطانيا): two groups
  // (an act and its reciprocal), not one count told twice.
  const groups = numbers.filter((c) => c.kind === 'number' && countedGroupsApart(a, b, c));
  if (groups.length > 0) {
    notes.push(`figures of two groups (${groups[0].a} / ${groups[0].b}): not compared`);
    numbers = numbers.filter((c) => !groups.includes(c));
  }
  if (numbers.length > 0 && countriesApart(a, b)) {
    notes.push(`different countries: figures (${numbers[0].a} / ${numbers[0].b}) not compared`);
    numbers = [];
  }
  if (numbers.length > 0 && dated.length > 0) {
    notes.push(`different dates (${dated[0].a} / ${dated[0].b}): figures not compared`);
    numbers = [];
  }
  // Days named on both sides and none in common, though the wording differs too much for a date cue.
  if (numbers.length > 0 && daysApart(a, b)) {
    notes.push(`different days: figures (${numbers[0].a} / ${numbers[0].b}) not compared`);
    numbers = [];
  }
  x[i.numberRival] = numbers.length > 0 ? 1 : 0;
  x[i.numberAgree] = figures.agree > 0 ? 1 : 0;
  x[i.numberVague] = figures.vague > 0 ? 1 : 0;
  x[i.numberApart] = figures.apart > 0 ? 1 : 0;
  x[i.dateRival] = dates.length > 0 ? 1 : 0;
  // 3. Negation, and failure words (تفشل في / fails to).
  const negation = negationCues(a, b);
  x[i.negationOne] = negation.conflicts.length > 0 ? 1 : 0;
  x[i.negationBoth] = negation.both > 0 ? 1 : 0;
  x[i.negationCountGap] = Math.min(2, Math.abs(negation.counts[0] - negation.counts[1]));
  if (negation.both > 0) notes.push('both negate it');
  const failure = failureCues(a, b);
  x[i.failureOne] = failure.length > 0 ? 1 : 0;
  // 4. Opposite words, with whose they are.
  const antonym = sequence ? { conflicts: [], found: false, actor: 0 } : opposite;
  x[i.antonymSameActor] = antonym.found && antonym.actor === 1 ? 1 : 0;
  x[i.antonymUnknownActor] = antonym.found && antonym.actor === 0.5 ? 1 : 0;
  x[i.antonymOtherActor] = antonym.found && antonym.actor === 0 ? 1 : 0;
  if (antonym.found && antonym.actor === 0) notes.push('opposite words said of different actors: not compared');
  // 5-6. Swapped names, different speakers of the same words.
  const sameSaying = Math.min(...coverage) >= SAME_SAYING;
  const swapsFound = swapCues(a, b, diff, context, sameSaying);
  // Opposite words of two actors are two reactions (نددت السعودية / ترحيب إسرائيلي): the names
  // differ because the actors do, not because one outlet swapped them.
  if (antonym.found && antonym.actor === 0) Object.assign(swapsFound, { conflicts: [], places: 0, nationalities: 0, people: 0, organisations: 0 });
  x[i.placeSwap] = swapsFound.places > 0 ? 1 : 0;
  x[i.nationalitySwap] = swapsFound.nationalities > 0 ? 1 : 0;
  x[i.personSwap] = swapsFound.people > 0 ? 1 : 0;
  x[i.organisationSwap] = swapsFound.organisations > 0 ? 1 : 0;
  const speakers = speakerCues(a, b, sameSaying);
  x[i.speakerRival] = speakers.length > 0 ? 1 : 0;
  // 7. The same two actors with their roles exchanged (a converse); it names a conflict in pairs mode only.
  const roles = roleSwapCue(a, b);
  x[i.roleSwap] = roles ? 1 : 0;
  // 9. One claim hedges (قد يعالج) or asks (هل استطاع؟) where the other asserts.
  x[i.hedgeOne] = hedges(a) !== hedges(b) ? 1 : 0;
  x[i.questionOne] = asks(a) !== asks(b) ? 1 : 0;
  // Every concrete cue, the plainest first; the swapped word last, as what remains when nothing else names it.
  const named = [...numbers, ...dates, ...negation.conflicts, ...failure, ...antonym.conflicts, ...swapsFound.conflicts, ...speakers];
  // 8. Where no concrete cue names the pair: one word for another of its kind (الدولار / اليورو,
  // ممثل / مغني, two numbers written as words). Only there, so that the figures, dates, places and
  // names cues keep their own weight; it names a conflict in pairs mode only, like the role swap.
  const kind = named.length === 0 ? sameKindSwap(a, b, diff) : null;
  x[i.kindSwap] = kind ? 1 : 0;
  // When no hunk swaps words (a headline reworded around what changed), the words each claim alone has.
  const wording = roles ?? kind ?? swapped ?? rewordedWords(a, b);
  const cues = [...named, ...(wording && named.length === 0 ? [wording] : [])];
  return { x, cues, notes, coverage };
}
