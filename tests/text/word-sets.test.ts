// Word lists in the form tokens carry: a list entry and a token of the same word compare equal.
import { describe, expect, it } from 'vitest';
import { stemKey, stemMap, wordKey, wordSet } from '../../src/text/word-sets.js';
import { tokenize } from '../../src/text/token-stream.js';
import { seedText } from '../support/seeds.js';

describe('wordKey', () => {
  it.each([
    ['u.s.', 'us'],
    ['Secretary-General', 'secretarygeneral'],
    ["don't", 'dont'],
    ['الأميركية', 'الاميركيه'],
    ['  الولايات   المتحدة ', 'الولايات المتحده'],
    ['مؤكداً', 'موكدا'],
  ])('%s -> %s', (entry, expected) => {
    expect(wordKey(entry)).toBe(expected);
  });

  it.each(['003', '004'])('keys every word of seed %s as its token', (num) => {
    for (const t of tokenize(seedText(num))) expect(wordKey(t.text)).toBe(t.norm);
  });
});

describe('word sets and stem maps', () => {
  it('finds the tokens of a sentence by their norm', () => {
    const nationalities = wordSet(['U.S.', 'الإسرائيلية'], ['American']);
    const found = tokenize('قالت القوات الإسرائيلية إن U.S. forces and American troops').filter((t) => nationalities.has(t.norm));
    expect(found.map((t) => t.text)).toEqual(['الإسرائيلية', 'U.S', 'American']);
  });

  it('maps each entry and its stem to the stem, as a token stems it', () => {
    const map = stemMap(['الصينية', 'killed']);
    const [chinese, killed] = tokenize('الصينية killed');
    expect(stemKey('الصينية')).toBe(chinese.stem);
    expect(map.get(chinese.norm)).toBe(chinese.stem);
    expect(map.get(chinese.stem)).toBe(chinese.stem);
    expect(map.get(killed.stem)).toBe('kill');
  });
});
