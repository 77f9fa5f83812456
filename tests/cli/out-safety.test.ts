// --out never destroys data: not an input, not a file claimdiff did not write (unless --force),
// always a temporary file renamed into place, and a failure to write is exit code 5.
import { appendFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_NAME } from '../../cli/safe-write.js';
import { runCli } from '../support/cli.js';
import { seedPath, seedText } from '../support/seeds.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'claimdiff-out-'));
const SEED = seedPath('003');

describe('--out FILE', () => {
  it('writes, records itself in the folder manifest, and replaces its own output on the next run', async () => {
    const dir = tmp();
    const out = path.join(dir, 'cmp.txt');
    expect((await runCli(['compare', SEED, '--out', out])).code).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(dir, MANIFEST_NAME), 'utf8'));
    expect(manifest.schema).toBe('claimdiff.manifest/1');
    expect(Object.keys(manifest.files)).toEqual(['cmp.txt']);
    const again = await runCli(['compare', SEED, '--format', 'json', '--out', out]);
    expect(again.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).schema).toBe('claimdiff.compare/1');
    // No temporary file is left behind.
    expect(readdirSync(dir).sort()).toEqual([MANIFEST_NAME, 'cmp.txt']);
  });

  it.each([
    ['a file claimdiff did not write', async (out: string) => writeFileSync(out, 'my notes')],
    [
      'its own output, edited since',
      async (out: string) => {
        expect((await runCli(['compare', SEED, '--out', out])).code).toBe(0);
        appendFileSync(out, 'my notes');
      },
    ],
  ])('refuses to replace %s (exit 5), and --force replaces it', async (_name, prepare) => {
    const dir = tmp();
    const out = path.join(dir, 'cmp.txt');
    await prepare(out);
    const before = readFileSync(out, 'utf8');
    const r = await runCli(['compare', SEED, '--out', out]);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain(`${out} exists and claimdiff did not write it (or it changed since); choose another --out, or pass --force to replace it`);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(out, 'utf8')).toBe(before);
    const forced = await runCli(['compare', SEED, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^Key findings: /);
  });

  it('never writes over an input, even with --force, under any name (a hard link)', async () => {
    const dir = tmp();
    const input = path.join(dir, 'article.txt');
    writeFileSync(input, seedText('003'));
    linkSync(input, path.join(dir, 'other-name.txt'));
    for (const out of [input, path.join(dir, 'other-name.txt')]) {
      const r = await runCli(['compare', input, '--out', out, '--force']);
      expect(r.code).toBe(5);
      expect(r.stderr).toMatch(/is one of the inputs; claimdiff never writes over an input/);
    }
    expect(readFileSync(input, 'utf8')).toBe(seedText('003'));
  });

  it('never writes over the lexicon it read', async () => {
    const dir = tmp();
    const lexicon = path.join(dir, 'terms.tsv');
    writeFileSync(lexicon, 'شهداء\tvictim-term\n');
    const r = await runCli(['framing', SEED, '--lexicon', lexicon, '--out', lexicon, '--force']);
    expect(r.code).toBe(5);
    expect(readFileSync(lexicon, 'utf8')).toBe('شهداء\tvictim-term\n');
  });

  it('replaces a symbolic link only with --force, and never its target', async () => {
    const dir = tmp();
    const victim = path.join(dir, 'victim.txt');
    writeFileSync(victim, 'keep me');
    symlinkSync(victim, path.join(dir, 'out.txt'));
    const r = await runCli(['compare', SEED, '--out', path.join(dir, 'out.txt')]);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/is a symbolic link; claimdiff does not write through links/);
    expect((await runCli(['compare', SEED, '--out', path.join(dir, 'out.txt'), '--force'])).code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
  });

  it('a write that fails is exit code 5 with one line naming the file', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a-file'), '');
    const out = path.join(dir, 'a-file', 'cmp.txt');
    const r = await runCli(['compare', SEED, '--out', out]);
    expect(r.code).toBe(5);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(out);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('report --out DIR', () => {
  it('refuses to replace an unrelated index.html; writes nothing then; --force replaces it', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'index.html'), '<p>my page</p>');
    const r = await runCli(['report', SEED, '--out', dir]);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain(`${path.join(dir, 'index.html')} exists and claimdiff did not write it`);
    expect(readdirSync(dir)).toEqual(['index.html']);
    const forced = await runCli(['report', SEED, '--out', dir, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('runs again over its own reports, and never reads them back as articles', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'corpus'));
    writeFileSync(path.join(dir, 'corpus', 'a.txt'), seedText('003'));
    const out = path.join(dir, 'corpus', 'reports');
    expect((await runCli(['report', path.join(dir, 'corpus'), '--out', out])).code).toBe(0);
    const again = await runCli(['report', path.join(dir, 'corpus'), '--out', out]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/for 1 article; the index also lists 1 event covered by fewer than 2 outlets/);
    expect(existsSync(path.join(out, MANIFEST_NAME))).toBe(true);
  });

  it('refuses a manifest that is not one', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, MANIFEST_NAME), 'not json');
    const r = await runCli(['report', SEED, '--out', dir]);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/is not a claimdiff manifest/);
    expect(readFileSync(path.join(dir, MANIFEST_NAME), 'utf8')).toBe('not json');
  });
});
