// `compare` at scale: 50, 200 and 1,000 ANT articles compared as one event (the busiest days of
// the corpus, taken across its outlets in turn) through the built command line, each size in its
// own process: `claimdiff compare FILE --one-event --format json --out OUT`. Reported per size:
// wall and CPU time of the whole process, its peak memory, the claims, the JSON's size; then how
// time grows (the exponent of CPU time in claims and in articles from the smallest to the largest
// size: 1.0 is linear). Targets (issue 17): 1,000 articles under 10 s and 400 MB.
// Run: npm run build && npx tsx bench/scale.ts [sizes, e.g. 50,200,1000] [--keep DIR]
// (--keep writes the input files to DIR and leaves them there, to time or profile the command alone.)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseInput } from '../src/ingest/index.js';
import type { Article } from '../src/types.js';
import { ROOT } from '../eval/shared.js';
import { antFiles } from './shared.js';

const SIZES = [50, 200, 1000];
const CLI = path.join(ROOT, 'dist', 'cli', 'run.js');

/** Every ANT record with its article (read one line at a time, so each article keeps its own line). */
function antRecords(files: readonly string[]): Array<{ line: string; article: Article }> {
  const out: Array<{ line: string; article: Article }> = [];
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const [article] = parseInput(Buffer.from(line), `${path.basename(file, '.jsonl')}.jsonl`).articles;
      if (article?.date) out.push({ line, article });
    }
  }
  return out;
}

/** `size` records from the busiest days (as many days as it takes), taken across outlets in turn. */
function busiest(records: ReturnType<typeof antRecords>, size: number): string[] {
  const byDay = new Map<string, typeof records>();
  for (const r of records) {
    const day = r.article.date!.slice(0, 10);
    byDay.set(day, [...(byDay.get(day) ?? []), r]);
  }
  const picked: string[] = [];
  for (const [, list] of [...byDay.entries()].sort((x, y) => y[1].length - x[1].length || (x[0] < y[0] ? -1 : 1))) {
    const outlets = new Map<string, string[]>();
    for (const r of list) outlets.set(r.article.outlet ?? '', [...(outlets.get(r.article.outlet ?? '') ?? []), r.line]);
    const longest = Math.max(...[...outlets.values()].map((l) => l.length));
    for (let k = 0; k < longest && picked.length < size; k += 1) for (const l of outlets.values()) if (l[k] && picked.length < size) picked.push(l[k]);
    if (picked.length >= size) break;
  }
  return picked;
}

interface Run {
  wallS: number;
  cpuS: number;
  peakMb: number;
  code: number;
}

/** One whole command in a fresh Node process that reports its own CPU time and peak memory. */
function runCli(args: string[]): Run {
  const child = `const { run } = await import(${JSON.stringify(pathToFileURL(CLI).href)});
const code = await run(${JSON.stringify(args)});
const cpu = process.cpuUsage();
process.stderr.write('\\n@@' + JSON.stringify({ code, cpuS: (cpu.user + cpu.system) / 1e6, peakMb: process.resourceUsage().maxRSS / 1024 }) + '\\n');`;
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', child], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wallS = (performance.now() - t) / 1000;
  const line = r.stderr.split('\n').find((l) => l.startsWith('@@'));
  if (!line) throw new Error(`the compare run printed no figures:\n${r.stderr.slice(-2000)}`);
  return { wallS, ...(JSON.parse(line.slice(2)) as Omit<Run, 'wallS'>) };
}

const files = antFiles();
if (!files) {
  console.log('scale: skipped (../shared/data/ant-corpus-multisource is absent)');
} else if (!existsSync(CLI)) {
  console.log('scale: skipped, the command line is not built (run npm run build)');
} else {
  const argv = process.argv.slice(2);
  const keepAt = argv.indexOf('--keep');
  const keep = keepAt >= 0 ? argv.splice(keepAt, 2)[1] : undefined;
  const arg = argv[0];
  const sizes = arg ? arg.split(',').map(Number) : SIZES;
  const records = antRecords(files);
  const dir = mkdtempSync(path.join(tmpdir(), 'claimdiff-bench-scale-'));
  if (keep) mkdirSync(keep, { recursive: true });
  const rows: Array<Run & { articles: number; claims: number; jsonMb: number; load: number }> = [];
  console.log('scale: claimdiff compare FILE --one-event --format json --out OUT, whole process (start-up, ingest, all stages, JSON)');
  try {
    for (const size of sizes) {
      const input = path.join(dir, `ant-${size}.jsonl`);
      const lines = busiest(records, size);
      writeFileSync(input, `${lines.join('\n')}\n`);
      if (keep) copyFileSync(input, path.join(keep, `ant-${size}.jsonl`));
      const out = path.join(dir, `compare-${size}.json`);
      const load = loadavg()[0];
      const r = runCli(['compare', input, '--one-event', '--format', 'json', '--out', out, '--force']);
      const json = readFileSync(out, 'utf8');
      const claims = (JSON.parse(json) as { articles: Array<{ claims: unknown[] }> }).articles.reduce((n, a) => n + a.claims.length, 0);
      const row = { ...r, articles: lines.length, claims, jsonMb: statSync(out).size / 1024 / 1024, load };
      rows.push(row);
      rmSync(out);
      console.log(
        `  ${String(row.articles).padStart(5)} articles ${String(claims).padStart(6)} claims | wall ${row.wallS.toFixed(2).padStart(6)} s | cpu ${row.cpuS.toFixed(2).padStart(6)} s | ` +
          `peak ${Math.round(row.peakMb).toString().padStart(5)} MB | JSON ${row.jsonMb.toFixed(1).padStart(6)} MB (${Math.round((row.jsonMb * 1024) / claims)} KB per claim) | exit ${row.code}  [load ${load.toFixed(1)}]`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (rows.length >= 2) {
    const [a, b] = [rows[0], rows[rows.length - 1]];
    const exponent = (x: number, y: number) => Math.log(b.cpuS / a.cpuS) / Math.log(y / x);
    console.log(
      `  growth ${a.articles} -> ${b.articles} articles: CPU time ~ claims^${exponent(a.claims, b.claims).toFixed(2)}, ~ articles^${exponent(a.articles, b.articles).toFixed(2)} (1.00 = linear); ` +
        `JSON ~ claims^${(Math.log(b.jsonMb / a.jsonMb) / Math.log(b.claims / a.claims)).toFixed(2)}`,
    );
  }
}
