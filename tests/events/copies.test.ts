// Wire copy: an outlet republishing another's text (an agency dispatch) is grouped with it and
// the pair is marked as a near-copy; a different report of the same event is not a copy.
import { describe, expect, it } from 'vitest';
import { sketchJaccard } from '../../src/events/copies.js';
import { groupEvents } from '../../src/events/index.js';
import { loadSeeds } from './corpora.js';
import { formatGroups, seed, variant } from './helpers.js';

const seeds = loadSeeds();
const a003 = seed(seeds, '003');

/** 003 as a second outlet republishes it: its own title and dateline, the last paragraph cut, one word changed. */
function republished(): typeof a003 {
  const paragraphs = a003.text.trimEnd().split('\n');
  const body = paragraphs.slice(0, -1).join('\n').replace('مساء الأربعاء', 'ليل الأربعاء');
  const title = 'بلينكن: حصيلة الهجوم الإسرائيلي على المدنيين في غزة مرتفعة للغاية';
  const text = `${title}\n\nتل أبيب (الأناضول) -\n${body}\n`;
  return variant(a003, {
    id: 'copy-of-003',
    source: 'constructed',
    outlet: 'وكالة محلية',
    text,
    title,
    titleSpan: { start: 0, end: title.length, text: title },
    removed: [],
  });
}

describe('wire copy', () => {
  it('groups a republished 003 with it and marks the pair; 004 (own words) is grouped but no copy', () => {
    const copy = republished();
    const groups = groupEvents([...seeds, copy]);
    expect(formatGroups(groups)).toBe('000 | 001 | 002 | 003+004+copy-of-003');
    expect(groups[3].nearCopies).toEqual([[a003.id, 'copy-of-003']]);
  });

  it('does not group a copy dated months later: dates block copies too', () => {
    const late = variant(republished(), { date: '2024-06-01' });
    const groups = groupEvents([a003, late]);
    expect(formatGroups(groups)).toBe('003 | copy-of-003');
    expect(groups.flatMap((g) => g.nearCopies)).toEqual([]);
  });
});

describe('sketchJaccard', () => {
  const sketch = (...xs: number[]): Uint32Array => Uint32Array.from(xs).sort();
  it.each([
    ['identical sets', sketch(1, 5, 9, 12), sketch(1, 5, 9, 12), 1],
    ['disjoint sets', sketch(1, 2, 3), sketch(4, 5, 6), 0],
    ['half shared', sketch(1, 2, 3, 4), sketch(3, 4, 5, 6), 2 / 4],
    ['one empty', sketch(), sketch(1, 2), 0],
  ])('%s', (_name, a, b, expected) => {
    expect(sketchJaccard(a, b)).toBeCloseTo(expected, 6);
  });
});
