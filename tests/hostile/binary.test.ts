// The built binary, end to end, on the cases of issue 15 as a person met them: the 1 MB line that
// crashed compare and report, escape sequences printed raw, --out over an input, --out -, a
// mistyped command. Exit codes and bytes are read from the real process.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, seedPath } from '../support/seeds.js';
import { ESCAPES, longLine, SENTENCES, TITLE, UNSAFE } from './corpus.js';

const BIN = path.join(ROOT, 'dist/cli/bin.js');
let dir: string;

function claimdiff(...argv: string[]): { code: number | null; stdout: Buffer; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...argv], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'claimdiff-bin-'));
  for (const n of ['003', '004']) cpSync(seedPath(n), path.join(dir, path.basename(seedPath(n))));
  // The seed's own words, 1 MB on one line without punctuation: it aligns with 003 and 004.
  writeFileSync(path.join(dir, 'long.txt'), `${TITLE}\n${longLine(1024 * 1024)}\n`);
  writeFileSync(path.join(dir, 'evil.txt'), `${ESCAPES.join('')}${TITLE}\n${SENTENCES.join(`\u202e${ESCAPES[1]}\n`)}\n`);
  // 300,000 loaded words on one line: more framing flags than a call takes arguments.
  writeFileSync(path.join(dir, 'loaded.txt'), `${TITLE}\n${'شهداء '.repeat(300_000)}\n`);
  writeFileSync(path.join(dir, 'urls.json'), JSON.stringify([{ id: 'x', title: TITLE, text: SENTENCES.join('\n') }]));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!existsSync(BIN))('the built binary (skipped: run npm run build)', () => {
  it('compares a 1 MB line without punctuation beside the articles it shares words with', () => {
    const r = claimdiff('compare', '--one-event', 'long.txt', path.basename(seedPath('003')), path.basename(seedPath('004')), '--format', 'json', '--out', 'cmp.json');
    expect(r.stderr).not.toMatch(/RangeError|\n\s+at /);
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(path.join(dir, 'cmp.json'), 'utf8'));
    const long = json.articles.find((a: { id: string }) => a.id === 'long');
    expect(long.claims.length).toBeGreaterThan(1000);
    expect(json.groups.length).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/long\.txt: 1 sentence longer than 1000 characters cut into claims/);
  });

  it('writes the reports of the same inputs', () => {
    // --min-outlets 1: the long article is an event of its own, compared too.
    const r = claimdiff('report', 'long.txt', path.basename(seedPath('003')), path.basename(seedPath('004')), '--out', 'reports', '--min-outlets', '1');
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toMatch(/^wrote \d+ event reports? and an index \(html\) for 3 articles/);
  });

  it('profiles the framing of 300,000 loaded words on one line', () => {
    const r = claimdiff('framing', 'loaded.txt', '--format', 'json', '--out', 'framing.json');
    expect(r.stderr).not.toMatch(/RangeError|\n\s+at /);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'framing.json'), 'utf8')).articles[0].counts['victim-term']).toBe(300_000);
  });

  it.each(['summary', 'compare', 'events', 'framing'])('%s prints no escape or bidi control byte', (command) => {
    const r = claimdiff(command, 'evil.txt');
    expect(r.code).toBe(0);
    const out = r.stdout.toString('utf8');
    expect(out).toContain('بلينكن');
    expect(UNSAFE.exec(out)).toBeNull();
    expect(UNSAFE.exec(r.stderr)).toBeNull();
    expect(out).not.toMatch(/52;c;|ZWNvbyBoaQ|pwned|\[2J|1049h/);
  });

  it('refuses to write over its own input, leaving it whole (exit 5)', () => {
    const before = readFileSync(path.join(dir, 'urls.json'));
    const r = claimdiff('compare', 'urls.json', '--out', 'urls.json');
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/urls\.json is one of the inputs; claimdiff never writes over an input/);
    expect(readFileSync(path.join(dir, 'urls.json'))).toEqual(before);
  });

  it('refuses - as a report folder and creates nothing (exit 2)', () => {
    const entries = readdirSync(dir).sort();
    const r = claimdiff('report', 'evil.txt', '--out', '-');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out - cannot be a folder/);
    expect(readdirSync(dir).sort()).toEqual(entries);
  });

  it('a mistyped command is a usage error (exit 2) that names the command meant', () => {
    const r = claimdiff('sumary', 'evil.txt');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("did you mean 'claimdiff summary'?");
    expect(r.stdout.length).toBe(0);
  });
});
