// editScript gives the runs the `diff` package's diffArrays gives (it is that algorithm without its
// objects): on every pair of seed 003/004 lines, as the word diff keys them, on ANT articles of one
// day when the shared data is there, and on edge cases where ties decide.
import { describe, expect, it } from 'vitest';
import { diffArrays } from 'diff';
import { editScript } from '../../src/align/edit-script.js';
import { wordKeys } from '../../src/align/word-diff.js';
import { tokenize } from '../../src/text/token-stream.js';
import { seedLines } from '../support/seeds.js';
import { hasAnt, readAnt } from '../support/ant.js';

/** diffArrays' changes as runs. */
function reference(a: string[], b: string[]) {
  return diffArrays(a, b).map((c) => ({ op: c.added ? '+' : c.removed ? '-' : '=', count: c.count }));
}

/** Every pair of the lists (both ways, and each with itself); returns how many pairs were compared. */
function checkAllPairs(lists: string[][]): number {
  let compared = 0;
  for (const a of lists) {
    for (const b of lists) {
      expect(editScript(a, b)).toEqual(reference(a, b));
      compared += 1;
    }
  }
  return compared;
}

describe('editScript equals diffArrays', () => {
  it('on every pair of seed 003/004 lines, keyed as the word diff keys them', () => {
    const lists = [...seedLines('003'), ...seedLines('004')].map((line) => wordKeys(tokenize(line)));
    expect(checkAllPairs(lists)).toBe(lists.length ** 2);
  });

  it.skipIf(!hasAnt)('on the sentences of three ANT reports of 9 May 2018 (skipped without ../shared/data/ant-corpus-multisource)', () => {
    const articles = readAnt('AL-internationalNews-1077-20180509', 'CN-internationalNews-331-20180509', 'FR-internationalNews-1151-20180509');
    const lists = articles.flatMap((a) => a.text.split(/[.\n]/).filter((s) => s.trim().length > 20)).map((s) => wordKeys(tokenize(s)));
    expect(lists.length).toBeGreaterThan(20);
    checkAllPairs(lists);
  });

  it.each([
    ['', ''],
    ['a', ''],
    ['', 'a b'],
    ['a b c', 'a b c'],
    ['a b c', 'x y z'],
    ['a a a', 'a'],
    ['a', 'a a a'],
    ['a b a b', 'b a b a'],
    ['قال بلينكن إن', 'قال وزير الخارجية بلينكن إن'],
    ['x a b c', 'a b c x'],
    ['a b c d e', 'a c e b d'],
  ])('edge case %j / %j', (x, y) => {
    const [a, b] = [x.split(' ').filter(Boolean), y.split(' ').filter(Boolean)];
    expect(editScript(a, b)).toEqual(reference(a, b));
  });
});
