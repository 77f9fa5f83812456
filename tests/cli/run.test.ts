import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { seedPath, seedText } from '../support/seeds.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'claimdiff-'));

describe('claimdiff command line', () => {
  it('summarises the example corpus when given no input', async () => {
    const r = await runCli(['summary']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^5 articles/);
    expect(r.stdout).toContain('بلينكن يبحث وقف إطلاق النار بغزة مع مسؤولين إسرائيليين');
    expect(r.stdout).toContain('2024-02-07');
    expect(r.stdout).toMatch(/removed: +read-also/);
  });

  it.each([
    [['compare', '--format', 'yaml'], /Invalid values|Choices/],
    [['compare', '--align-threshold', '3'], /--align-threshold must be a number from 0 to 1/],
    [['compare', '--frobnicate'], /Unknown argument/],
  ])('rejects %j with exit code 2 and one readable message', async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('goes on past a missing file, names it, and exits 4', async () => {
    const r = await runCli(['summary', seedPath('003'), 'no/such/file.txt']);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('no/such/file.txt');
    expect(r.stdout).toMatch(/^1 article\n/);
  });

  it.each([
    [['sumary', 'examples/blinken'], 'summary'],
    [['comapre'], 'compare'],
    [['evnets', '--format', 'json'], 'events'],
  ])('%j: a first word that is neither a command nor a path is a usage error naming the closest command', async (argv, closest) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`'${argv[0]}' is neither a command nor an existing file or folder; did you mean 'claimdiff ${closest}'?`);
    expect(r.stdout).toBe('');
  });

  it('names a command even for a word close to none', async () => {
    const r = await runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/did you mean 'claimdiff (browse|summary|compare|events|framing|report|pairs)'\? \(commands: browse, summary/);
  });

  it('reads a first word that is an existing file as an input', async () => {
    const r = await runCli([seedPath('003')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1 article/);
  });

  it('exits 3 with one line when nothing is readable', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const r = await runCli(['compare', path.join(dir, 'empty.txt')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('empty.txt');
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
  });

  it('reads an article from stdin', async () => {
    const r = await runCli(['summary', '-'], seedText('004'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1 article\n/);
  });

  it('writes compare JSON to --out with the documented contract', async () => {
    const out = path.join(tmp(), 'cmp.json');
    const r = await runCli(['compare', seedPath('003'), seedPath('004'), '--format', 'json', '--out', out]);
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.schema).toBe('claimdiff.compare/1');
    expect(json.articles.map((a: { id: string }) => a.id)).toEqual(['003_f2b0d23337b16d42', '004_a3af3706549eb725']);
    const claim = json.articles[0].claims[0];
    expect(Object.keys(claim)).toEqual(expect.arrayContaining(['id', 'text', 'start', 'end', 'kind', 'attribution', 'quotes', 'numbers', 'entities']));
    expect(json.articles[0].text.slice(claim.start, claim.end)).toBe(claim.text);
    expect(json.groups.length).toBeGreaterThan(3);
    expect(Object.keys(json.unique)).toEqual(['003_f2b0d23337b16d42', '004_a3af3706549eb725']);
  });

  it('classifies pairs from CSV, keeping every row in order', async () => {
    const dir = tmp();
    const file = path.join(dir, 'pairs.csv');
    writeFileSync(
      file,
      'id,s1,s2\n' +
        '1,ارتفاع أسعار النفط عالميا,انخفاض أسعار النفط عالميا\n' +
        '2,"بلينكن يلتقي نتنياهو في القدس","نتنياهو يستقبل بلينكن في القدس"\n' +
        '3,الدولار قرب أعلى مستوى,فوز ريال مدريد بالدوري الإسباني\n',
    );
    const r = await runCli(['pairs', file]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('id,s1,s2,relation,score');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['1', '2', '3']);
    expect(lines[1]).toContain(',conflict,');
    expect(lines[2]).toMatch(/,(shared|partial),/);
    expect(lines[3]).toContain(',unrelated,');
  });
});
