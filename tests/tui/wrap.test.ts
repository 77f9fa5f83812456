import { describe, expect, it } from 'vitest';
import { layoutText } from '../../cli/tui/layout.js';
import { visualLine } from '../../cli/tui/bidi.js';
import { displayWidth, truncateSpans, wrapText } from '../../cli/tui/wrap.js';
import { seedLines } from '../support/seeds.js';

const lead = seedLines('003')[0];

describe('wrapText', () => {
  it.each([20, 37, 60])('wraps the 003 lead to %i columns at spaces, losing nothing', (width) => {
    const lines = wrapText(lead, width);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(width);
    expect(lines.join(' ')).toBe(lead.replace(/\s+/g, ' '));
  });

  it('cuts a word wider than the line between letters, never between a letter and its shadda', () => {
    const lines = wrapText('حذّرتحذّرتحذّرت', 4);
    for (const l of lines) expect(l).not.toMatch(/^[\u0651\u064b-\u0652]/);
    expect(lines.join('')).toBe('حذّرتحذّرتحذّرت');
  });
});

describe('displayWidth and truncateSpans', () => {
  it('counts marks as zero and wide characters as two', () => {
    expect(displayWidth('حذّرت')).toBe(4);
    expect(displayWidth('中文')).toBe(4);
  });

  it('cuts to the width with an ellipsis, keeping the start', () => {
    const cut = truncateSpans([{ text: lead }], 20).map((s) => s.text).join('');
    expect(displayWidth(cut)).toBeLessThanOrEqual(20);
    expect(cut.endsWith('…')).toBe(true);
    expect(lead.startsWith(cut.slice(0, -1).trimEnd())).toBe(true);
  });
});

describe('layoutText', () => {
  const text = (lines: ReturnType<typeof layoutText>) => lines.map((l) => l.spans.map((s) => s.text).join(''));

  it('visual mode: each wrapped line reordered and right-aligned, all exactly the width', () => {
    const out = text(layoutText([{ text: lead }], { width: 40, bidi: 'visual' }));
    const logical = wrapText(lead, 40);
    expect(out).toHaveLength(logical.length);
    out.forEach((l, k) => {
      expect(displayWidth(l)).toBe(40);
      expect(l.trimStart()).toBe(visualLine(logical[k], 'rtl'));
    });
  });

  it('logical mode: lines as stored, left-aligned', () => {
    const out = text(layoutText([{ text: lead }], { width: 40, bidi: 'logical' }));
    expect(out.map((l) => l.trimEnd())).toEqual(wrapText(lead, 40));
  });

  it('isolates values: a figure that starts with digits stays whole inside a Latin line', () => {
    const spans = [{ text: 'figure: ' }, { text: '27 ألفاً و708', isolate: true }, { text: ' = ' }, { text: '27708 شهداء', isolate: true }];
    const [visual] = text(layoutText(spans, { width: 60, bidi: 'visual' }));
    expect(visual.trimEnd()).toBe(`figure: ${visualLine('27 ألفاً و708', 'rtl')} = ${visualLine('27708 شهداء', 'rtl')}`);
    // Without the isolates the two Arabic values and the numbers between them mix.
    const [mixed] = text(layoutText(spans.map((s) => ({ text: s.text })), { width: 60, bidi: 'visual' }));
    expect(mixed.trimEnd()).not.toBe(visual.trimEnd());
    // In logical order the text is printed as stored, without invisible controls that some
    // terminals would give a cell.
    const [logical] = text(layoutText(spans, { width: 60, bidi: 'logical' }));
    expect(logical.trimEnd()).toBe('figure: 27 ألفاً و708 = 27708 شهداء');
  });

  it('sanitizes what it lays out', () => {
    const out = text(layoutText([{ text: `\u001b]0;x\u0007${lead}\u001b[2J` }], { width: 200, bidi: 'logical' }));
    expect(out.join('')).not.toMatch(/\u001b/);
  });
});
