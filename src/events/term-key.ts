// The matching key of a normalized word: function words and generic news words out, then the
// light stem of src/text/stem.ts (the word's script picks the language).
import { normalizeText } from '../text/normalize.js';
import { stem } from '../text/stem.js';
import { isStopword } from '../text/stopwords.js';
import { ARABIC_GENERIC_WORDS, ENGLISH_GENERIC_WORDS } from './lexicons/generic-words.js';

const GENERIC = new Set([...ARABIC_GENERIC_WORDS, ...ENGLISH_GENERIC_WORDS].map((w) => normalizeText(w)));

/** The key two words must share to count as one term, or null for a function word, a generic word or a single letter. */
export function termKey(norm: string, arabic: boolean): string | null {
  if (norm.length < 2) return null;
  const language = arabic ? 'ar' : 'en';
  if (isStopword(norm, language) || GENERIC.has(norm)) return null;
  // `والأربعاء`, `وقال`: a conjunction in front does not make a generic word specific.
  if (arabic && norm.length > 3 && (norm[0] === 'و' || norm[0] === 'ف') && GENERIC.has(norm.slice(1))) return null;
  return stem(norm, language);
}
