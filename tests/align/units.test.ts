// A claim's units end at a comma, semicolon, colon, dash or opening bracket between two tokens.
// The gaps are scanned character by character (no slice and no regular expression per token): the
// ranges must be those of the pattern `/[,،;؛:\u2013\u2014]|\s-\s|\(/` tested on each gap's text.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/compare.js';
import { articleTokens } from '../../src/claims/extract.js';
import { rangesFromCuts, unitRanges } from '../../src/align/units.js';
import { tokenize, wordsIn } from '../../src/text/token-stream.js';
import type { Token } from '../../src/types.js';
import { seedArticles } from '../support/ant.js';

/** The ranges as the pattern on each gap's text gives them (the rule as first written), grouped as the module groups its cuts. */
function referenceRanges(text: string, tokens: readonly Token[]): Array<[number, number]> {
  const BREAK = /[,،;؛:\u2013\u2014]|\s-\s|\(/;
  const cuts: number[] = [];
  for (let i = 1; i < tokens.length; i += 1) if (BREAK.test(text.slice(tokens[i - 1].end, tokens[i].start))) cuts.push(i);
  return rangesFromCuts(tokens, cuts);
}

describe('units of a claim', () => {
  it.each([
    ['a hyphen between spaces breaks', 'Blinken met Netanyahu in Tel Aviv - the army chief briefed him on the war', 2],
    ['a hyphen inside a word does not', 'Blinken met Netanyahu in Tel-Aviv and the army chief briefed him on the war', 1],
    ['an Arabic comma breaks', 'التقى بلينكن نتنياهو في تل أبيب، وأطلعه هاليفي على سير الحرب في غزة', 2],
    ['a bracket breaks', 'قال المتحدث باسم الخارجية الأميركية (ماثيو ميلر) إن بلينكن بحث الرهائن', 2],
  ])('%s', (_name, text, count) => {
    const tokens = tokenize(text);
    expect(unitRanges(text, tokens)).toEqual(referenceRanges(text, tokens));
    expect(unitRanges(text, tokens)).toHaveLength(count);
  });

  it('every claim of the seed corpus splits as the pattern splits it', () => {
    let split = 0;
    for (const article of seedArticles()) {
      const stream = articleTokens(article);
      for (const claim of analyzeArticle(article).claims) {
        const tokens = wordsIn(stream, claim.start, claim.end);
        const ranges = unitRanges(article.text, tokens);
        expect(ranges).toEqual(referenceRanges(article.text, tokens));
        if (ranges.length > 1) split += 1;
      }
    }
    expect(split).toBeGreaterThan(20);
  });
});
