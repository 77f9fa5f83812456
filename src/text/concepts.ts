// The news concept a word stands for (قتلى، مصرع، لقي حتفه، killed, died -> `killed`), looked up
// by the word's light stem in the table of lexicons/news-concepts.ts, built once at load.
import { normalizeText } from './normalize.js';
import { stem } from './stem.js';
import { hasArabic } from './normalize.js';
import { ENGLISH_NON_CONTENT, NEWS_CONCEPTS } from './lexicons/news-concepts.js';
import { ENGLISH_IRREGULAR } from './lexicons/english-irregular.js';

const stemOf = (word: string): string => {
  const norm = normalizeText(word);
  return stem(norm, hasArabic(norm) ? 'ar' : 'en');
};

const CONCEPTS = new Map<string, string>();
for (const [id, , arabic, english] of NEWS_CONCEPTS) {
  for (const form of [...arabic, ...english]) {
    // A multi-word English form (`lost their lives`) is listed for readers only: keyed by its last
    // word, every `live`, `lives`, `living` (living expenses, where he lives) would read `killed`.
    if (form.includes(' ')) continue;
    const key = stemOf(form);
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

const IRREGULAR = new Map<string, string>();
for (const [base, forms] of ENGLISH_IRREGULAR) for (const form of forms) IRREGULAR.set(stemOf(form), stemOf(base));

/**
 * The stem of an English word's base form when the word is an irregular inflection (`took` ->
 * `take`, `shot` -> `shoot`, `men` -> `man`), else the stem itself: what Porter2's suffix rules
 * cannot reach, for matching one word written in two forms. Arabic stems pass through.
 */
export function baseStem(wordStem: string): string {
  return IRREGULAR.get(wordStem) ?? wordStem;
}
