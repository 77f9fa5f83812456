// One claim as the figures stage reads it: its tokens (normalized, with offsets), the clause of each
// token, and the number mentions of the claim placed on those tokens.
import type { ArticleResult, Claim, NumberMention } from '../types.js';
import { scanTokens, type ScanToken } from '../text/scan.js';
import { normalizeText } from '../text/normalize.js';
import { QUANTITIES } from './lexicons/quantities.js';
import { WordTable } from './words.js';

/** Punctuation that ends a clause: a figure's cues and places are read within its clause. */
const CLAUSE_ENDS = new Set([',', ';', ':', '.', '!', '?', '(', ')', '-']);

/** Casualty verbs and nouns as written (`إصابة`, `قتل`): after `و` they open the next clause, never a counted noun. */
const CUE_WORDS = new WordTable(QUANTITIES.flatMap((q) => q.cues.map((w) => [w, true] as const)), false);

const OPEN_VAGUE = /^(ال)?(مئات|الاف|الوف|ملايين|مليارات)$|^(hundreds|thousands|millions|billions)$/;

/** A number mention (or a vague amount without digits) placed on the sentence's tokens. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  /** The amount, or null for a range or a vague amount. */
  value: number | null;
  low: number;
  /** Upper bound; null when a vague amount has none (`آلاف`, `several thousand` may be many more). */
  high: number | null;
  qualifier: NumberMention['qualifier'] | 'vague';
  /** What it counts, as written, when the text says. */
  counts: string | null;
  /** First and last token of the figure. */
  first: number;
  last: number;
  /** Token of the counted noun, or -1. */
  countsAt: number;
}

export interface Sentence {
  article: ArticleResult;
  /** Index of the article in the comparison. */
  articleIndex: number;
  claim: Claim;
  text: string;
  tokens: ScanToken[];
  /** Clause number of each token. */
  clause: number[];
}

/** A hyphen that joins a number to its noun with no space (`48-page indictment`, `a 12-year-old`) makes one word, not two clauses. */
function compoundHyphen(tokens: readonly ScanToken[], k: number): boolean {
  const [before, after] = [tokens[k - 1], tokens[k + 1]];
  return tokens[k].norm === '-' && before?.kind === 'num' && after?.kind === 'word' && before.end === tokens[k].start && after.start === tokens[k].end;
}

/** A claim as a sentence; its tokens are scanned on first use, since most sentences hold no figure. */
export function readSentence(article: ArticleResult, articleIndex: number, claim: Claim): Sentence {
  const sentence = { article, articleIndex, claim, text: article.text } as Sentence;
  // Scanned once, then plain properties: hot loops read `tokens[k]` many times.
  const scan = () => {
    const tokens = scanTokens(article.text, claim.start, claim.end);
    const clause: number[] = [];
    let c = 0;
    tokens.forEach((t, k) => {
      clause.push(c);
      if (t.kind === 'punct' && CLAUSE_ENDS.has(t.norm) && !compoundHyphen(tokens, k)) c += 1;
    });
    Object.defineProperty(sentence, 'tokens', { value: tokens, enumerable: true });
    Object.defineProperty(sentence, 'clause', { value: clause, enumerable: true });
  };
  Object.defineProperty(sentence, 'tokens', { configurable: true, enumerable: true, get: () => (scan(), sentence.tokens) });
  Object.defineProperty(sentence, 'clause', { configurable: true, enumerable: true, get: () => (scan(), sentence.clause) });
  return sentence;
}

/** Index of the first token that ends after `offset`. */
export function tokenAt(s: Sentence, offset: number): number {
  let lo = 0;
  let hi = s.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Places a number mention of the claim on the tokens; the counted noun is found by its offsets. */
export function placeMention(s: Sentence, m: NumberMention): Mention {
  const first = tokenAt(s, m.start);
  let last = first;
  while (last + 1 < s.tokens.length && s.tokens[last + 1].end <= m.end) last += 1;
  let countsAt = -1;
  if (m.counts) {
    for (let k = last + 1; k <= last + 3 && k < s.tokens.length; k += 1) {
      if (s.text.slice(s.tokens[k].start, s.tokens[k].end) === m.counts) {
        // `مقتل شخص واحد وإصابة اثنين`: a counted noun is never joined by `و`; `وإصابة` opens the
        // next figure's clause, and `واحد` counts the noun before it.
        const t = s.tokens[k];
        if (!(t.norm.length > 2 && t.norm.startsWith('و') && CUE_WORDS.has(t.norm.slice(1)))) countsAt = k;
        break;
      }
    }
    // A noun before the number (`القتلى الأربعة`, `القتلى الـ12`).
    for (let k = first - 1; countsAt < 0 && k >= first - 2 && k >= 0; k -= 1) {
      if (s.text.slice(s.tokens[k].start, s.tokens[k].end) === m.counts) countsAt = k;
    }
  }
  const vague = m.qualifier === 'range';
  // `آلاف`, `مئات`, `thousands` alone are loosely used for far more; `عشرات`, `tens of thousands` are not.
  const open = vague && OPEN_VAGUE.test(normalizeText(m.text).trim());
  return {
    start: m.start,
    end: m.end,
    text: m.text,
    value: vague ? null : m.value,
    low: m.low,
    high: open ? null : m.high,
    qualifier: vague ? 'vague' : m.qualifier,
    counts: m.counts,
    first,
    last,
    countsAt,
  };
}

/** Whether tokens i and j are in the same clause. */
export function sameClause(s: Sentence, i: number, j: number): boolean {
  return s.clause[i] !== undefined && s.clause[i] === s.clause[j];
}
