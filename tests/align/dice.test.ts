import { describe, expect, it } from 'vitest';
import { bigramProfile, dice, diceProfiles, diceReference, isSpaceCode } from '../../src/align/dice.js';
import { seedLines } from '../support/seeds.js';

describe('indexed Dice equals string-similarity', () => {
  const lines = [...seedLines('003'), ...seedLines('004')];

  it('gives the same score as compareTwoStrings on every pair of seed 003/004 lines', () => {
    const profiles = lines.map(bigramProfile);
    let compared = 0;
    for (let i = 0; i < lines.length; i += 1) {
      for (let j = 0; j < lines.length; j += 1) {
        expect(diceProfiles(profiles[i], profiles[j])).toBeCloseTo(diceReference(lines[i], lines[j]), 12);
        compared += 1;
      }
    }
    expect(compared).toBe(lines.length ** 2);
  });

  it.each([
    ['', ''],
    ['a', 'a'],
    ['a', 'b'],
    ['غزة', 'غزه'],
    ['aaaa', 'aa'],
    ['  بلينكن  نتنياهو ', 'بلينكن نتنياهو'],
    ['27 ألفاً و708 شهداء', 'أكثر من 27 ألفاً و700 فلسطيني'],
    ['😀😀 emoji', '😀 emoji'],
  ])('edge case %j / %j', (a, b) => {
    expect(dice(a, b)).toBeCloseTo(diceReference(a, b), 12);
  });

  it('drops exactly the white space that /\\s/ matches, every UTF-16 code unit tried', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c += 1) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
    const text = '\u00a0 قال\u2003بلينكن\n\t،\u3000 27\ufeff ألفاً\u202f ';
    expect(bigramProfile(text).compact).toBe(text.replace(/\s+/g, ''));
  });

  it('scores a paraphrase of the Rafah concern above an unrelated sentence', () => {
    const rafah003 = lines.find((l) => l.startsWith('وأشار المسؤول الإسرائيلي'))!;
    const rafah004 = lines.find((l) => l.startsWith('وأفاد موقع "أكسيوس"'))!;
    const unrelated = lines.find((l) => l.startsWith('وشملت الجولة'))!;
    expect(dice(rafah003, rafah004)).toBeGreaterThan(dice(rafah003, unrelated) + 0.1);
  });
});
