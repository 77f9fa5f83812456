// Language detection by script and stopwords: Arabic, English, or `unknown` (reported, not rejected).
import type { Language } from '../types.js';

function isArabicUnit(c: number): boolean {
  return (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
}

function isLatinUnit(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}
const ENGLISH_STOPWORDS = /\b(the|and|of|to|in|that|is|was|for|on|with|said|as|by|at|from|he|it|his|are|be)\b/gi;

export interface LanguageGuess {
  language: Language;
  /** Share of letters in Arabic script, 0..1. */
  arabicShare: number;
  /** True when a second script holds a large share of the letters. */
  mixed: boolean;
}

/** Guesses the language of a text from its letters (looks at the first 20,000 characters). */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  // A counting loop: regex match arrays over whole articles dominated the ingest profile.
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const c = sample.charCodeAt(i);
    if (isArabicUnit(c)) arabic += 1;
    else if (isLatinUnit(c)) latin += 1;
  }
  const letters = arabic + latin;
  if (letters === 0) return { language: 'unknown', arabicShare: 0, mixed: false };
  const arabicShare = arabic / letters;
  const mixed = arabicShare > 0.2 && arabicShare < 0.8 && letters > 200;
  if (arabicShare >= 0.5) return { language: 'ar', arabicShare, mixed };
  const words = sample.match(/[A-Za-z]+/g)?.length ?? 0;
  const stop = sample.match(ENGLISH_STOPWORDS)?.length ?? 0;
  // English prose has about one stopword in four words; other Latin-script languages very few.
  const language: Language = words > 0 && (stop / words >= 0.08 || words < 8) ? 'en' : 'unknown';
  return { language, arabicShare, mixed };
}
