// News concepts: the words outlets use for one thing meet (قتلى / مصرع / لقي حتفه / killed), and the
// English words that carry no content of a claim (said, Mr) are known as such.
import { describe, expect, it } from 'vitest';
import { conceptOf, isNonContent } from '../../src/text/concepts.js';
import { stem } from '../../src/text/stem.js';
import { normalizeText, hasArabic } from '../../src/text/normalize.js';
import { NEWS_CONCEPTS } from '../../src/text/lexicons/news-concepts.js';

const key = (word: string) => {
  const norm = normalizeText(word);
  return stem(norm, hasArabic(norm) ? 'ar' : 'en');
};

describe('conceptOf', () => {
  it.each([
    ['killed', ['قتلى', 'مصرع', 'حتفهم', 'لقوا', 'أودى', 'killed', 'died', 'dead']],
    ['wounded', ['جرحى', 'أصيب', 'إصابات', 'مصابين', 'wounded', 'injured']],
    ['arrested', ['اعتقال', 'أوقفت', 'احتجاز', 'arrested', 'detained']],
    ['explosion', ['انفجار', 'تفجير', 'blast', 'explosion']],
    ['said', ['قال', 'أفاد', 'أوضحت', 'said', 'told']],
  ])('%s', (concept, words) => {
    expect(words.map((w) => [w, conceptOf(key(w))])).toEqual(words.map((w) => [w, concept]));
  });

  it('leaves words that often mean something else out of the table (قضى: died or ruled; حادث: accident or incident)', () => {
    expect(conceptOf(key('قضى'))).toBeNull();
    expect(conceptOf(key('حادث'))).toBeNull();
  });

  it('gives every listed word one concept (no word is listed under two)', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [id, , arabic, english] of NEWS_CONCEPTS) {
      for (const form of [...arabic, ...english]) {
        const k = key(form.split(' ').pop()!);
        if (seen.has(k) && seen.get(k) !== id) twice.push(`${form}: ${seen.get(k)} / ${id}`);
        seen.set(k, id);
      }
    }
    expect(twice).toEqual([]);
  });
});

describe('isNonContent', () => {
  it.each(['said', 'says', 'told', 'Mr', 'Mrs', 'Sen'])('%s carries no content', (w) => expect(isNonContent(key(w))).toBe(true));
  it.each(['Boehner', 'subpoenas', 'bridge'])('%s does', (w) => expect(isNonContent(key(w))).toBe(false));
});
