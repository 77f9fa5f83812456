// Two occurrences of one kind of news, not one fact: a missile intercepted on Thursday and another
// on Saturday, each told by a report of its own day, read nearly alike (the same spokesman, the same
// formula). Two claims that each give their own report's day (that day or the day before) as the
// day of what they tell, in reports of different days, with no day in common, tell two events.
// Days on which something was said (`أعلن، السبت، أن`) are left out: two reports quoting one
// statement a day apart, or a statement and the fact it reports, may still state one fact.
import type { ClaimFeatures } from './features.js';
import { saidOn } from '../claims/attribution/said-on.js';

const DAY_MS = 86_400_000;

/** A claim and the article text its offsets point into. */
type Told = Pick<ClaimFeatures, 'claim' | 'text'>;

/** The days (`YYYY-MM-DD`) a claim gives for what it tells: dates and weekdays resolved to a day. */
function daysOf(f: Told): string[] {
  return f.claim.dates
    .filter((d) => (d.precision === 'day' || d.precision === 'weekday') && d.iso !== null && !saidOn(f.claim, f.text, d))
    .map((d) => d.iso!.slice(0, 10));
}

/** True when one of `days` is the report's own day or the day before (a night's news). */
function newsOfItsDay(days: readonly string[], reported: string): boolean {
  const at = Date.parse(reported);
  return days.some((d) => {
    const back = (at - Date.parse(d)) / DAY_MS;
    return back >= 0 && back <= 1;
  });
}

/** Whether two claims, given the days each tells and the day of its report, tell two occurrences. */
function apart(da: readonly string[], db: readonly string[], reportA: string | null | undefined, reportB: string | null | undefined): boolean {
  const [ra, rb] = [reportA?.slice(0, 10), reportB?.slice(0, 10)];
  if (!ra || !rb || ra === rb) return false;
  if (da.length === 0 || db.length === 0 || da.some((d) => db.includes(d))) return false;
  return newsOfItsDay(da, ra) && newsOfItsDay(db, rb);
}

/**
 * True when `a` and `b` (claims of reports dated `dateA` and `dateB`) are two occurrences: reports
 * of different days, each claim giving its own report's day, no day common to both.
 */
export function twoOccurrences(a: Told, b: Told, dateA: string | null | undefined, dateB: string | null | undefined): boolean {
  return apart(daysOf(a), daysOf(b), dateA, dateB);
}

/**
 * The links that may join a group: those between two occurrences are left out, as a missing link
 * is (whatever the model's probability, the two sentences tell two events). Each claim's days are
 * read once.
 */
export function linksOfOneOccurrence<L extends { i: number; j: number }>(links: readonly L[], features: readonly ClaimFeatures[], dateOf: (article: number) => string | null | undefined): L[] {
  const days = new Map<number, string[]>();
  const daysAt = (i: number) => days.get(i) ?? days.set(i, daysOf(features[i])).get(i)!;
  return links.filter((l) => !apart(daysAt(l.i), daysAt(l.j), dateOf(features[l.i].article), dateOf(features[l.j].article)));
}
