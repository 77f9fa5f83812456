// What the figures table read wrongly on real events (the Hmeimim crash, the Pave Hawk crash in
// Iraq): an exclusion read as "none", details withheld on whether anyone died read as nothing, an
// earlier attack's day offered as the event's. Real ANT articles, read from ../shared at run time.
import { describe, expect, it } from 'vitest';
import { antArticles, entryName, figuresOf, formatEntry, hasAnt } from './helpers.js';

const HMEIMIM = ['BB-internationalNews-105-20180306', 'CN-middleEast-198-20180306', 'FR-internationalNews-291-20180306', 'FR-middleEast-114-20180306'];
const PAVE_HAWK = ['BB-middleEast-202-20180316', 'CN-internationalNews-133-20180317', 'CN-middleEast-283-20180317', 'SK-middleEast-335-20180316'];

describe.skipIf(!hasAnt)('figures read on real events (skipped when ../shared/data is absent)', () => {
  const row = (docs: readonly string[], name: string) => {
    const { entries, results } = figuresOf(antArticles(docs));
    const e = entries.find((x) => entryName(x) === name);
    return e ? formatEntry(e, results) : 'none';
  };

  it.each<[string, readonly string[], string, RegExp, RegExp | null]>([
    ['"not counting (بدون احتساب) the victims of the crash, 45 soldiers were killed" says no toll is nil (Hmeimim crash)', HMEIMIM, 'killed', /^killed: conflict/, /France 24 none/],
    ['the day of another attack on the base (31 December, "many attacks in recent months") is not the crash\'s day (Hmeimim crash)', HMEIMIM, 'date', /^date: agree \| CNN الثلاثاء/, /كانون الأول/],
    ['"without giving details on whether (إن كان) there were victims" is not yet known, later reports are an update (Pave Hawk crash)', PAVE_HAWK, 'killed', /^killed: updated \| BBC unknown\*/, null],
  ])('%s', (_what, docs, name, expected, absent) => {
    const got = row(docs, name);
    expect(got).toMatch(expected);
    if (absent) expect(got).not.toMatch(absent);
  });
});
