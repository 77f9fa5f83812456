// Two occurrences of one kind of news, not one fact: a missile intercepted on Thursday and another
// on Saturday, each told by a report of its own day, read nearly alike (the same spokesman, the same
// formula). Two claims that each give their own report's day (that day or the day before) as the
// day of what they tell, in reports of different days, with no day in common, tell two events.
// Days on which something was said (`أعلن، السبت، أن`) are left out: two reports quoting one
// statement a day apart, or a statement and the fact it reports, may still state one fact.
// A sentence that gives no day tells its report's news when the report's lead does (the
// spokesman's formula repeated for each missile, `وتابع المالكي ... إن هذا العمل العدائي`): it
// takes the lead's day, unless it marks itself as background (`وكان ... قد`, `في وقت سابق`, "had",
// "earlier") or is the other report's sentence nearly word for word (a wire copy filed a day apart).
import type { ClaimFeatures } from './features.js';
import { diceProfiles } from './dice.js';
import { saidOn } from '../claims/attribution/said-on.js';

const DAY_MS = 86_400_000;

/** A claim and the article text its offsets point into. */
type Told = Pick<ClaimFeatures, 'claim' | 'text'>;

/**
 * A sentence that tells background, not its report's news: the pluperfect (`وكان ... قد`,
 * `وكانت ... اعترضت`), "earlier", "at the time", "since", "had done".
 */
const BACKGROUND = /^(?:[وف]?(?:كان|كانت|كانوا|كانا)\s)|(?:^|\s)(?:[وف]?قد\s+سبق|في\s+وقت\s+سابق|[وف]?آنذاك|[وف]?حينها|[وف]?حينذاك|[وف]?منذ)(?:\s|[،,]|$)|^(?:earlier|previously)\b|\b(?:had\s+(?:been\s+|already\s+)?\w+(?:ed|en|wn|ght)|at\s+the\s+time|last\s+(?:week|month|year)|since)\b/i;

/** Near-verbatim: the same sentence filed by two reports (bigram Dice, set beforehand, not tuned). */
const COPY_DICE = 0.9;

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
 * read once; a claim giving no day of its own takes its report's news day (`newsDays`).
 */
export function linksOfOneOccurrence<L extends { i: number; j: number }>(links: readonly L[], features: readonly ClaimFeatures[], dateOf: (article: number) => string | null | undefined): L[] {
  const days = new Map<number, string[]>();
  const daysAt = (i: number) => days.get(i) ?? days.set(i, daysOf(features[i])).get(i)!;
  const news = newsDays(features, dateOf, daysAt);
  const told = new Map<number, string[]>();
  const toldAt = (i: number) => told.get(i) ?? told.set(i, daysAt(i).length > 0 || BACKGROUND.test(features[i].claim.text.trim()) ? daysAt(i) : (news.get(features[i].article) ?? [])).get(i)!;
  return links.filter((l) => {
    const [ra, rb] = [dateOf(features[l.i].article), dateOf(features[l.j].article)];
    if (apart(daysAt(l.i), daysAt(l.j), ra, rb)) return false;
    if (daysAt(l.i).length > 0 && daysAt(l.j).length > 0) return true;
    if (!apart(toldAt(l.i), toldAt(l.j), ra, rb)) return true;
    return diceProfiles(features[l.i].profile, features[l.j].profile) >= COPY_DICE;
  });
}

/**
 * The news day of each report whose lead gives its own report's day (or the day before) as the
 * day of what it tells: the days of the lead that are such, by article.
 */
function newsDays(features: readonly ClaimFeatures[], dateOf: (article: number) => string | null | undefined, daysAt: (i: number) => string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  features.forEach((f, c) => {
    const reported = f.position.lead ? dateOf(f.article)?.slice(0, 10) : undefined;
    if (!reported) return;
    const own = daysAt(c).filter((d) => newsOfItsDay([d], reported));
    if (own.length > 0) out.set(f.article, own);
  });
  return out;
}
