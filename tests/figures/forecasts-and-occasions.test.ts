// Figures that are no count of this event, found in a held-out reading of random ANT events (stop
// 28): a number of people expected to take part (`ويُتوقع مشاركة عشرات الآلاف`), and the wounded of
// earlier Fridays (`في أيام جمع سابقة ... وأصابت المئات`), both once rivals of this Friday's counts.
// Real articles, read from ../shared at run time.
import { describe, expect, it } from 'vitest';
import { antArticles, entryName, figuresOf, formatEntry, hasAnt } from './helpers.js';

const THIRD_FRIDAY = [
  'AL-internationalNews-889-20180413', 'AL-internationalNews-899-20180413', 'AL-internationalNews-906-20180413', 'CN-middleEast-602-20180413',
  'FR-internationalNews-714-20180413', 'FR-middleEast-273-20180413', 'SK-middleEast-1000-20180413', 'SK-middleEast-1012-20180413',
];

describe.skipIf(!hasAnt)('forecasts and other occasions (skipped when ../shared/data is absent)', () => {
  const row = (docs: readonly string[], name: string) => {
    const { entries, results } = figuresOf(antArticles(docs));
    const e = entries.find((x) => entryName(x) === name);
    return e ? formatEntry(e, results) : 'none';
  };

  it.each<[string, readonly string[], string, RegExp, RegExp]>([
    ['"tens of thousands are expected (ويُتوقع) to take part" is a forecast, no rival of the hundreds gathered at the fence (the third Friday of the Gaza marches)', THIRD_FRIDAY, 'participants', /^participants: compatible/, /Al Arabiya/],
    ['"on earlier Fridays (في أيام جمع سابقة) the army wounded hundreds" is another occasion: this Friday\'s wounded rise through the day (3, 8, 112, 968), no conflict', THIRD_FRIDAY, 'wounded', /^wounded: updated/, /Al Arabiya \[200\.\.999\]\* \| Al Arabiya 112/],
  ])('%s', (_what, docs, name, expected, absent) => {
    const got = row(docs, name);
    expect(got).toMatch(expected);
    expect(got).not.toMatch(absent);
  });
});
