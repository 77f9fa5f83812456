// A date from which something takes effect (`ابتداء من 24 يونيو`) is not the day of what the
// sentence reports: CNN's "the king decreed in September 2017 that women may drive, starting on
// 24 June" against France 24's "on 26 September the king issued a royal order" (a held-out reading
// of random ANT events, stop 28). Real articles, read from ../shared at run time.
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../src/compare.js';
import { hasAnt, readAnt } from '../support/ant.js';

const WOMEN_DRIVING = ['BB-middleEast-585-20180605', 'CN-middleEast-1106-20180604', 'FR-internationalNews-1631-20180604', 'FR-internationalNews-1671-20180606'];

describe.skipIf(!hasAnt)('dates that say when a rule takes effect (skipped when ../shared/data is absent)', () => {
  it('"a decree in September 2017 allowing women to drive, starting on (ابتداء من) 24 June" is no rival of "on 26 September the king issued an order" (Saudi women drive)', () => {
    const c = compareArticles(readAnt(...WOMEN_DRIVING));
    const dates = c.groups.filter((g) => g.relation === 'conflict').flatMap((g) => g.diffs.flatMap((d) => d.conflicts)).filter((x) => x.kind === 'date');
    expect(dates).toEqual([]);
    // The two sentences are still one fact: the decree.
    const text = new Map(c.articles.flatMap((a) => a.claims.map((x) => [x.id, x.text] as const)));
    const holds = (g: (typeof c.groups)[number], words: string) => g.members.some((id) => text.get(id)?.includes(words));
    const decree = c.groups.find((g) => holds(g, 'ابتداء من 24 يونيو') && holds(g, 'أصدر العاهل السعودي الملك سلمان'));
    expect(decree).toBeDefined();
  });
});
