// Stopword tests for normalized tokens: Arabic (with its و/ف-prefixed forms) and English.
import type { Language } from '../types.js';
import { ARABIC_STOPWORD_CONTENT, ARABIC_STOPWORDS } from './lexicons/stopwords-ar.js';
import { ENGLISH_STOPWORDS } from './lexicons/stopwords-en.js';
import { hasArabic, plainForm } from './normalize.js';

function buildArabic(words: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const word of words) {
    const norm = plainForm(word);
    set.add(norm);
    // `وفي`, `فقد`, `ولا`: the conjunctions attach to any function word, so compute them.
    set.add(`و${norm}`);
    set.add(`ف${norm}`);
  }
  for (const word of ARABIC_STOPWORD_CONTENT) set.delete(plainForm(word));
  return set;
}

const ARABIC = buildArabic(ARABIC_STOPWORDS);
const ENGLISH = new Set(ENGLISH_STOPWORDS.map(plainForm));

/**
 * True when `norm` (a normalized token) is a function word of `language`. For `unknown`, the
 * token's script decides which list applies.
 */
export function isStopword(norm: string, language: Language): boolean {
  if (language === 'ar') return ARABIC.has(norm);
  if (language === 'en') return ENGLISH.has(norm);
  return hasArabic(norm) ? ARABIC.has(norm) : ENGLISH.has(norm);
}
