// Start-up loads what the command uses and nothing else: --version and --help no analysis at all,
// commands that read text or JSON never the HTML extractor (linkedom, Readability), the terminal UI
// (ink, react) or the CSV reader; a page loads the extractor when it is met. The built CLI runs in
// its own process with a module hook that lists every file it loads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/seeds.js';

const BIN = path.join(ROOT, 'dist/cli/bin.js');
const HOOK = path.join(ROOT, 'tests/support/trace-loads.mjs');
const INDIA = path.join(ROOT, 'examples/india-sandstorm');

/** The modules a run of the built CLI loads: package names for dependencies, paths under dist/ for ours. */
function loads(args: string[], cwd = ROOT): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimdiff-loads-'));
  const trace = path.join(dir, 'loads.txt');
  try {
    const r = spawnSync(process.execPath, ['--import', HOOK, BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CLAIMDIFF_TRACE_LOADS: trace } });
    expect(r.status, r.stderr).toBe(0);
    return readFileSync(trace, 'utf8')
      .trim()
      .split('\n')
      .map((url) => {
        const dep = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
        return dep ? dep[1] : url.slice(url.indexOf('/dist/') + 1);
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const UI_AND_PAGES = ['linkedom', '@mozilla/readability', 'ink', 'react', 'csv-parse', 'csv-stringify'];

describe.skipIf(!existsSync(BIN))('what each command loads (built CLI; run npm run build)', () => {
  it.each([[['--version']], [['--help']], [['compare', '--help']]])('%j loads the command line only: no analysis stage, view or dependency of one', (args) => {
    const modules = loads(args);
    expect(modules).toContain('yargs');
    for (const m of [...UI_AND_PAGES, 'diff', 'string-similarity']) expect(modules).not.toContain(m);
    // No analysis stage: the command line itself only needs its output guards, option values, input
    // rules and the review file's format (the review command's options list its verdicts).
    const stages = /^dist\/src\/(align|claims|classify\/(?!group\.js)|events|figures|framing|origins|text\/(token-stream|stem|lexemes))|^dist\/src\/(compare|corpus|pairs)\.js$/;
    expect(modules.filter((m) => stages.test(m))).toEqual([]);
  });

  it.each([
    ['summary of text files', ['summary', INDIA], ['diff', 'string-similarity', 'dist/src/align/align.js']],
    ['framing of text files', ['framing', INDIA], ['diff', 'string-similarity', 'dist/src/align/align.js']],
    ['events of text files', ['events', INDIA], ['diff', 'string-similarity', 'dist/src/align/align.js']],
    ['compare to JSON', ['compare', INDIA, '--one-event', '--format', 'json'], ['dist/src/report/html.js']],
    ['compare to text', ['compare', INDIA], ['dist/src/report/html.js', 'dist/src/report/markdown.js']],
    ['browse through a pipe (the text report)', ['browse', INDIA], ['dist/cli/tui/start.js']],
  ])('%s loads no page reader, terminal UI or CSV reader', (_name, args, alsoNot) => {
    const modules = loads(args);
    expect(modules).toContain('dist/src/ingest/parse-input.js');
    for (const m of [...UI_AND_PAGES, ...alsoNot]) expect(modules).not.toContain(m);
  });

  it('loads the page reader when an input is a page', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimdiff-page-'));
    try {
      writeFileSync(path.join(dir, 'page.html'), '<html><head><title>Storms</title></head><body><article><p>Dust storms killed 77 people in Uttar Pradesh on Wednesday, officials said.</p></article></body></html>');
      const modules = loads(['summary', path.join(dir, 'page.html')]);
      expect(modules).toContain('linkedom');
      expect(modules).toContain('@mozilla/readability');
      expect(modules).not.toContain('ink');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
