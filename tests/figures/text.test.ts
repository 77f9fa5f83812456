// The figures table in the plain-text view of `compare`: right after the key findings, with
// verdicts, exact words and sources, and article text made inert.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Article } from '../../src/types.js';
import { parseInput } from '../../src/ingest/index.js';
import { compareArticles } from '../../src/compare.js';
import { renderCompareText } from '../../src/report/text.js';
import { seedPath } from '../support/seeds.js';

const seeds = (): Article[] => ['003', '004'].flatMap((n) => parseInput(readFileSync(seedPath(n)), seedPath(n)).articles);

describe('compare text output', () => {
  it('shows the figures table right after the key findings when two articles give figures: verdict, why, each value with its words and source', () => {
    const text = renderCompareText(compareArticles(seeds()));
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Key findings: /);
    const table = lines.indexOf('Figures (! conflict, ^ updated, ? absence, ~ compatible, = agree, + one article; * the figure compared)');
    expect(lines[table - 1]).toBe('');
    expect(lines.slice(1, table - 1).every((l) => l.startsWith('  '))).toBe(true);
    const at = lines.findIndex((l) => l.includes('killed (running total): agree'));
    expect(lines[at]).toMatch(/^= f[0-9a-f]{8} killed \(running total\): agree - same quantity, compatible amounts: 27 ألفاً و708 \(003_f2b0d23337b16d42, 2024-02-07\), more than 27 ألفاً و700 \(004_a3af3706549eb725\)$/);
    // Unknown outlets are named by their file name, shortened.
    expect(lines[at + 1]).toBe('  * [A] 003_f2b0d233… 2024-02-07: 27,708 - السلطات الفلسطينية');
    expect(lines[at + 2]).toContain('«27 ألفاً و708» شهداء');
    expect(lines[at + 3]).toBe('  * [B] 004_a3af3706… : more than 27,700');
    expect(text.indexOf('Figures (')).toBeLessThan(text.indexOf('Claim groups'));
  });

  it('leaves the table out when no two articles give a figure for the same thing', () => {
    const text = renderCompareText(compareArticles(seeds().slice(0, 1)));
    expect(text).not.toContain('Figures (');
  });

  it('makes article text inert: a bidi override planted in a sentence does not reach the output', () => {
    const [a, b] = seeds();
    const hostile = { ...b, text: b.text.replace('أكثر من 27 ألفاً', '\u202Eأكثر من 27 ألفاً') };
    const text = renderCompareText(compareArticles([a, hostile]));
    const table = text.slice(0, text.indexOf('\n\n', text.indexOf('killed (running total)')));
    expect(table).toContain('more than 27,700');
    expect(table).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});
