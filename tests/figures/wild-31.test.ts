// What the figures table still invented on the hand-read replays of stop 31 (eval/wild/conflicts-*.json,
// `npx tsx eval/wild-conflicts.ts --list`): each general cause on the real sentence that showed it.
// Real articles, read from ../shared at run time.
import { describe, expect, it } from 'vitest';
import { antArticles, entryName, figuresOf, formatEntry, hasAnt, readingOf, valueAt } from './helpers.js';

// The Santa Fe school shooting (18 May 2018), with Sky News Arabia's list of the year's school shootings.
const SANTA_FE = ['FR-internationalNews-1330-20180519', 'SK-internationalNews-1648-20180518', 'SK-internationalNews-1651-20180518'];
// Gaza's first Friday of the return march, with Sky News Arabia's report of a later incident (8 April 2018).
const GAZA_MARCH_FRIDAY = ['AL-internationalNews-834-20180408', 'FR-internationalNews-608-20180407', 'SK-middleEast-833-20180407', 'SK-middleEast-849-20180408'];
// Reports on the Douma chemical attack, three weeks on (April 2018).
const DOUMA = ['BB-middleEast-412-20180427', 'FR-internationalNews-969-20180428'];
// Clashes after a Catalan leader's arrest (March 2018): BBC's two reports.
const CATALAN_CLASHES = ['BB-internationalNews-224-20180325', 'BB-internationalNews-230-20180326'];

describe.skipIf(!hasAnt)('figures of the stop-31 replays (skipped when ../shared/data is absent)', () => {
  it('"Turull was one of five people detained recently (احتجزوا مؤخرا)" is background, not a rival of the four arrested in the clashes (Catalan clashes)', () => {
    expect(readingOf(CATALAN_CLASHES, 'وكان تورول واحدا من خمسة أشخاص احتجزوا مؤخرا', 'خمسة')).toBe('none');
    const { entries, results } = figuresOf(antArticles(CATALAN_CLASHES));
    const arrested = entries.find((e) => entryName(e) === 'arrested');
    expect(arrested ? formatEntry(arrested, results) : 'none').toMatch(/^arrested: single \| BBC 4\*$/);
  });

  it('"the massacre happened on 14 February 2018 ... The massacre (المجزرة) claimed 17 people and 12 wounded": the toll of an incident named again keeps its day, another shooting (Santa Fe, Parkland in the background)', () => {
    expect(readingOf(SANTA_FE, 'وراح ضحية المجزرة 17 شخصا', '12')).toBe('none');
    const { entries, results } = figuresOf(antArticles(SANTA_FE));
    const wounded = entries.find((e) => entryName(e) === 'wounded');
    expect(wounded ? formatEntry(wounded, results) : 'none').toMatch(/^wounded: agree \| France 24 10\*/);
  });

  it('"in Douma, the attack that (الذي) led the US, Britain and France on 14 April to strike": that day is the strikes\', not the attack\'s, so "the attack (الهجوم) killed about forty" stays the rival of at least 70 (Douma)', () => {
    const { entries, results } = figuresOf(antArticles(DOUMA));
    const killed = entries.find((e) => entryName(e) === 'killed');
    expect(killed ? formatEntry(killed, results) : 'none').toMatch(/^killed: conflict .*France 24 ~40\*/);
  });

  it('"reports told of the death of 37 (أفادت تقارير بمقتل 37 شخصا)": the source is the reports, not the words of the figure (the Kemerovo mall fire)', () => {
    const found = valueAt(figuresOf(antArticles(['BB-internationalNews-228-20180325'])).entries, 'أفادت تقارير بمقتل 37 شخصا', '37');
    expect(found?.value.source).toBe('تقارير');
  });

  it('"a bloody Friday that the West Bank and the Gaza Strip saw (شهدتها الضفة الغربية وقطاع غزة), which killed 10": the toll of a wider area, no rival of the 9 killed at the Gaza border (Gaza, 6 April)', () => {
    expect(readingOf(GAZA_MARCH_FRIDAY, 'ويأتي هذا الحادث بعد جمعة دامية', '10')).toBe('killed in الضفة الغربية وقطاع غزة: 10');
    const { entries, results } = figuresOf(antArticles(GAZA_MARCH_FRIDAY));
    const killed = entries.find((e) => entryName(e) === 'killed');
    expect(killed ? formatEntry(killed, results) : 'none').toMatch(/^killed: agree/);
  });
});
