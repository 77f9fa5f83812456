// The package as users get it: `npm pack`, then `npm install --omit=dev` of the tarball into an
// empty folder, then the installed `claimdiff` on this Node (CI runs this file on every Node of
// its matrix). Skipped, with the reason, without a build or without the npm registry.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, seedLines } from '../support/seeds.js';

interface PackageJson {
  version: string;
  bin: Record<string, string>;
  main: string;
  types: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}
interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: Array<{ path: string }>;
}

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as PackageJson;
/** npm's own runs use this Node too (npm starts with `#!/usr/bin/env node`). */
const env = { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`, NO_COLOR: '1' };

function npm(args: string[], cwd: string, timeout = 20_000): SpawnSyncReturns<string> {
  return spawnSync('npm', args, { cwd, env, encoding: 'utf8', timeout });
}

function whySkip(): string {
  if (!existsSync(path.join(ROOT, pkg.bin.claimdiff))) return `${pkg.bin.claimdiff} is not built (npm test builds first; by hand: npm run build)`;
  const ping = npm(['ping', '--fetch-retries=0', '--fetch-timeout=10000'], ROOT);
  if (ping.status !== 0) return 'the npm registry is unreachable (npm ping failed); installing the tarball needs its dependencies from there';
  return '';
}
const reason = whySkip();

/** Licences that allow shipping claimdiff under MIT (SPDX; `(A OR B)` passes when one of them does). */
const PERMISSIVE = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'CC0-1.0', 'BlueOak-1.0.0']);
/** Module specifiers of tsc's output: `import ... from 'x'`, `export ... from 'x'`, `import 'x'`, `import('x')`. */
const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;
const isPermissive = (licence: string) => licence.replace(/[()]/g, '').split(/\s+OR\s+/).some((l) => PERMISSIVE.has(l.trim()));

describe.skipIf(reason !== '')(`the packed package, installed with npm on Node ${process.version}${reason ? ` - skipped: ${reason}` : ''}`, () => {
  let work = '';
  let app = '';
  let packed: PackResult;
  const installed = () => path.join(app, 'node_modules', 'claimdiff');

  /** Runs the installed binary the way a user's shell would: the npm-made link, found by name, in another folder. */
  const claimdiff = (...args: string[]) =>
    spawnSync('claimdiff', args, {
      cwd: work,
      encoding: 'utf8',
      env: { ...env, PATH: `${path.join(app, 'node_modules', '.bin')}${path.delimiter}${env.PATH}` },
      timeout: 60_000,
    });
  /** The same command from this checkout's build, to compare with. */
  const fromCheckout = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, pkg.bin.claimdiff), ...args], { cwd: work, encoding: 'utf8', env, timeout: 60_000 });

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'claimdiff-package-'));
    app = path.join(work, 'app');
    mkdirSync(app);
    // --ignore-scripts: prepack would empty and rebuild dist/ under the other tests' feet; npm test built it.
    const pack = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT, 60_000);
    if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
    packed = (JSON.parse(pack.stdout) as PackResult[])[0];
    const install = npm(['install', '--omit=dev', '--no-audit', '--no-fund', path.join(work, packed.filename)], app, 110_000);
    if (install.status !== 0) throw new Error(`npm install of the tarball failed:\n${install.stderr}`);
  }, 120_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('ships the build, the JSON Schemas, the example corpus, README, LICENSE and CHANGELOG, nothing else', () => {
    const files = packed.files.map((f) => f.path);
    const stray = files.filter(
      (f) =>
        !['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(f) &&
        !/^dist\/src\/.+\.(js|d\.ts)$/.test(f) &&
        !/^dist\/cli\/.+\.js$/.test(f) &&
        !/^schemas\/[a-z]+-\d+\.schema\.json$/.test(f) &&
        !f.startsWith('examples/blinken/'),
    );
    expect(stray).toEqual([]);
    for (const needed of [pkg.bin.claimdiff, pkg.main, pkg.types, 'dist/cli/workers/worker.js', 'LICENSE', 'CHANGELOG.md']) {
      expect(files).toContain(needed);
    }
    expect(files.filter((f) => f.startsWith('examples/blinken/') && f.endsWith('.txt'))).toHaveLength(5);
    expect(files).toContain('examples/blinken/outlets.csv');
    for (const s of ['compare', 'corpus', 'events', 'framing']) expect(files).toContain(`schemas/${s}-1.schema.json`);
    console.info(`claimdiff tarball: ${packed.size} bytes packed, ${packed.unpackedSize} unpacked, ${files.length} files`);
  });

  it(`prints package.json's version (${pkg.version}) from the installed binary`, () => {
    const r = claimdiff('--version');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('compares the bundled example corpus: 003 and 004 form one event, byte for byte as from the checkout', () => {
    const r = claimdiff('compare', '--format', 'json');
    expect(r.status).toBe(0);
    const corpus = JSON.parse(r.stdout) as { schema: string; events: Array<{ articles: string[] }> };
    expect(corpus.schema).toBe('claimdiff.corpus/1');
    expect(corpus.events.map((e) => e.articles.map((a) => a.slice(0, 3)).join('+'))).toEqual(['000', '001', '002', '003+004']);
    // The same output but for where the example corpus lies (`source` holds its absolute path).
    const examples = (out: string, root: string) => out.replaceAll(path.join(root, 'examples'), '<examples>');
    expect(examples(r.stdout, installed())).toBe(examples(fromCheckout('compare', '--format', 'json').stdout, ROOT));
    const text = claimdiff('compare');
    expect(text.status).toBe(0);
    expect(examples(text.stdout, installed())).toBe(examples(fromCheckout('compare').stdout, ROOT));
  });

  it('classifies a small CSV of seed sentence pairs with pairs, rows in order', () => {
    const line = (num: string, start: string) => seedLines(num).find((l) => l.startsWith(start)) ?? `(no line of ${num} starts ${start})`;
    const rows = [
      ['meeting', line('003', 'وذكر الموقع'), line('004', 'والتقى بلينكن')],
      ['briefing', line('003', 'وفي اللقاء بتل أبيب'), line('004', 'وأطلع هاليفي')],
      ['aid-vs-rafah', line('003', 'وخلال اللقاء'), line('004', 'وتقول الأمم المتحدة')],
    ];
    const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
    const csv = path.join(work, 'pairs.csv');
    writeFileSync(csv, `id,s1,s2\n${rows.map((r) => r.map(quote).join(',')).join('\n')}\n`);
    const r = claimdiff('pairs', csv);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n');
    expect(out[0]).toBe('id,s1,s2,relation,score');
    const verdicts = out.slice(1).map((l) => `${l.split(',')[0]} ${l.split(',').at(-2)}`);
    expect(verdicts).toEqual(['meeting shared', 'briefing shared', 'aid-vs-rafah unrelated']);
    expect(r.stdout).toBe(fromCheckout('pairs', csv).stdout);
  });

  it('needs no devDependency: none is installed, dist imports only builtins and dependencies, and a worker thread starts', () => {
    const present = new Set(readdirSync(path.join(app, 'node_modules')).flatMap((d) =>
      d.startsWith('@') ? readdirSync(path.join(app, 'node_modules', d)).map((s) => `${d}/${s}`) : [d]));
    const devOnly = Object.keys(pkg.devDependencies).filter((d) => !(d in pkg.dependencies));
    expect(devOnly.filter((d) => present.has(d))).toEqual([]);

    const allowed = new Set([...Object.keys(pkg.dependencies), ...builtinModules]);
    const imported = new Set<string>();
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (entry.name.endsWith('.js')) {
          const code = readFileSync(file, 'utf8');
          for (const m of code.matchAll(IMPORT)) {
            const spec = m[1] ?? m[2] ?? m[3];
            if (!spec.startsWith('.')) imported.add(spec);
          }
        }
      }
    };
    walk(path.join(installed(), 'dist'));
    const packageOf = (spec: string) => spec.replace(/^node:/, '').split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');
    expect([...imported].filter((spec) => !allowed.has(packageOf(spec)))).toEqual([]);
    expect(imported.has('yargs')).toBe(true);

    // Event grouping's worker threads load dist/cli/workers/worker.js; from sources they would need tsx.
    const script = path.join(app, 'worker-check.mjs');
    writeFileSync(
      script,
      `import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseInput } from 'claimdiff';
import { WorkerPool } from './node_modules/claimdiff/dist/cli/workers/pool.js';
const dir = path.join('node_modules', 'claimdiff', 'examples', 'blinken');
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt'))
  .flatMap((f) => parseInput(readFileSync(path.join(dir, f)), path.join(dir, f)).articles);
const pool = WorkerPool.start(1);
if (!pool) throw new Error('no worker thread');
const chunks = await pool.featurize(articles);
await pool.close();
console.log(articles.length, chunks.reduce((n, c) => n + c.count, 0));
`,
    );
    const r = spawnSync(process.execPath, [script], { cwd: app, encoding: 'utf8', env, timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('5 5');
  });

  it('resolves the library, the CLI and the schemas through its exports map', () => {
    const script = path.join(app, 'exports-check.mjs');
    writeFileSync(
      script,
      `const lib = await import('claimdiff');
const cli = await import('claimdiff/cli');
const schema = import.meta.resolve('claimdiff/schemas/compare-1.schema.json');
console.log(typeof lib.compareArticles, typeof lib.renderEventHtml, typeof cli.run, schema.endsWith('/schemas/compare-1.schema.json'));
`,
    );
    const r = spawnSync(process.execPath, [script], { cwd: app, encoding: 'utf8', env, timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('function function function true');
  });

  it('installs only dependencies under licences compatible with MIT', () => {
    const lock = JSON.parse(readFileSync(path.join(app, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    const licences = Object.keys(lock.packages)
      .filter((p) => p.startsWith('node_modules/') && !p.endsWith('node_modules/claimdiff'))
      .map((p) => {
        const meta = JSON.parse(readFileSync(path.join(app, p, 'package.json'), 'utf8')) as { name: string; license?: string };
        return { name: meta.name, license: meta.license ?? '(none)' };
      });
    expect(licences.length).toBeGreaterThan(Object.keys(pkg.dependencies).length);
    expect(licences.filter((l) => !isPermissive(l.license))).toEqual([]);
  });
});
