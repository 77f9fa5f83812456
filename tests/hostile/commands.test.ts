// Every command over a folder of hostile inputs mixed with good ones (issue 15): the documented
// exit code, one line per problem, the good inputs processed, no stack trace, no escape or bidi
// control byte in any output, nothing written outside the output folder or over an input.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_NAME } from '../../cli/safe-write.js';
import { runCli, type CliResult } from '../support/cli.js';
import { seedPath } from '../support/seeds.js';
import { encodeUtf16 } from '../support/encodings.js';
import { buildHostileCorpus, ESCAPES, filesBelow, longLine, snapshot, UNSAFE, type HostileCase } from './corpus.js';


let corpus: { dir: string; tinyDir: string; cases: HostileCase[] };
let before: Map<string, string>;
const GOOD = ['003', '004'].map(seedPath);
const GOOD_IDS = ['003_f2b0d23337b16d42', '004_a3af3706549eb725'];

beforeAll(() => {
  corpus = buildHostileCorpus();
  before = snapshot(path.dirname(corpus.dir));
});

afterAll(() => rmSync(path.dirname(corpus.dir), { recursive: true, force: true }));

/** What a run left: stdout, stderr and the files it wrote. */
function outputs(r: CliResult, written: readonly string[]): Array<[string, string]> {
  return [['stdout', r.stdout], ['stderr', r.stderr], ...written.map((f): [string, string] => [f, readFileSync(f, 'utf8')])];
}

/** The checks every run gets, whatever the command. */
function expectSafe(r: CliResult, written: readonly string[]): void {
  for (const [where, text] of outputs(r, written)) {
    const bad = UNSAFE.exec(text);
    expect(bad, `${where} holds U+${bad?.[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${bad?.index}`).toBeNull();
  }
  expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
  // One line per problem or warning, each naming claimdiff, and the `wrote FILE` line of --out.
  for (const line of r.stderr.trim().split('\n').filter(Boolean)) expect(line).toMatch(/^(claimdiff: |wrote \/)/);
  // Nothing changed among the inputs, and nothing appeared beside them.
  expect(snapshot(path.dirname(corpus.dir))).toEqual(before);
}

/** Each skipped case is named on exactly one line; each warned case on at least one. */
function expectOneLineEach(stderr: string, cases: readonly HostileCase[], noClaims = false): void {
  const lines = stderr.trim().split('\n');
  for (const c of cases) {
    if (c.skipped) expect(lines.filter((l) => c.skipped!.test(l)), `${c.name}: ${c.skipped}`).toHaveLength(1);
    if (c.warning && !(c.fromClaims && noClaims)) expect(lines.some((l) => c.warning!.test(l)), `${c.name}: ${c.warning}`).toBe(true);
  }
}

const COMMANDS: Array<{ argv: string[]; out?: 'file' | 'folder'; ids: (r: CliResult, written: string[]) => string }> = [
  { argv: ['summary'], ids: (r) => r.stdout },
  { argv: ['compare', '--format', 'json'], out: 'file', ids: (_r, written) => readFileSync(written[0], 'utf8') },
  { argv: ['compare'], ids: (r) => r.stdout },
  { argv: ['events', '--format', 'json'], ids: (r) => r.stdout },
  { argv: ['events'], out: 'file', ids: (_r, written) => readFileSync(written[0], 'utf8') },
  { argv: ['framing'], ids: (r) => r.stdout },
  { argv: ['framing', '--format', 'json'], ids: (r) => r.stdout },
  // --min-outlets 1: every article compared (the default compares events of two outlets or more), so each says what is wrong with it.
  { argv: ['report', '--format', 'json', '--min-outlets', '1'], out: 'folder', ids: (_r, written) => written.map((f) => readFileSync(f, 'utf8')).join('\n') },
  { argv: ['report', '--format', 'html', '--min-outlets', '1'], out: 'folder', ids: (_r, written) => written.map((f) => readFileSync(f, 'utf8')).join('\n') },
  { argv: ['browse', '--min-outlets', '1'], ids: (r) => r.stdout },
];

/** Runs a command with an output file or folder in a fresh place; returns the run and what it wrote. */
async function runWithOut(spec: (typeof COMMANDS)[number], inputs: string[]): Promise<{ r: CliResult; written: string[] }> {
  const place = mkdtempSync(path.join(tmpdir(), 'claimdiff-hostile-out-'));
  const out = path.join(place, spec.out === 'folder' ? 'reports' : 'out.txt');
  const r = await runCli([...spec.argv, ...inputs, '--max-size', '2', ...(spec.out ? ['--out', out] : [])]);
  const all = spec.out ? filesBelow(place) : [];
  // Nothing but the output and the manifest that marks it as claimdiff's, where it was asked for.
  for (const f of all) expect(spec.out === 'folder' ? f.startsWith(`${out}${path.sep}`) : path.dirname(f) === place).toBe(true);
  const manifests = all.filter((f) => path.basename(f) === MANIFEST_NAME);
  if (r.code !== 5 && spec.out) expect(manifests).toHaveLength(1);
  return { r, written: all.filter((f) => !manifests.includes(f)) };
}

describe('every command over the hostile folder and two good articles', () => {
  it.each(COMMANDS)('$argv', async (spec) => {
    const cwd = readdirSync(process.cwd()).sort();
    const { r, written } = await runWithOut(spec, [corpus.dir, ...GOOD]);
    expect(r.code, r.stderr).toBe(4); // done, some inputs skipped
    expectSafe(r, written);
    expectOneLineEach(r.stderr, corpus.cases, spec.argv[0] === 'events');
    const shown = spec.ids(r, written);
    for (const id of GOOD_IDS) expect(shown).toContain(id);
    expect(readdirSync(process.cwd()).sort()).toEqual(cwd);
  });
});

describe('every command over 10,000 tiny records', () => {
  it.each(COMMANDS.filter((c) => c.argv[0] !== 'report' || c.argv.includes('json')))('$argv', async (spec) => {
    const { r, written } = await runWithOut(spec, [corpus.tinyDir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^(wrote \S+\n)?$/);
    expectSafe(r, []);
    const shown = spec.ids(r, written);
    for (const id of ['t0', 't4999', 't9999']) expect(shown).toContain(id);
  }, 240_000); // a whole command over 10,000 files: 16 s on a quiet machine, over a minute with both cores busy
});

describe('each hostile input on its own, beside a good article', () => {
  it.each([
    'empty.txt', 'blank.md', 'binary.txt', 'huge.txt', 'long-line.txt', 'nested.json', 'nested.html', 'windows-1256.txt', 'utf16-bom.txt', 'utf16-nobom.txt',
    'scripts.html', 'ids.jsonl', 'types.json', 'escapes.txt', 'bidi.txt', 'only-quotes.txt', 'loop-a.txt', 'dangling.txt', 'pipe.txt',
  ])('%s', async (file) => {
    const c = corpus.cases.find((x) => x.file === file);
    if (!c) return; // pipe.txt where mkfifo is missing
    const r = await runCli(['summary', path.join(corpus.dir, file), GOOD[0], '--max-size', '2']);
    expectSafe(r, []);
    expectOneLineEach(r.stderr, [c]);
    expect(r.code).toBe(c.skipped ? 4 : 0);
    expect(r.stdout).toContain(GOOD_IDS[0]);
    if (!c.skipped) expect(r.stdout).toMatch(/^3 articles\n|^2 articles\n|^4 articles\n/);
  });

  it.each([
    ['windows-1256.txt', 'windows-1256'],
    ['utf16-bom.txt', 'utf-16le'],
    ['utf16-nobom.txt', 'utf-16be'],
  ])('%s is decoded (%s) to the seed text', async (file, encoding) => {
    const r = await runCli(['summary', path.join(corpus.dir, file)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`encoding ${encoding}`);
    expect(r.stdout).toContain('بلينكن');
  });

  it('HTML scripts and event handlers never reach the text', async () => {
    const r = await runCli(['compare', path.join(corpus.dir, 'scripts.html'), '--format', 'json']);
    expect(r.code).toBe(0);
    const text = JSON.parse(r.stdout).articles[0].text as string;
    expect(text).toContain('بلينكن');
    for (const bad of ['alert', 'onerror', 'onclick', 'javascript:', 'cookie']) expect(text).not.toContain(bad);
  });
});

describe('pairs over hostile pair files', () => {
  // The headline pair of the CLI tests: Blinken and Netanyahu meet in Jerusalem, told two ways.
  const GOOD_ROW = { s1: 'بلينكن يلتقي نتنياهو في القدس', s2: 'نتنياهو يستقبل بلينكن في القدس' };
  const jsonl = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n');
  it.each([
    ['empty.csv', '', 3, /empty\.csv: the file is empty/],
    ['binary.csv', new Uint8Array(600).map((_, i) => (i * 37) % 256), 3, /binary\.csv: looks like a binary file/],
    ['huge.csv', `s1,s2\n${'x,y\n'.repeat(1_200_000)}`, 3, /huge\.csv: .* is over the 4 MB limit/],
    ['utf16.csv', encodeUtf16(`s1,s2\n${GOOD_ROW.s1},${GOOD_ROW.s2}\n`, 'le', true), 0, null],
    ['nested.jsonl', `${jsonl([GOOD_ROW])}\n{"s1": ${'['.repeat(100_000)}"x"${']'.repeat(100_000)}, "s2": "y"}`, 4, /nested\.jsonl: line 2 has no text in s1/],
    ['attacked.jsonl', jsonl([{ id: '../../x\u0000', s1: `${ESCAPES.join('')}${GOOD_ROW.s1}\u202e`, s2: GOOD_ROW.s2 }]), 0, /attacked\.jsonl: line 1: removed control characters from s1/],
    ['long.jsonl', jsonl([{ s1: longLine(1024 * 1024), s2: GOOD_ROW.s2 }]), 0, /long\.jsonl: line 1: s1 is longer than 1000 characters/],
    ['tiny.jsonl', jsonl(Array.from({ length: 10_000 }, (_, i) => ({ id: i, s1: `خبر ${i}`, s2: `خبر ${i + 1}` }))), 0, null],
  ])('%s: the documented exit code, one line per problem, nothing raw', async (name, content, code, message) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'claimdiff-hostile-pairs-')), name);
    writeFileSync(file, content);
    const r = await runCli(['pairs', file, '--max-size', '4']);
    expect(r.code, r.stderr).toBe(code);
    if (message) expect(r.stderr.trim().split('\n').filter((l) => message.test(l))).toHaveLength(1);
    else expect(r.stderr).toBe('');
    expect(UNSAFE.exec(r.stdout)).toBeNull();
    expect(UNSAFE.exec(r.stderr)).toBeNull();
    expect(r.stderr).not.toMatch(/\n\s+at /);
    if (name === 'tiny.jsonl') expect(r.stdout.trim().split('\n')).toHaveLength(10_000);
  });
});
