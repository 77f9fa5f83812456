// Event grouping at scale: the 11,430-article ANT corpus and the same corpus repeated with shifted
// dates (each copy +120 days, ids suffixed) to 25k, 50k and 100k articles; each size runs in a
// child process so its peak memory (max RSS) is its own. Then the scikit-learn TF-IDF baseline
// (bench/baseline_tfidf.py) on the 11k corpus, with the ratios.
//
// src/events and the worker threads of cli/workers are first compiled to JavaScript (tsc, into a
// temporary folder) and the children run that, as the built package would: under tsx every worker
// thread would also start a TypeScript loader, which costs more than it saves on 11k articles.
//
// Then the whole `claimdiff events` command (the built dist/cli/bin.js, `npm run build`) on the
// largest size written as JSON Lines files (one file per copy and outlet, as a corpus grows), with
// the default input size limit: /usr/bin/time gives its wall time, CPU time and peak memory.
//
//   npx tsx bench/events.ts                 # all sizes
//   npx tsx bench/events.ts --sizes 11430   # some sizes
//   npx tsx bench/events.ts --sizes 100000 --command-only   # the whole command on 100k articles only
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Article, EventGroup } from '../src/types.js';
import type { EventExecutor, EventOptions } from '../src/events/index.js';
import { ANT_DIR, loadAnt } from '../tests/events/corpora.js';

type EventsModule = {
  groupEvents: (articles: readonly Article[], options?: EventOptions) => EventGroup[];
  groupEventsParallel: (articles: readonly Article[], options?: EventOptions) => Promise<EventGroup[]>;
};
type WorkersModule = { workerThreads: () => EventExecutor };

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const SHIFT_DAYS = 120;
const SIZES = [11_430, 25_000, 50_000, 100_000];
const PYTHON = '/usr/bin/python3';

interface RunResult {
  articles: number;
  mode: string;
  ms: number;
  /** CPU time of the whole process, worker threads included. */
  cpuMs: number;
  /** 1-minute load average when the run started (other processes compete for the 2 cores). */
  load: number;
  events: number;
  multiOutlet: number;
  maxRssMb: number;
  loadMs: number;
}

function shiftDate(date: string | null, days: number): string | null {
  if (!date || days === 0) return date;
  const ms = Date.parse(date.length === 10 ? `${date}T00:00Z` : `${date}Z`);
  const shifted = new Date(ms + days * 86_400_000).toISOString();
  return date.length === 10 ? shifted.slice(0, 10) : shifted.slice(0, 16);
}

/** The corpus repeated until `size` articles, copy k shifted by k x 120 days with ids suffixed `~k`. */
export function repeatCorpus(base: readonly Article[], size: number): Article[] {
  const out: Article[] = [];
  for (let k = 0; out.length < size; k += 1) {
    for (const a of base) {
      if (out.length >= size) break;
      out.push(k === 0 ? a : { ...a, id: `${a.id}~${k}`, date: shiftDate(a.date, k * SHIFT_DAYS) });
    }
  }
  return out;
}

/** Compiles src/events and cli/workers (and what they import) to JavaScript in a temporary folder; returns the folder. */
function compileEvents(): string {
  const out = mkdtempSync(join(tmpdir(), 'claimdiff-events-bench-'));
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const args = [tsc, '--outDir', out, '--rootDir', ROOT, '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--types', 'node', join(ROOT, 'src/events/index.ts'), join(ROOT, 'cli/workers/pool.ts')];
  // Type errors elsewhere in the tree do not stop tsc from emitting; the check is that the entry exists.
  spawnSync(process.execPath, args, { encoding: 'utf8' });
  for (const entry of [join(out, 'src/events/index.js'), join(out, 'cli/workers/pool.js')]) {
    if (!existsSync(entry)) throw new Error(`tsc did not emit ${entry}`);
  }
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  return out;
}

/** Child: group `size` articles with the compiled module, print one JSON line. */
async function child(size: number, mode: string, compiled: string): Promise<void> {
  const { groupEvents, groupEventsParallel } = (await import(pathToFileURL(join(compiled, 'src/events/index.js')).href)) as EventsModule;
  const { workerThreads } = (await import(pathToFileURL(join(compiled, 'cli/workers/pool.js')).href)) as WorkersModule;
  const t0 = performance.now();
  const articles = repeatCorpus(loadAnt(), size);
  const loadMs = performance.now() - t0;
  const load = loadavg()[0];
  const cpu0 = process.cpuUsage();
  const t1 = performance.now();
  // `parallel` asks for the threads at every size, so both modes are measured where the command picks one (PARALLEL_MIN_ARTICLES).
  const groups = mode === 'single' ? groupEvents(articles) : await groupEventsParallel(articles, { executor: workerThreads(), parallelMinArticles: 0 });
  const ms = performance.now() - t1;
  const cpu = process.cpuUsage(cpu0);
  const result: RunResult = {
    articles: articles.length,
    mode,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    load,
    events: groups.length,
    multiOutlet: groups.filter((g) => g.outlets.length > 1).length,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    loadMs,
  };
  console.log(JSON.stringify(result));
}

function runChild(size: number, mode: string, compiled: string): RunResult {
  const self = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, [...process.execArgv, self, '--child', String(size), mode, compiled], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as RunResult;
}

/** The ANT files repeated to `size` records, copy k with ids suffixed `~k` and times shifted k x 120 days, one file per copy and outlet. */
function writeRepeatedFiles(size: number, dir: string): void {
  const files = readdirSync(ANT_DIR).filter((f) => f.endsWith('.jsonl')).sort();
  let written = 0;
  for (let k = 0; written < size; k += 1) {
    mkdirSync(join(dir, `copy-${String(k).padStart(2, '0')}`), { recursive: true });
    for (const file of files) {
      const out: string[] = [];
      for (const line of readFileSync(join(ANT_DIR, file), 'utf8').split('\n')) {
        if (line.trim() === '' || written >= size) continue;
        const r = JSON.parse(line) as { docno?: string; time?: string };
        if (k > 0) {
          r.docno = `${r.docno}~${k}`;
          const ms = Date.parse(r.time ?? '');
          if (!Number.isNaN(ms)) r.time = new Date(ms + k * SHIFT_DAYS * 86_400_000).toUTCString();
        }
        out.push(JSON.stringify(r));
        written += 1;
      }
      if (out.length > 0) writeFileSync(join(dir, `copy-${String(k).padStart(2, '0')}`, file), `${out.join('\n')}\n`);
    }
  }
}

/** The whole events command on `size` articles written as files; null when dist/ or /usr/bin/time is missing. */
function wholeCommand(size: number): string | null {
  const bin = join(ROOT, 'dist/cli/bin.js');
  if (!existsSync(bin) || !existsSync('/usr/bin/time')) return null;
  const dir = mkdtempSync(join(tmpdir(), 'claimdiff-events-files-'));
  try {
    writeRepeatedFiles(size, join(dir, 'corpus'));
    const load = loadavg()[0];
    const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, bin, 'events', join(dir, 'corpus'), '--format', 'json', '--out', join(dir, 'events.json')], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const lines = r.stderr.trim().split('\n');
    const [wall, user, sys, kb] = (lines.pop() ?? '').split(' ').map(Number);
    // A file over the input size limit is skipped with a one-line hint naming --max-size.
    const refused = lines.filter((l) => l.includes('limit'));
    const events = existsSync(join(dir, 'events.json')) ? (JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8')) as { events: unknown[] }).events.length : 0;
    return `whole command, ${size} articles in ${readdirSync(join(dir, 'corpus')).length} folders of JSONL files (node dist/cli/bin.js events DIR --format json --out FILE, default size limit): ${wall.toFixed(2)} s wall, ${(user + sys).toFixed(2)} s CPU, max RSS ${Math.round(kb / 1024)} MB, exit ${r.status}, ${events} events${refused.length > 0 ? `; refused: ${refused.join(' | ')}` : ', no file over the size limit'}  [load ${load.toFixed(1)}]`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function baseline(): { group_s: number; max_rss_mb: number; events: number; largest_event: number; load: number } | string {
  if (!existsSync(PYTHON)) return `${PYTHON} not found`;
  const check = spawnSync(PYTHON, ['-c', 'import sklearn'], { encoding: 'utf8' });
  if (check.status !== 0) return 'scikit-learn is not installed for /usr/bin/python3 (apt-get install -y python3-sklearn)';
  const script = fileURLToPath(new URL('./baseline_tfidf.py', import.meta.url));
  const load = loadavg()[0];
  const out = execFileSync(PYTHON, [script, 'ant'], { encoding: 'utf8' });
  const parsed = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { skipped?: string; group_s: number; max_rss_mb: number; events: number; largest_event: number };
  return parsed.skipped ?? { ...parsed, load };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') return child(Number(argv[1]), argv[2], argv[3]);
  if (!existsSync(ANT_DIR)) {
    console.log(`bench/events: skipped, the ANT corpus is absent (${ANT_DIR})`);
    return;
  }
  const at = argv.indexOf('--sizes');
  const sizes = at >= 0 ? argv[at + 1].split(',').map(Number) : SIZES;
  console.log(`Event grouping bench on ${process.platform}, Node ${process.version}, ${availableParallelism()} cores. Times exclude reading the JSONL; memory is the child's max RSS, corpus included.`);
  const commandOnly = argv.includes('--command-only');
  const compiled = compileEvents();
  const rows: RunResult[] = [];
  try {
  for (const size of commandOnly ? [] : sizes) {
    const modes = size === sizes[0] || size === sizes[sizes.length - 1] ? ['single', 'parallel'] : ['parallel'];
    for (const mode of modes) {
      const r = runChild(size, mode, compiled);
      rows.push(r);
      console.log(
        `${String(r.articles).padStart(7)} articles  ${mode.padEnd(8)}  ${(r.ms / 1000).toFixed(2).padStart(6)} s  ${Math.round(r.articles / (r.ms / 1000)).toString().padStart(6)} articles/s  cpu ${(r.cpuMs / 1000).toFixed(1)} s  max RSS ${Math.round(r.maxRssMb)} MB  ${r.events} events (${r.multiOutlet} multi-outlet)  [load ${r.load.toFixed(1)}]`,
      );
    }
  }
  } finally {
    rmSync(compiled, { recursive: true, force: true });
  }
  console.log(wholeCommand(sizes[sizes.length - 1]) ?? 'whole command: skipped, run `npm run build` first (and /usr/bin/time is needed)');
  if (commandOnly) return;
  const b = baseline();
  if (typeof b === 'string') {
    console.log(`baseline TF-IDF (scikit-learn): skipped, ${b}`);
    return;
  }
  console.log(`baseline TF-IDF + cosine + connected components (scikit-learn, threshold 0.3, 11,430 articles): ${b.group_s.toFixed(2)} s, max RSS ${Math.round(b.max_rss_mb)} MB, ${b.events} events, largest ${b.largest_event}  [load ${b.load.toFixed(1)}]`);
  for (const ours of rows.filter((r) => r.articles === 11_430)) {
    console.log(`ratios baseline / ours (${ours.mode}, 11,430 articles): time x${(b.group_s / (ours.ms / 1000)).toFixed(1)}, memory x${(b.max_rss_mb / ours.maxRssMb).toFixed(1)}`);
  }
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1]);
if (isMain) await main();
