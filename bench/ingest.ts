// Ingest throughput on the 11,430-article ANT corpus, against its floor: reading the files and
// JSON.parse of every line alone. Provenance, read only when asked for, is timed apart. Then ingest as `claimdiff events` runs it (the built
// cli/read-inputs.js on the worker threads), ingest on this thread alone, and the text pipeline
// (sentences, tokens, numbers, dates) over the articles. Each ingest figure is printed with its
// ratio to the floor, and a second pass shows what the first paid for warming up; then the event
// tokenizer over the articles. Wall time and CPU time both, since the development machine is shared (the
// 1-minute load average is printed).
// Run: npx tsx bench/ingest.ts   (the parallel figure needs `npm run build`; `npm run bench` builds)
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { segmentSentences } from '../src/text/segment.js';
import { buildTokenStream, wordsIn } from '../src/text/token-stream.js';
import { findNumbers } from '../src/text/numbers.js';
import { findDates } from '../src/text/dates.js';
import { keptRanges } from '../src/claims/extract.js';
import { featurize, toInput } from '../src/events/features.js';
import type { Article } from '../src/types.js';
import { antFiles, peakRssMb, readAnt, seconds } from './shared.js';

interface Timed<T> {
  value: T;
  wallMs: number;
  /** CPU time of this process, worker threads included. */
  cpuMs: number;
}

async function timed<T>(fn: () => T | Promise<T>): Promise<Timed<T>> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { value, wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** The floor: read each file, decode it, JSON.parse every line; nothing else. */
function readAndParse(files: readonly string[]): number {
  let records = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      JSON.parse(line);
      records += 1;
    }
  }
  return records;
}

/** Ingest as the events command runs it: the built read-inputs on the command's worker threads, or null before `npm run build`. */
async function readParallel(files: readonly string[]): Promise<Article[] | null> {
  const dist = new URL('../dist/cli/', import.meta.url);
  if (!existsSync(new URL('read-inputs.js', dist))) return null;
  const { readInputs } = (await import(new URL('read-inputs.js', dist).href)) as typeof import('../cli/read-inputs.js');
  const { CommandThreads } = (await import(new URL('workers/pool.js', dist).href)) as typeof import('../cli/workers/pool.js');
  const threads = new CommandThreads();
  try {
    return (await readInputs(files, { workers: () => threads.workers() })).articles;
  } finally {
    await threads.close();
  }
}

const ratio = (ms: number, floor: number): string => `${(ms / floor).toFixed(2)}x the floor`;

const files = antFiles();
if (files) {
  const load = loadavg()[0];
  const floor = await timed(() => readAndParse(files));
  const parallel = await timed(() => readParallel(files));
  const serial = await timed(() => readAnt(files));
  const { articles, bytes } = serial.value;
  const mb = bytes / 1024 / 1024;
  console.log(`ingest, ANT corpus: ${articles.length} articles, ${mb.toFixed(1)} MB of JSONL  [load ${load.toFixed(1)}]`);
  console.log(`  floor (read, decode, JSON.parse of each line): ${seconds(floor.wallMs)} wall, ${seconds(floor.cpuMs)} CPU  (${floor.value} records)`);
  if (parallel.value) {
    const same = parallel.value.length === articles.length && parallel.value.every((a, i) => a.id === articles[i].id && a.text === articles[i].text);
    console.log(`  ingest on the worker threads (as events runs it, from ${pathToFileURL('dist/cli/read-inputs.js').pathname}): ${seconds(parallel.wallMs)} wall (${ratio(parallel.wallMs, floor.wallMs)}), ${seconds(parallel.cpuMs)} CPU${same ? '' : '  DIFFERENT ARTICLES'}`);
  } else {
    console.log('  ingest on the worker threads: skipped, run `npm run build` first (the threads run the built JavaScript)');
  }
  console.log(`  ingest on this thread alone: ${seconds(serial.wallMs)} wall (${ratio(serial.wallMs, floor.wallMs)}), ${seconds(serial.cpuMs)} CPU (${ratio(serial.cpuMs, floor.cpuMs)})  ${(articles.length / (serial.wallMs / 1000)).toFixed(0)} articles/s`);

  // The same ingest again in this process: what the first pass paid for code not compiled yet.
  const again = await timed(() => readAnt(files));
  console.log(`  ingest on this thread, a second time in the same process: ${seconds(again.wallMs)} wall, ${seconds(again.cpuMs)} CPU (${ratio(again.cpuMs, floor.cpuMs)})`);

  // The event tokenizer (src/events/features.ts) over the same articles, as events runs it on one thread, twice.
  const inputs = articles.map(toInput);
  for (const pass of ['first', 'second']) {
    const features = await timed(() => inputs.reduce((n, input) => n + featurize(input).terms.length, 0));
    console.log(`  event features (${pass} pass): ${seconds(features.wallMs)} wall, ${seconds(features.cpuMs)} CPU  (${features.value} terms)`);
  }

  // Provenance is read when first asked for (compare and report read it, events never does): timed apart.
  const provenance = await timed(() => articles.reduce((n, a) => n + (a.provenance?.credits.length ?? 0), 0));
  console.log(`  provenance of every article, read afterwards as compare and report ask for it (events never does): ${seconds(provenance.wallMs)} wall, ${seconds(provenance.cpuMs)} CPU  (${provenance.value} credits)`);

  const text = await timed(() => {
    let sentences = 0;
    let tokens = 0;
    let numbers = 0;
    let dates = 0;
    for (const a of articles) {
      // One token stream per article over the kept text; each sentence reads its range of it.
      const ranges = keptRanges(a);
      const stream = buildTokenStream(a.text, ranges);
      for (const s of segmentSentences(a.text, ranges)) {
        sentences += 1;
        tokens += wordsIn(stream, s.start, s.end).length;
        numbers += findNumbers(a.text, s.start, s.end).length;
        dates += findDates(s.text, { reference: a.date }).length;
      }
    }
    return { sentences, tokens, numbers, dates };
  });
  const t = text.value;
  console.log(`  text (sentences, tokens, numbers, dates): ${seconds(text.wallMs)} wall, ${seconds(text.cpuMs)} CPU  (${t.sentences} sentences, ${t.tokens} tokens, ${t.numbers} numbers, ${t.dates} dates)`);
  console.log(`  peak RSS ${peakRssMb().toFixed(0)} MB`);
}
