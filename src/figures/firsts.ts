// "The first attack" against "four centres suffered similar attacks": an ordinal that says nothing
// of the kind happened before, against another article's count of earlier occurrences. Recipe:
//   1. firsts: `أول` / `first` before a noun (`أول اعتداء`, `the first attack`), not `the first ...
//      since 2015` (which grants earlier ones; `منذ بداية التسجيل` only bounds the period), not a
//      time (`أول أمس`);
//   2. earlier occurrences: a noun with a word that marks another incident of its kind right after
//      it (`هجمات مماثلة`) or before it in English (`similar attacks`, `previous attack`);
//   3. a first and an earlier occurrence in two articles conflict when their nouns are one news
//      concept of an incident (اعتداء / هجمات: attack; never a person or an office: `أول رئيسة`) and
//      the two sentences share another content word (what was attacked: مركز / مراكز).
import type { ArticleResult, FigureEntry, FigureValue } from '../types.js';
import type { Sentence } from './sentence.js';
import type { ScanToken } from '../text/scan.js';
import { isStopword } from '../text/stopwords.js';
import { normalizeText } from '../text/normalize.js';
import { FIRST_WORDS, INCIDENT_NOUNS, OTHER_INCIDENT_WORDS, SINCE_WORDS, START_WORDS } from './lexicons/context.js';
import { TIME_WORDS } from './lexicons/dates.js';
import { contentKey, wordSet } from './words.js';

const FIRST = wordSet(FIRST_WORDS);
// `سابق` is left out: after a person it means former (`الرئيسة السابقة`), not an earlier one.
const EARLIER = wordSet([...OTHER_INCIDENT_WORDS, 'previous', 'prior', 'earlier']);
const SINCE = wordSet(SINCE_WORDS);
const START = wordSet(START_WORDS);
const TIME = wordSet(TIME_WORDS);
/** Keys of the nouns of incidents (`هجوم`, `تفجير`, `attack`): their news concepts or stems. */
const INCIDENTS = new Set(INCIDENT_NOUNS.map((w) => contentKey(normalizeText(w).toLowerCase())));

interface Mark {
  sentence: Sentence;
  /** The noun's news concept or stem key. */
  noun: string;
  /** The words to quote: `أول اعتداء`, `لهجمات مماثلة`. */
  start: number;
  end: number;
  /** The sentence's other content keys. */
  keys: Set<string>;
  /** For an earlier occurrence: the count the sentence gives, when it gives one. */
  count: number | null;
}

/** The sentence's words outside its dates (`تشرين الأول` is a month, not a first). */
const words = (s: Sentence): ScanToken[] => s.tokens.filter((t) => t.kind === 'word' && !s.claim.dates.some((d) => d.start < t.end && t.start < d.end));
const norm = (t: ScanToken) => t.norm.toLowerCase();
const content = (t: ScanToken) => norm(t).length > 2 && !isStopword(norm(t), 'unknown') && !TIME.has(norm(t));

function keysOf(ws: readonly ScanToken[], skip: ReadonlySet<number>): Set<string> {
  return new Set(ws.filter((t, k) => !skip.has(k) && content(t)).map((t) => contentKey(norm(t))));
}

/** 1. `أول اعتداء`, `the first attack`. */
export function firstsIn(s: Sentence): Mark[] {
  const ws = words(s);
  // `the first since 2015`, `منذ هجوم`: earlier ones are granted; `منذ بداية التسجيل` only bounds the period.
  if (ws.some((t, k) => SINCE.has(norm(t)) && !(ws[k + 1] && START.has(norm(ws[k + 1])) || (ws[k + 2] && norm(ws[k + 1]) === 'the' && START.has(norm(ws[k + 2])))))) return [];
  const out: Mark[] = [];
  ws.forEach((t, k) => {
    const next = ws[k + 1];
    if (!FIRST.has(norm(t)) || !next || !content(next)) return;
    out.push({ sentence: s, noun: contentKey(norm(next)), start: t.start, end: next.end, keys: keysOf(ws, new Set([k, k + 1])), count: 0 });
  });
  return out;
}

/** 2. `لهجمات مماثلة`, `similar attacks`, with the sentence's count when it gives one. */
export function earlierIn(s: Sentence): Mark[] {
  const ws = words(s);
  const out: Mark[] = [];
  const english = (k: number) => /^[a-z]/.test(norm(ws[k]));
  ws.forEach((t, k) => {
    if (!EARLIER.has(norm(t))) return;
    const noun = english(k) ? ws[k + 1] : ws[k - 1];
    if (!noun || !content(noun) || EARLIER.has(norm(noun))) return;
    const at = english(k) ? k + 1 : k - 1;
    const count = s.claim.numbers.find((n) => !n.isDateLike && n.value !== null && n.value >= 1)?.value ?? null;
    const [first, last] = english(k) ? [t, noun] : [noun, t];
    out.push({ sentence: s, noun: contentKey(norm(noun)), start: first.start, end: last.end, keys: keysOf(ws, new Set([k, at])), count });
  });
  return out;
}

function value(m: Mark, article: ArticleResult, note: string): FigureValue {
  return {
    article: article.id, claim: m.sentence.claim.id, value: m.count, range: m.count === null ? [1, null] : null, qualifier: m.count === null ? 'vague' : 'exact',
    text: m.sentence.text.slice(m.start, m.end), start: m.start, end: m.end, sentence: m.sentence.claim.text, source: null, unit: null, stage: null,
    reported: article.date, compared: true, note,
  };
}

/** 3. Entries where one article calls the event the first of its kind and another counts earlier ones. */
export function firstConflicts(articles: readonly ArticleResult[], sentences: readonly Sentence[][]): Array<Omit<FigureEntry, 'id'>> {
  const firsts = sentences.flatMap((list) => list.flatMap(firstsIn));
  if (firsts.length === 0) return [];
  const earlier = sentences.flatMap((list) => list.flatMap(earlierIn));
  const outlet = (m: Mark) => articles[m.sentence.articleIndex].outlet ?? articles[m.sentence.articleIndex].id;
  const out: Array<Omit<FigureEntry, 'id'>> = [];
  for (const f of firsts) {
    // One entry per first: the first earlier occurrence that matches it says it.
    for (const e of earlier) {
      // Only incidents (a news concept: attack, explosion, arrest), never persons or offices (`أول رئيسة`).
      if (e.sentence.articleIndex === f.sentence.articleIndex || e.noun !== f.noun || !INCIDENTS.has(f.noun)) continue;
      const common = [...f.keys].filter((k) => e.keys.has(k));
      if (common.length === 0) continue;
      const [ff, ee] = [articles[f.sentence.articleIndex], articles[e.sentence.articleIndex]];
      const before = e.count === null ? 'earlier ones' : `${e.count} earlier`;
      out.push({
        quantity: 'earlier',
        gloss: `earlier incidents of the same kind (${f.noun})`,
        scope: { period: 'event', group: null, place: null },
        relation: 'conflict',
        reason: `${outlet(f)} calls it the first («${f.sentence.text.slice(f.start, f.end)}»); ${outlet(e)} tells of ${before} («${e.sentence.text.slice(e.start, e.end)}»)`,
        latest: null,
        values: [value(f, ff, 'the first: none before'), value(e, ee, 'earlier occurrences')],
      });
      break;
    }
  }
  return out;
}
