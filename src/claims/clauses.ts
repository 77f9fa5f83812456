// Clear clause boundaries inside a long sentence, so the aligner can match one clause when the
// whole sentence says more (003: "Blinken affirmed US support for a Palestinian state, stressing
// the urgent need to calm the West Bank" holds two facts that 004 reports in two sentences).
import type { Language, Token } from '../types.js';

/** A comma followed by one of these opens a new clause: reporting participles and contrast words. */
const ARABIC_OPENERS = /^(م[^\s]*(ا|اً)|فيما|بينما|لكن|لكنه|كما|في حين|وفي|واضاف|واكد|وشدد)$/;
const ENGLISH_OPENERS = new Set(['while', 'but', 'adding', 'saying', 'stressing', 'noting', 'whereas', 'although']);

/** Participles that open a clause (مشدداً، مؤكداً، مضيفاً، مشيراً ...), tested on the normalized form. */
function opensArabicClause(token: Token): boolean {
  return ARABIC_OPENERS.test(token.norm) && (token.norm.length > 4 || !token.norm.startsWith('م'));
}

/** Minimum content words on each side of a split: a clause must state something on its own. */
const MIN_CONTENT = 4;

/** The [start, end) ranges of a claim's clauses, or [] when it has no clear boundary. */
export function clauseRanges(text: string, tokens: readonly Token[], language: Language): Array<[number, number]> {
  const cuts: number[] = [];
  for (let i = 1; i < tokens.length; i += 1) {
    const between = text.slice(tokens[i - 1].end, tokens[i].start);
    const semicolon = /[;؛]/.test(between);
    const comma = /[,،]/.test(between);
    if (!semicolon && !comma) continue;
    const arabic = language === 'ar' || /[\u0600-\u06FF]/.test(tokens[i].text);
    if (semicolon || (arabic ? opensArabicClause(tokens[i]) : ENGLISH_OPENERS.has(tokens[i].norm))) cuts.push(i);
  }
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (const cut of [...cuts, tokens.length]) {
    const part = tokens.slice(from, cut);
    const content = part.filter((t) => !t.isStop).length;
    if (content >= MIN_CONTENT) {
      ranges.push([from, cut]);
      from = cut;
    } else if (cut === tokens.length && ranges.length > 0) {
      ranges[ranges.length - 1][1] = cut;
    }
  }
  return ranges.length >= 2 ? ranges.map(([a, b]) => [tokens[a].start, tokens[b - 1].end]) : [];
}
