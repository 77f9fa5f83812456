// The figures stage: for one event, every article's figures per quantity side by side, with a typed
// verdict. Recipe:
//   1. the event's context: the date of its first report, the places its articles name (the
//      gazetteer's and those after an area noun, `ولاية راجستان`), and its main places (named by
//      most articles: a figure there covers the whole event);
//   2. each sentence's figures (read.ts), the previous sentence's place carried for `هناك` and its
//      day for an incident named again (`وقعت المجزرة يوم 14 فبراير. وراح ضحية المجزرة 17 شخصا`);
//      an article that tells the attacker died may count him in its tolls (attacker.ts);
//   3. a place that is the event's main place is no part of it, unless the event has two main
//      places (Israel and Gaza): then each is a part; tolls of two nationalities are two groups;
//   3b. a headline's toll takes the scope the body gives the same amount (headings.ts);
//   4. the event's day (the day its tolls are dated to): a toll dated days before it is dropped;
//   5. the table and its verdicts (table.ts), with plain mentions (`قتلى وجرحى`) read only when an
//      absence needs them;
//   6. the event's date, time and place as each article gives them (event-facts.ts);
//   7. one fact two articles date differently, wherever it stands (dated-facts.ts);
//   8. "the first attack" in one article against earlier ones in another (firsts.ts);
//   9. who claimed responsibility, as each article tells it (responsibility.ts);
//  10. what caused it, when some articles say it is not known and others tell it (cause.ts).
import type { ArticleResult, FigureEntry, FramingComparison } from '../types.js';
import { readSentence, type Sentence } from './sentence.js';
import { readFigures, type RawFigure } from './read.js';
import { datedPeriod, incidentDatesBefore, namedAreas, placesIn, type Place } from './scope.js';
import { groupSides } from './sides.js';
import { scopeHeadings } from './headings.js';
import { mayCountAttacker } from './attacker.js';
import { QUANTITIES } from './lexicons/quantities.js';

const ROWS = new Set(QUANTITIES.map((q) => q.key));

function mostCommon(xs: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: string | null = null;
  for (const [x, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && x < best)) best = x;
  return best;
}
import { absencesOf, somesOf } from './absence.js';
import { buildTable } from './table.js';
import { eventFacts } from './event-facts.js';
import { datedFactConflicts } from './dated-facts.js';
import { firstConflicts } from './firsts.js';
import { responsibilityEntry } from './responsibility.js';
import { causeEntry } from './cause.js';
import { placeKey } from './words.js';
import { normalizeText } from '../text/normalize.js';
import { distinctIds, setId } from '../text/stable-id.js';

export type { RawFigure } from './read.js';

/** 1. The event's first report date, known place keys and main place keys. */
function eventContext(articles: readonly ArticleResult[], sentences: readonly Sentence[][]) {
  const dates = articles.map((a) => a.date).filter((d): d is string => d !== null).sort();
  const known = new Set<string>();
  for (const a of articles) for (const c of a.claims) for (const e of c.entities) if (e.type === 'place') known.add(placeKey(normalizeText(e.text)));
  const gazetteer = new Set(known);
  for (const list of sentences) for (const s of list) for (const key of namedAreas(s)) known.add(key);
  // Main places: the gazetteer's places that the leads (first two sentences) of half the articles name.
  const leads = new Map<string, number>();
  for (const list of sentences) {
    const named = new Set(list.slice(0, 2).flatMap((s) => placesIn(s, gazetteer).filter((p) => !p.headed).map((p) => p.key)));
    for (const key of named) leads.set(key, (leads.get(key) ?? 0) + 1);
  }
  const main = new Set([...leads].filter(([, n]) => n * 2 >= articles.length && n >= 1).map(([key]) => key));
  return { firstReport: dates[0] ?? null, known, main };
}

/** The event figures table of articles taken as one event. `framing` supplies the cited sources. */
export function compareFigures(articles: readonly ArticleResult[], framing?: FramingComparison): FigureEntry[] {
  const sentences = articles.map((a, i) => a.claims.map((c) => readSentence(a, i, c)));
  const { firstReport, known, main } = eventContext(articles, sentences);
  const figures: RawFigure[] = [];
  // Two main places, neither named in the other (`Israel`, `Gaza`; not `gaza` and `gaza strip`):
  // the event happens in both, and a figure for one is that place's, not the whole event's.
  const mains = [...main];
  const twoPlaces = mains.some((a) => mains.some((b) => a !== b && !a.includes(b) && !b.includes(a)));
  articles.forEach((a, i) => {
    const own: RawFigure[] = [];
    const sourceFlags = (framing?.profiles.find((p) => p.articleId === a.id)?.flags ?? []).filter((f) => f.category === 'source');
    sentences[i].forEach((s, k) => {
      // `هناك` may point to the last place the sentence before names.
      const previousPlace = (): Place | null => {
        const places = k > 0 ? placesIn(sentences[i][k - 1], known) : [];
        return places.length > 0 ? places[places.length - 1] : null;
      };
      for (const f of readFigures(s, { known, sourceFlags, previousPlace })) {
        // 3. A figure for the event's main place is a figure for the whole event.
        // A place a back-reference gives may be a time's (`في وقت قتل فيه`): only a place named at
        // the figure splits an event of two places.
        if (f.place && main.has(f.place.key) && (!twoPlaces || f.place.back)) f.place = null;
        // `وقعت المجزرة يوم 14 فبراير ... . وراح ضحية المجزرة 17 شخصا`: the day of the incident named again.
        if (f.dates.length === 0 && ROWS.has(f.quantity)) f.dates = incidentDatesBefore(s, sentences[i][k - 1]);
        own.push(f);
      }
    });
    // 2b. An article that tells the attacker died may count him in its tolls (attacker.ts).
    mayCountAttacker(own, sentences[i]);
    figures.push(...own);
  });
  groupSides(figures);
  scopeHeadings(figures);
  // 4. The event's day: the day its tolls are most often dated to, else its first report's. A toll
  // dated two or more days before it is another incident's.
  const eventDay = mostCommon(figures.filter((f) => ROWS.has(f.quantity) && f.day).map((f) => f.day!)) ?? firstReport;
  const kept = eventDay
    ? figures.flatMap((f) => {
        const dated = ROWS.has(f.quantity) ? datedPeriod(f.dates, eventDay) : null;
        if (dated === 'earlier') return [];
        const offDay = f.day !== null && f.day !== eventDay.slice(0, 10);
        return [{ ...f, offDay, period: dated === 'cumulative' ? ('cumulative' as const) : f.period }];
      })
    : figures;
  // Each sentence's plain mentions, read once for all quantities (the table asks per quantity).
  let somes: Array<Array<ReturnType<typeof somesOf>>> | null = null;
  const someOf = (quantity: string): RawFigure[] => {
    somes ??= sentences.map((list) =>
      list.map((s) => {
        // Words inside a negation (`لم ترد أنباء عن سقوط قتلى`) say the opposite.
        const taken = new Set(absencesOf(s).flatMap((a) => Array.from({ length: a.last - a.first + 1 }, (_, k) => a.first + k)));
        return somesOf(s, taken);
      }),
    );
    const read = somes;
    return sentences.flatMap((list, i) =>
      list.flatMap((s, k) =>
        read[i][k]
          .filter((u) => u.quantity === quantity)
          .map((u): RawFigure => ({
            articleIndex: s.articleIndex, claim: s.claim, quantity, unit: null, value: null, low: 1, high: null, qualifier: 'vague',
            kind: 'some', text: s.text.slice(u.start, u.end), start: u.start, end: u.end, group: null, place: null, period: 'event',
            stage: null, source: null, note: 'mentions them without a number', counted: null, phrase: [], context: [], item: [], crowded: false, additional: false,
            dates: [], day: null, offDay: false,
          })),
      ),
    );
  };
  // 6. The event's date, time and place as each article gives them.
  // 7-10. A fact two articles date differently (`تولى ... في مارس` / `في إبريل`); a first against earlier ones; who claimed it.
  const entries = [...buildTable(articles, kept, someOf), ...eventFacts(articles, sentences, kept, main), ...datedFactConflicts(articles, sentences), ...firstConflicts(articles, sentences), ...responsibilityEntry(articles, sentences), ...causeEntry(articles, sentences)];
  const ids = distinctIds(entries.map(figureId));
  return entries.map((e, i) => ({ ...e, id: ids[i] }));
}

/** A figure entry's stable id: `f` and a hash of its quantity, scope and the claims of its values. */
export function figureId(entry: Pick<FigureEntry, 'quantity' | 'scope' | 'values'>): string {
  const { period, group, place } = entry.scope;
  const claims = [...new Set(entry.values.map((v) => `claim:${v.claim}`))];
  return setId('f', [`quantity:${entry.quantity}`, `period:${period}`, `group:${group ?? ''}`, `place:${place ?? ''}`, ...claims]);
}
