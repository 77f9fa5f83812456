// Reading files, folders and stdin from disk: order, skipped entries, size limits, unreadable paths.
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSize, readInputs } from '../../cli/read-inputs.js';
import { SEED_DIR, seedPath, seedText } from '../support/seeds.js';

const LEAD_004 = seedText('004').split('\n')[0];
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'claimdiff-read-'));
  // corpus/ holds the seeds, a nested folder, and entries that must be skipped.
  cpSync(SEED_DIR, path.join(dir, 'corpus'), { recursive: true });
  mkdirSync(path.join(dir, 'corpus', 'more'));
  writeFileSync(path.join(dir, 'corpus', 'more', 'records.jsonl'), `${JSON.stringify({ id: 'rec-1', text: LEAD_004 })}\n`);
  mkdirSync(path.join(dir, 'corpus', '.cache'));
  writeFileSync(path.join(dir, 'corpus', '.cache', 'hidden.txt'), LEAD_004);
  writeFileSync(path.join(dir, 'corpus', '.hidden.txt'), LEAD_004);
  mkdirSync(path.join(dir, 'corpus', 'node_modules'));
  writeFileSync(path.join(dir, 'corpus', 'node_modules', 'dep.txt'), LEAD_004);
  writeFileSync(path.join(dir, 'corpus', 'photo.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  mkdirSync(path.join(dir, 'empty'));
  writeFileSync(path.join(dir, 'empty', 'notes.rtf'), 'x');
  writeFileSync(path.join(dir, 'empty.txt'), '');
  mkdirSync(path.join(dir, 'a'));
  mkdirSync(path.join(dir, 'b'));
  writeFileSync(path.join(dir, 'a', 'blinken.txt'), LEAD_004);
  writeFileSync(path.join(dir, 'b', 'blinken.txt'), LEAD_004);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readInputs', () => {
  it('reads a folder recursively in path order, skipping hidden entries, node_modules, README.md and unknown extensions', async () => {
    const { articles, problems } = await readInputs([path.join(dir, 'corpus')]);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual([
      '000_40900aec854b805b',
      '001_104e0b002fc97bce',
      '002_31c9022a9ad5315f',
      '003_f2b0d23337b16d42',
      '004_a3af3706549eb725',
      'rec-1', // corpus/more/records.jsonl sorts after corpus/004_...
    ]);
  });

  it('reads a README.md only when it is named: in a folder it documents the folder', async () => {
    const readme = path.join(SEED_DIR, 'README.md');
    const { articles } = await readInputs([readme]);
    expect(articles.map((a) => [a.id, a.title])).toEqual([['README', 'The Blinken example corpus']]);
  });

  it('keeps the order of the inputs, then path order', async () => {
    const { articles } = await readInputs([seedPath('004'), seedPath('001')]);
    expect(articles.map((a) => a.id.slice(0, 3))).toEqual(['004', '001']);
  });

  it('reads stdin for `-`, sniffing its format', async () => {
    const stdin = Readable.from([Buffer.from(JSON.stringify({ id: 'piped', text: LEAD_004 }))]);
    const { articles } = await readInputs(['-', seedPath('003')], { stdin });
    expect(articles.map((a) => [a.id, a.source])).toEqual([
      ['piped', '-#1'],
      ['003_f2b0d23337b16d42', seedPath('003')],
    ]);
  });

  it('goes on past bad inputs, with one problem each', async () => {
    const missing = path.join(dir, 'missing.txt');
    const { articles, problems } = await readInputs([missing, path.join(dir, 'empty'), path.join(dir, 'empty.txt'), seedPath('003')]);
    expect(articles.map((a) => a.id)).toEqual(['003_f2b0d23337b16d42']);
    expect(problems.map((p) => p.message)).toEqual([
      `${missing}: file not found; check the path`,
      `${path.join(dir, 'empty')}: no .txt, .md, .html, .json or .jsonl files found; pass a folder that holds articles`,
      `${path.join(dir, 'empty.txt')}: the file is empty; add the article text or leave the file out`,
    ]);
  });

  it('refuses a file over the size limit', async () => {
    const { articles, problems } = await readInputs([seedPath('003')], { maxBytes: 1024 });
    expect(articles).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([`${seedPath('003')}: 7 KB is over the 1 KB limit; split it or pass --max-size`]);
  });

  it('refuses stdin over the size limit', async () => {
    const stdin = Readable.from([Buffer.from(seedText('003'))]);
    const { problems } = await readInputs(['-'], { stdin, maxBytes: 1024 });
    expect(problems.map((p) => p.message)).toEqual(['-: more than 7 KB is over the 1 KB limit; split it or pass --max-size']);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read', async () => {
    const locked = path.join(dir, 'locked.txt');
    writeFileSync(locked, LEAD_004);
    chmodSync(locked, 0o000);
    const { problems } = await readInputs([locked]);
    expect(problems.map((p) => p.message)).toEqual([`${locked}: permission denied; check that you may read it`]);
  });

  it('renames an id used twice across folders, with a warning', async () => {
    const { articles } = await readInputs([path.join(dir, 'a'), path.join(dir, 'b')]);
    expect(articles.map((a) => a.id)).toEqual(['blinken', 'blinken-2']);
    expect(articles[1].warnings).toContain('id "blinken" is used by an earlier article; renamed to "blinken-2"');
  });

  it('keepBoilerplate reaches the articles', async () => {
    const { articles } = await readInputs([seedPath('002')], { keepBoilerplate: true });
    expect(articles[0].removed).toEqual([]);
  });
});

describe('formatSize', () => {
  it.each([
    [80 * 1024 * 1024, '80 MB'],
    [50 * 1024 * 1024, '50 MB'],
    [1.5 * 1024 * 1024, '1.5 MB'],
    [6907, '7 KB'],
    [300, '300 bytes'],
  ])('%i -> %s', (n, text) => {
    expect(formatSize(n)).toBe(text);
  });
});
