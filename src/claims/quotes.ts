// Quotations in a sentence: the text inside quotation marks of any style, outermost quotes only.
import type { Quote } from '../types.js';
import { hasArabic } from '../text/normalize.js';
import { buildTokenStream, tokensIn, type TokenStream } from '../text/token-stream.js';

/** Closing marks each opening mark accepts. `“` closes `„` (German) and opens English quotes;
 * `”…“` is the reversed pair some Arabic sites write; `»…«` the reversed guillemets. */
const CLOSERS: Record<string, string> = {
  '"': '"',
  '«': '»',
  '»': '«',
  '“': '”',
  '”': '“',
  '„': '“”',
  '‹': '›',
  '›': '‹',
  '＂': '＂',
  "'": "'",
  '‘': '’',
  '’': '’',
};

/** Marks that are only ever closing when nothing they could close is open (`»`, `”`, `›`). */
const DIRECTIONAL_CLOSERS = '»”›';

interface Open {
  mark: string;
  at: number;
}

/**
 * Finds the quotations in `text.slice(start, end)` and returns the offsets of their inner text
 * (without the marks). Nested quotes are part of the outer one. An opening mark that is never
 * closed runs to the end of the sentence; a lone closing mark at the end of the sentence closes a
 * quotation that began in an earlier sentence. Single quotes count only in non-Arabic text, and
 * only where they cannot be apostrophes (`don't`, `Israel's`, `'90s`). The marks are read from
 * `stream`, the article's token stream, when given (an apostrophe inside a word is no mark there).
 */
export function findQuotes(text: string, start: number, end: number, stream?: TokenStream): Quote[] {
  const singles = !hasArabic(text.slice(start, end));
  const quotes: Quote[] = [];
  const stack: Open[] = [];
  const push = (from: number, to: number): void => {
    const span = trim(text, from, to);
    if (span) quotes.push(span);
  };

  for (const mark of tokensIn(stream ?? buildTokenStream(text, [[start, end]]), start, end)) {
    const ch = mark.text;
    if (mark.kind !== 'punct' || !Object.hasOwn(CLOSERS, ch)) continue;
    const i = mark.start;
    const single = ch === "'" || ch === '‘' || ch === '’';
    if (single && !singles) continue;

    // 1. Does it close something open? Close the innermost quote it matches (inner unclosed
    //    quotes are dropped: they were apostrophes or typos).
    const closes = single ? canCloseSingle(text, i, start, end) : true;
    let closed = false;
    for (let k = stack.length - 1; k >= 0 && closes; k -= 1) {
      if (CLOSERS[stack[k].mark].includes(ch)) {
        if (k === 0) push(stack[0].at + 1, i);
        stack.length = k;
        closed = true;
        break;
      }
    }
    if (closed) continue;

    // 2. A lone closing mark before anything opened: a quotation that began before this sentence.
    if (stack.length === 0 && quotes.length === 0 && isLoneCloser(text, ch, i, start, end)) {
      push(start, i);
      continue;
    }

    // 3. Otherwise it opens a quotation.
    if (single && !canOpenSingle(text, i, start, end)) continue;
    if (ch === '’') continue; // never opens
    stack.push({ mark: ch, at: i });
  }

  // 4. The outermost quotation still open runs to the end of the sentence, unless it is a single quote.
  const outer = stack.find((o) => !"'‘".includes(o.mark));
  if (outer) push(outer.at + 1, end);
  return quotes;
}

/** The span without surrounding white space, or null when nothing is left. */
function trim(text: string, from: number, to: number): Quote | null {
  while (from < to && /\s/.test(text[from])) from += 1;
  while (to > from && /\s/.test(text[to - 1])) to -= 1;
  return to > from ? { start: from, end: to, text: text.slice(from, to) } : null;
}

/** A mark with nothing after it but punctuation (`... بغزة".`), or a reversed-style closer with no
 * opener later in the sentence, closes a quotation that began before the sentence. */
function isLoneCloser(text: string, ch: string, i: number, start: number, end: number): boolean {
  if (ch === "'" || ch === '‘' || ch === '’') return false;
  const rest = text.slice(i + 1, end);
  if (/^[\s\p{P}]*$/u.test(rest) && i > start) return !/[\p{L}\p{N}]/u.test(rest);
  if (DIRECTIONAL_CLOSERS.includes(ch)) {
    const opener = Object.keys(CLOSERS).filter((k) => CLOSERS[k].includes(ch));
    return !opener.some((o) => rest.includes(o)) && !/^\s*$/.test(text.slice(start, i));
  }
  return false;
}

const LETTER = /[\p{L}\p{N}]/u;

/** An opening single quote stands after a space or bracket and before a letter, and a closing
 * single quote follows later in the sentence. */
function canOpenSingle(text: string, i: number, start: number, end: number): boolean {
  const before = i > start ? text[i - 1] : ' ';
  const after = i + 1 < end ? text[i + 1] : ' ';
  if (LETTER.test(before) || !LETTER.test(after)) return false;
  // `'90s`, `'em`: a word that begins with an apostrophe, with no closing quote in the sentence.
  for (let k = i + 2; k < end; k += 1) {
    if ((text[k] === "'" || text[k] === '’') && canCloseSingle(text, k, start, end)) return true;
  }
  return false;
}

/** A closing single quote follows a letter or punctuation and stands before a non-letter;
 * `Israel's` and `don't` are apostrophes. */
function canCloseSingle(text: string, i: number, start: number, end: number): boolean {
  const before = i > start ? text[i - 1] : ' ';
  const after = i + 1 < end ? text[i + 1] : ' ';
  if (/\s/.test(before)) return false;
  return !LETTER.test(after);
}
