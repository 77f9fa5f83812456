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
    ['"At least 12 people have died in Israel" is Israel\'s toll when the event has two main places: no rival of Gaza\'s "hundreds dead" (the 2021 Gaza war)', 6029, 'killed in Israel', /^killed in Israel: single \| CNBC >=12\*$/, /AP/],
    ['"the operation that has left hundreds dead" in Gaza no longer meets Israel\'s 12; "at least 219 Palestinian deaths" counts the dead, a nationality before the noun (too vague to confirm, hundreds cannot contradict it)', 6029, 'killed', /^killed: compatible \| AP Politics & Fact Check \[200\.\.\]\* \| CNBC >=219\*$/, /CNBC >=12/],
    ['"at least two Israelis" are one side\'s dead when the event also counts Gazans: no rival of "the 26 people who died" in Gaza', 6054, 'killed (israeli)', /^killed \(israeli\): single \| AP Politics & Fact Check >=2\*$/, /Washington Examiner/],
    ['"Of the 26 people who died" (Gaza\'s dead) stands alone', 6054, 'killed', /^killed: single \| Washington Examiner 26\*$/, /conflict/],
    ['"the death toll from flooding in Western Europe rose above 150": the toll\'s own place, before its figure (the 2021 European floods)', 5856, 'killed in Western Europe', /^killed in Western Europe: single \| Breitbart 150\*$/, /New York Times/],
    ['"the toll across the border in Belgium stood at 24": Belgium\'s toll, not Germany\'s', 5856, 'killed in Belgium', /^killed in Belgium: single \| New York Times \(News\) 24\*$/, /Breitbart/],
    ['"a death toll of 63 for Rhineland-Palatinate state": the area a toll is given for, named before its English area noun (stop 29)', 5856, 'killed in Rhineland-Palatinate state', /^killed in Rhineland-Palatinate state: single \| Breitbart 63\*$/, /New York Times/],
    ['"Another 43 people were confirmed dead in neighboring North Rhine-Westphalia state": that state\'s toll, no rival of Germany\'s 143', 5856, 'killed in North Rhine-Westphalia state', /^killed in North Rhine-Westphalia state: single \| Breitbart 43\*$/, /New York Times/],
    ['with the two states\' tolls apart, Germany\'s 143 (Saturday) is no rival of Friday\'s counts', 5856, 'killed', /^killed: (updated|agree|compatible)/, /Breitbart/],
    ['"a magnitude 7.2 earthquake that killed more than 1,400 residents and injured at least 6,000 more": a decimal measures the quake, so "killed" governs the 1,400, not "injured" after it (the 2021 Haiti earthquake)', 5776, 'wounded', / >=6000\*/, /1400/],
    ['"two Islamic State militants were killed ... in the drone strike ... as part of the American retaliation for the suicide bombing at the Kabul airport that killed scores of people": scores is the bombing\'s toll, not the strike\'s (the US drone strike after the Kabul airport attack)', 5748, 'killed', /^killed: single \| Newsmax \(News\) 2\*$/, /New York Times/],
  ])('%s', (_what, story, name, expected, absent) => {
    const got = row(story, name);
    expect(got).toMatch(expected);
    expect(got).not.toMatch(absent);
  });
});
