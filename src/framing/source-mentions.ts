// Candidate sources in the words of a range, before deciding which are cited: named institutions,
// outlets and agencies (with a spokesperson and their name), described officials and unnamed
// sources, and back-references (الموقع، المصدر ذاته, a spokesperson's surname) resolved in text order.
import type { SourceCitation } from '../types.js';
import { bareWord, withoutConjunction } from '../text/clitics.js';
import { wordKey, wordSet } from '../text/word-sets.js';
import type { LexiconEntry } from './lexicon-types.js';
import {
  anonymousHeads, citationFillers, citationMarkers, officialHeads, outletBackReferences, relayMarkers,
  sameSourceWords, sideAdjectives, sourceNames, sourceQualifiers, spokesHeads, type SourceRow,
} from './lexicons/sources.js';
import { compileLexicon, matchLexicon, splitTerm } from './match-lexicon.js';
import { gapBetween, type WordedRange } from './words.js';

type Kind = SourceCitation['kind'];

/** A cited (or candidate) source in the words of a range. */
export interface SourceMention {
  first: number;
  last: number;
  key: string;
  /** The source's name as the article gives it (for a back-reference, the name it refers to). */
  name: string;
  gloss: string;
  kind: Kind;
  side: string | null;
  via: string | null;
  /** How the mention was found: a back-reference must be next to its reporting verb. */
  how: 'named' | 'described' | 'back-reference';
  /** For a back-reference: what it refers to, resolved in text order (the last outlet, the last source, a person). */
  ref?: 'outlet' | 'same' | 'person';
}

/** What the article has cited so far, for back-references across ranges. */
export interface SourceState {
  lastOutlet: SourceMention | null;
  lastSource: SourceMention | null;
  /** Spokespeople named so far, by folded surname. */
  persons: Map<string, SourceMention>;
}

export function newSourceState(): SourceState {
  return { lastOutlet: null, lastSource: null, persons: new Map() };
}

const set = (list: readonly string[]): Set<string> => wordSet(list);
const both = (r: Readonly<Record<'ar' | 'en', readonly string[]>>): Set<string> => wordSet(r.ar, r.en);

const ROWS_BY_KEY = new Map<string, SourceRow>(sourceNames.map((r) => [r.key, r]));
const SOURCE_ENTRIES: LexiconEntry[] = sourceNames.flatMap((row) =>
  row.terms.map((term) => ({
    term, category: 'source' as const, value: row.key, gloss: row.gloss,
    language: /[\u0600-\u06FF]/.test(term) ? ('ar' as const) : ('en' as const),
  })),
);
const SOURCE_LEX = compileLexicon([], SOURCE_ENTRIES, { ar: [], en: [] });

/** Nationality adjective forms -> side: إسرائيلي/ة/ون/ين with or without ال; English as listed. */
export const SIDES = new Map<string, string>();
for (const [base, side] of Object.entries(sideAdjectives.ar)) {
  const b = wordKey(base);
  for (const f of [b, `${b}ه`, `${b}ون`, `${b}ين`, `${b}ان`]) {
    SIDES.set(f, side);
    SIDES.set(`ال${f}`, side);
  }
}
for (const [adj, side] of Object.entries(sideAdjectives.en)) SIDES.set(wordKey(adj), side);

const OFFICIALS = both(officialHeads);
const ANONYMOUS = both(anonymousHeads);
const QUALIFIERS = both(sourceQualifiers);
const SPOKES = both(spokesHeads);
const BACK_REFS = both(outletBackReferences);
const SAME = set(sameSourceWords);
export const MARKERS = both(citationMarkers);
export const RELAYS = both(relayMarkers);
export const FILLERS = new Set([...both(citationFillers), ...SPOKES, wordKey('باسم')]);
/** Words that end a spokesperson's name: prepositions, particles, days, "statement". */
const NAME_STOPS = set([
  'في', 'إن', 'أن', 'ان', 'عن', 'إلى', 'على', 'خلال', 'ل', 'بيان', 'اليوم', 'أمس', 'الاثنين', 'الثلاثاء',
  'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'قوله', 'إنه', 'نقلا', 'وفق', 'بأن', 'لاحق', 'said', 'told',
]);

/** The word without a leading و/ف, for list lookups. */
export const stripConj = (word: string): string => withoutConjunction(word, 3);

/** Variants of a word to look up: as written, without و/ف. */
export function variants(word: string): string[] {
  return [word, stripConj(word)];
}

/** Folded person key: doubled letters collapse (ميللر = ميلر), as transliterations vary. */
function foldName(word: string): string {
  return stripConj(word).replace(/(.)\1+/g, '$1');
}

function sliceWords(text: string, range: WordedRange, first: number, last: number, prefix = ''): string {
  const word = range.words[first];
  return text.slice(afterLetters(text, word.start, nameClitics(prefix, word.norm)), range.words[last].end);
}

/**
 * How many letters of a first word's proclitics to leave out of a name: all of them (`ل` of
 * `لوكالة`), those before the article (`ب` of `بالأمم`), none when the article has merged with
 * `ل` (`للأمم`: the name's own letters are not all there).
 */
function nameClitics(prefix: string, norm: string): number {
  if (/^[وف]?لل/.test(norm)) return 0;
  return prefix.endsWith('ال') ? prefix.length - 2 : prefix.length;
}

/** The offset after `n` Arabic letters from `at`, skipping the marks and tatweel between them: `لِوكالة` less `ل` is `وكالة`. */
function afterLetters(text: string, at: number, n: number): number {
  let i = at;
  for (let seen = 0; seen < n && i < text.length; i += 1) if (/[\u0621-\u064A]/.test(text[i])) seen += 1;
  while (i < text.length && /[\u064B-\u065F\u0670\u0640]/.test(text[i])) i += 1;
  return i;
}

function sideAt(range: WordedRange, i: number): string | null {
  const w = range.words[i];
  if (!w) return null;
  return SIDES.get(w.norm) ?? SIDES.get(stripConj(w.norm)) ?? null;
}

/** Outlet and agency names, normalized words joined by spaces: in quotation marks they are titles. */
const MEDIA_NAMES = new Set(
  SOURCE_ENTRIES.filter((e) => ['outlet', 'agency'].includes(ROWS_BY_KEY.get(e.value ?? '')?.kind ?? '')).map((e) =>
    splitTerm(e.term).words.join(' '),
  ),
);

/** True when the quoted words name an outlet or agency (موقع "أكسيوس"): a title, not a scare quote. */
export function isSourceName(words: readonly string[]): boolean {
  const joined = words.join(' ');
  return MEDIA_NAMES.has(joined) || MEDIA_NAMES.has(bareWord(joined));
}

/** 1. Named sources, extended over a spokesperson noun before them and a name after them. */
function namedMentions(text: string, range: WordedRange, scripts: { ar: boolean; en: boolean }, state: SourceState): SourceMention[] {
  const w = range.words;
  const out: SourceMention[] = [];
  for (const m of matchLexicon(range, SOURCE_LEX, scripts)) {
    const row = ROWS_BY_KEY.get(m.entry.entry.value ?? '');
    if (!row) continue;
    const mention: SourceMention = {
      // A clitic is not part of the name: `لوكالة فرانس برس` names `وكالة فرانس برس`.
      first: m.first, last: m.last, key: row.key, name: sliceWords(text, range, m.first, m.last, m.prefix), gloss: row.gloss,
      kind: row.kind, side: row.side, via: null, how: 'named',
    };
    // المتحدث باسم وزارة الخارجية ... / State Department spokesman ...
    let spokes = -1;
    for (const k of [m.first - 1, m.first - 2]) {
      if (k >= 0 && w[k].sentence === w[m.first].sentence && SPOKES.has(stripConj(w[k].norm))) spokes = k;
    }
    const after = m.last + 1;
    const enSpokes = after < w.length && !w[after].isArabic && SPOKES.has(w[after].norm) ? after : -1;
    if (spokes >= 0 || enSpokes >= 0) {
      const nameStart = enSpokes >= 0 ? enSpokes + 1 : after;
      const name = personName(text, range, nameStart, enSpokes >= 0 ? enSpokes : m.last);
      mention.first = spokes >= 0 ? spokes : m.first;
      mention.last = enSpokes >= 0 ? enSpokes : m.last;
      mention.gloss = `${row.gloss} spokesperson`;
      if (name) {
        mention.key = `person:${foldName(w[name[1]].norm)}`;
        mention.name = sliceWords(text, range, name[0], name[1]);
        mention.last = name[1];
        state.persons.set(foldName(w[name[1]].norm), mention);
      }
    }
    out.push(mention);
  }
  return out;
}

/** Up to three name words from `start` (one comma allowed before them), or null. */
function personName(text: string, range: WordedRange, start: number, prev: number): [number, number] | null {
  const w = range.words;
  if (start >= w.length || w[start].sentence !== w[prev].sentence) return null;
  if (!/^\s*,?\s*$/.test(gapBetween(range, prev, start))) return null;
  let end = -1;
  for (let k = start; k < start + 3 && k < w.length; k += 1) {
    if (k > start && !/^\s+$/.test(gapBetween(range, k - 1, k))) break;
    const word = w[k];
    if (word.isNumber || NAME_STOPS.has(word.norm) || SIDES.has(word.norm) || word.norm.length < 2) break;
    // English names are capitalized; Arabic has no case, so the stop list has to do.
    if (!word.isArabic && !/^\p{Lu}/u.test(text[word.start])) break;
    end = k;
  }
  return end >= 0 ? [start, end] : null;
}

/** 2. Described sources: مسؤول إسرائيلي، مصادر مطلعة، المصدر ذاته; a senior US official, sources. */
function describedMentions(text: string, range: WordedRange, taken: Set<number>): SourceMention[] {
  const w = range.words;
  const out: SourceMention[] = [];
  for (let i = 0; i < w.length; i += 1) {
    if (taken.has(i)) continue;
    const core = stripConj(w[i].norm);
    const official = OFFICIALS.has(core);
    const anonymous = ANONYMOUS.has(core);
    if (!official && !anonymous) continue;
    // المصدر ذاته / المصدر نفسه: the last source again.
    if (w[i + 1] && SAME.has(w[i + 1].norm)) {
      out.push({ ...UNRESOLVED, first: i, last: i + 1, ref: 'same' });
      continue;
    }
    let first = i;
    let last = i;
    let side: string | null = null;
    if (w[i].isArabic) {
      // Side after the noun, maybe past one qualifier: مسؤول إسرائيلي، مسؤول كبير إسرائيلي.
      for (let k = i + 1; k <= i + 2 && k < w.length && /^\s+$/.test(gapBetween(range, k - 1, k)); k += 1) {
        const s = sideAt(range, k);
        if (s) { side = s; last = k; break; }
        if (!QUALIFIERS.has(w[k].norm)) break;
      }
    } else {
      // Side before the noun: a senior Israeli official; U.S. officials.
      for (let k = i - 1; k >= i - 3 && k >= 0 && w[k].sentence === w[i].sentence; k -= 1) {
        const s = sideAt(range, k);
        if (s) { side = s; first = k; break; }
        if (!QUALIFIERS.has(w[k].norm)) break;
      }
      if (core === 'source' && w[i - 1]?.norm !== 'a' && !side) continue; // "the source of", not a person
    }
    if (official && !side && w[i].isArabic && w[i].norm.startsWith('ال')) continue; // المسؤول alone: too vague
    const kind: Kind = anonymous ? 'anonymous' : side === 'UN' ? 'un' : 'official';
    const key = anonymous ? (side ? `anonymous:${side}` : 'anonymous') : side ? `official:${side}` : 'official';
    const gloss = anonymous ? `unnamed source${side ? ` (${side})` : ''}` : `${side ? `${side} ` : ''}official`;
    out.push({ first, last, key, name: sliceWords(text, range, first, last), gloss, kind, side, via: null, how: 'described' });
    for (let k = first; k <= last; k += 1) taken.add(k);
  }
  return out;
}

const UNRESOLVED: SourceMention = {
  first: 0, last: 0, key: '', name: '', gloss: '', kind: 'other', side: null, via: null, how: 'back-reference',
};

/** 3. Back-references, resolved later in text order: وذكر الموقع، وقال ميلر. */
function backReferences(range: WordedRange, taken: Set<number>, state: SourceState): SourceMention[] {
  const out: SourceMention[] = [];
  range.words.forEach((word, i) => {
    if (taken.has(i)) return;
    if (BACK_REFS.has(stripConj(word.norm))) out.push({ ...UNRESOLVED, first: i, last: i, ref: 'outlet' });
    else if (state.persons.has(foldName(word.norm))) out.push({ ...UNRESOLVED, first: i, last: i, ref: 'person' });
  });
  return out;
}

/** The source a back-reference stands for at this point of the text, or null. */
export function resolve(m: SourceMention, range: WordedRange, state: SourceState): SourceMention | null {
  const target =
    m.ref === 'outlet' ? state.lastOutlet
    : m.ref === 'same' ? state.lastSource
    : state.persons.get(foldName(range.words[m.first].norm)) ?? null;
  return target ? { ...target, first: m.first, last: m.last, via: null, how: 'back-reference' } : null;
}

/** Steps 1-3: every candidate mention of the range in text order (back-references unresolved). */
export function findMentions(text: string, range: WordedRange, scripts: { ar: boolean; en: boolean }, state: SourceState): SourceMention[] {
  const named = namedMentions(text, range, scripts, state);
  const taken = new Set<number>();
  for (const m of named) for (let k = m.first; k <= m.last; k += 1) taken.add(k);
  const candidates = [...named, ...describedMentions(text, range, taken)];
  for (const m of candidates) for (let k = m.first; k <= m.last; k += 1) taken.add(k);
  return [...candidates, ...backReferences(range, taken, state)].sort((a, b) => a.first - b.first);
}
