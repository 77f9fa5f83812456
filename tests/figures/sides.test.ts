// The nationality a toll counts (src/figures/sides.ts): words as the AllSides and ANT reports write them.
import { describe, expect, it } from 'vitest';
import { nationalityOf } from '../../src/figures/sides.js';

describe('nationalityOf', () => {
  it.each<[string, string | null]>([
    ['Israelis', 'israeli'], // "killed ... at least two Israelis"
    ['Gazans', 'gazan'], // "Israel killed more than two dozen Gazans"
    ['Afghans', 'afghan'], // "killed along with nearly 200 Afghans"
    ['Palestinians', 'palestinian'], // "At least 28 Palestinians, including nine children"
    ['Republicans', null], // party members, not a nation
    ['people', null],
    ['Marines', null], // not a demonym's ending
    ['مدنيين', null], // a sub-group of its own (civilians), not a nation
    ['أشخاص', null],
  ])('%s -> %s', (word, key) => {
    expect(nationalityOf(word)).toBe(key);
  });

  it('reads the Arabic nisba plural with and without the article as one nationality', () => {
    const key = nationalityOf('فلسطينيين');
    expect(key).not.toBeNull();
    expect(nationalityOf('الفلسطينيون')).toBe(key);
    expect(nationalityOf('إسرائيليين')).not.toBe(key);
  });
});
