// The package as a library: `import 'claimdiff'` (through the exports map) loads no ink, react or
// yargs, `claimdiff/cli` does, and the README's example runs as written and prints what the library
// itself finds on the 7 February pair.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, seedPath } from '../support/seeds.js';
import { parseInput } from '../../src/ingest/index.js';
import { compareArticles } from '../../src/compare.js';
import { buildEventModel } from '../../src/report/event-model.js';
import { buildKeyFindings } from '../../src/report/key-findings.js';

/** Scratch files for the hooks, outside git's view. */
const WORK = path.join(ROOT, 'node_modules', '.cache', 'claimdiff-tests');

/** A module hook that refuses the command line's packages: importing one fails the import. */
const HOOK = `export async function resolve(specifier, context, next) {
  if (/^(ink|react|yargs)(\\/|$)/.test(specifier)) throw new Error('the library loaded ' + specifier);
  return next(specifier, context);
}`;

function node(args: string[]) {
  mkdirSync(WORK, { recursive: true });
  return spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('the claimdiff package as a library', () => {
  it("import 'claimdiff' loads no ink, react or yargs; claimdiff/cli does (so the check can fail)", () => {
    mkdirSync(WORK, { recursive: true });
    const hook = path.join(WORK, 'no-cli-stack.mjs');
    writeFileSync(hook, HOOK);
    const register = path.join(WORK, 'register.mjs');
    writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${hook}`)});\n`);
    const lib = node(['--import', register, '--input-type=module', '-e', "const m = await import('claimdiff'); console.log(typeof m.compareArticles, typeof m.renderEventHtml, typeof m.buildKeyFindings)"]);
    expect(lib.stderr).toBe('');
    expect(lib.stdout.trim()).toBe('function function function');
    const cli = node(['--import', register, '--input-type=module', '-e', "await import('claimdiff/cli')"]);
    expect(cli.status).not.toBe(0);
    expect(cli.stderr).toMatch(/the library loaded (yargs|ink|react)/);
  });

  it("runs the README's example as written", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Using claimdiff as a library'));
    const code = /```js\n([\s\S]*?)```/.exec(section)?.[1];
    expect(code, 'a js block in the library section').toBeDefined();
    // Run in the repository's root, as the README says: `claimdiff` resolves to the package itself.
    const r = node(['--input-type=module', '-e', code!]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // What it prints is what the library finds.
    const articles = ['003', '004'].flatMap((n) => parseInput(readFileSync(seedPath(n)), path.relative(ROOT, seedPath(n))).articles);
    const comparison = compareArticles(articles);
    const findings = buildKeyFindings(buildEventModel(comparison));
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(`facts in common: ${findings.inCommon}; conflicts: ${findings.conflicts.length}`);
    expect(lines.slice(1, 3)).toEqual(findings.only.map((o) => `only ${comparison.articles[o.article].id}: ${o.total} claims`));
    expect(lines.length).toBe(3 + findings.contrasts.length + 1);
    expect(lines.at(-1)).toMatch(/^# .+ \(\d+ characters of Markdown, \d+ of JSON\)$/);
  });
});
