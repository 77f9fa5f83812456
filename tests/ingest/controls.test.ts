// Control sequences in articles: found whole, removed before analysis with a recorded reason, so
// `ESC]52;c;...` is never a claim or a figure; the same definition serves every view.
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/ingest/index.js';
import { extractHtml, MAX_HTML_DEPTH, nestingDepth } from '../../src/ingest/html.js';
import { analyzeArticle } from '../../src/compare.js';
import { describeControls, escapeJsonControls, findControls, formatCount, removeControls, removeEscapeSequences } from '../../src/text/controls.js';
import { escapeHtml } from '../../src/report/escape.js';
import { sanitizeText } from '../../cli/tui/sanitize.js';
import { seedLines } from '../support/seeds.js';

// A real line of seed 004 (7 February 2024): the toll figure that must stay the only figure.
const LINE = seedLines('004').find((l) => l.includes('27 ألفاً و700'))!;
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('findControls: whole sequences, as spans', () => {
  it.each([
    ['OSC 0 window title, BEL', '\u001b]0;pwned\u0007'],
    ['OSC 52 clipboard, ST', '\u001b]52;c;ZWNobyBoaQ==\u001b\\'],
    ['OSC 8 hyperlink', '\u001b]8;;https://evil.example\u001b\\'],
    ['CSI clear screen', '\u001b[2J'],
    ['CSI alternate screen', '\u001b[?1049h'],
    ['SGR colour', '\u001b[31;1m'],
    ['8-bit CSI', '\u009b2J'],
    ['8-bit OSC', '\u009d0;title\u0007'],
    ['DCS', '\u001bPq#0;2;0;0;0\u001b\\'],
    ['APC', '\u001b_payload\u001b\\'],
    ['charset switch', '\u001b(0'],
    ['NUL, BEL, backspace', '\u0000\u0007\u0008'],
    ['bidi override and isolates', '\u202e\u2066\u2069'],
  ])('%s', (_name, attack) => {
    const text = `${LINE}${attack}${LINE}`;
    expect(findControls(text)).toEqual([[LINE.length, LINE.length + attack.length]]);
    expect(removeControls(text)).toBe(LINE + LINE);
  });

  it('stops an unterminated string command at the end of its line', () => {
    expect(findControls(`\u001b]0;${LINE}\n${LINE}`)).toEqual([[0, LINE.length + 4]]);
  });

  it('keeps tabs, line breaks, implicit marks and what Arabic needs', () => {
    const text = `${LINE}\t\r\n\u200f\u200e\u061c\u200c حذّرت`;
    expect(findControls(text)).toEqual([]);
  });

  it('names what it found for a person', () => {
    expect(describeControls(['\u001b[2J', '\u202e', '\u202c\u2069', '\u0000'])).toBe('1 escape sequence, 2 bidi controls and 1 control character');
  });

  it.each([0, 1, 999, 1000, 12345, 1234567, 2 ** 40, 1.5, -1200])('counts %d as toLocaleString does', (n) => {
    expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
  });

  it('leaves single control characters for the binary test to count', () => {
    expect(removeEscapeSequences('\u001b[31ma\u0000b\u001b]0;x\u0007')).toBe('a\u0000b');
  });

  it('escapes what JSON.stringify leaves raw, so the data reads back unchanged', () => {
    const value = { text: `${LINE}\u202e\u0085\u2066x\udb40\udc41` };
    const json = escapeJsonControls(JSON.stringify(value));
    expect(json).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]|\udb40/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('is the one definition the views use: the TUI sanitiser and the HTML escaper remove whole sequences', () => {
    const attacked = `\u001b]52;c;ZWNobyBoaQ==\u0007${LINE}\u001b[31m`;
    expect(sanitizeText(attacked)).toBe(LINE);
    expect(escapeHtml(attacked)).not.toMatch(/52;c|31m/);
  });
});

describe('controls at ingest', () => {
  const attacked = `عنوان \u001b]0;pwned\u0007الخبر\n\u001b]52;c;ZWNobyBoaQ==\u0007${LINE}\u001b[2J\n`;

  it('are removals with the reason "control", named in one warning, and the text keeps its offsets', () => {
    const { articles, warnings } = parseInput(bytes(attacked), 'evil.txt');
    const [a] = articles;
    expect(a.text).toBe(attacked);
    expect(a.removed.map((r) => [r.reason, r.text])).toEqual([
      ['control', '\u001b]0;pwned\u0007'],
      ['control', '\u001b]52;c;ZWNobyBoaQ==\u0007'],
      ['control', '\u001b[2J'],
    ]);
    for (const r of a.removed) expect(a.text.slice(r.start, r.end)).toBe(r.text);
    expect(warnings.map((w) => w.message)).toEqual(['evil.txt: removed 3 escape sequences from the text (recorded as "control")']);
  });

  it('never become a claim or a figure: the only figure is the toll', () => {
    const a = analyzeArticle(parseInput(bytes(attacked), 'evil.txt').articles[0]);
    expect(a.title).toBe('عنوان الخبر');
    for (const c of a.claims) expect(findControls(c.text)).toEqual([]);
    const figures = a.claims.flatMap((c) => c.numbers.map((n) => n.text));
    expect(figures).not.toContain('52');
    expect(figures).not.toContain('2');
    expect(figures).toContain('27 ألفاً و700');
  });

  it('are removed with --keep-boilerplate too: they are not boilerplate', () => {
    const [a] = parseInput(bytes(attacked), 'evil.txt', { keepBoilerplate: true }).articles;
    expect(a.removed.map((r) => r.reason)).toEqual(['control', 'control', 'control']);
  });

  it('are removed from ids and metadata fields, and said', () => {
    const record = { id: 'a\u0000b', title: '\u001b]0;x\u0007عنوان', outlet: '\u202eأخبار', text: LINE };
    const { articles, warnings } = parseInput(bytes(JSON.stringify(record)), 'r.json');
    expect(articles[0]).toMatchObject({ id: 'ab', title: 'عنوان', outlet: 'أخبار' });
    expect(warnings.map((w) => w.message)).toEqual(['r.json#1: removed control characters from its title, outlet, id']);
  });
});

describe('HTML nesting', () => {
  const article = `<p>${seedLines('004').slice(1, 3).join('</p><p>')}</p>`;

  it.each([
    ['<html><body><div><p>a</p><br><img src=x></div></body></html>', 4],
    ['<div><div/></div><span>', 1],
    [`${'<div>'.repeat(300)}${'</div>'.repeat(300)}`, 300],
    ['<a <b <c', 0],
  ])('nestingDepth(%s) = %i', (html, depth) => {
    expect(nestingDepth(html)).toBe(depth);
  });

  it(`reads a page nested deeper than ${MAX_HTML_DEPTH} as flat text, quickly, and says so`, () => {
    const html = `<html><head><title>بلينكن في إسرائيل</title></head><body>${'<div>'.repeat(20_000)}${article}<script>alert(1)</script>${'</div>'.repeat(20_000)}</body></html>`;
    const started = Date.now();
    const page = extractHtml(html);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(page?.fields.title).toBe('بلينكن في إسرائيل');
    expect(page?.text.split('\n')).toEqual(seedLines('004').slice(1, 3));
    expect(page?.notices[0]).toMatch(/^the page nests elements 2000\d deep \(more than 200\): read as plain text/);
  });
});
