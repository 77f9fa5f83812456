import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { seedPath } from '../support/seeds.js';
import { RAFAH_003, tmp } from './helpers.js';

describe('claimdiff report', () => {
  it('writes an HTML report per event of two or more outlets and an index of all, and says where', async () => {
    const out = path.join(tmp(), 'reports');
    const r = await runCli(['report', '--out', out]);
    expect(r.code).toBe(0);
    // Of the example corpus' four events only 7 February has two outlets; the index lists the other three.
    expect(r.stdout).toMatch(/^wrote 1 event report and an index \(html\) for 5 articles; the index also lists 3 events covered by fewer than 2 outlets/);
    const listed = r.stdout.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim());
    expect(listed).toHaveLength(2);
    for (const f of listed) expect(existsSync(f)).toBe(true);
    expect(r.stdout.trim().split('\n').at(-1)).toBe(`open ${path.join(out, 'index.html')}`);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('Events not compared (3)');
    const all = await runCli(['report', '--out', path.join(tmp(), 'all'), '--min-outlets', '1']);
    expect(all.stdout).toMatch(/^wrote 4 event reports and an index/);
    const feb7 = readFileSync(listed[0], 'utf8');
    expect(feb7.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(feb7).toContain(RAFAH_003);
  });

  it.each([
    ['md', '# '],
    ['json', '{'],
  ])('writes --format %s', async (format, start) => {
    const out = tmp();
    const r = await runCli(['report', seedPath('003'), seedPath('004'), '--out', out, '--format', format]);
    expect(r.code).toBe(0);
    const index = path.join(out, `index.${format}`);
    expect(readFileSync(index, 'utf8').startsWith(start)).toBe(true);
    expect(r.stdout).toContain(`open ${index}`);
  });

  it('rejects an unknown format with exit code 2', async () => {
    const r = await runCli(['report', '--format', 'pdf', '--out', tmp()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Invalid values|Choices/);
  });
});

describe('claimdiff compare --format md|html', () => {
  it('prints the Markdown report of one event', async () => {
    const r = await runCli(['compare', seedPath('003'), seedPath('004'), '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# /);
    expect(r.stdout).toContain('## Coverage matrix');
    expect(r.stdout).toContain(RAFAH_003);
  });

  it('writes the HTML report of one event to --out', async () => {
    const out = path.join(tmp(), 'feb7.html');
    const r = await runCli(['compare', seedPath('003'), seedPath('004'), '--format', 'html', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`wrote ${out}`);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(RAFAH_003);
  });

  it('asks for `report` when the inputs form several events', async () => {
    const r = await runCli(['compare', '--format', 'html']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the inputs form 4 events; .*claimdiff report/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--one-event renders all inputs as one event', async () => {
    const r = await runCli(['compare', '--one-event', '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('5 articles');
  });
});
