// Language detection: counting the letters outside an article's boilerplate in place gives what
// detecting the language of that text, built with a space for each removal, gives.
import { describe, expect, it } from 'vitest';
import { detectLanguage, detectLanguageOutside } from '../../src/text/language.js';
import { removeBoilerplate } from '../../src/ingest/boilerplate.js';
import { seedText } from '../support/seeds.js';

/** The text detectLanguageOutside stands for: each removal replaced by one space. */
function built(text: string, removals: ReadonlyArray<{ start: number; end: number }>): string {
  let kept = '';
  let at = 0;
  for (const r of removals) {
    kept += text.slice(at, r.start) + ' ';
    at = Math.max(at, r.end);
  }
  return kept + text.slice(at);
}

const ENGLISH = 'Secretary of State Antony Blinken said on Monday that the talks were going well and that he was hopeful.';
const ARABIC = 'قال وزير الخارجية الأميركي أنتوني بلينكن إن المحادثات تسير بشكل جيد وإنه متفائل.';
const FRENCH = 'Le secrétaire d’État américain a déclaré lundi que les négociations avançaient bien.';

describe('detectLanguageOutside', () => {
  it.each(['000', '001', '002'])('seed %s: the same guess as detectLanguage of the text without its boilerplate', (num) => {
    const text = seedText(num);
    const removals = removeBoilerplate(text, undefined);
    expect(removals.length).toBeGreaterThan(0);
    expect(detectLanguageOutside(text, removals)).toEqual(detectLanguage(built(text, removals)));
  });

  it.each([
    ['English with an Arabic widget removed', `${ENGLISH}\n${ARABIC}\n${ENGLISH}`, 'en'],
    ['Arabic with an English widget removed', `${ARABIC}\n${ENGLISH}\n${ARABIC}`, 'ar'],
    ['French: Latin letters, few English stopwords', `${FRENCH}\n${ARABIC}\n${FRENCH}`, 'unknown'],
  ])('%s', (_name, text, language) => {
    const second = text.indexOf('\n') + 1;
    const removals = [{ start: second, end: text.indexOf('\n', second) }];
    const guess = detectLanguageOutside(text, removals);
    expect(guess.language).toBe(language);
    expect(guess).toEqual(detectLanguage(built(text, removals)));
  });

  it('counts a removal as one character of the 20,000 it looks at, as the built text would', () => {
    // 9,000 spaces, 6,000 Arabic and 5,000 Latin letters: Arabic. Were the removals not counted,
    // the sample would hold 14,000 Latin letters, and the text would not be Arabic.
    const text = 'x'.repeat(9_000) + 'ب'.repeat(6_000) + 'a'.repeat(20_000);
    const removals = Array.from({ length: 9_000 }, (_, i) => ({ start: i, end: i + 1 }));
    expect(detectLanguageOutside(text, removals)).toEqual(detectLanguage(built(text, removals)));
    expect(detectLanguageOutside(text, removals).language).toBe('ar');
  });

  it('without removals is detectLanguage', () => {
    expect(detectLanguageOutside(ENGLISH, [])).toEqual(detectLanguage(ENGLISH));
    expect(detectLanguage(ARABIC).language).toBe('ar');
  });
});
