// Candidate sources in the words of a range, before deciding which are cited: named institutions,
// outlets and agencies (with a spokesperson and their name), described officials and unnamed
// sources, and back-references (الموقع، المصدر ذاته, a spokesperson's surname) resolved in text order.
import type { SourceCitation } from '../types.js';
import { bareWord, withoutConjunction } from '../text/clitics.js';
import { wordKey, wordSet } from '../text/word-sets.js';
import type { LexiconEntry } from './lexicon-types.js';
import {
  anonymousHeads, citationFillers, citationMarkers, institutionHeads, institutionModifiers, officialHeads,
  outletBackReferences, relayMarkers, sameSourceWords, sideAdjectives, sourceNames, sourceQualifiers, spokesHeads,
  type InstitutionHead, type SourceRow,
} from './lexicons/sources.js';
import { compileLexicon, matchLexicon, splitTerm } from './match-lexicon.js';
import { gapBetween, type Word, type WordedRange } from './words.js';

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
    if (word.isNumber || NAME_STOPS.has(word.norm) || PARTICLES.has(word.norm) || SIDES.has(word.norm) || word.norm.length < 2) break;
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

/** Institution nouns by their first word's key: each with the words that follow it in a two-word term. */
const INSTITUTIONS = new Map<string, Array<{ rest: string[]; head: InstitutionHead }>>();
for (const head of institutionHeads) {
  for (const term of [...head.ar, ...head.en]) {
    const [first, ...rest] = wordKey(term).split(' ');
    INSTITUTIONS.set(first, [...(INSTITUTIONS.get(first) ?? []), { rest, head }]);
  }
}
const EN_MODIFIERS = set(institutionModifiers);

/** An adjective of relation, by its ending: البلجيكي، القضائية، الجوية. */
const isNisba = (norm: string): boolean => /(ي|يه|يون|يين)$/.test(norm);

/** Words before an office that make its holder's deputy (نائب وزير الخارجية، مساعد وزير الدفاع). */
const DEPUTIES = set(['نائب', 'مساعد', 'وكيل']);
/** Relative pronouns: `المنظمة التي ...` ends the name. */
const RELATIVES = set(['الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي']);
/** Particles, prepositions, demonstratives and auxiliaries that end a name (سفير ... لدى، ترودو هذه). */
const PARTICLES = set([
  'لدى', 'منذ', 'بعد', 'قبل', 'مع', 'من', 'حول', 'أمام', 'حيث', 'كما', 'لكن', 'هذا', 'هذه', 'ذلك', 'تلك', 'كان', 'كانت',
  'قد', 'لم', 'لن', 'ما', 'لا', 'إنها', 'إنهم', 'أنه', 'أنها', 'بشأن', 'أيضا', 'حين', 'عندما', 'إذ', 'ضد', 'عبر', 'بين', 'نحو', 'بخصوص', 'خصوصا',
]);
/** Words that join two words of one Arabic name (بن علي يلدريم، عبد الرحمن). */
const NAME_LINKS = set(['بن', 'ابن', 'عبد', 'أبو', 'ابو', 'أبي', 'آل']);

/** The institution noun starting at word `i`, and its last word, or null. */
function institutionAt(range: WordedRange, i: number): { head: InstitutionHead; last: number; key: string } | null {
  const w = range.words;
  for (const key of institutionKeys(w[i])) {
    for (const { rest, head } of INSTITUTIONS.get(key) ?? []) {
      const ok = rest.every((r, k) => {
        const next = w[i + 1 + k];
        return next !== undefined && next.sentence === w[i].sentence && institutionKeys(next).includes(r);
      });
      if (ok) return { head, last: i + rest.length, key: [key, ...rest].join(' ') };
    }
  }
  return null;
}

/** A word's forms to look up as an institution noun: as written, and without و/ف and the article (والشرطة، للشرطة -> شرطه). */
function institutionKeys(word: Word): string[] {
  if (!word.isArabic) return [word.norm];
  const plain = stripConj(word.norm);
  return [...new Set([word.norm, word.bare, plain, plain.replace(/^(ال|لل)/, '')])];
}

/** A word that can continue an Arabic institution's name: a definite noun or adjective (الداخلية البلجيكي), no stop word. */
function arabicNameWord(range: WordedRange, k: number, taken: Set<number>): boolean {
  const word = range.words[k];
  return word !== undefined && word.isArabic && !taken.has(k) && !NAME_STOPS.has(word.norm) && !FILLERS.has(word.norm) &&
    !RELATIVES.has(word.norm) &&
    /^(ال|لل)/.test(stripConj(word.norm)) && /^\s+$/.test(gapBetween(range, k - 1, k));
}

/**
 * 2b. Institutions and office-holders by their common noun: وقالت الشرطة، وقال وزير الداخلية
 * البلجيكي جان جامبون، the interior minister said, Belgian Interior Minister Jan Jambon. An
 * office-holder with a name counts as that person (and later `وأضاف جامبون` refers back).
 */
function institutionMentions(text: string, range: WordedRange, taken: Set<number>, state: SourceState): SourceMention[] {
  const w = range.words;
  const out: SourceMention[] = [];
  for (let i = 0; i < w.length; i += 1) {
    if (taken.has(i)) continue;
    const found = institutionAt(range, i);
    if (!found) continue;
    const { head } = found;
    // `قال للشرطة` (told the police): with ل the noun is who was told, unless a marker asks for it (وفقاً للشرطة).
    if (w[i].isArabic && /^[وف]?ل/.test(w[i].norm) && !/^[وف]?ال/.test(w[i].norm) && !(i > 0 && variants(w[i - 1].norm).some((v) => MARKERS.has(v)))) continue;
    // `نقل السفارة` is moving the embassy, not quoting it (`نقلاً عن` quotes).
    if (i > 0 && variants(w[i - 1].norm).includes('نقل')) continue;
    let first = i;
    let last = found.last;
    let side: string | null = null;
    let name: [number, number] | null = null;
    if (w[i].isArabic) {
      // Its name: the definite words after it (وزير الداخلية البلجيكي, حكومة إقليم كردستان needs an article);
      // after an adjective of relation (البلجيكي) only more of them: `وصف القضاء البلجيكي الهجوم` names no attack.
      let adjective = false;
      while (last < i + 4 && arabicNameWord(range, last + 1, taken) && !(adjective && !isNisba(w[last + 1].norm))) {
        last += 1;
        adjective ||= isNisba(w[last].norm);
        side ??= sideAt(range, last);
      }
      // A bare noun with no article and no name after it is no institution (رئيس وزراء ...).
      if (last === i && !/^(ال|لل)/.test(stripConj(w[i].norm))) continue;
      if (head.office) name = arabicPersonName(range, last + 1, last, taken);
    } else {
      // Words before it: Belgian Interior Minister; the state prosecutors.
      while (first > 0 && w[first - 1].sentence === w[i].sentence && !w[first - 1].isArabic && !taken.has(first - 1) &&
        (EN_MODIFIERS.has(w[first - 1].norm) || SIDES.has(w[first - 1].norm))) {
        first -= 1;
        side ??= sideAt(range, first);
      }
      if (head.office) name = personName(text, range, last + 1, last);
    }
    // A deputy or an assistant holds the office's title too: `نائب وزير الخارجية الروسي`.
    if (head.office && first === i && i > 0 && w[i - 1].sentence === w[i].sentence && !taken.has(i - 1) && DEPUTIES.has(stripConj(w[i - 1].norm))) first = i - 1;
    for (let k = first; k <= (name ? name[1] : last); k += 1) taken.add(k);
    // The clitics before the noun (و of ووزير) are no part of its name; the article is (الشرطة).
    const norm = w[first].norm;
    const clitics = first === i && norm.endsWith(found.key.split(' ')[0]) ? norm.slice(0, norm.length - found.key.split(' ')[0].length) : '';
    const deputy = w[i].isArabic && first < i ? [stripConj(w[first].norm)] : [];
    const gloss = `${side ? `${side} ` : ''}${deputy.length > 0 ? 'deputy ' : ''}${head.gloss}`;
    const mention: SourceMention = {
      first, last, key: `institution:${[...deputy, found.key, ...w.slice(found.last + 1, last + 1).map((x) => x.norm.replace(/^(ال|لل)/, ''))].join(' ')}`,
      name: sliceWords(text, range, first, last, clitics), gloss, kind: head.kind, side, via: null, how: 'described',
    };
    if (name) {
      const surname = foldName(w[name[1]].norm);
      mention.key = `person:${surname}`;
      mention.name = sliceWords(text, range, first, name[1], clitics);
      mention.last = name[1];
      state.persons.set(surname, mention);
    }
    out.push(mention);
  }
  return out;
}

/** Up to three words of an Arabic person's name after an office (جان جامبون), none a stop word, an adverb in -ًا or a definite word. */
function arabicPersonName(range: WordedRange, start: number, prev: number, taken: Set<number>): [number, number] | null {
  const w = range.words;
  let end = -1;
  for (let k = start; k < start + 4 && k < w.length; k += 1) {
    const word = w[k];
    if (word.sentence !== w[prev].sentence || !word.isArabic || taken.has(k) || !/^\s+$/.test(gapBetween(range, k - 1, k))) break;
    const core = word.norm; // a name takes no conjunction: ف of فلاديمير is its own
    // The second word of a compound name: بن علي، عبد الستار، أبو بكر.
    if (end === k - 1 && NAME_LINKS.has(w[k - 1].norm)) {
      end = k;
      continue;
    }
    if (NAME_STOPS.has(word.norm) || PARTICLES.has(word.norm) || FILLERS.has(word.norm) || MARKERS.has(word.norm) || SIDES.has(word.norm) || RELATIVES.has(word.norm)) break;
    // Not a name: a preposition's clitic (لوكالة، بـ), an accusative adverb (مؤكدا، ردا); the article only
    // in a family name after a given name (حيدر العبادي).
    if (core.length < 2 || /^[لب]?(ان|أن|إن)$/.test(core) || (core.length >= 3 && /ا$/.test(core))) break;
    // A conjunction starts another person (ترامب ونظيره).
    if (end >= 0 && /^و/.test(core) && word.bare !== core) break;
    const given = end === start || (end === start + 1 && NAME_LINKS.has(w[start].norm));
    if (/^(ال|لل)/.test(core) && !given) break;
    if (/^ل/.test(core) && end < 0) break;
    end = k;
  }
  return end >= 0 ? [start, end] : null;
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

/** What follows an Arabic speaker's name and ends it: what was said (إن، أن) or a preposition (لـ، في، على). */
const SPEAKER_ENDS = set(['إن', 'أن', 'ان', 'إنه', 'أنه', 'إنها', 'أنها', 'إنهم', 'أنهم', 'بأن', 'بأنه', 'بأنها', 'في', 'على', 'عن', 'ل', 'خلال', 'عبر', 'أمام', 'مع', 'لدى', 'إلى', 'أثناء', 'اليوم', 'أمس']);
/** The reporting lexicon's nouns (a claim, allegations): `بممثلي ادعاء محليين` names the prosecution, not a speaker. */
const CLAIM_NOUNS = set(['ادعاء', 'ادعاءات', 'مزاعم']);
/** Negators before a verb. */
const NEGATED = set(['لم', 'لا', 'لن', 'ولم', 'ولا', 'ولن', 'فلم', 'ما']);
/** Words that open what was said. */
const COMPLEMENTS = set(['إن', 'أن', 'ان', 'إنه', 'أنه', 'إنها', 'أنها', 'إنهم', 'أنهم', 'بأن', 'بأنه', 'بأنها']);
/** Pronouns after a verb (وقال له، وأضاف أيضا): no speaker named. */
const NOT_SPEAKERS = set(['خلاله', 'خلالها', 'أثناء', 'نحن', 'أنا', 'هو', 'هي', 'هم', 'هما', 'أنت', 'أنتم', 'كل', 'بعض', 'جميع', 'له', 'لها', 'لهم', 'لنا', 'لي', 'لك', 'لكم', 'به', 'بها', 'أيضا', 'كذلك', 'فيه', 'فيها', 'بيان', 'البيان', 'التقرير', 'الخبر', 'المصدر', 'الموقع', 'الصحيفة', 'القناة', 'الوكالة', 'الرسالة', 'النص', 'الفيديو', 'المقال']);
/** Capitalised English words that are no speaker's name: sentence openers, days, months. */
const EN_NOT_NAMES = set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'but', 'and', 'or', 'so', 'in',
  'on', 'at', 'as', 'if', 'when', 'while', 'after', 'before', 'despite', 'although', 'though', 'since', 'then', 'now', 'yet', 'still',
  'however', 'meanwhile', 'also', 'asked', 'instead', 'later', 'earlier', 'today', 'yesterday', 'there', 'here', 'because', 'according', 'his', 'her', 'their', 'its', 'our', 'my', 'who', 'what', 'one', 'some', 'many', 'others', 'both',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'officials', 'police', 'authorities', 'reports', 'sources', 'experts',
]);
/** English verbs of saying whose speaker may follow them (`," said Bloomberg`); `told` takes who was told. */
const EN_SAYING_AFTER = set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'explained', 'noted', 'continued', 'asked', 'recalled', 'stated']);
const HONORIFICS = set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'president']);

/** `للصحافيين`, `لوكالة`, `لشبكة`: ل before a definite word or a word of citation is who was told. */
const isRecipient = (norm: string): boolean => /^لل/.test(norm) || (/^ل/.test(norm) && FILLERS.has(norm.slice(1)));

/**
 * 2c. A speaker the sentence names by itself, where no lexicon knows them: the subject right after
 * an Arabic reporting verb, ended by what was said or a preposition (وقال ترامب إن، قال تنظيم داعش
 * إنه، وقال رئيس يوروبول روب وينرايت:), or a capitalised English name right before one (Pelosi said,
 * Mr. Trump told). A phrase that runs on past five words is no subject (أكد الملك سلمان وقوف
 * السعودية ...): nothing is guessed. Keyed by the last word, as an office-holder's name is, so a later
 * `وأضاف وينرايت` counts again.
 */
function speakerMentions(text: string, range: WordedRange, taken: Set<number>, state: SourceState, verbs: ReadonlySet<number>): SourceMention[] {
  const w = range.words;
  const out: SourceMention[] = [];
  const add = (first: number, last: number) => {
    // The verb stands before the name, so a first و is the name's own (وينرايت).
    const surname = w[last].norm.replace(/(.)\1+/g, '$1');
    const known = state.persons.get(surname);
    const mention: SourceMention = {
      first, last, key: `person:${surname}`, name: known?.name ?? sliceWords(text, range, first, last), gloss: known?.gloss ?? 'named speaker',
      kind: known?.kind ?? 'other', side: known?.side ?? null, via: null, how: 'named',
    };
    if (!known) state.persons.set(surname, mention);
    for (let k = first; k <= last; k += 1) taken.add(k);
    out.push(mention);
  };
  for (const v of verbs) {
    if (verbs.has(v + 1)) continue; // the last word of the verb's match
    const verb = w[v];
    if (verb.isArabic) {
      const start = v + 1;
      if (start >= w.length || taken.has(start) || w[start].sentence !== verb.sentence || !/^\s+$/.test(gapBetween(range, v, start))) continue;
      // After a relative (الذي وصف الرسوم) or a negator (لم توضح طبيعة الحادث) the words after the verb
      // are mostly its object: a speaker only when what was said follows them (الذي قال الإعلام
      // البلجيكي إن اسمه ...).
      const before = v > 0 && w[v - 1].sentence === verb.sentence ? w[v - 1].norm : '';
      const saidOnly = RELATIVES.has(before) || NEGATED.has(before);
      if (CLAIM_NOUNS.has(stripConj(verb.norm))) continue;
      // A participle (مؤكداً، مضيفاً) takes the subject of the clause before it: no speaker after it.
      if (verb.norm.length >= 4 && /ا$/.test(verb.norm)) continue;
      const first = w[start].norm;
      if (NOT_SPEAKERS.has(first) || SPEAKER_ENDS.has(first) || FILLERS.has(first) || (first.length >= 3 && /ا$/.test(first))) continue;
      // Described sources were weighed above (`المسؤولون` alone is too vague to name).
      if (OFFICIALS.has(stripConj(first)) || ANONYMOUS.has(stripConj(first))) continue;
      // `قال للصحافيين`, `قال لوكالة`, `قال لنتنياهو` (a person named before): who was told, not who said.
      if (/^ل/.test(first) && (isRecipient(first) || state.persons.has(foldName(first.slice(1))))) continue;
      let last = -1;
      for (let k = start; k < start + 5 && k < w.length; k += 1) {
        const word = w[k];
        if (word.sentence !== verb.sentence || !word.isArabic || taken.has(k) || word.isNumber || word.norm.length < 2) break;
        if (NAME_STOPS.has(word.norm) || SPEAKER_ENDS.has(word.norm) || PARTICLES.has(word.norm) || RELATIVES.has(word.norm) || MARKERS.has(word.norm)) break;
        const next = w[k + 1];
        // A conjunction before a definite word or a person named before starts another speaker
        // (والعاهل المغربي، وغالانت): no single speaker. A name of its own may begin with و (وينرايت).
        if (k > start && /^و/.test(word.norm) && (/^وال/.test(word.norm) || state.persons.has(foldName(word.norm)))) break;
        // `لشبكة`, `للصحافيين`: who was told, after the name.
        const told = next !== undefined && next.sentence === verb.sentence && isRecipient(next.norm) && /^\s+$/.test(gapBetween(range, k, k + 1));
        // The name ends at punctuation (، : ") or before what was said; before a preposition only
        // when short (وأضاف ترامب على تويتر), since a verb's object also runs up to one.
        const said = next && next.sentence === verb.sentence && COMPLEMENTS.has(next.norm);
        const stop = !next || next.sentence !== verb.sentence || /[^\s]/.test(gapBetween(range, k, k + 1));
        const preposition = told || (next && next.sentence === verb.sentence && (SPEAKER_ENDS.has(next.norm) || NAME_STOPS.has(next.norm)));
        // A name before its holder's title: `وأشارت كاترين كولينيون المتحدثة باسم ...`, `حرسي يوسف بري رئيس بلدية ...`.
        // Two words at least: `نائب رئيس ...`, `مكتب رئيسة الوزراء` are one title, not a name and a title.
        const titled = k > start && next !== undefined && next.sentence === verb.sentence && /^\s+$/.test(gapBetween(range, k, k + 1)) &&
          (SPOKES.has(stripConj(next.norm)) || institutionAt(range, k + 1)?.head.office === true);
        if (said || (!saidOnly && (stop || titled || (preposition && k - start < 2)))) last = k;
        if (said || stop || titled || preposition) break;
      }
      if (last >= 0) add(start, last);
    } else {
      // English: capitalised words right before the verb (Nancy Pelosi said, Mr. Trump told).
      let opens = v;
      while (verbs.has(opens - 1)) opens -= 1; // `according to`
      const end = opens - 1;
      let first = -1;
      for (let k = end; k >= end - 3 && k >= 0; k -= 1) {
        const word = w[k];
        if (word.sentence !== verb.sentence || word.isArabic || taken.has(k) || word.isNumber) break;
        if (!/^[\s.]+$/.test(gapBetween(range, k, k + 1)) || !/^\p{Lu}/u.test(text[word.start]) || EN_NOT_NAMES.has(word.norm)) break;
        first = k;
      }
      if (first >= 0 && !HONORIFICS.has(w[end].norm)) {
        add(first, end);
        continue;
      }
      // Or right after a verb of saying, ending its clause: `," said Rep. Jim Jordan, a Republican`
      // (not `said Trump agreed`, whose name is what was said; not `told Fox`, who was told).
      if (!EN_SAYING_AFTER.has(verb.norm)) continue;
      let last = -1;
      for (let k = v + 1; k <= v + 4 && k < w.length; k += 1) {
        const word = w[k];
        if (word.sentence !== verb.sentence || word.isArabic || taken.has(k) || word.isNumber) break;
        if (!/^[\s.]+$/.test(gapBetween(range, k - 1, k)) || !/^\p{Lu}/u.test(text[word.start]) || EN_NOT_NAMES.has(word.norm)) break;
        last = k;
      }
      const after = w[last + 1];
      const ends = last >= 0 && (!after || after.sentence !== verb.sentence || /[,;:—–(]/.test(gapBetween(range, last, last + 1)) ||
        /^(on|in|at|during|after|before|earlier|last|this|who|as|when|while)$/.test(after.norm));
      // A name cut at an initial (`Robert W.`: the full stop reads as a sentence end) is left out.
      if (ends && !HONORIFICS.has(w[last].norm) && w[last].norm.length > 1) add(v + 1, last);
    }
  }
  return out;
}

/** Steps 1-3: every candidate mention of the range in text order (back-references unresolved). */
export function findMentions(
  text: string, range: WordedRange, scripts: { ar: boolean; en: boolean }, state: SourceState, verbs: ReadonlySet<number> = new Set(),
): SourceMention[] {
  const named = namedMentions(text, range, scripts, state);
  const taken = new Set<number>();
  for (const m of named) for (let k = m.first; k <= m.last; k += 1) taken.add(k);
  const candidates = [...named, ...describedMentions(text, range, taken)];
  for (const m of candidates) for (let k = m.first; k <= m.last; k += 1) taken.add(k);
  candidates.push(...institutionMentions(text, range, taken, state));
  for (const m of candidates) for (let k = m.first; k <= m.last; k += 1) taken.add(k);
  candidates.push(...speakerMentions(text, range, taken, state, verbs));
  return [...candidates, ...backReferences(range, taken, state)].sort((a, b) => a.first - b.first);
}
