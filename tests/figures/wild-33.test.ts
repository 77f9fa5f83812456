// What the figures table still invented on the hand-read replays of large events (stop 33,
// eval/wild/conflicts-32.json: events of 9-14 articles over several days): each general cause on the
// real sentences that showed it. Real articles, read from ../shared at run time.
import { describe, expect, it } from 'vitest';
import { antArticles, entryName, figuresOf, formatEntry, hasAnt, readingOf, valueAt } from './helpers.js';

// The Eastern Ghouta offensive (March 2018): the Arbin school strike's children, and Sky News Arabia's toll of the whole offensive.
const ARBIN_SCHOOL = ['BB-middleEast-219-20180320', 'BB-middleEast-222-20180320', 'FR-internationalNews-534-20180320', 'SK-middleEast-414-20180319', 'SK-middleEast-420-20180320'];
// Air strikes on Douma, Friday 6 and Saturday 7 April 2018.
const DOUMA_STRIKES = ['FR-internationalNews-579-20180406', 'FR-internationalNews-591-20180407', 'SK-middleEast-819-20180406', 'SK-middleEast-823-20180407', 'SK-middleEast-831-20180407'];

describe.skipIf(!hasAnt)('figures of the stop-33 replays of large events (skipped when ../shared/data is absent)', () => {
  it('"the military operations (العمليات العسكرية) in Eastern Ghouta led to more than a thousand dead, among them 200 children" is the offensive\'s running total, its part too, no rival of the 15 or 16 children of one strike (Arbin)', () => {
    expect(readingOf(ARBIN_SCHOOL, 'وأدت العمليات العسكرية في الغوطة الشرقية', 'ألف')).toBe('killed (cumulative): >1000');
    expect(readingOf(ARBIN_SCHOOL, 'وأدت العمليات العسكرية في الغوطة الشرقية', '200')).toBe('killed (cumulative, children): 200');
    const { entries, results } = figuresOf(antArticles(ARBIN_SCHOOL));
    const children = entries.find((e) => entryName(e) === 'killed (children)');
    expect(children ? formatEntry(children, results) : 'none').toMatch(/^killed \(children\): updated/);
  });

  it('"more than 1401 (civilians), among them 276 children under eighteen, and 174 women": the women are the list\'s second member after a comma, a part, not the toll (Eastern Ghouta)', () => {
    expect(readingOf(['SK-middleEast-394-20180318'], 'و174 مواطنة', '174')).toBe('killed (part): 174');
  });

  it('"on another front (جبهة أخرى) south of Damascus, the Observatory reported 36 regime fighters killed" is another fight\'s toll, not the offensive\'s (Eastern Ghouta)', () => {
    expect(readingOf(['FR-internationalNews-534-20180320'], 'وعلى جبهة أخرى في جنوب دمشق', '36')).toBe('none');
  });

  it('"thus the number of Palestinian dead since the outbreak of the return march protests on 30 March rises to (يرتفع إلى) 46": a toll before "عدد" after "إلى", counting the dead since a day that is the span\'s start, not the figure\'s (Gaza, 28 April)', () => {
    expect(readingOf(['FR-internationalNews-967-20180428'], 'وبذلك يرتفع إلى 46 عدد القتلى', '46')).toBe('killed (cumulative): 46');
  });

  it('"a sniper killed the young medic on Friday" / "a young Palestinian died on Sunday morning of wounds (متأثراً بجروح) he received": a death of earlier wounds is dated by the death, no rival of the day of an attack (Gaza, June 2018)', () => {
    const { entries } = figuresOf(antArticles(['AL-internationalNews-1429-20180602', 'AL-internationalNews-1439-20180603']));
    expect(entries.filter((e) => e.quantity === 'date' && e.reason.startsWith('the same fact dated differently')).map((e) => e.reason)).toEqual([]);
  });

  it('"eight civilians were killed in the strikes (في الغارات) on Saturday" is dated to Saturday: no rival of Friday\'s toll rising from 27 to 40 (Douma)', () => {
    const { entries, results } = figuresOf(antArticles(DOUMA_STRIKES));
    const eight = valueAt(entries, 'وقتل ثمانية مدنيين في الغارات السبت', 'ثمانية');
    expect(eight?.value.compared).toBe(false);
    const civilians = entries.find((e) => entryName(e) === 'killed (civilians)');
    expect(civilians ? formatEntry(civilians, results) : 'none').toMatch(/^killed \(civilians\): updated/);
  });

  it('"eight civilians killed ... on Saturday" and "40 civilians killed ... on Friday" share their words but not their counts: two days\' tolls, not one fact dated twice (Douma)', () => {
    const { entries } = figuresOf(antArticles(DOUMA_STRIKES));
    expect(entries.filter((e) => e.quantity === 'date' && e.reason.startsWith('the same fact dated differently')).map((e) => e.reason)).toEqual([]);
  });
});
