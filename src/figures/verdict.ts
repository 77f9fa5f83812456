// The verdict on one quantity: every pair of articles' compared figures is `agree` (the ranges their
// qualifiers allow overlap: 27,708 and "more than 27,700"), `compatible` (a vague amount that does
// not contradict, but cannot confirm), `absence` (none or not known against some), or differs; a
// difference on a toll is an `updated` report when the later report is the higher one (by the
// articles' times, or `حصيلة أولية` / `ارتفعت الحصيلة`) or when an earlier report had none or did
// not yet know of any, else a `conflict`. The entry takes the
// strongest pair verdict, and says why.
import type { FigureRelation } from '../types.js';
import type { RawFigure } from './read.js';

/** A compared figure with what the verdict needs: its bounds in base units, its report time and outlet. */
export interface Compared {
  figure: RawFigure;
  low: number;
  /** Infinity when open. */
  high: number;
  /** The article's date and time, or null. */
  reported: string | null;
  /** The article's time in UTC when its input gave a zone (Article.instant): orders reports across zones. */
  instant?: string;
  outlet: string;
  articleId: string;
}

type PairVerdict = 'agree' | 'compatible' | 'absence' | 'updated' | 'conflict';

/** A vague amount contradicts another only when clearly apart: beyond half again its bound. */
const VAGUE_MARGIN = 1.5;

function isAbsent(c: Compared): boolean {
  return c.figure.kind === 'none' || c.figure.kind === 'unknown';
}

function isVague(c: Compared): boolean {
  return c.figure.kind === 'vague' || c.figure.kind === 'some';
}

/** Whether the ranges overlap (with float tolerance). */
function overlap(x: Compared, y: Compared): boolean {
  const tol = 1e-9 * Math.max(1, Math.abs(x.low), Math.abs(y.low));
  return x.low <= y.high + tol && y.low <= x.high + tol;
}

function clearlyApart(x: Compared, y: Compared): boolean {
  return x.high * VAGUE_MARGIN < y.low || y.high * VAGUE_MARGIN < x.low;
}

/**
 * Two counts stated as counts: an exact figure or a confirmed minimum (`at least 20`, `20 على
 * الأقل`). Officials say "at least" for the count confirmed so far, not to round it, so two such
 * figures that name different numbers are two different tolls (20 and 23, 40 and 50), even though
 * their ranges overlap. `more than 27,700` and `about 20` stay ranges: they round.
 */
function statedCounts(x: Compared, y: Compared): boolean {
  const stated = (c: Compared) => c.figure.kind === 'number' && c.figure.value !== null && (c.figure.qualifier === 'exact' || c.figure.qualifier === 'at-least');
  // A toll that includes its attacker starts one lower (`nine dead, including the gunman`): it states eight victims too.
  const starts = (c: Compared, v: number | null) => c.figure.low !== c.figure.value && c.figure.low === v;
  return stated(x) && stated(y) && x.figure.value !== y.figure.value && (x.figure.qualifier === 'at-least' || y.figure.qualifier === 'at-least') &&
    !starts(x, y.figure.value) && !starts(y, x.figure.value);
}

/**
 * A word that only says "more than a couple" (`عدة`, `العديد`, `several`, `many`, `عدد من`) names no
 * magnitude, unlike `عشرات`, `dozens`, `مئات`: an early "many wounded" is not a rival to a later 2.
 */
function noMagnitude(c: Compared): boolean {
  return isVague(c) && c.figure.low < 10;
}

/**
 * A lower bound (`10 على الأقل`, `more than 20`) below an estimate (`نحو 30`, `about 30`, `more
 * than 40`): "at least 10" is true of about 30, so the two do not contradict. Two stated counts
 * (`at least 20` and `at least 23`, `at least 10` and 15) still do (`statedCounts`).
 */
function boundBelowEstimate(x: Compared, y: Compared): boolean {
  const bound = (c: Compared) => c.figure.kind === 'number' && (c.figure.qualifier === 'at-least' || c.figure.qualifier === 'more-than');
  const estimate = (c: Compared) => c.figure.kind === 'number' && (c.figure.qualifier === 'about' || c.figure.qualifier === 'more-than');
  return (bound(x) && estimate(y) && x.low <= y.low) || (bound(y) && estimate(x) && y.low <= x.low);
}

/** A representative amount, for saying which report is higher. */
function point(c: Compared): number {
  if (c.figure.value !== null) return c.low;
  return Number.isFinite(c.high) ? (c.low + c.high) / 2 : c.low;
}

/** When an article reported: its date and time as written, and the UTC instant when its input gave a zone. */
export interface ReportTime {
  date: string | null;
  instant?: string;
}

/**
 * The key that orders these articles' reports ('' when unknown): their UTC instants when every one
 * has one (one clock across zones), else their dates and times as written.
 */
export function reportKey(articles: readonly ReportTime[]): (a: ReportTime) => string {
  const zoned = articles.every((a) => a.instant);
  return (a) => (zoned ? a.instant! : a.date ?? '');
}

/** -1 when x was reported before y, 1 after, 0 when the text does not tell. */
export function reportOrder(x: Compared, y: Compared): number {
  // Two instants are one clock: a report at 08:25 +0400 came before one at 05:56 GMT.
  if (x.instant && y.instant && x.instant !== y.instant) return x.instant < y.instant ? -1 : 1;
  const a = x.reported;
  const b = y.reported;
  if (a && b && a !== b && (a.length > 10 && b.length > 10 ? true : a.slice(0, 10) !== b.slice(0, 10))) return a < b ? -1 : 1;
  const stage = (c: Compared) => (c.figure.stage === 'initial' ? -1 : c.figure.stage === 'updated' ? 1 : 0);
  return Math.sign(stage(x) - stage(y));
}

export function pairVerdict(x: Compared, y: Compared, grows: boolean): PairVerdict {
  if (isAbsent(x) || isAbsent(y)) {
    if (isAbsent(x) && isAbsent(y)) return 'agree';
    // A toll first reported as none or not yet known, then as some: the later report tells more,
    // as when a toll rises (`لم يتضح بعد ما إذا كان الانفجار أسفر عن سقوط قتلى` at 07:42, `قتلى
    // وجرحى` at 13:08). The other way round (some, then none) stays an absence for the reader to weigh.
    const order = grows ? reportOrder(x, y) : 0;
    return order !== 0 && isAbsent(order < 0 ? x : y) ? 'updated' : 'absence';
  }
  const vague = isVague(x) || isVague(y);
  if (vague ? !clearlyApart(x, y) : overlap(x, y) && !(grows && statedCounts(x, y))) return vague ? 'compatible' : 'agree';
  const order = grows ? reportOrder(x, y) : 0;
  // A lower bound reported first and a higher estimate later is the toll rising: an update.
  const boundFirst = order !== 0 && point(order < 0 ? x : y) < point(order < 0 ? y : x);
  if (noMagnitude(x) || noMagnitude(y) || (boundBelowEstimate(x, y) && !boundFirst)) return 'compatible';
  if (!grows) return 'conflict';
  // One outlet's two reports that differ are its own revision (a toll raised or corrected; two
  // versions of one article may even carry one stored time): never a conflict between outlets.
  if (sameOutlet(x, y)) return 'updated';
  if (order === 0) return 'conflict';
  const [earlier, later] = order < 0 ? [x, y] : [y, x];
  return point(later) > point(earlier) ? 'updated' : 'conflict';
}

/** Two articles of one outlet. */
function sameOutlet(x: Compared, y: Compared): boolean {
  return x.articleId !== y.articleId && x.outlet === y.outlet;
}

/**
 * Reports in time; one outlet's two reports with one stored time in the order of their amounts
 * (a revision raises a toll more often than it lowers it).
 */
function timeOrder(a: Compared, b: Compared): number {
  return reportOrder(a, b) || (sameOutlet(a, b) ? point(a) - point(b) : 0) || a.articleId.localeCompare(b.articleId);
}

/**
 * How a compared figure reads in a reason: `at least 48 (CNN, 2018-04-22T13:37)`, with the time in
 * UTC when the input gave a zone other than UTC (`320 (Al Arabiya, 2018-06-29T22:11, 18:11 UTC)`):
 * reports are ordered on that one clock, and local times of different zones would read out of order.
 */
export function describe(c: Compared): string {
  const f = c.figure;
  const amount =
    f.kind === 'none' ? 'none' : f.kind === 'unknown' ? 'not yet known' : f.kind === 'some' ? `some (${f.text})` : qualified(f);
  const utc = c.reported && c.instant && c.instant.slice(0, 16) !== c.reported.slice(0, 16) ? `, ${c.instant.slice(11, 16)} UTC` : '';
  return `${amount} (${c.outlet}${c.reported ? `, ${c.reported}${utc}` : ''})`;
}

const QUALIFIER_WORDS: Record<string, string> = {
  'at-least': 'at least', 'more-than': 'more than', about: 'about', 'less-than': 'less than', 'up-to': 'up to',
};

function qualified(f: RawFigure): string {
  if (f.value === null) return f.text;
  const q = QUALIFIER_WORDS[f.qualifier];
  const amount = f.note?.startsWith('composed') ? `${f.value} (${f.text})` : f.text;
  return q ? `${q} ${amount}` : amount;
}

export interface Verdict {
  relation: FigureRelation;
  reason: string;
  latest: string | null;
}

/**
 * Of a running total (`منذ 30 مارس قتل 33`), whether y, reported after x by another outlet and lower,
 * is an older count of the same total: a third report, before x, already gave y's amount or less, so
 * y lies on the way the total rose (Sky News Arabia's 33 at 07:55, France 24's 36 at 12:45, BBC's 35
 * at 12:58: BBC's is the count of a few hours before). A total that only ever grows is told at each
 * outlet's own pace; only a lower amount no report before had reached is a rival count.
 */
function olderCount(x: Compared, y: Compared, compared: readonly Compared[]): boolean {
  if (x.outlet === y.outlet || reportOrder(x, y) >= 0 || point(y) >= point(x)) return false;
  return compared.some((z) => z !== x && z !== y && !isAbsent(z) && !isVague(z) && reportOrder(z, x) < 0 && point(z) <= point(y));
}

/**
 * The entry's verdict over its compared figures (one per article), or null when no pair may be
 * compared. `running`: the figures are a running total (the scope's `cumulative` period).
 */
export function entryVerdict(compared: readonly Compared[], grows: boolean, comparable: (x: Compared, y: Compared) => boolean, running = false): Verdict | null {
  if (compared.length === 1) return { relation: 'single', reason: `only ${compared[0].outlet} gives this figure`, latest: null };
  // Every two comparable figures in order, each pair's verdict read as it comes: the first conflict
  // decides at once; otherwise what the verdict needs is kept (which figures were paired, the first
  // absence and compatible pair). No list of pairs: a toll of 1,000 articles has half a million.
  let any = false;
  let updated = false;
  let absence: { x: Compared; y: Compared } | null = null;
  let compatible: { x: Compared; y: Compared } | null = null;
  const pairedAt = new Uint8Array(compared.length);
  // Reports of a running total that are another outlet's older count: left out of the chain.
  const older = new Set<Compared>();
  for (let i = 0; i < compared.length; i += 1) {
    for (let j = i + 1; j < compared.length; j += 1) {
      const x = compared[i];
      const y = compared[j];
      if (!comparable(x, y)) continue;
      any = true;
      const v = pairVerdict(x, y, grows);
      const lagging = v === 'conflict' && running && grows ? (olderCount(x, y, compared) ? y : olderCount(y, x, compared) ? x : null) : null;
      if (lagging) {
        older.add(lagging);
        continue;
      }
      if (v === 'conflict') {
        const order = grows ? reportOrder(x, y) : 0;
        const why = order === 0 ? '' : `; the later report (${order < 0 ? y.outlet : x.outlet}) is not higher`;
        const what = overlap(x, y) ? 'different counts' : 'incompatible amounts';
        return { relation: 'conflict', reason: `same quantity, ${what}: ${describe(x)} and ${describe(y)}${why}`, latest: null };
      }
      pairedAt[i] = 1;
      pairedAt[j] = 1;
      if (v === 'updated') updated = true;
      else if (v === 'absence') absence ??= { x, y };
      else if (v === 'compatible') compatible ??= { x, y };
    }
  }
  if (!any) return null;
  if (updated) {
    // The chain of reports in time; a report of none or not yet known belongs to it only before the first amount.
    // Only reports compared with another: a figure of another day's incident is no link of the chain.
    const sorted = compared.filter((c, k) => pairedAt[k] === 1 && !older.has(c)).sort(timeOrder);
    const first = sorted.findIndex((c) => !isAbsent(c));
    const chain = sorted.filter((c, i) => i < first || !isAbsent(c));
    const last = chain[chain.length - 1];
    // An outlet that lowers its own toll revises it: the chain does not only rise.
    const rises = chain.every((c, i) => i === 0 || isAbsent(chain[i - 1]) || point(c) >= point(chain[i - 1]));
    const lag = older.size > 0 ? `; an older count reported later: ${[...older].map(describe).join(', ')}` : '';
    return { relation: 'updated', reason: `later reports ${rises ? 'raise' : 'revise'} it: ${chain.map(describe).join(' -> ')}; latest: ${last.outlet}${lag}`, latest: last.articleId };
  }
  if (absence) {
    const [none, some] = isAbsent(absence.x) ? [absence.x, absence.y] : [absence.y, absence.x];
    const says = none.figure.kind === 'none' ? 'reports none' : 'cannot yet say whether there were any';
    const order = reportOrder(none, some);
    const when = order < 0 ? ' (the earlier report)' : order > 0 ? ' (the later report)' : '';
    return { relation: 'absence', reason: `${none.outlet} ${says}${when}; ${some.outlet} reports ${describe(some).replace(/ \(.*$/, '')}`, latest: null };
  }
  if (compatible && !isVague(compatible.x) && !isVague(compatible.y)) {
    const { x, y } = compatible;
    const [bound, other] = x.low <= y.low ? [x, y] : [y, x];
    return { relation: 'compatible', reason: `differs in detail, no contradiction: ${describe(bound)} is a lower bound of ${describe(other)}`, latest: null };
  }
  if (compatible) {
    const [vague, other] = isVague(compatible.x) ? [compatible.x, compatible.y] : [compatible.y, compatible.x];
    return { relation: 'compatible', reason: `no contradiction, but ${vague.figure.text} (${vague.outlet}) is too vague to confirm ${describe(other)}`, latest: null };
  }
  return { relation: 'agree', reason: `same quantity, compatible amounts: ${compared.map(describe).join(', ')}`, latest: null };
}
