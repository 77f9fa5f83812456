// The event figures table on English first paragraphs of AllSides stories: a held-out reading of
// stop 28 (fixed after reading it). Real articles, read from ../shared at run time.
import { describe, expect, it } from 'vitest';
import { entryName, figuresOf, formatEntry } from './helpers.js';
import { hasAllsides, readAllsides } from '../support/ant.js';

describe.skipIf(!hasAllsides)('English first paragraphs of AllSides stories (skipped when ../shared/data/allsides-neus is absent)', () => {
  const row = (story: number, name: string) => {
    const { entries, results } = figuresOf(readAllsides(story));
    const e = entries.find((x) => entryName(x) === name);
    return e ? formatEntry(e, results) : 'none';
  };

  it.each<[string, number, string, RegExp, RegExp]>([
    ['"they were killed along with nearly 200 Afghans" tells others killed beside the 13 service members, not the toll (the Kabul airport attack)', 5745, 'killed', /Military Times 13\*/, /^killed: conflict/],
    ['"at least nine people dead, including the gunman" states eight victims too: no rival of "at least eight people dead" (the San Jose rail yard shooting)', 6006, 'killed', /^killed: agree/, /conflict/],
  ])('%s', (_what, story, name, expected, absent) => {
    const got = row(story, name);
    expect(got).toMatch(expected);
    expect(got).not.toMatch(absent);
  });
});
