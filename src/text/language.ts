// Language detection by script and stopwords: Arabic, English, or `unknown` (reported, not rejected).
import type { Language } from '../types.js';

/** Script of every UTF-16 code unit: one array read per character instead of range tests. */
const ARABIC_UNIT = 1;
const LATIN_UNIT = 2;
const SCRIPT = new Uint8Array(0x10000);
for (const [from, to, script] of [
  [0x0600, 0x06ff, ARABIC_UNIT],
  [0x0750, 0x077f, ARABIC_UNIT],
  [0xfb50, 0xfdff, ARABIC_UNIT],
  [0xfe70, 0xfeff, ARABIC_UNIT],
  [0x41, 0x5a, LATIN_UNIT],
  [0x61, 0x7a, LATIN_UNIT],
  [0xc0, 0x24f, LATIN_UNIT],
]) SCRIPT.fill(script, from, to + 1);

const ENGLISH_STOPWORDS = /\b(the|and|of|to|in|that|is|was|for|on|with|said|as|by|at|from|he|it|his|are|be)\b/gi;
/** How much of a text is looked at. */
const SAMPLE = 20_000;

export interface LanguageGuess {
  language: Language;
  /** Share of letters in Arabic script, 0..1. */
  arabicShare: number;
  /** True when a second script holds a large share of the letters. */
  mixed: boolean;
}

/** Guesses the language of a text from its letters (looks at the first 20,000 characters). */
export function detectLanguage(text: string): LanguageGuess {
  return detectLanguageOutside(text, []);
}

/**
 * detectLanguage of the text with each stretch in `removals` (in text order) replaced by one
 * space, as if that text were built: the letters are counted in place, and the text is built only
 * when it is not Arabic and its words must be read. Ingest judges an article without its
 * boilerplate this way, in one pass.
 */
export function detectLanguageOutside(text: string, removals: ReadonlyArray<{ start: number; end: number }>): LanguageGuess {
  // A counting loop over the kept stretches (regex match arrays over whole articles dominated
  // the ingest profile); the counters stay local, so no closure over them.
  let arabic = 0;
  let latin = 0;
  let left = SAMPLE; // characters of the sample still to read
  let at = 0;
  for (let r = 0; r <= removals.length && left > 0; r += 1) {
    const last = r === removals.length;
    const to = last ? text.length : Math.min(removals[r].start, text.length);
    if (to > at) {
      const stop = Math.min(to, at + left);
      for (let i = at; i < stop; i += 1) {
        const script = SCRIPT[text.charCodeAt(i)];
        if (script === ARABIC_UNIT) arabic += 1;
        else if (script === LATIN_UNIT) latin += 1;
      }
      left -= stop - at;
    }
    if (last) break;
    if (left > 0) left -= 1; // the space standing for the removal
    at = Math.max(at, removals[r].end);
  }
  const letters = arabic + latin;
  if (letters === 0) return { language: 'unknown', arabicShare: 0, mixed: false };
  const arabicShare = arabic / letters;
  const mixed = arabicShare > 0.2 && arabicShare < 0.8 && letters > 200;
  if (arabicShare >= 0.5) return { language: 'ar', arabicShare, mixed };
  const sample = sampleOutside(text, removals);
  const words = sample.match(/[A-Za-z]+/g)?.length ?? 0;
  const stop = sample.match(ENGLISH_STOPWORDS)?.length ?? 0;
  // English prose has about one stopword in four words; other Latin-script languages very few.
  const language: Language = words > 0 && (stop / words >= 0.08 || words < 8) ? 'en' : 'unknown';
  return { language, arabicShare, mixed };
}

/** The first SAMPLE characters of the text with each removal replaced by one space. */
function sampleOutside(text: string, removals: ReadonlyArray<{ start: number; end: number }>): string {
  if (removals.length === 0) return text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let kept = '';
  let at = 0;
  for (const r of removals) {
    kept += text.slice(at, r.start) + ' ';
    at = Math.max(at, r.end);
    if (kept.length >= SAMPLE) break;
  }
  if (kept.length < SAMPLE) kept += text.slice(at);
  return kept.length > SAMPLE ? kept.slice(0, SAMPLE) : kept;
}
