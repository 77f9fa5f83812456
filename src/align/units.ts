// Fact-sized units of a claim: a long sentence often states several facts (who, how many, where,
// when) that another outlet spreads over several sentences, so claims are compared unit by unit.
// A unit ends at a comma, semicolon, colon or dash, when both sides keep enough content words
// to state something; short pieces stay with their neighbour.
import type { Token } from '../types.js';
import { isSpaceCode } from './dice.js';

/** Content words a unit needs to stand on its own. */
const MIN_CONTENT = 3;

/** The break marks: , ، ; ؛ : – — ( (a dash between spaces is checked apart). */
const BREAK_CODES = new Set([0x2c, 0x60c, 0x3b, 0x61b, 0x3a, 0x2013, 0x2014, 0x28]);

/**
 * Whether `text[from, to)` (the gap between two tokens) holds a break: one of the marks, or a
 * hyphen with white space on both sides inside the gap (as `/[,،;؛:\u2013\u2014]|\s-\s|\(/` on the
 * gap's text, scanned without slicing it).
 */
function breaksAt(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    const c = text.charCodeAt(k);
    if (BREAK_CODES.has(c)) return true;
    if (c === 0x2d && k > from && k + 1 < to && isSpaceCode(text.charCodeAt(k - 1)) && isSpaceCode(text.charCodeAt(k + 1))) return true;
  }
  return false;
}

/** The [start, end) token ranges of a claim's units; one range for a claim that does not split. */
export function unitRanges(text: string, tokens: readonly Token[]): Array<[number, number]> {
  const cuts: number[] = [];
  for (let i = 1; i < tokens.length; i += 1) if (breaksAt(text, tokens[i - 1].end, tokens[i].start)) cuts.push(i);
  return rangesFromCuts(tokens, cuts);
}

/**
 * Units from the token indices where a break stands (ascending): a piece with fewer than
 * MIN_CONTENT content words stays with its neighbour.
 */
export function rangesFromCuts(tokens: readonly Token[], cuts: readonly number[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  const content = (a: number, b: number) => {
    let n = 0;
    for (let k = a; k < b; k += 1) if (!tokens[k].isStop) n += 1;
    return n;
  };
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
