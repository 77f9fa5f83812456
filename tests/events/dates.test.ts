// Dates: articles days apart are rarely one event, and a known date far off blocks grouping even
// for the same content; an unknown date does not.
import { describe, expect, it } from 'vitest';
import { dateFactor, dayNumber } from '../../src/events/dates.js';
import { groupEvents } from '../../src/events/index.js';
import { loadSeeds } from './corpora.js';
import { formatGroups, seed, variant } from './helpers.js';

const seeds = loadSeeds();
const a003 = seed(seeds, '003');
const a004 = seed(seeds, '004');

describe('date blocking of the 7 February 2024 pair (003 dated 2024-02-07)', () => {
  it.each([
    ['unknown (as read)', null, '003+004'],
    ['the same day', '2024-02-07', '003+004'],
    ['the next morning', '2024-02-08T07:30', '003+004'],
    ['two days later', '2024-02-09', '003+004'],
    ['six weeks later', '2024-03-20', '003 | 004'],
    ['a year earlier', '2023-02-07', '003 | 004'],
  ])('004 dated %s -> %s', (_name, date, expected) => {
    expect(formatGroups(groupEvents([a003, variant(a004, { date })]))).toBe(expected);
  });

  it('dateWindowDays narrows the window: 0 days keeps a next-day report apart', () => {
    const nextDay = variant(a004, { date: '2024-02-08' });
    expect(formatGroups(groupEvents([a003, nextDay], { dateWindowDays: 0 }))).toBe('003 | 004');
    expect(formatGroups(groupEvents([a003, nextDay], { dateWindowDays: 4 }))).toBe('003+004');
  });

  it('gives the range of a group whose articles were published on different days', () => {
    const [group] = groupEvents([a003, variant(a004, { date: '2024-02-08' })]);
    expect(group.date).toBe('2024-02-07');
    expect(group.dateRange).toEqual(['2024-02-07', '2024-02-08']);
  });
});

describe('dateFactor', () => {
  it.each([
    [0, 1],
    [1, 1],
    [2.5, 0.65],
    [4, 0.3],
    [4.5, 0],
    [-3, 0.3 + 0.7 / 3],
    [Number.NaN, 0.9],
  ])('gap %s days in a 4-day window -> %s', (gap, factor) => {
    expect(dateFactor(gap, 4)).toBeCloseTo(factor, 6);
  });

  it.each([
    ['2024-02-07', 19760],
    ['2024-02-07T12:00', 19760.5],
    [null, Number.NaN],
    ['7 Feb 2024', Number.NaN],
  ])('dayNumber(%s) = %s', (date, days) => {
    expect(dayNumber(date)).toEqual(days);
  });
});
