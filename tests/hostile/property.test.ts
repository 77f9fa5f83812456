// A property over random articles (seeded, so a failure can be replayed): made of the seed
// articles' own words and punctuation, with terminal escapes, bidi controls, stray control
// characters, CRLF, bullets and lines far longer than any sentence, every letter and digit of the
// input ends up inside a claim or a recorded removal, and every claim's offsets slice the input to
// its text. The hostile corpus is held to the same property through the real file reader.
import path from 'node:path';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../cli/read-inputs.js';
import { analyzeArticle } from '../../src/compare.js';
import { parseInput } from '../../src/ingest/index.js';
import { findControls } from '../../src/text/controls.js';
import { MAX_SEGMENT_CHARS } from '../../src/text/segment.js';
import type { ArticleResult } from '../../src/types.js';
import { seedText } from '../support/seeds.js';
import { BIDI, buildHostileCorpus, ESCAPES } from './corpus.js';

/** mulberry32: a small seeded generator, so every run draws the same articles. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['000', '001', '002', '003', '004'].flatMap((n) => seedText(n).split(/\s+/)).filter(Boolean);
const STRAY = ['\u0000', '\u0007', '\u0008', '\u000b', '\u000c', '\u007f', '\u0085', '\ufeff'];
const OPENERS = ['', '', '', '• ', '- ', '1. ', '«', '"', '(', '## '];

/** One random article: lines of seed words, some of them attacked, some thousands of characters long. */
function randomArticle(next: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const lines: string[] = [];
  const count = 1 + Math.floor(next() * 12);
  for (let l = 0; l < count; l += 1) {
    const long = next() < 0.15;
    const words = long ? 400 + Math.floor(next() * 4000) : Math.floor(next() * 40);
    let line = pick(OPENERS);
    for (let w = 0; w < words; w += 1) {
      const r = next();
      if (r < 0.02) line += pick(ESCAPES);
      else if (r < 0.03) line += pick(BIDI);
      else if (r < 0.035) line += pick(STRAY);
      let word = pick(WORDS);
      // A long line may lose its punctuation, or its spaces for a stretch.
      if (long && next() < 0.8) word = word.replace(/[.!?؟]/g, '');
      line += word + (long && next() < 0.05 ? '' : ' ');
    }
    lines.push(line);
    if (next() < 0.2) lines.push('');
  }
  return lines.join(next() < 0.2 ? '\r\n' : '\n');
}

/**
 * A numbered list marker (`1. `, `2) `) opening a line is markup, like a bullet: the only digits a
 * claim may leave out. Spaces and removed controls may stand before it.
 */
function isListNumber(input: string, i: number, covered: Uint8Array): boolean {
  let b = i;
  while (b > 0 && /\d/.test(input[b - 1])) b -= 1;
  let before = b - 1;
  while (before >= 0 && input[before] !== '\n' && (covered[before] === 2 || /[ \t]/.test(input[before]))) before -= 1;
  const atLineStart = before < 0 || input[before] === '\n' || input[before] === '\r';
  return atLineStart && /^[0-9\u0660-\u0669]{1,2}[.)]\s/.test(input.slice(b, b + 4));
}

/** The checks: claims slice the input exactly, hold no control, stay short, and with the removals cover every letter and digit. */
function expectCovered(input: string, a: ArticleResult, label: string): void {
  const covered = new Uint8Array(input.length);
  let last = 0;
  for (const c of a.claims) {
    expect(input.slice(c.start, c.end), `${label}: claim ${c.id}`).toBe(c.text);
    expect(findControls(c.text), `${label}: claim ${c.id} holds a control`).toEqual([]);
    expect(c.text.length).toBeLessThanOrEqual(MAX_SEGMENT_CHARS);
    expect(c.start).toBeGreaterThanOrEqual(last);
    last = c.end;
    for (const n of c.numbers) expect(n.start >= c.start && n.end <= c.end, `${label}: figure ${n.text} outside its claim`).toBe(true);
    covered.fill(1, c.start, c.end);
  }
  for (const r of a.removed) {
    expect(input.slice(r.start, r.end), `${label}: removal ${r.reason}`).toBe(r.text);
    covered.fill(2, r.start, r.end);
  }
  const lost: string[] = [];
  for (let i = 0; i < input.length; i += 1) {
    if (covered[i] || !/[\p{L}\p{N}]/u.test(input[i]) || isListNumber(input, i, covered)) continue;
    lost.push(`${i}:${input[i]}`);
  }
  expect(lost.slice(0, 10), `${label}: letters or digits in no claim and no removal`).toEqual([]);
}

describe('property: random articles with controls and very long lines', () => {
  const SEED = 20240207;
  it.each(Array.from({ length: 60 }, (_, k) => SEED + k))('seed %i', (seed) => {
    const input = randomArticle(random(seed));
    const { articles, problems } = parseInput(new TextEncoder().encode(input), `random-${seed}.txt`);
    expect(problems).toEqual([]);
    const [article] = articles;
    expect(article.text).toBe(input);
    expectCovered(input, analyzeArticle(article), `seed ${seed}`);
  });

  it('the generator does attack: controls and overlong lines occur', () => {
    const all = Array.from({ length: 60 }, (_, k) => randomArticle(random(SEED + k))).join('\n');
    expect(findControls(all).length).toBeGreaterThan(100);
    expect(all.split('\n').some((l) => l.length > 10 * MAX_SEGMENT_CHARS)).toBe(true);
  });
});

describe('property: the hostile corpus read from disk', () => {
  let corpus: ReturnType<typeof buildHostileCorpus>;
  beforeAll(() => {
    corpus = buildHostileCorpus();
  });
  afterAll(() => rmSync(path.dirname(corpus.dir), { recursive: true, force: true }));

  it('every article read keeps every letter and digit in a claim or a recorded removal', async () => {
    const { articles } = await readInputs([corpus.dir], { maxBytes: 2 * 1024 * 1024 });
    expect(articles.length).toBeGreaterThan(10);
    for (const a of articles) expectCovered(a.text, analyzeArticle(a), a.source);
  });
});
