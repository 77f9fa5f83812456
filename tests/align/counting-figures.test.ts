// Two claims agree on a figure only through a number that counts something: not a bare year the
// date reader left as a number (`for 2014`, `through 2014`) and not `one` (`at one point`, `one
// count`). Before, the Clintons' 2014 tax rate and their 2007-2014 rate agreed "on a figure" through
// 2014, and two unrelated courtroom details through "one", and both pairs were grouped (p 0.95 and
// 0.79 held out). Real BASIL triplets (annotated English events), read from ../shared at test time.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/compare.js';
import { defaultAlignOptions, scoreCandidatePairs } from '../../src/align/align.js';
import { isCountingFigure } from '../../src/align/features.js';
import { FEATURE_INDEX } from '../../src/align/pair-features.js';
import { BASIL_DIR, hasBasil, readBasil } from '../support/ant.js';

const CLINTON_TAXES = ['2015/6e502405-bc90-4416-a787-3122918aa648_1', '2015/6e502405-bc90-4416-a787-3122918aa648_2', '2015/6e502405-bc90-4416-a787-3122918aa648_3'];
const JACKSON_PLEA = ['2013/f506aafc-8b43-427a-936e-bbd1ef33e076_1', '2013/f506aafc-8b43-427a-936e-bbd1ef33e076_2', '2013/f506aafc-8b43-427a-936e-bbd1ef33e076_3'];

/** The figure features of the candidate pair of the claims starting so (throws when it is no candidate). */
function figuresOf(names: string[], a: string, b: string): { agree: number; rival: number } {
  const results = names.map(readBasil).map(analyzeArticle);
  const { features, pairs } = scoreCandidatePairs(results, defaultAlignOptions.candidateFloor, defaultAlignOptions.maxCandidates);
  const starts = (i: number, s: string) => features[i].claim.text.startsWith(s);
  const pair = pairs.find((p) => (starts(p.i, a) && starts(p.j, b)) || (starts(p.i, b) && starts(p.j, a)));
  if (!pair) throw new Error(`no candidate pair «${a}» / «${b}»`);
  return { agree: pair.x[FEATURE_INDEX.figureAgree], rival: pair.x[FEATURE_INDEX.figureRival] };
}

/** The numbers of the claim starting so, each with whether it counts as a figure. */
function numbersOf(names: string[], start: string): string[] {
  const claim = names.map(readBasil).map(analyzeArticle).flatMap((r) => r.claims).find((c) => c.text.startsWith(start));
  if (!claim) throw new Error(`no claim «${start}»`);
  return claim.numbers.map((n) => `${n.text}${isCountingFigure(n) ? '' : ' (not a figure)'}`);
}

describe.skipIf(!hasBasil)(`numbers that count (BASIL in ${BASIL_DIR}; skipped when absent)`, () => {
  it.each([
    ['a year as a bare number, percentages counted', CLINTON_TAXES, "The Clintons' effective federal tax rate for 2014", ['2014 (not a figure)', '35.7', '45.8']],
    ['one', JACKSON_PLEA, 'At one point he appeared to mouth', ['one (not a figure)']],
  ])('%s', (_what, names, start, expected) => {
    expect(numbersOf(names, start)).toEqual(expected);
  });

  it.each([
    ["the Clintons' 2014 rate / their 2007-2014 rate: rival figures, no shared one", CLINTON_TAXES, 'The new ones show that from 2007 through 2014', "The Clintons' effective federal tax rate for 2014", { agree: 0, rival: 1 }],
    ['two courtroom details sharing only "at one point"', JACKSON_PLEA, 'At one point he appeared to mouth', 'At one point during the hearing', { agree: 0, rival: 0 }],
  ])('%s', (_what, names, a, b, expected) => {
    expect(figuresOf(names, a, b)).toEqual(expected);
  });
});
