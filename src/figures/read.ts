// Reads the figures of one sentence. Recipe:
//   1. the amounts (amounts.ts): counts, ranges, vague amounts; dates and names are not counts;
//   2. what each counts (quantity.ts), with the figure before it for parts and lists;
//   3. a count told in parts is summed (compose.ts);
//   4. its period (scope.ts): another incident's figure is dropped, a running total kept apart;
//   5. its place, sub-group and stage (scope.ts), and its source (sources.ts);
//   6. reports without a number (absence.ts).
import type { Claim, FigureValue } from '../types.js';
import type { Mention, Sentence } from './sentence.js';
import { sameClause } from './sentence.js';
import { amountsOf } from './amounts.js';
import { countedOf, countedPhrase, type Counted } from './quantity.js';
import { andOneMore, composedCount } from './compose.js';
import { dayOf, periodOf, placeBefore, placeOf, placesIn, stageOf, type Period, type Place } from './scope.js';
import { absencesOf } from './absence.js';
import { sourceOf } from './sources.js';
import type { UnitRow } from './lexicons/units.js';
import type { FramingFlag } from '../types.js';
import { PERSON_NOUNS, QUANTITIES } from './lexicons/quantities.js';
import { ADDITIONAL_WORDS, FORECAST_WORDS, PERPETRATOR_NOUNS } from './lexicons/context.js';
import { WordTable, isIn, nounKey, wordSet } from './words.js';
import { isStopword } from '../text/stopwords.js';
import { normalizeText } from '../text/normalize.js';
import { lastDigitUnit } from '../text/numbers.js';

const ROW_KEYS = new Set(QUANTITIES.map((q) => q.key));
/** Vague amounts and negators, on the raw sentence (amounts.ts and absence.ts test them precisely). */
const MAY_HOLD_FIGURE = /عد[دة]|العديد|بضع|لم|لا|دون|عدم|several|few|number of|scores|many|handful|\b(no|not|without|none|nobody|unclear)\b/i;
const ADDITIONAL = wordSet(ADDITIONAL_WORDS);
const PERSONS = wordSet(PERSON_NOUNS);

/** Keys of up to four content words before the figure and two after it (its counted noun left out). */
function contextOf(s: Sentence, m: Mention): string[] {
  const keys: string[] = [];
  const take = (k: number) => {
    const t = s.tokens[k];
    if (t.kind === 'word' && t.norm.length > 2 && !isStopword(t.norm, 'unknown')) keys.push(nounKey(t.norm).slice(0, 4));
  };
  let words = 0;
  for (let k = m.first - 1; k >= 0 && words < 4; k -= 1) {
    if (s.tokens[k].kind !== 'word') continue;
    take(k);
    words += 1;
  }
  const after = Math.max(m.last, m.countsAt) + 1;
  for (let k = after; k < s.tokens.length && k < after + 2; k += 1) take(k);
  // `the 48-page indictment`: a number joined to its noun by a hyphen measures the word after it,
  // which names what is measured as plainly as two shared words around it would.
  const hyphen = s.tokens[m.last + 1];
  const head = s.tokens[after];
  if (m.countsAt === m.last + 2 && hyphen?.norm === '-' && hyphen.start === s.tokens[m.last].end && head?.kind === 'word' && !isStopword(head.norm, 'unknown')) {
    keys.push(`${HEAD}${nounKey(head.norm)}`);
  }
  return keys;
}

/** How many words after an amount may name the item it was spent on (`$5,687.75 on Martha's Vineyard Holistic Retreat`). */
const ITEM_WORDS = 8;

/** Keys of the content words right after an amount, within its clause: the item it is the amount of. */
function itemOf(s: Sentence, m: Mention): string[] {
  const keys: string[] = [];
  let words = 0;
  for (let k = Math.max(m.last, m.countsAt) + 1; k < s.tokens.length && words < ITEM_WORDS && sameClause(s, m.last, k); k += 1) {
    const t = s.tokens[k];
    if (t.kind !== 'word') continue;
    words += 1;
    if (t.norm.length > 2 && !isStopword(t.norm, 'unknown')) keys.push(nounKey(t.norm).slice(0, 4));
  }
  return keys;
}

/** The context key of the noun a hyphenated figure measures (`48-page indictment`: the indictment). */
export const HEAD = 'head:';

/** A figure as read from one sentence, before the table compares it with the other articles'. */
export interface RawFigure {
  articleIndex: number;
  claim: Claim;
  quantity: string;
  unit: UnitRow | null;
  value: number | null;
  low: number;
  high: number | null;
  qualifier: FigureValue['qualifier'];
  kind: 'number' | 'vague' | 'none' | 'unknown' | 'some';
  text: string;
  start: number;
  end: number;
  group: string | null;
  place: Place | null;
  period: Exclude<Period, 'earlier'>;
  stage: 'initial' | 'updated' | null;
  source: string | null;
  note: string | null;
  /** The counted noun as written (`عمود`, `tonnes`), or null. */
  counted: string | null;
  /** For an English count of things, the keys of its noun phrase (countedPhrase); else empty. */
  phrase: string[];
  /** Keys of the content words around the figure: counts of things and units are compared only when two share one. */
  context: string[];
  /** Keys of the words right after the figure: for an amount among many, the item it is spent on. */
  item: string[];
  /** Another amount in the sentence names nothing (`98 نائبا مقابل 30`): a count of things here is not clear. */
  crowded: boolean;
  /** More deaths on top of an earlier toll (`مقتل 18 شخصا آخرين`), not a total. */
  additional: boolean;
  /** Dates near the figure (ISO), for `datedPeriod` once the event's day is known. */
  dates: string[];
  /** The day the text dates the figure to, or null. */
  day: string | null;
  /** Dated to another day than the event's (set by the stage once that day is known). */
  offDay: boolean;
}

/** What the whole event tells the reader of one sentence. */
export interface ReadContext {
  /** Keys of the places the event's articles name. */
  known: ReadonlySet<string>;
  /** The article's framing flags of category `source`. */
  sourceFlags: readonly FramingFlag[];
  /** The last place the previous sentence of the article names (read only when a figure points back). */
  previousPlace: () => Place | null;
}

/** Whether `others` (`آخرين`, `other`, `more`) stands right after the figure's counted noun, or between it and its number. */
function othersAfter(s: Sentence, m: Mention): boolean {
  const end = Math.max(m.last, m.countsAt);
  return [end + 1, m.last + 1].some((k) => k > m.last && isIn(ADDITIONAL, s.tokens[k]) && s.tokens[k].gap < 2);
}

const TO_SIDE = normalizeText('إلى');
/** How far before a figure `along with` may stand (`along with nearly 200 Afghans`). */
const BESIDE_REACH = 3;

/**
 * A figure told beside the sentence's subject (`they were killed along with nearly 200 Afghans`,
 * `قتل إلى جانب 5 مدنيين`): others killed with them, not the toll of everyone.
 */
function besideBefore(s: Sentence, m: Mention): boolean {
  for (let k = m.first - 1; k >= 1 && k >= m.first - BESIDE_REACH && sameClause(s, k, m.first); k -= 1) {
    const [t, prev] = [s.tokens[k], s.tokens[k - 1]];
    if (t.norm === 'alongside' || (t.norm === 'with' && prev.norm === 'along') || (t.norm === 'جانب' && prev.norm === TO_SIDE)) return true;
  }
  return false;
}

/** The note of a figure read as a part of the figure before it (`مقتل 52 شخصا بينهم 30 مقاتلا عراقيا`). */
export const PART_NOTE = 'part of the figure before it';

/** Words that introduce who a toll includes (`including the gunman`, `بينهم منفذ الهجوم`). */
const INCLUDING = wordSet(['including', 'among', 'بينهم', 'فيهم', 'منهم']);
/** Who carried the attack out: a toll that includes one counts one more than its victims. */
const PERPETRATORS = wordSet(PERPETRATOR_NOUNS);
/** How far after a figure `including the gunman` may stand (`nine people dead, including the gunman`). */
const INCLUDING_REACH = 6;

/**
 * A death toll that includes the attacker (`at least nine people dead, including the gunman`,
 * `مقتل 5 بينهم المهاجم`): its victims are one fewer, so the toll agrees with a count of victims
 * one lower (`at least eight people dead`).
 */
function withPerpetrator(s: Sentence, m: Mention): boolean {
  for (let k = Math.max(m.last, m.countsAt) + 1; k < s.tokens.length && k <= m.last + INCLUDING_REACH; k += 1) {
    if (!isIn(INCLUDING, s.tokens[k])) continue;
    return [1, 2, 3].some((d) => isIn(PERPETRATORS, s.tokens[k + d]) && sameClause(s, k, k + d));
  }
  return false;
}

function rawFigure(
  s: Sentence, m: Mention, c: Counted, ctx: ReadContext, period: { period: Exclude<Period, 'earlier'>; dates: string[] }, place: Place | null, crowded: boolean,
): RawFigure {
  const kind = m.qualifier === 'vague' ? 'vague' : 'number';
  return {
    articleIndex: s.articleIndex,
    claim: s.claim,
    quantity: c.quantity,
    unit: c.unit,
    value: m.value,
    // `nine dead, including the gunman`: eight or nine victims.
    low: c.quantity === 'killed' && m.low >= 2 && withPerpetrator(s, m) ? m.low - 1 : m.low,
    high: m.high,
    qualifier: m.qualifier,
    kind,
    text: m.text,
    start: m.start,
    end: m.end,
    group: c.group,
    place,
    period: period.period,
    stage: stageOf(s, m),
    source: sourceOf(s.claim, ctx.sourceFlags, m.start),
    note: c.from === 'part' ? PART_NOTE : null,
    counted: m.counts,
    phrase: c.quantity.startsWith('count:') && m.countsAt >= 0 ? countedPhrase(s, m.countsAt) : [],
    context: contextOf(s, m),
    item: itemOf(s, m),
    crowded,
    // `18 شخصا آخرين`, `19 other children`: right after the counted noun, or before it (not `مقتل 11
    // شخصا وإصابة آخرين`, where the others are the wounded); `along with 200 Afghans`. Other
    // quantities: see `othersBeside`.
    additional: c.quantity === 'killed' && (othersAfter(s, m) || besideBefore(s, m)),
    dates: period.dates,
    day: dayOf(s, m),
    offDay: false,
  };
}

/** A list that breaks a toll down by who was counted (`193 هولنديا و43 ماليزيا`): each is a sub-group. */
function breakDown(figures: Array<RawFigure & { from: Counted['from'] }>): void {
  for (let i = 1; i < figures.length; i += 1) {
    const [a, b] = [figures[i - 1], figures[i]];
    if (b.from !== 'list' || a.quantity !== b.quantity || !a.counted || !b.counted) continue;
    const [ka, kb] = [a.counted, b.counted].map((w) => nounKey(w.toLowerCase()));
    if (ka === kb || [a.counted, b.counted].some((w) => PERSONS.has(w.toLowerCase()))) continue;
    a.group ??= a.counted;
    b.group ??= b.counted;
  }
}

/** Step 5 for a figure told as the first of two, when the second names the place for both (`27 قتلوا، وأصيب 100 في ولاية راجستان`). */
function sharePlaces(s: Sentence, figures: Array<RawFigure & { first: number; last: number; from: Counted['from'] }>): void {
  for (let i = 0; i + 1 < figures.length; i += 1) {
    const [a, b] = [figures[i], figures[i + 1]];
    if (a.place || !b.place?.headed || a.quantity === b.quantity || b.from !== 'own' || b.first - a.last > 6) continue;
    const between = s.tokens.slice(a.last + 1, b.first);
    if (between.some((t) => t.norm === 'و' || t.norm.startsWith('و') || t.norm === 'and')) a.place = b.place;
  }
}

const MAY = wordSet(['قد', 'ربما', 'could', 'may', 'might']);
/** Words of expecting, as written: by stem `يتوقع` would be `وقع` (happened). */
const EXPECTED = new WordTable(FORECAST_WORDS.map((w) => [w, true] as const), false);
/** How many words before a figure the word of expecting may stand (`من المتوقع أن يشارك عشرات الآلاف`). */
const EXPECTED_WORDS = 4;
const REACH = wordSet(['يصل', 'تصل', 'يبلغ', 'تبلغ', 'يتجاوز', 'تتجاوز', 'يفوق', 'reach', 'exceed', 'top']);
/** How many words before a figure its `قد يصل` may stand (`قد يصل عدد القتلى الروس في سوريا إلى مئات`). */
const MAY_REACH_WORDS = 8;

/**
 * A figure that a toll "may reach" (`قد يصل عدد القتلى ... إلى مئات`, `could reach hundreds`), or
 * that is expected (`ويُتوقع مشاركة عشرات الآلاف`): what might be, by an estimate, not a count
 * anyone reports.
 */
function mayReach(s: Sentence, m: Mention): boolean {
  for (let k = m.first - 1; k >= 0 && k >= m.first - MAY_REACH_WORDS && sameClause(s, k, m.first); k -= 1) {
    if (k >= 1 && isIn(REACH, s.tokens[k]) && isIn(MAY, s.tokens[k - 1])) return true;
    if (m.first - k <= EXPECTED_WORDS && isIn(EXPECTED, s.tokens[k])) return true;
  }
  return false;
}

/**
 * `N others` beside another figure of the same quantity in the sentence is a second part of one
 * count, not the article's total: `ثمانية أشخاص من المعتقلين أطلق سراحهم، بينما يظل تسعة آخرين قيد
 * الاعتقال` (eight of those held released, nine others still held). Across quantities the others
 * are other people (`قتل 3 وأصيب 8 آخرين`: eight wounded), so they count.
 */
function othersBeside(s: Sentence, out: ReadonlyArray<RawFigure & { first: number; last: number }>): void {
  for (let k = 1; k < out.length; k += 1) {
    const f = out[k];
    if (f.additional || f.kind !== 'number' || !out.slice(0, k).some((g) => g.quantity === f.quantity && g.kind === 'number')) continue;
    // `تسعة آخرين`, `nine others`, `nine other detainees`: between the number and one word past its noun.
    for (let t = f.first + 1; t <= f.last + 1; t += 1) if (isIn(ADDITIONAL, s.tokens[t]) && s.tokens[t].gap < 2) f.additional = true;
  }
}

/** The figures of one sentence, in text order. */
/**
 * A sum in brackets right after an amount in another currency restates it (`غرامة مالية قدرها مليون
 * درهم (272 ألف دولار)`): a conversion, rounded at its last written digit (270 thousand dollars
 * is 265 to 275 thousand, so it agrees with 272 thousand for the same million dirhams; 96,600 and
 * 99,000 still differ).
 */
function conversion(s: Sentence, m: Mention, amounts: readonly Mention[]): boolean {
  if (s.tokens[m.first - 1]?.norm !== '(') return false;
  const unitOf = (x: Mention) => (x.countsAt >= 0 ? s.tokens[x.countsAt].norm : x.counts?.toLowerCase() ?? '');
  return amounts.some((a) => a !== m && Math.max(a.last, a.countsAt) === m.first - 2 && unitOf(a) !== unitOf(m));
}

export function readFigures(s: Sentence, ctx: ReadContext): RawFigure[] {
  // Most sentences hold no figure: no count, no vague amount, no negation.
  if (!s.claim.numbers.some((m) => !m.isDateLike) && !MAY_HOLD_FIGURE.test(s.claim.text)) return [];
  const out: Array<RawFigure & { first: number; last: number; from: Counted['from'] }> = [];
  // The sentence's places, read only when a figure needs them (`حيث`, `هناك`).
  let places: ReturnType<typeof placesIn> | null = null;
  const placeBack = (at: number) => placeBefore((places ??= placesIn(s, ctx.known)), at, ctx.previousPlace());
  let previous = null as { mention: Mention; counted: Counted; place: Place | null; period: Period } | null;
  let skipUntil = -1;
  const amounts = amountsOf(s);
  const unnamed = amounts.filter((a) => a.counts === null && a.value !== null);
  for (const m0 of amounts) {
    if (m0.first <= skipUntil || mayReach(s, m0)) continue;
    const c0 = countedOf(s, m0, previous);
    if (!c0) continue;
    let m = m0;
    if (c0.quantity === 'money' && m0.value !== null && conversion(s, m0, amounts)) {
      const unit = lastDigitUnit(m0.value);
      if (unit > 0) m = { ...m0, qualifier: 'about', low: m0.value - unit / 2, high: m0.value + unit / 2 };
    }
    let c = c0;
    let note: string | null = null;
    // 3. `5 killed ... a sixth died`.
    if (c.quantity === 'killed' || c.quantity === 'casualties') {
      const composed = composedCount(s, m) ?? andOneMore(s, m);
      if (composed) {
        m = { ...m, value: composed.value, low: composed.value, high: composed.value, end: composed.end, text: s.text.slice(m.start, composed.end), last: composed.last };
        note = `composed: ${composed.note}`;
        skipUntil = composed.last;
        // `ثلاثة من الضحايا على الفور، بينما توفي رابع`: the parts, summed, are the whole toll.
        if (c.group === 'part') c = { ...c, group: null };
      }
    }
    // Another incident's figure is a toll's matter; a weight or a cost is dated by what it measures.
    const own = ROW_KEYS.has(c.quantity) ? periodOf(s, m) : { period: 'event' as const, dates: [] };
    // A part of a running total is a part of that total (`وأدت العمليات العسكرية ... إلى سقوط أكثر من
    // ألف قتيل، غالبيتهم من المدنيين وبينهم 200 طفل`: the offensive's children, not one strike's).
    const period = c.from === 'part' && previous?.period === 'cumulative' && own.period === 'event' ? { ...own, period: 'cumulative' as const } : own;
    const place: Place | null = c.from === 'part' ? previous?.place ?? null : placeOf(s, m, ctx.known, () => placeBack(m.first));
    previous = { mention: m, counted: c, place, period: period.period };
    if (period.period === 'earlier') continue;
    for (const quantity of c.also ? [c.quantity, c.also] : [c.quantity]) {
      const f = rawFigure(s, m, { ...c, quantity }, ctx, { period: period.period, dates: period.dates }, place, unnamed.some((u) => u !== m0));
      out.push({ ...f, note: note ?? f.note, first: m.first, last: Math.max(m.last, m.countsAt), from: c.from });
    }
  }
  othersBeside(s, out);
  sharePlaces(s, out);
  breakDown(out);
  for (const a of absencesOf(s)) {
    const m: Mention = { start: a.start, end: a.end, text: s.text.slice(a.start, a.end), value: null, low: 0, high: 0, qualifier: 'vague', counts: null, first: a.first, last: a.last, countsAt: -1 };
    const { period, dates } = periodOf(s, m);
    if (period === 'earlier') continue;
    out.push({
      articleIndex: s.articleIndex, claim: s.claim, quantity: a.quantity, unit: null, value: null, low: 0, high: 0,
      qualifier: a.kind === 'none' ? 'none' : 'unknown', kind: a.kind === 'none' ? 'none' : 'unknown', text: m.text, start: a.start, end: a.end,
      group: a.group ?? null, place: null, period, stage: null, source: sourceOf(s.claim, ctx.sourceFlags, a.start), note: null, counted: null, phrase: [],
      context: [], item: [], crowded: false, additional: false, dates, day: dayOf(s, m), offDay: false, first: a.first, last: a.last, from: 'own',
    });
  }
  return out.map(({ first: _f, last: _l, from: _w, ...f }) => f);
}
