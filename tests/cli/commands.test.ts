import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { seedPath } from '../support/seeds.js';

describe('claimdiff events', () => {
  it('groups the example corpus: only the two 7 February reports form one event', async () => {
    const r = await runCli(['events', '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.schema).toBe('claimdiff.events/1');
    const groups = json.events.map((e: { articles: string[] }) => e.articles.map((id) => id.slice(0, 3)).join('+'));
    expect(groups.sort()).toEqual(['000', '001', '002', '003+004']);
    const feb7 = json.events.find((e: { articles: string[] }) => e.articles.length === 2);
    expect(feb7).toMatchObject({ date: '2024-02-07' });
    expect(Object.keys(feb7)).toEqual(expect.arrayContaining(['id', 'label', 'date', 'articles']));
  });

  it('rejects a threshold outside (0, 1]', async () => {
    const r = await runCli(['events', '--threshold', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--threshold must be');
  });
});

describe('claimdiff compare on a corpus', () => {
  it('groups first and compares within each event', async () => {
    const r = await runCli(['compare']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^5 articles compared in 4 events: 1 covered by more than one article/);
    expect(r.stdout).toContain('Articles no other input covers (3)');
  });

  it('writes the corpus JSON with one comparison per event', async () => {
    const r = await runCli(['compare', '--format', 'json']);
    const json = JSON.parse(r.stdout);
    expect(json.schema).toBe('claimdiff.corpus/1');
    expect(json.comparisons).toHaveLength(json.events.length);
    expect(json.comparisons.every((c: { schema: string }) => c.schema === 'claimdiff.compare/1')).toBe(true);
  });

  it('--one-event compares everything as one event', async () => {
    const r = await runCli(['compare', '--one-event', '--format', 'json']);
    const json = JSON.parse(r.stdout);
    expect(json.schema).toBe('claimdiff.compare/1');
    expect(json.articles).toHaveLength(5);
  });
});

describe('claimdiff framing', () => {
  it('prints every flag with exact offsets in claimdiff.framing/1', async () => {
    const r = await runCli(['framing', seedPath('003'), '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.schema).toBe('claimdiff.framing/1');
    const [article] = json.articles;
    expect(article.id).toBe('003_f2b0d23337b16d42');
    const text = (await import('node:fs')).readFileSync(seedPath('003'), 'utf8');
    for (const f of article.flags) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(article.flags).toContainEqual(expect.objectContaining({ text: 'شهداء', category: 'victim-term' }));
    expect(article.flags).toContainEqual(expect.objectContaining({ text: 'مدعياً', category: 'reporting-verb', value: 'distancing' }));
  });

  it('adds the entries of a --lexicon file, and names the line of a bad one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimdiff-lex-'));
    const good = path.join(dir, 'good.tsv');
    writeFileSync(good, '# my terms\nالمسؤولين الإسرائيليين\tlabel\tofficials\tIsraeli officials\n');
    const r = await runCli(['framing', seedPath('003'), '--format', 'json', '--lexicon', good]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).articles[0].flags).toContainEqual(expect.objectContaining({ text: 'المسؤولين الإسرائيليين', category: 'label' }));
    const bad = path.join(dir, 'bad.tsv');
    writeFileSync(bad, 'شهداء\tnot-a-category\n');
    const r2 = await runCli(['framing', seedPath('003'), '--lexicon', bad]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/bad\.tsv:1/);
    expect(r2.stderr.trim().split('\n')).toHaveLength(1);
  });
});
