// Event grouping at scale: the 11,430-article ANT corpus and the same corpus repeated with shifted
// dates (each copy +120 days, ids suffixed) to 25k, 50k and 100k articles; each size runs in a
// child process so its peak memory (max RSS) is its own. Then the scikit-learn TF-IDF baseline
// (bench/baseline_tfidf.py) on the 11k corpus, with the ratios.
//
//   npx tsx bench/events.ts                 # all sizes
//   npx tsx bench/events.ts --sizes 11430   # some sizes
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/types.js';
import { groupEvents, groupEventsParallel } from '../src/events/index.js';
import { ANT_DIR, loadAnt } from '../tests/events/corpora.js';

const SHIFT_DAYS = 120;
const SIZES = [11_430, 25_000, 50_000, 100_000];
const PYTHON = '/usr/bin/python3';

interface RunResult {
  articles: number;
  mode: string;
  ms: number;
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

/** Child: group `size` articles, print one JSON line. */
async function child(size: number, mode: string): Promise<void> {
  const t0 = performance.now();
  const articles = repeatCorpus(loadAnt(), size);
  const loadMs = performance.now() - t0;
  const t1 = performance.now();
  const groups = mode === 'single' ? groupEvents(articles) : await groupEventsParallel(articles);
  const ms = performance.now() - t1;
  const result: RunResult = {
    articles: articles.length,
    mode,
    ms,
    events: groups.length,
    multiOutlet: groups.filter((g) => g.outlets.length > 1).length,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    loadMs,
  };
  console.log(JSON.stringify(result));
}

function runChild(size: number, mode: string): RunResult {
  const self = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, [...process.execArgv, self, '--child', String(size), mode], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as RunResult;
}

function baseline(): { group_s: number; max_rss_mb: number; events: number; largest_event: number } | string {
  if (!existsSync(PYTHON)) return `${PYTHON} not found`;
  const check = spawnSync(PYTHON, ['-c', 'import sklearn'], { encoding: 'utf8' });
  if (check.status !== 0) return 'scikit-learn is not installed for /usr/bin/python3 (apt-get install -y python3-sklearn)';
  const script = fileURLToPath(new URL('./baseline_tfidf.py', import.meta.url));
  const out = execFileSync(PYTHON, [script, 'ant'], { encoding: 'utf8' });
  const parsed = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { skipped?: string; group_s: number; max_rss_mb: number; events: number; largest_event: number };
  return parsed.skipped ?? parsed;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') return child(Number(argv[1]), argv[2]);
  if (!existsSync(ANT_DIR)) {
    console.log(`bench/events: skipped, the ANT corpus is absent (${ANT_DIR})`);
    return;
  }
  const at = argv.indexOf('--sizes');
  const sizes = at >= 0 ? argv[at + 1].split(',').map(Number) : SIZES;
  console.log(`Event grouping bench on ${process.platform}, Node ${process.version}, ${(await import('node:os')).availableParallelism()} cores. Times exclude reading the JSONL; memory is the child's max RSS, corpus included.`);
  const rows: RunResult[] = [];
  for (const size of sizes) {
    const modes = size === sizes[0] ? ['single', 'parallel'] : ['parallel'];
    for (const mode of modes) {
      const r = runChild(size, mode);
      rows.push(r);
      console.log(
        `${String(r.articles).padStart(7)} articles  ${mode.padEnd(8)}  ${(r.ms / 1000).toFixed(2).padStart(6)} s  ${Math.round(r.articles / (r.ms / 1000)).toString().padStart(6)} articles/s  max RSS ${Math.round(r.maxRssMb)} MB  ${r.events} events (${r.multiOutlet} multi-outlet)`,
      );
    }
  }
  const ours = rows.find((r) => r.articles === 11_430 && r.mode === 'parallel') ?? rows[0];
  const b = baseline();
  if (typeof b === 'string') {
    console.log(`baseline TF-IDF (scikit-learn): skipped, ${b}`);
    return;
  }
  console.log(`baseline TF-IDF + cosine + connected components (scikit-learn, threshold 0.3, 11,430 articles): ${b.group_s.toFixed(2)} s, max RSS ${Math.round(b.max_rss_mb)} MB, ${b.events} events, largest ${b.largest_event}`);
  if (ours) {
    console.log(`ratios (baseline / ours, 11,430 articles): time x${(b.group_s / (ours.ms / 1000)).toFixed(1)}, memory x${(b.max_rss_mb / ours.maxRssMb).toFixed(1)}`);
  }
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1]);
if (isMain) await main();
