// Background sentences: a toll or the war's start date repeated in every article must not glue
// different events together.
import { describe, expect, it } from 'vitest';
import { groupEvents } from '../../src/events/index.js';
import { loadSeeds } from './corpora.js';
import { formatGroups, seed, variant, withSentence } from './helpers.js';

const seeds = loadSeeds();
const TOLL = 'وارتفعت حصيلة ضحايا العدوان الإسرائيلي على قطاع غزة منذ 7 أكتوبر إلى 27 ألفاً و708 شهداء و67 ألفاً و147 مصاباً، معظمهم من الأطفال والنساء، وفق وزارة الصحة في غزة.';
const SINCE = 'ويشن جيش الاحتلال الإسرائيلي منذ 7 أكتوبر/تشرين الأول الماضي حرباً مدمرة على قطاع غزة خلفت دماراً هائلاً في البنية التحتية وكارثة إنسانية غير مسبوقة.';

describe('recurring background sentences', () => {
  it('keeps the seeds apart when every one ends with the same toll and war-start sentences', () => {
    const padded = seeds.map((a) => withSentence(withSentence(a, TOLL), SINCE));
    expect(formatGroups(groupEvents(padded))).toBe('000 | 001 | 002 | 003+004');
  });

  it('keeps the seeds apart on content alone (no dates) with the toll in every article', () => {
    const padded = seeds.map((a) => withSentence(variant(a, { date: null }), TOLL));
    expect(formatGroups(groupEvents(padded))).toBe('000 | 001 | 002 | 003+004');
  });

  it('does not group two different reports (Amman, November 2023; Hanegbi and Dermer, June 2024) that share only the toll, undated', () => {
    const pair = [seed(seeds, '001'), seed(seeds, '002')].map((a) => withSentence(withSentence(variant(a, { date: null }), TOLL), SINCE));
    expect(formatGroups(groupEvents(pair))).toBe('001 | 002');
  });

  it('leaves the toll out of the evidence of a real event', () => {
    const padded = seeds.map((a) => withSentence(a, TOLL));
    const meeting = groupEvents(padded)[3];
    expect(meeting.evidence.terms).not.toContain('شهداء');
    expect(meeting.evidence.terms).not.toContain('حصيلة');
  });
});
