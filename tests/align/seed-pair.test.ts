// The showcase: two outlets' reports of the 7 February 2024 Blinken-Netanyahu meeting (seeds 003, 004).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseInput } from '../../src/ingest/index.js';
import { compareArticles } from '../../src/compare.js';
import type { Comparison } from '../../src/types.js';
import { seedPath } from '../support/seeds.js';
import { formatAlignment, groupWith, uniqueTexts } from '../support/alignment.js';

let comparison: Comparison;

beforeAll(() => {
  const articles = ['003', '004'].flatMap((n) => parseInput(readFileSync(seedPath(n)), seedPath(n)).articles);
  comparison = compareArticles(articles);
});

describe('seed pair 003/004: what both outlets report is grouped', () => {
  it.each([
    ['the vision of lasting peace and security', 'وقال ميلر إن بلينكن', 'بحث وزير الخارجية الأميركي'],
    ['de-escalation in the West Bank', 'كما أكد بلينكن دعم', 'وشدد بلينكن أيضاً'],
    ['humanitarian aid for displaced civilians', 'من جانبه، قال متحدث', 'وناقش بلينكن ونتنياهو'],
    ["Axios's account of the concern about Rafah", 'وأشار المسؤول الإسرائيلي', 'وأفاد موقع "أكسيوس"'],
    ['the meeting with Gallant, Halevi, Bar and Barnea', 'وذكر الموقع، نقلاً', 'والتقى بلينكن نتنياهو'],
    ["Halevi's briefing", 'وفي اللقاء بتل أبيب', 'وأطلع هاليفي بلينكن'],
    ['the failed coordination with international organisations', 'وأعرب بلينكن خلال', 'وقالت مصادر لـ"أكسيوس"'],
    ['the death toll', 'ومنذ 7 أكتوبر/تشرين الأول 2023، يشن', 'وقتلت إسرائيل في الحرب'],
  ])('%s', (_fact, from003, from004) => {
    expect(groupWith(comparison, from003, from004), formatAlignment(comparison).join('\n')).toBeDefined();
  });

  it('every group pairs the two outlets, and no two groups hold the same claims', () => {
    const keys = comparison.groups.map((g) => [...g.members].sort().join(' '));
    expect(new Set(keys).size).toBe(keys.length);
    for (const g of comparison.groups) {
      expect(new Set(g.members.map((m) => m.split(':')[0])).size).toBe(2);
    }
  });
});

describe('seed pair 003/004: what only one outlet reports is unique', () => {
  it.each([
    [0, 'the Channel 13 quote', 'من جانبها، كشفت قناة 13'],
    [0, "Satterfield's account of the aid problems", 'وخلال اللقاء، تحدث المبعوث'],
    [0, 'the tour schedule', 'وشملت الجولة المقرر'],
    [1, 'the OCHA figures on Rafah', 'وقال مكتب الأمم المتحدة لتنسيق'],
    [1, 'the 2.1 million people crowding into Rafah', 'وتقول الأمم المتحدة أن أكثر من نصف'],
  ])('article %i: %s', (article, _what, prefix) => {
    expect(uniqueTexts(comparison, article).some((t) => t.startsWith(prefix))).toBe(true);
  });
});

describe('seed pair 003/004: relations and evidence', () => {
  it('the 27,708 / more than 27,700 death tolls agree: not a conflict, and the evidence says why', () => {
    const toll = groupWith(comparison, 'ومنذ 7 أكتوبر/تشرين الأول 2023، يشن', 'وقتلت إسرائيل في الحرب')!;
    expect(toll.relation).not.toBe('conflict');
    expect(toll.evidence.sharedNumbers).toContain('27 ألفاً و708');
    expect(toll.evidence.notes.join(' ')).toContain('figures agree: 27 ألفاً و708 ~ 27 ألفاً و700');
  });

  it('finds no conflict between the two reports of the meeting', () => {
    expect(comparison.groups.filter((g) => g.relation === 'conflict').map((g) => g.id)).toEqual([]);
  });

  it('lists Gallant spelled غالانت / جالانت as a spelling variant, not a word choice', () => {
    const meeting = groupWith(comparison, 'وذكر الموقع، نقلاً', 'والتقى بلينكن نتنياهو')!;
    expect(meeting.diffs[0].substitutions).toContainEqual({ from: 'وغالانت', to: 'وجالانت', kind: 'variant' });
  });

  it('marks the word-level difference of the Halevi briefing', () => {
    const briefing = groupWith(comparison, 'وفي اللقاء بتل أبيب', 'وأطلع هاليفي بلينكن')!;
    const parts = briefing.diffs[0].parts;
    const added = parts.filter((p) => p.op === '+').map((p) => p.text).join(' | ');
    expect(added).toContain('أيضاً"، وفق "أكسيوس');
    expect(parts.filter((p) => p.op === '=').map((p) => p.text).join(' ')).toContain('هاليفي بلينكن على عمليات الجيش الإسرائيلي وخططه للأسابيع المقبلة');
  });

  it('every group carries a score and its evidence', () => {
    for (const g of comparison.groups) {
      expect(g.score).toBeGreaterThanOrEqual(comparison.options.alignThreshold);
      expect(g.evidence.stems + g.evidence.dice).toBeGreaterThan(0);
    }
  });

  it('shows مدعياً (003) against مؤكداً (004) in the framing profiles', () => {
    const [p3, p4] = comparison.framing!.profiles;
    expect(p3.flags.some((f) => f.text === 'مدعياً' && f.value === 'distancing')).toBe(true);
    expect(p4.flags.some((f) => f.text === 'مؤكداً' && f.value === 'asserting')).toBe(true);
  });
});

describe('one outlet is not two', () => {
  it('the seed pair filed under one outlet makes no group: every claim is that outlet alone', () => {
    const articles = ['003', '004'].flatMap((n) => parseInput(readFileSync(seedPath(n)), seedPath(n)).articles).map((a) => ({ ...a, outlet: 'One Outlet' }));
    const one = compareArticles(articles);
    expect(one.groups).toEqual([]);
    expect(one.articles.map((a) => one.unique[a.id]?.length)).toEqual(one.articles.map((a) => a.claims.length));
  });
});
