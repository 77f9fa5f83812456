// Fact-sized units of a claim: a long sentence often states several facts (who, how many, where,
// when) that another outlet spreads over several sentences, so claims are compared unit by unit.
// A unit ends at a comma, semicolon, colon or dash, when both sides keep enough content words
// to state something; short pieces stay with their neighbour.
import type { Token } from '../types.js';

/** Content words a unit needs to stand on its own. */
const MIN_CONTENT = 3;
const BREAK = /[,،;؛:\u2013\u2014]|\s-\s|\(/;

/** The [start, end) token ranges of a claim's units; one range for a claim that does not split. */
export function unitRanges(text: string, tokens: readonly Token[]): Array<[number, number]> {
  const cuts: number[] = [];
  for (let i = 1; i < tokens.length; i += 1) if (BREAK.test(text.slice(tokens[i - 1].end, tokens[i].start))) cuts.push(i);
  const ranges: Array<[number, number]> = [];
  let from = 0;
  const content = (a: number, b: number) => tokens.slice(a, b).filter((t) => !t.isStop).length;
  for (const cut of [...cuts, tokens.length]) {
    if (content(from, cut) >= MIN_CONTENT) {
      ranges.push([from, cut]);
      from = cut;
    } else if (cut === tokens.length && ranges.length > 0) ranges[ranges.length - 1][1] = cut;
  }
  if (ranges.length === 0) return [[0, tokens.length]];
  if (from < tokens.length) ranges[ranges.length - 1][1] = tokens.length;
  return ranges;
}
