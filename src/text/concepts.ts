// The news concept a word stands for (قتلى، مصرع، لقي حتفه، killed, died -> `killed`), looked up
// by the word's light stem in the table of lexicons/news-concepts.ts, built once at load.
import { normalizeText } from './normalize.js';
import { stem } from './stem.js';
import { hasArabic } from './normalize.js';
import { ENGLISH_NON_CONTENT, NEWS_CONCEPTS } from './lexicons/news-concepts.js';

const stemOf = (word: string): string => {
  const norm = normalizeText(word);
  return stem(norm, hasArabic(norm) ? 'ar' : 'en');
};

const CONCEPTS = new Map<string, string>();
for (const [id, , arabic, english] of NEWS_CONCEPTS) {
  for (const form of [...arabic, ...english]) {
    // A multi-word English form (`lost their lives`) is listed for readers; its last word is the key.
    const key = stemOf(form.split(' ').pop()!);
    if (!CONCEPTS.has(key)) CONCEPTS.set(key, id);
  }
}

const NON_CONTENT = new Set(ENGLISH_NON_CONTENT.map(stemOf));

/** The concept of a word by its stem, or null when the table does not list it. */
export function conceptOf(wordStem: string): string | null {
  return CONCEPTS.get(wordStem) ?? null;
}

/** True for English reporting verbs and honorifics (`said`, `Mr`): no content of a claim of their own. */
export function isNonContent(wordStem: string): boolean {
  return NON_CONTENT.has(wordStem);
}
