// How event grouping reads words: normalized, stemmed, function and generic news words left out.
import { describe, expect, it } from 'vitest';
import { hashString } from '../../src/events/hash.js';
import { newWordStream, scanWords } from '../../src/events/features.js';
import { termKey } from '../../src/events/term-key.js';
import { WordCache } from '../../src/events/hash-table.js';

describe('termKey', () => {
  it.each([
    ['الفلسطينيين', true, 'فلسطيني'],
    ['والفلسطينيه', true, 'فلسطيني'],
    ['نتنياهو', true, 'نتنياهو'],
    ['في', true, null],
    ['الاربعاء', true, null],
    ['والاربعاء', true, null],
    ['قال', true, null],
    ['meetings', false, 'meet'],
    ['said', false, null],
    ['the', false, null],
    ['x', false, null],
  ])('%s -> %s', (norm, arabic, key) => {
    expect(termKey(norm, arabic)).toBe(key);
  });
});

describe('scanWords', () => {
  const words = (text: string): string[] => {
    const out = newWordStream(64);
    scanWords(text, 0, text.length, out);
    const list: string[] = [];
    for (let i = 0; i < out.length; i += 1) list.push(out.hashes[i] === 0 ? '|' : text.slice(out.starts[i], out.ends[i]));
    return list;
  };

  it.each([
    ['بحث وزير الخارجية الأميركي أنتوني بلينكن مع نتنياهو.', 'بحث وزير الخارجية الأميركي أنتوني بلينكن مع نتنياهو |'],
    ['صرّح بلينكن، اليوم الجمعة؟ نعم', 'صرّح بلينكن اليوم الجمعة | نعم |'],
    // A dot between digits splits the number but ends no sentence.
    ['على أكثر من 1.5 مليون فلسطيني', 'على أكثر من 1 5 مليون فلسطيني |'],
    // A dot before a space ends a sentence, abbreviations included: sentence hashes only need consistency.
    ['Mr. Blinken met U.S. officials\nin Tel Aviv', 'Mr | Blinken met U S | officials | in Tel Aviv |'],
  ])('%s', (text, expected) => {
    expect(words(text).join(' ')).toBe(expected);
  });

  it('gives the same key to spellings that differ by diacritics, hamza seats and ta marbuta', () => {
    const keyOf = (text: string): number => {
      const out = newWordStream(8);
      scanWords(text, 0, text.length, out);
      return out.keys[0];
    };
    expect(keyOf('الإسرائيليّة')).toBe(keyOf('الاسرائيليه'));
    // The hamza seat ئ folds to ي, the article and the ending go: the key is the stem اسراييلي.
    expect(keyOf('الإسرائيليّة')).toBe((hashString('اسراييلي') & ~1) >>> 0);
  });
});

describe('WordCache', () => {
  it('keeps two words with one 32-bit hash apart by their second hash, in either order', () => {
    // One hash collides a few dozen times over a corpus's half million words; the first word read
    // would then decide the other's term key, and the thread that read it first the events.
    for (const order of [[0, 1], [1, 0]]) {
      const cache = new WordCache(1024);
      const words: Array<[number, number, number]> = [
        [0x9e3779b9, 17, hashString('blinken')],
        [0x9e3779b9, 23, hashString('netanyahu')],
      ];
      for (const i of order) cache.set(...words[i]);
      expect(words.map(([h, c]) => cache.get(h, c))).toEqual(words.map(([, , v]) => v));
      expect(cache.get(0x9e3779b9, 99)).toBe(-1);
    }
  });
});
