// A colon between letters splits words on every Node: the token stream's own scanner does not
// depend on ICU, whose word segmenter joins `بلينكن:واشنطن` from ICU 77 (Node 20.20, 22, 24) on and
// splits it in ICU 76 (Node 20.19). CI runs this file on each.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/token-stream.js';
import { runCli } from '../support/cli.js';
import { SHARED_DATA, seedLines } from '../support/seeds.js';

/** A letter, a colon (ASCII, vertical, small, fullwidth), a letter: a space lost after a label. */
const LOST_SPACE = /(\p{L})([:\uFE13\uFE55\uFF1A])(?=\p{L})/gu;
const hasLostSpace = (text: string) => /\p{L}[:\uFE13\uFE55\uFF1A]\p{L}/u.test(text);
const withSpace = (text: string) => text.replace(LOST_SPACE, '$1$2 ');
const norms = (text: string) => tokenize(text).map((t) => t.norm);

/** Seed lines that open with a label and a colon, with the space after the colon dropped, as scraped headlines often have it. */
const spaceless = (num: string, start: string) => {
  const line = seedLines(num).find((l) => l.startsWith(start));
  if (line === undefined) throw new Error(`seed ${num} has no line starting ${start}`);
  return line.replace(': ', ':');
};

describe('words split at a colon between letters', () => {
  it.each([
    ['000 title', spaceless('000', 'بلينكن: واشنطن'), ['بلينكن', 'واشنطن']],
    ['001 title', spaceless('001', 'بلينكن: سنستخدم'), ['بلينكن', 'سنستخدم']],
    ['002 related link', spaceless('002', 'المجر: مصر'), ['المجر', 'مصر']],
    ['fullwidth colon', spaceless('000', 'بلينكن: واشنطن').replace(':', '\uFF1A'), ['بلينكن', 'واشنطن']],
  ])('%s: the same words as with the space, offsets into the text as given', (_name, text, firstTwo) => {
    const tokens = tokenize(text);
    expect(tokens.slice(0, 2).map((t) => t.norm)).toEqual(firstTwo);
    expect(tokens.map((t) => t.norm)).toEqual(norms(withSpace(text)));
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

const ANS_TRAIN = path.join(SHARED_DATA, 'ans/stance/train.csv');

describe.skipIf(!existsSync(ANS_TRAIN))('ANS headlines with a colon between letters (shared data; skipped when absent)', () => {
  let rows: Array<{ s1: string; s2: string }> = [];
  beforeAll(() => {
    const all = parse(readFileSync(ANS_TRAIN, 'utf8'), { columns: true }) as Array<{ s1: string; s2: string }>;
    rows = all.filter((r) => hasLostSpace(r.s1) || hasLostSpace(r.s2));
  });

  it('tokenize each as if the space were there', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) for (const s of [r.s1, r.s2]) expect(norms(s)).toEqual(norms(withSpace(s)));
  });

  it('claimdiff pairs gives each pair the relation and score it gives with the space', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimdiff-colon-'));
    const csv = (list: Array<{ s1: string; s2: string }>) =>
      ['s1,s2', ...list.map((r) => [r.s1, r.s2].map((s) => `"${s.replaceAll('"', '""')}"`).join(','))].join('\n');
    writeFileSync(path.join(dir, 'as-is.csv'), csv(rows));
    writeFileSync(path.join(dir, 'spaced.csv'), csv(rows.map((r) => ({ s1: withSpace(r.s1), s2: withSpace(r.s2) }))));
    const asIs = await runCli(['pairs', path.join(dir, 'as-is.csv')]);
    const spaced = await runCli(['pairs', path.join(dir, 'spaced.csv')]);
    expect(asIs.code).toBe(0);
    const tail = (out: string) => out.trim().split('\n').slice(1).map((l) => l.split(',').slice(-2).join(','));
    expect(tail(asIs.stdout)).toEqual(tail(spaced.stdout));
    expect(tail(asIs.stdout)).toHaveLength(rows.length);
  });
});
