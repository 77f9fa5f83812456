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

/**
 * Words that open a subordinate clause giving background to the sentence's main clause: relative
 * pronouns (`المهاجم الذي قتل عشرة`, `the attacker, who killed ten`) and Arabic "after" clauses
 * (`بعد أن`, `بعدما`). Tested on the normalized form, a leading و or ف allowed (`والتي`).
 */
const ARABIC_RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللاتي', 'اللواتي', 'اللائي', 'بعدما']);
const ENGLISH_RELATIVES = new Set(['who', 'whom', 'whose', 'which']);

/** Whether token `k` opens a background clause. */
function opensBackground(tokens: readonly Token[], k: number): boolean {
  const norm = tokens[k].norm;
  if (ENGLISH_RELATIVES.has(norm)) return true;
  const bare = /^[وف]/.test(norm) && ARABIC_RELATIVES.has(norm.slice(1)) ? norm.slice(1) : norm;
  if (ARABIC_RELATIVES.has(bare)) return true;
  // بعد أن: "after" followed by a verb clause (not بعد as a preposition before a noun).
  return (bare === 'بعد' || norm === 'بعد') && k + 1 < tokens.length && (tokens[k + 1].norm === 'ان' || tokens[k + 1].norm === 'أن');
}

/**
 * Verbs of result (`أسفر عن`, `خلّف`, `أدى إلى`, `أوقع`, `تسبب في`): in a background clause, or
 * after the comma that would end it, they go on with it and count its words afresh (`الحادث، الذي وقع في تورنتو، وأسفر عن
 * مصرع 10`: the toll is said of the event the background clause names).
 */
const RESULT_VERB = /^[وف]?(اسفر|اسفرت|خلف|خلفت|ادي|ادت|اوقع|اوقعت|تسبب|تسببت)$/;

/** Content words the main clause keeps for its background to be set apart (else the reading is unsure). */
const MIN_MAIN = 3;

/**
 * Content words a background clause holds at most: with no comma to end it, the main clause may
 * go on after a short relative clause (`وجهت إلى السائق الذي دهس المارة عشر تهم`).
 */
const MAX_BACKGROUND = 5;

/**
 * Which tokens of a claim lie in background clauses: from a relative pronoun or an "after" clause
 * opener (not among the first two words: a clause needs a main one before it) to the next break
 * (`breaksAt`) or the claim's end. A sentence that mentions a fact there ("a video of the attacker
 * who killed ten") states another fact; its mention of the background one counts apart. Null when
 * the claim has no background clause, or when its main clause would keep too few content words.
 */
export function backgroundTokens(text: string, tokens: readonly Token[]): boolean[] | null {
  let mask: boolean[] | null = null;
  let open = false;
  let content = 0;
  for (let k = 0; k < tokens.length; k += 1) {
    const result = open && RESULT_VERB.test(tokens[k].norm);
    if (result) content = 0;
    else if (open && (content >= MAX_BACKGROUND || breaksAt(text, tokens[k - 1].end, tokens[k].start))) open = false;
    if (!open && k >= 2 && opensBackground(tokens, k)) {
      open = true;
      content = 0;
      mask ??= tokens.map(() => false);
    }
    if (!open) continue;
    mask![k] = true;
    if (!tokens[k].isStop && !result) content += 1;
  }
  if (!mask) return null;
  let main = 0;
  for (let k = 0; k < tokens.length; k += 1) if (!mask[k] && !tokens[k].isStop) main += 1;
  return main >= MIN_MAIN ? mask : null;
}
