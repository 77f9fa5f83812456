// The words and marks of a sentence as the claim finders read them: a range of the article's token
// stream, with hyphenated compounds (`Secretary-General`, `Al-Aqsa`) kept as one word.
import { lexemeOf } from '../text/lexemes.js';
import { buildTokenStream, tokensIn, type StreamToken, type TokenStream } from '../text/token-stream.js';

/** A word or a punctuation mark of a sentence, with its normalized form. */
export interface WordToken {
  start: number;
  end: number;
  text: string;
  /** Normalized without punctuation (`U.S` -> `us`); marks keep theirs (`«` -> `"`). */
  norm: string;
  /** `norm` without an English possessive (`Israel's` -> `israel`): what names are keyed by. */
  base: string;
  isWord: boolean;
  isArabic: boolean;
}

function wordOf(start: number, end: number, text: string): WordToken {
  const lex = lexemeOf(text);
  return { start, end, text, norm: lex.norm, base: lex.clitics.suffix === 's' ? lex.clitics.core : lex.norm, isWord: true, isArabic: lex.isArabic };
}

function fromStream(t: StreamToken): WordToken {
  const isWord = t.kind !== 'punct';
  const base = t.clitics.suffix === 's' ? t.clitics.core : t.norm;
  return { start: t.start, end: t.end, text: t.text, norm: t.norm, base, isWord, isArabic: isWord && t.isArabic };
}

/** True for a word of letters (a compound joins only these: `F-16` stays three tokens). */
const isLetterWord = (t: StreamToken | undefined): boolean => t !== undefined && t.kind === 'word' && !/\d/.test(t.text);

/** True for the `_` that joins two words of a hashtag (`#أفيغدور_ليبرمان`), with no space either side. */
const isHashtagJoin = (tokens: readonly StreamToken[], i: number, inHashtag: boolean): boolean =>
  inHashtag && tokens[i].text === '_' && tokens[i].gap === 0 && tokens[i + 1]?.kind === 'word' && tokens[i + 1].gap === 0;

/** The claim finders' view of stream tokens: a hashtag mark (`#بوتين`) is dropped, the underscores
 * of a hashtag (`#أفيغدور_ليبرمان`) read as spaces, `word-word` is one word. */
export function claimWords(tokens: readonly StreamToken[], text: string): WordToken[] {
  const out: WordToken[] = [];
  // Outlets write names as hashtags (Al Arabiya: `وزير الدفاع #أفيغدور_ليبرمان`): the name inside
  // reads as the same name written with spaces, so it gets the same entity and speaker.
  let inHashtag = false;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    // A hashtag mark (`فلاديمير #بوتين`) is no word and no boundary.
    if (t.kind === 'punct' && t.text === '#') {
      inHashtag = tokens[i + 1]?.gap === 0;
      continue;
    }
    if (isHashtagJoin(tokens, i, inHashtag)) continue;
    if (t.gap !== 0 || t.kind === 'punct') inHashtag = false;
    if (!isLetterWord(t)) {
      out.push(fromStream(t));
      continue;
    }
    let k = i;
    while (tokens[k + 1]?.text === '-' && tokens[k + 1].gap === 0 && isLetterWord(tokens[k + 2]) && tokens[k + 2].gap === 0) k += 2;
    out.push(k === i ? fromStream(t) : wordOf(t.start, tokens[k].end, text.slice(t.start, tokens[k].end)));
    i = k;
  }
  return out;
}

/** The words and marks of `text.slice(start, end)`, from `stream` when given, with offsets into `text`. */
export function scanWords(text: string, start: number, end: number, stream?: TokenStream): WordToken[] {
  const source = stream ?? buildTokenStream(text, [[start, end]]);
  return claimWords(tokensIn(source, start, end), text);
}

/** True when the token is a comma, Arabic or Latin. */
export const isComma = (t: WordToken | undefined): boolean => t !== undefined && !t.isWord && (t.text === '،' || t.text === ',');
