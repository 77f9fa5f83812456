// Language detection by script and stopwords: Arabic, English, or `unknown` (reported, not rejected).
import type { Language } from '../types.js';

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g;
const LATIN = /[A-Za-z\u00C0-\u024F]/g;
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
  const arabic = sample.match(ARABIC)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
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
