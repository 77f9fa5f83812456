// The event figures table: the figures of all articles grouped by quantity and scope (period,
// sub-group, place), each article's own latest figure chosen for the verdict and the others listed.
// Counts of things and amounts with units are compared only where each article gives one amount and
// the two sentences share a word besides it, so that two different counts of cars never meet.
import type { ArticleResult, FigureEntry, FigureScope, FigureValue } from '../types.js';
import type { RawFigure } from './read.js';
import { HEAD, PART_NOTE } from './read.js';
import { entryVerdict, type Compared } from './verdict.js';
import { QUANTITIES } from './lexicons/quantities.js';
import { UNIT_GLOSSES } from './lexicons/units.js';
import { nounKey, wordSet } from './words.js';
import { DAY_COUNTED, PART_OF_DAY_WORDS } from './lexicons/context.js';
import { normalizeText } from '../text/normalize.js';

const ROWS = new Map(QUANTITIES.map((q, i) => [q.key, { ...q, order: i }]));

/** An entry's figures, before the verdict. */
interface Slot {
  key: string;
  quantity: string;
  scope: FigureScope;
  placeKey: string | null;
  figures: RawFigure[];
}

/** Which of an article's figures the verdict compares: updated, then plain body figures (the lead first), headings, early ones, absences, vague amounts. */
function rank(f: RawFigure): number {
  if (f.kind === 'number') {
    if (f.stage === 'updated') return 0;
    // Dated to another day than the event's: a figure of another incident the article also reports.
    if (f.stage === 'initial' || f.offDay) return 3;
    return f.claim.kind === 'heading' ? 2 : 1;
  }
  if (f.kind === 'none' || f.kind === 'unknown') return 4;
  return f.kind === 'vague' ? 5 : 6;
}

/** A figure's bounds in the quantity's base unit (kilograms, metres, km/h, the currency). */
function bounds(f: RawFigure): [number, number] {
  const base = f.unit ? f.unit.base : 1;
  if (f.kind === 'some') return [1, Infinity];
  return [f.low * base, f.high === null ? Infinity : f.high * base];
}

function scopeOf(f: RawFigure): FigureScope {
  return { period: f.period, group: f.group, place: f.place?.text ?? null };
}

function slotKey(f: RawFigure): string {
  const q = f.quantity === 'money' ? `money:${f.unit?.unit}` : f.quantity;
  return [q, f.period, f.group ?? '', f.place?.key ?? ''].join('|');
}

function gloss(quantity: string, figures: readonly RawFigure[]): string {
  const row = ROWS.get(quantity);
  if (row) return row.gloss;
  if (quantity in UNIT_GLOSSES) return UNIT_GLOSSES[quantity];
  const noun = figures.find((f) => f.counted)?.counted;
  return noun ? `count of ${noun}` : quantity;
}

function toValue(f: RawFigure, article: ArticleResult, compared: boolean): FigureValue {
  return {
    article: article.id,
    claim: f.claim.id,
    value: f.kind === 'number' && f.value !== null ? f.value : null,
    range: f.value === null && (f.kind === 'number' || f.kind === 'vague') ? [f.low, f.high] : f.kind === 'some' ? [1, null] : null,
    qualifier: f.qualifier,
    text: f.text,
    start: f.start,
    end: f.end,
    sentence: f.claim.text,
    source: f.source,
    unit: f.unit?.unit ?? null,
    stage: f.stage,
    reported: article.date,
    compared,
    note: f.note,
  };
}

/**
 * An article published before the day a figure is dated to cannot count that day's incident (a
 * bombing on Thursday, another on the Monday after, in one event). The day the sentence names may
 * be the report's (`قال مصدر طبي الثلاثاء`) rather than the incident's, and a night's report is
 * dated the day before: two days apart at least, then. True when `d` was published before `c`'s day.
 */
function reportedBefore(c: Compared, d: Compared): boolean {
  if (d.reported === null) return false;
  const published = d.reported.slice(0, 10);
  if (c.figure.day) return published < c.figure.day;
  const named = sentenceDay(c.figure);
  return named !== null && Date.parse(named) - Date.parse(published) >= 2 * 86_400_000;
}

/** The day a figure counts: the day its sentence gives, else its report's. */
function countedDay(c: Compared): string | null {
  return c.figure.day ?? c.reported?.slice(0, 10) ?? null;
}

/** The one day the figure's sentence names (`..., الاثنين، إثر هجوم`), or null. */
function sentenceDay(f: RawFigure): string | null {
  let day = SENTENCE_DAYS.get(f.claim);
  if (day === undefined) {
    const days = new Set(f.claim.dates.map((d) => d.iso).filter((iso): iso is string => iso !== null && iso !== undefined && iso.length === 10));
    day = days.size === 1 ? [...days][0] : null;
    SENTENCE_DAYS.set(f.claim, day);
  }
  return day;
}

/** Each claim's one day, read once: the verdict asks for it per pair of articles' figures. */
const SENTENCE_DAYS = new WeakMap<RawFigure['claim'], string | null>();

/** Content words two amounts' items must share to be the amounts of one item (`Martha's Vineyard Holistic Retreat`). */
const ITEM_SHARED = 3;

/**
 * Pairs of exact amounts of two articles whose following words name the same item, each amount
 * naming it with one amount of another article only (an item named thrice is left alone).
 */
function itemPairs(figures: readonly RawFigure[]): Array<[RawFigure, RawFigure]> {
  const exact = figures.filter((f) => f.kind === 'number' && f.qualifier === 'exact' && f.item.length >= ITEM_SHARED);
  const shared = (x: RawFigure, y: RawFigure) => new Set(x.item.filter((k) => y.item.includes(k))).size >= ITEM_SHARED;
  const pairs: Array<[RawFigure, RawFigure]> = [];
  for (let i = 0; i < exact.length; i += 1) {
    for (let j = i + 1; j < exact.length; j += 1) {
      if (exact[i].articleIndex !== exact[j].articleIndex && shared(exact[i], exact[j])) pairs.push([exact[i], exact[j]]);
    }
  }
  const count = new Map<RawFigure, number>();
  for (const p of pairs) for (const f of p) count.set(f, (count.get(f) ?? 0) + 1);
  return pairs.filter(([x, y]) => count.get(x) === 1 && count.get(y) === 1);
}

/** The claims of each article's stated numbers (`kind` number, a value, not NaN) among `figures`, by article and value. */
function numbersByArticle(figures: readonly RawFigure[]): Map<number, Map<number, Array<RawFigure['claim']>>> {
  const out = new Map<number, Map<number, Array<RawFigure['claim']>>>();
  for (const g of figures) {
    if (g.kind !== 'number' || g.value === null || Number.isNaN(g.value)) continue;
    let values = out.get(g.articleIndex);
    if (!values) out.set(g.articleIndex, (values = new Map()));
    const claims = values.get(g.value);
    if (claims) claims.push(g.claim);
    else values.set(g.value, [g.claim]);
  }
  return out;
}

/** Sort order of entries: tolls first (in lexicon order), then units, then counts of things; the event's own scope first. */
function entryOrder(s: Slot): [number, number, number, number] {
  const row = ROWS.get(s.quantity);
  const q = row ? row.order : s.quantity in UNIT_GLOSSES ? 100 : 200;
  return [q, s.scope.period === 'event' ? 0 : 1, s.scope.group ? 1 : 0, s.scope.place ? 1 : 0];
}

/**
 * Builds the table from every article's figures. `someOf(quantity)` gives the plain mentions of a
 * quantity (`قتلى وجرحى`) for articles with no figure, read only when an absence needs them.
 */
export function buildTable(
  articles: readonly ArticleResult[],
  figures: readonly RawFigure[],
  someOf: (quantity: string) => RawFigure[],
): FigureEntry[] {
  const numbersOf = new Map(articles.flatMap((a) => a.claims.map((c) => [c.id, c.numbers.filter((n) => !n.isDateLike).map((n) => n.value)] as const)));
  // Two sentences that give one amount with another amount in common (its breakdown).
  const sameBreakdown = (x: string, y: string, value: number) => {
    const other = new Set((numbersOf.get(x) ?? []).filter((v) => v !== value));
    return (numbersOf.get(y) ?? []).some((v) => v !== value && other.has(v));
  };
  // Each article's tolls of everyone (no group), by quantity and value.
  const wholes = new Set(figures.filter((f) => f.kind === 'number' && f.group === null && f.value !== null).map((f) => `${f.quantity}:${f.articleIndex}:${f.value}`));
  const slots = new Map<string, Slot>();
  const add = (f: RawFigure) => {
    const key = slotKey(f);
    let slot = slots.get(key);
    if (!slot) {
      slot = { key, quantity: f.quantity, scope: scopeOf(f), placeKey: f.place?.key ?? null, figures: [] };
      slots.set(key, slot);
    }
    slot.figures.push(f);
  };
  for (const f of figures) add(f);
  // An absence is compared with plain mentions of the same quantity in articles that give no figure.
  for (const slot of [...slots.values()]) {
    if (!slot.figures.some((f) => f.kind === 'none' || f.kind === 'unknown') || slot.scope.group || slot.scope.place) continue;
    const have = new Set(slot.figures.map((f) => f.articleIndex));
    for (const f of someOf(slot.quantity)) if (!have.has(f.articleIndex)) slot.figures.push(f);
  }
  const entries: Array<{ slot: Slot; entry: Omit<FigureEntry, 'id'> }> = [];
  for (const slot of slots.values()) {
    const row = ROWS.get(slot.quantity);
    const counting = !row; // units and counts of things
    const byArticle = new Map<number, RawFigure[]>();
    for (const f of slot.figures) byArticle.set(f.articleIndex, [...(byArticle.get(f.articleIndex) ?? []), f]);
    const chosen = new Map<number, RawFigure>();
    for (const [a, all] of byArticle) {
      // More dead on top of others (`18 شخصا آخرين`, `along with 19 other children`) is no article's toll.
      const list = all.filter((f) => !f.additional);
      if (list.length === 0) continue;
      const numbers = list.filter((f) => (f.kind === 'number' || f.kind === 'vague') && !f.crowded);
      // A count of things is the article's only when it gives one amount for it, counting those of
      // crowded sentences too: a fine of 17 million dollars (`18 مليار وون (17 مليون دولار)`) and 72
      // million of donations are two amounts, and neither is the article's figure for "dollars".
      const amounts = list.filter((f) => f.kind === 'number' || f.kind === 'vague');
      if (counting && (numbers.length === 0 || new Set(amounts.map((f) => `${f.low}:${f.high}:${f.unit?.unit}`)).size !== 1)) continue;
      chosen.set(a, [...(counting ? numbers : list)].sort((x, y) => rank(x) - rank(y) || x.start - y.start)[0]);
    }
    // A count of things is compared when at least one article gives a number for it.
    if (counting && (chosen.size < 2 || ![...chosen.values()].some((f) => f.kind === 'number'))) continue;
    const compared: Compared[] = [...chosen.values()].map((chosenFigure) => {
      // The article itself calls the same amount an initial toll elsewhere (`11 جثة في حصيلة أولية`).
      const initial = chosenFigure.stage === null && slot.figures.some((g) => g.articleIndex === chosenFigure.articleIndex && g.stage === 'initial' && g.low === chosenFigure.low && g.high === chosenFigure.high);
      const f = initial ? { ...chosenFigure, stage: 'initial' as const } : chosenFigure;
      const [low, high] = bounds(f);
      const article = articles[f.articleIndex];
      return { figure: f, low, high, reported: article.date, ...(article.instant && { instant: article.instant }), outlet: article.outlet ?? article.id, articleId: article.id };
    });
    // Counts of things and units: the words around the two figures must share two (one for a weight,
    // three for distances and speeds, which measure many things).
    const needed = slot.quantity === 'distance' || slot.quantity === 'speed' ? 3 : slot.quantity === 'weight' ? 1 : 2;
    // An article that gives the other's amount itself, in its own figure's sentence (`six arrests
    // Wednesday, compared to 47 the previous night` against `47 arrests overnight`), tells two
    // counts of two times or parts, not a rival; unless its text says the count rose (`ارتفعت`,
    // `rose to`): then the other's amount is the earlier report.
    // So does one that gives it in another sentence with the same breakdown: Al Arabiya's 3,021
    // civilians killed in Taiz, and later "the mines killed 714 civilians, among them 32 children
    // and 14 women", which Sky News Arabia gives alone (the part killed by mines, not a rival total).
    // The slot's stated numbers by article and value, indexed once: the verdict weighs every two
    // articles' figures (half a million pairs in a toll of 1,000 articles), and a scan of the slot
    // for each was a quarter of the table's time. c's own value differs from d's, so every figure
    // with d's value is another than c's.
    const statedIn = numbersByArticle(slot.figures);
    // A part of one article's toll (`مقتل 52 شخصا بينهم 30 مقاتلا عراقيا`) is no rival of a group's
    // count that is another article's whole toll (`38 قتيلا` / `بمقتل 38 من المقاتلين`): the two
    // wholes are compared in the toll's own row.
    const partOfWhole = (x: Compared, y: Compared) =>
      slot.scope.group !== null && x.figure.note === PART_NOTE && y.figure.note !== PART_NOTE && y.figure.value !== null && wholes.has(`${slot.quantity}:${y.figure.articleIndex}:${y.figure.value}`);
    const tellsToo = (c: Compared, d: Compared) => {
      const value = d.figure.value;
      if (c.figure.stage === 'updated' || c.figure.value === value || value === null) return false;
      const claims = statedIn.get(c.figure.articleIndex)?.get(value);
      return claims !== undefined && claims.some((claim) => claim === c.figure.claim || sameBreakdown(claim.id, d.figure.claim.id, value));
    };
    const comparable = (x: Compared, y: Compared) => {
      if (tellsToo(x, y) || tellsToo(y, x)) return false;
      if (partOfWhole(x, y) || partOfWhole(y, x)) return false;
      // Arrests and crowds are counted over a day: a count of one part of it (`later in the
      // afternoon, amid dozens of arrests`) is no rival of one that names no part (`more than 200`).
      if (DAY_COUNTED.includes(slot.quantity) && partOfDay(x.figure) !== partOfDay(y.figure)) return false;
      // Two days named: two incidents (`الاثنين` 52 killed, `الثلاثاء` 2 killed).
      if (x.figure.day && y.figure.day && x.figure.day !== y.figure.day) return false;
      // Published before the day the other's figure counts: another incident.
      if (reportedBefore(x, y) || reportedBefore(y, x)) return false;
      // A crowd is counted at one gathering: reports of two days may count two rallies of one
      // movement (5,000 on 29 April, tens of thousands on 1 May), so a crowd is compared within a day.
      if (row && !row.grows && countedDay(x) && countedDay(y) && countedDay(x) !== countedDay(y)) return false;
      if (!counting) return true;
      // Two English noun phrases name one set only when one is the other with words after it:
      // `two Republican senators` and `three Republican state senators` are two sets.
      if (!samePhrase(x.figure.phrase, y.figure.phrase)) return false;
      const own = new Set([x.figure.counted, y.figure.counted].filter((w): w is string => w !== null).map((w) => nounKey(w.toLowerCase()).slice(0, 4)));
      const ky = new Set(y.figure.context);
      // Both measure the same named thing (`48-page indictment` / `47-page indictment`).
      if (x.figure.context.some((k) => k.startsWith(HEAD) && ky.has(k))) return true;
      return new Set(x.figure.context.filter((k) => ky.has(k) && !own.has(k))).size >= needed;
    };
    const verdict = entryVerdict(compared, row?.grows ?? false, comparable, slot.scope.period === 'cumulative');
    if (!verdict || (counting && verdict.relation === 'single')) continue;
    const values = [...slot.figures]
      .sort((x, y) => x.articleIndex - y.articleIndex || x.start - y.start)
      .map((f) => toValue(f, articles[f.articleIndex], chosen.get(f.articleIndex) === f));
    entries.push({
      slot,
      entry: { quantity: slot.quantity, gloss: gloss(slot.quantity, slot.figures), scope: slot.scope, ...verdict, values },
    });
  }
  // Amounts among many of one article (a list of purchases), whatever place or year their
  // sentences name: two articles' amounts are compared when the words after them name one item.
  const entered = new Set(entries.flatMap((e) => e.slot.figures));
  const byKind = new Map<string, RawFigure[]>();
  for (const f of figures) {
    if (ROWS.has(f.quantity) || entered.has(f)) continue;
    const kind = f.quantity === 'money' ? `money:${f.unit?.unit}` : f.quantity;
    byKind.set(kind, [...(byKind.get(kind) ?? []), f]);
  }
  for (const pair of [...byKind.values()].flatMap(itemPairs)) {
    const compared = pair.map((f): Compared => {
      const article = articles[f.articleIndex];
      const [low, high] = bounds(f);
      return { figure: f, low, high, reported: article.date, ...(article.instant && { instant: article.instant }), outlet: article.outlet ?? article.id, articleId: article.id };
    });
    const verdict = entryVerdict(compared, false, () => true);
    if (!verdict || verdict.relation === 'single') continue;
    const slot: Slot = { key: `item|${slotKey(pair[0])}`, quantity: pair[0].quantity, scope: { period: 'event', group: null, place: null }, placeKey: null, figures: pair };
    entries.push({ slot, entry: { quantity: slot.quantity, gloss: gloss(slot.quantity, pair), scope: slot.scope, ...verdict, values: pair.map((f) => toValue(f, articles[f.articleIndex], true)) } });
  }
  entries.sort((a, b) => {
    const x = entryOrder(a.slot);
    const y = entryOrder(b.slot);
    for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return x[i] - y[i];
    return a.slot.figures[0].articleIndex - b.slot.figures[0].articleIndex || a.slot.figures[0].start - b.slot.figures[0].start;
  });
  return entries.map(({ entry }, i) => ({ id: `f${i + 1}`, ...entry }));
}

/** Whether two counted noun phrases (keys) name one set: either is empty, or one begins the other. */
function samePhrase(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n).every((k, i) => k === b[i]);
}

const PART_OF_DAY = wordSet(PART_OF_DAY_WORDS);
const partOfDayRead = new WeakMap<object, boolean>();

/** Whether the figure's sentence names a part of a day (`in the afternoon`, `overnight`, `صباح`). */
function partOfDay(f: RawFigure): boolean {
  let found = partOfDayRead.get(f.claim);
  if (found === undefined) {
    found = normalizeText(f.claim.text).toLowerCase().split(/[^\p{L}]+/u).some((w) => w !== '' && PART_OF_DAY.has(w));
    partOfDayRead.set(f.claim, found);
  }
  return found;
}
