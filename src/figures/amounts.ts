// The amounts of one sentence: its number mentions that are counts (dates, times, ordinals and
// names are not), joined into ranges (`بين 6 و10`, `200 إلى 300`, `between 6 and 10`), plus vague
// amounts without digits (`عدة أشخاص`, `عدد من القتلى`, `several people`).
import type { Sentence, Mention } from './sentence.js';
import { placeMention } from './sentence.js';
import { VAGUE_AMOUNTS } from './lexicons/context.js';
import { WordTable } from './words.js';
import { normalizeText } from '../text/normalize.js';
import { lookupWord } from '../text/number-lookup.js';

const n = (w: string) => normalizeText(w);
const VAGUE = new Map(VAGUE_AMOUNTS.map(([w, lo, hi]) => [n(w), [lo, hi] as const]));
/** Words between `عدد` and the noun that keep it a vague amount (`عدد غير محدد من`, `عدد قليل من`). */
const NUMBER_OF = new Map<string, readonly [number, number | null] | null>([
  [n('من'), null], [n('غير'), null], [n('قليل'), [2, 9]], [n('كبير'), [10, null]], ['of', null],
]);
const RANGE_AND = new Set([n('و'), 'and']);
const RANGE_TO = new Set([n('إلى'), n('الى'), 'to']);
const BETWEEN = new Set([n('بين'), 'between']);
const FROM = new Set([n('من'), 'from']);
const PERCENT = /%|٪|مئة|مائة|مية|percent|pct/i;
const SKIP_TO_NOUN = new Set(['of', 'the', n('من')]);
const [ADAD, ADADAN, AL_ADID] = [n('عدد'), n('عددا'), n('العديد')];
/** A cheap test on the raw sentence before its words are looked at. */
const MAY_BE_VAGUE = /عد[دة]|العديد|بضع|several|few|number of|scores|many|handful/i;
const EACH = new Set([n('كل'), 'each', 'every']);
const FILLER = new WordTable([['محدد', true], ['معروف', true], ['unknown', true], ['unspecified', true], ['a', true], ['an', true]] as const);

/** `كل واحد من الضحايا`, `one of the victims`: the word for one picks a person, it counts nothing. */
function eachOrOneOf(s: Sentence, m: { start: number; end: number }): boolean {
  const i = s.tokens.findIndex((t) => t.start >= m.start);
  const before = s.tokens[i - 1];
  const after = s.tokens.find((t) => t.start >= m.end);
  return (before?.kind === 'word' && EACH.has(before.norm)) || (after?.kind === 'word' && SKIP_TO_NOUN.has(after.norm));
}

/** A vague amount at token i (`عدة`, `عدد من`, `عددا غير محدد من`, `a number of`, `several`), or null. */
function vagueAt(s: Sentence, i: number): Mention | null {
  const t = s.tokens[i];
  if (t.kind !== 'word') return null;
  let norm = t.norm;
  if (norm.length > 3 && norm[0] === 'و') norm = norm.slice(1);
  if (norm === ADADAN) norm = ADAD;
  const range = VAGUE.get(norm);
  if (!range) return null;
  // `عدة مئات`, `several thousand`: the number reader reads those as one amount.
  const after = s.tokens[i + 1];
  if (after && after.kind === 'word' && lookupWord(after.norm, false)) return null;
  let [low, high]: readonly [number, number | null] = range;
  let k = i + 1;
  if (norm === ADAD || norm === AL_ADID || norm === 'number' || norm === 'scores') {
    // `عدد` is vague only as `عدد من` / `عدد غير محدد` / `عدد قليل`; `عدد القتلى` is "the number of the dead".
    const next = s.tokens[k];
    if (!next || next.kind !== 'word' || !NUMBER_OF.has(next.norm)) return null;
    while (k < s.tokens.length && k <= i + 4 && s.tokens[k].kind === 'word' && (NUMBER_OF.has(s.tokens[k].norm) || FILLER.has(s.tokens[k].norm))) {
      const r = NUMBER_OF.get(s.tokens[k].norm);
      if (r) [low, high] = r;
      k += 1;
    }
  }
  while (k <= i + 3 && s.tokens[k]?.kind === 'word' && SKIP_TO_NOUN.has(s.tokens[k].norm)) k += 1;
  // `a few`, `a number of`: the article is part of the amount.
  const prev = s.tokens[i - 1];
  const start = prev && prev.kind === 'word' && (prev.norm === 'a') ? prev.start : t.start;
  const noun = s.tokens[k];
  if (!noun || noun.kind !== 'word') return null;
  return {
    start,
    end: t.end,
    text: s.text.slice(start, t.end),
    value: null,
    low,
    high,
    qualifier: 'vague',
    counts: s.text.slice(noun.start, noun.end),
    first: i,
    last: i,
    countsAt: k,
  };
}

/** Two figures joined as one range, or null. */
function joinRange(s: Sentence, a: Mention, b: Mention): Mention | null {
  if (b.first !== a.last + 2 || a.value === null || b.value === null || a.countsAt >= 0 && a.countsAt !== b.countsAt) return null;
  const between = s.tokens[a.last + 1];
  const before = s.tokens[a.first - 1];
  const beforeThat = s.tokens[a.first - 2];
  if (between.kind !== 'word' || b.value <= a.value) return null;
  const joinedBy = (set: Set<string>) => set.has(between.norm);
  const opened = before?.kind === 'word' && (BETWEEN.has(before.norm) || (before.norm === n('ما') && beforeThat && BETWEEN.has(beforeThat.norm)));
  // `بين 6 و10`; `200 إلى 300` (but `من 4 إلى 6` is a change from 4 to 6).
  const range = (joinedBy(RANGE_AND) && opened) || (joinedBy(RANGE_TO) && !(before?.kind === 'word' && FROM.has(before.norm)));
  if (!range) return null;
  return {
    start: a.start,
    end: b.end,
    text: s.text.slice(a.start, b.end),
    value: null,
    low: a.low,
    high: b.high,
    qualifier: 'range',
    counts: b.counts,
    first: a.first,
    last: b.last,
    countsAt: b.countsAt,
  };
}

/** The count amounts of a sentence in text order: numbers that are not dates, ranges joined, vague amounts added. */
export function amountsOf(s: Sentence): Mention[] {
  // `حب واحد`, `one of them`: the word for one counts only with a noun after it (`شخص واحد` is read from the noun).
  // A number inside a short quotation is part of a name (`الطائرة "إم أتش 17"`).
  const named = (m: { start: number }) => s.claim.quotes.some((q) => q.start <= m.start && m.start < q.end && q.text.trim().split(/\s+/).length <= 4);
  const numbers = s.claim.numbers
    .filter((m) => !m.isDateLike && !named(m) && !(m.value === 1 && !/\d/.test(m.text) && (m.counts === null || eachOrOneOf(s, m))))
    // A bare 19xx/20xx naming nothing is a year (`أزمة اللجوء في أوروبا 2015`); a percentage is a share.
    .filter((m) => !(m.counts === null && /^\d{4}$/.test(m.text) && m.value >= 1900 && m.value <= 2100) && !(m.counts && PERCENT.test(m.counts)))
    .map((m) => placeMention(s, m));
  const out: Mention[] = [];
  for (let i = 0; i < numbers.length; i += 1) {
    const joined = i + 1 < numbers.length ? joinRange(s, numbers[i], numbers[i + 1]) : null;
    if (joined) {
      out.push(joined);
      i += 1;
    } else out.push(numbers[i]);
  }
  if (!MAY_BE_VAGUE.test(s.claim.text)) return out;
  const taken = new Set(out.flatMap((m) => [m.first, m.last]));
  for (let i = 0; i < s.tokens.length; i += 1) {
    if (taken.has(i)) continue;
    const v = vagueAt(s, i);
    if (v) out.push(v);
  }
  return out.sort((x, y) => x.start - y.start);
}
