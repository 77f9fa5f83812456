// Whole-article profiles of the Blinken seeds: offsets, ranges, counts, and the 003/004 contrast.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileFraming } from '../../src/framing/index.js';
import type { FramingProfile } from '../../src/types.js';
import { seed } from './format.js';

const SEEDS = ['000', '001', '002', '003', '004'];

describe('profileFraming on the seeds', () => {
  it.each(SEEDS)('%s: every flag is the exact slice of the text, names its rule and has a gloss', (n) => {
    const text = seed(n);
    const p = profileFraming(n, text, [[0, text.length]], 'ar');
    expect(p.articleId).toBe(n);
    expect(p.flags.length).toBeGreaterThan(10);
    for (const f of p.flags) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.text.trim()).toBe(f.text);
      expect(f.rule.startsWith(`${f.category === 'scare-quote' ? 'scare-quote' : f.category}:`) || f.rule.startsWith('agency:')).toBe(true);
      expect(f.gloss).toBeTruthy();
    }
    const counted: Record<string, number> = {};
    for (const f of p.flags) counted[f.category] = (counted[f.category] ?? 0) + 1;
    expect(p.counts).toEqual(counted);
  });

  it('analyses only the given ranges', () => {
    const text = seed('002');
    // Stop before "إقرأ أيضاً:" and the unrelated story after it.
    const cut = text.indexOf('المصدر: الحرة');
    const whole = profileFraming('002', text, [[0, text.length]], 'ar');
    const body = profileFraming('002', text, [[0, cut]], 'ar');
    expect(body.flags.every((f) => f.end <= cut)).toBe(true);
    expect(whole.flags.some((f) => f.start > cut && f.text === 'حثيثة')).toBe(true);
    expect(body.flags.length).toBeLessThan(whole.flags.length);
  });

  it('003 and 004 differ where they tell the same facts differently', () => {
    const p3 = profileFraming('003', seed('003'), [[0, seed('003').length]], 'ar');
    const p4 = profileFraming('004', seed('004'), [[0, seed('004').length]], 'ar');
    const verbs = (p: FramingProfile): string =>
      p.flags.filter((f) => f.category === 'reporting-verb' && f.value !== 'neutral').map((f) => `${f.value} ${f.text}`).join(', ');
    expect(verbs(p3)).toMatch(/^distancing مدعياً, /);
    expect(verbs(p4)).toMatch(/^asserting مؤكداً, /);
    expect(p3.flags.some((f) => f.rule === 'victim-term:شهداء')).toBe(true);
    expect(p4.flags.some((f) => f.category === 'victim-term' && f.value === 'martyr')).toBe(false);
    expect(p4.flags.some((f) => f.rule === 'agency:agent-verb' && f.text === 'وقتلت إسرائيل')).toBe(true);
  });

  it('reads English words only for English and Arabic words only for Arabic', () => {
    const text = 'قال بلينكن. Blinken said the war was brutal.';
    const rules = (language: 'ar' | 'en' | 'unknown'): string =>
      profileFraming('x', text, [[0, text.length]], language).flags.map((f) => f.rule).join(' ');
    expect(rules('ar')).toBe('reporting-verb:قال source:person:بلينكن');
    expect(rules('en')).toBe('source:person:blinken reporting-verb:said conflict-name:war loaded:brutal');
    expect(rules('unknown')).toBe('reporting-verb:قال source:person:بلينكن source:person:blinken reporting-verb:said conflict-name:war loaded:brutal');
  });

  it('handles empty and out-of-bounds ranges', () => {
    expect(profileFraming('x', 'قال', [], 'ar').flags).toEqual([]);
    expect(profileFraming('x', 'قال', [[2, 99], [0, 3]], 'ar').flags.map((f) => f.text)).toEqual(['قال']);
  });
});

const ARMPRO = new URL('../../../shared/data/armpro/V2/span/ArMPro_span_dev_V2.jsonl', import.meta.url);

describe.skipIf(!existsSync(ARMPRO))('ArMPro dev precision (needs ../shared/data/armpro; skipped when absent)', () => {
  it('most loaded-word tokens are Loaded_Language tokens', () => {
    let tp = 0;
    let flagged = 0;
    for (const line of readFileSync(ARMPRO, 'utf8').split('\n').filter(Boolean)) {
      const p: { paragraph: string; labels: Array<{ technique: string; start: number; end: number }> } = JSON.parse(line);
      const gold = p.labels.filter((l) => l.technique === 'Loaded_Language');
      const flags = profileFraming('p', p.paragraph, [[0, p.paragraph.length]], 'ar').flags.filter((f) => f.category === 'loaded');
      for (const m of p.paragraph.matchAll(/[\p{L}\p{N}]+/gu)) {
        const [a, b] = [m.index, m.index + m[0].length];
        if (!flags.some((f) => f.start < b && a < f.end)) continue;
        flagged += 1;
        if (gold.some((g) => g.start < b && a < g.end)) tp += 1;
      }
    }
    expect(flagged).toBeGreaterThan(10);
    expect(tp / flagged).toBeGreaterThan(0.5);
  });
});
