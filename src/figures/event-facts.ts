// The event's date, time and place as each article gives them, side by side. Each article's value
// is read where it tells the event: the day its tolls are dated to, else a day in its lead; a clock
// time in its lead or toll sentences; the places its lead names. These entries are never conflicts:
// a report's day and the event's day, local time and GMT, a city and its country are easily mixed,
// so differences are shown as `compatible` with why, and equal values `agree`.
import type { ArticleResult, FigureEntry, FigureValue } from '../types.js';
import type { RawFigure } from './read.js';
import type { Sentence } from './sentence.js';
import { placesIn } from './scope.js';
import { QUANTITIES } from './lexicons/quantities.js';

/** The quantities of people an event's toll counts: their day is the event's; a count of things (seven planes damaged on 31 December) may date another incident. */
const TOLLS = new Set(QUANTITIES.map((q) => q.key));

interface Fact {
  articleIndex: number;
  claim: ArticleResult['claims'][number];
  key: string;
  text: string;
  start: number;
  end: number;
}

function value(f: Fact, article: ArticleResult, note: string | null): FigureValue {
  return {
    article: article.id, claim: f.claim.id, value: null, range: null, qualifier: 'exact', text: f.text, start: f.start, end: f.end,
    sentence: f.claim.text, source: null, unit: null, stage: null, reported: article.date, compared: true, note,
  };
}

function entry(quantity: 'date' | 'time' | 'place', gloss: string, facts: readonly Fact[], articles: readonly ArticleResult[], why: string): Omit<FigureEntry, 'id'> | null {
  if (new Set(facts.map((f) => f.articleIndex)).size < 2) return null;
  const keys = new Set(facts.map((f) => f.key));
  const outlets = (k: string) => facts.filter((f) => f.key === k).map((f) => articles[f.articleIndex].outlet ?? articles[f.articleIndex].id);
  // A place by a name as written (its key folds `غزة` to `غز`); a date or a time by its key (2018-06-29, 17:30).
  const shown = (k: string) => (quantity === 'place' ? facts.find((f) => f.key === k)!.text : k);
  const reason = keys.size === 1
    ? `the same ${quantity}: ${shown(facts[0].key)}`
    : `${[...keys].map((k) => `${shown(k)} (${outlets(k).join(', ')})`).join(' / ')}; ${why}`;
  return {
    quantity, gloss, scope: { period: 'event', group: null, place: null }, relation: keys.size === 1 ? 'agree' : 'compatible', reason, latest: null,
    values: facts.map((f) => value(f, articles[f.articleIndex], quantity === 'date' ? f.key : null)),
  };
}

/** A clock time in a sentence (`الساعة 17:30`, `12:40`), as written and as `HH:MM`. */
function timeIn(s: Sentence): { text: string; key: string; start: number; end: number } | null {
  for (const t of s.tokens) {
    const m = /^(\d{1,2}):(\d{2})$/.exec(t.norm);
    if (m && Number(m[1]) < 24 && Number(m[2]) < 60) return { text: s.text.slice(t.start, t.end), key: `${m[1].padStart(2, '0')}:${m[2]}`, start: t.start, end: t.end };
  }
  return null;
}

/** The date, time and place entries of an event (only those that two articles or more give). */
export function eventFacts(
  articles: readonly ArticleResult[],
  sentences: readonly Sentence[][],
  figures: readonly RawFigure[],
  main: ReadonlySet<string>,
): Array<Omit<FigureEntry, 'id'>> {
  const dates: Fact[] = [];
  const times: Fact[] = [];
  const places: Fact[] = [];
  articles.forEach((a, i) => {
    const own = sentences[i];
    const lead = own.filter((s) => s.claim.kind !== 'heading').slice(0, 2);
    // Date: the day the article's first dated toll gives, else the first day of its lead that is
    // not after the report (`الانتخابات التي ستجري في 25 يونيو` is a day to come, not the event's).
    const dated = figures.find((f) => f.articleIndex === i && f.day && TOLLS.has(f.quantity));
    const reported = a.date?.slice(0, 10) ?? null;
    const day = dated
      ? dated.claim.dates.find((d) => d.iso === dated.day)
      : lead.flatMap((s) => s.claim.dates).find((d) => d.iso?.length === 10 && (reported === null || d.iso <= reported));
    const dayClaim = dated ? dated.claim : lead.find((s) => s.claim.dates.includes(day!))?.claim;
    if (day && dayClaim) dates.push({ articleIndex: i, claim: dayClaim, key: day.iso!, text: day.text, start: day.start, end: day.end });
    // Time: a clock time in the lead or a toll sentence.
    const tollClaims = new Set(figures.filter((f) => f.articleIndex === i).map((f) => f.claim.id));
    for (const s of own.filter((x) => lead.includes(x) || tollClaims.has(x.claim.id))) {
      const t = timeIn(s);
      if (t) {
        times.push({ articleIndex: i, claim: s.claim, ...t });
        break;
      }
    }
    // Place: the event's main place as this article's lead names it.
    for (const s of lead) {
      const p = placesIn(s, main).find((x) => main.has(x.key));
      if (p) {
        const start = s.tokens[p.first].start;
        places.push({ articleIndex: i, claim: s.claim, key: p.key, text: p.text, start, end: s.tokens[p.last].end });
        break;
      }
    }
  });
  return [
    entry('date', "the event's day", dates, articles, "a report's day and the event's day are easily mixed (night events, time zones, follow-up reports)"),
    entry('time', "the event's time of day", times, articles, 'times may be local or GMT'),
    entry('place', "where the event happened", places, articles, 'names are compared by spelling only; a city and its country do not conflict'),
  ].filter((e): e is Omit<FigureEntry, 'id'> => e !== null);
}
