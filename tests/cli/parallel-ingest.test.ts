// Parsing on worker threads (read-inputs.ts with cli/workers) gives what parsing on one thread
// gives: the same articles, ids, problems and warnings in the same order, and on the ANT corpus
// the same events. ANT is read from ../shared/data and skipped when it is absent.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, type Parser, type ReadResult } from '../../cli/read-inputs.js';
import { CommandThreads } from '../../cli/workers/pool.js';
import { groupEvents, groupEventsParallel } from '../../src/events/index.js';
import { ANT_DIR, hasData } from '../events/corpora.js';
import { ROOT, seedLines } from '../support/seeds.js';

let dir: string;
const threads = new CommandThreads(2);

/** The inputs read with the worker threads (from the first byte), and how many tasks they parsed. */
async function readParallel(inputs: string[]): Promise<{ read: ReadResult; tasks: number }> {
  let tasks = 0;
  const counting = (): Parser | null => {
    const pool = threads.workers();
    return pool && { parse: (t) => ((tasks += t.length), pool.parse(t)) };
  };
  const read = await readInputs(inputs, { workers: counting, parallelMinBytes: 0, partBytes: 1 });
  return { read, tasks };
}

/** Seed sentences as JSON Lines records, `count` of them, with an id that repeats every `every`. */
function records(count: number, every: number): string[] {
  const lines = [...seedLines('003'), ...seedLines('004')];
  return Array.from({ length: count }, (_, i) => JSON.stringify({ id: `seed-${i % every}`, title: lines[i % lines.length], text: lines.slice(i % 7, (i % 7) + 12).join('\n') }));
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'claimdiff-parallel-'));
  const lines = records(1400, 600);
  // A byte-order mark, blank lines, a bad line and a record without text far from the start (in a
  // later part), a bidi control in a text: the parts must number lines as the whole file does.
  lines.splice(900, 0, '', '{"id": "broken", "text": ', JSON.stringify({ id: 'empty', text: '' }));
  const marked = JSON.parse(lines[1200]) as { text: string };
  lines[1200] = JSON.stringify({ ...marked, text: `\u202e${marked.text}` });
  writeFileSync(path.join(dir, 'seeds.jsonl'), `\ufeff${lines.join('\n')}\n\n`);
  // Not UTF-8 (السلام in windows-1256 bytes): no part can be read alone, the whole file is read again here.
  const word = [0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3, 0x20];
  const legacy = (n: number) => Buffer.concat([Buffer.from(`{"id": "legacy-${n}", "text": "`), Buffer.from(Array.from({ length: 150_000 }, (_, i) => word[i % word.length])), Buffer.from('"}\n')]);
  writeFileSync(path.join(dir, 'legacy.jsonl'), Buffer.concat([legacy(1), legacy(2), legacy(3)]));
});

afterAll(async () => {
  await threads.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('parsing on worker threads', () => {
  it('reads the bundled examples as one thread does', async () => {
    const inputs = [path.join(ROOT, 'examples')];
    const serial = await readInputs(inputs);
    const { read, tasks } = await readParallel(inputs);
    expect(tasks).toBeGreaterThan(1);
    expect(read).toEqual(serial);
    expect(serial.articles.length).toBeGreaterThanOrEqual(8);
    // The threads leave provenance to be read here, where it is asked for: it reads the same.
    expect(read.articles.map((a) => a.provenance?.basis)).toEqual(serial.articles.map((a) => a.provenance!.basis));
    expect(read.articles.every((a) => a.provenance !== undefined)).toBe(true);
  }, 60_000);

  it('reads a JSON Lines file in parts as one thread reads it whole: line numbers, repeated ids, a byte-order mark', async () => {
    const inputs = [path.join(dir, 'seeds.jsonl')];
    const serial = await readInputs(inputs);
    const { read, tasks } = await readParallel(inputs);
    expect(tasks).toBeGreaterThan(1);
    expect(read).toEqual(serial);
    expect(serial.problems.map((p) => p.message.replace(dir, '')).join('\n')).toMatch(/line 902 is not valid JSON[^\n]*\n.*line 903 has no article text/);
    expect(serial.articles.at(-1)!.id).toBe('seed-199-3');
    expect(serial.articles[0].encoding).toBe('utf-8-bom');
    expect(serial.warnings.map((w) => w.message.replace(dir, ''))).toEqual(['/seeds.jsonl#1201: removed 1 bidi control from the text (recorded as "control")']);
  }, 60_000);

  it('reads a file that is not UTF-8 again whole, as one thread does', async () => {
    const inputs = [path.join(dir, 'legacy.jsonl')];
    const serial = await readInputs(inputs);
    const { read } = await readParallel(inputs);
    expect(read).toEqual(serial);
    expect(serial.articles.map((a) => `${a.id} ${a.encoding}`)).toEqual(['legacy-1 windows-1256', 'legacy-2 windows-1256', 'legacy-3 windows-1256']);
  }, 60_000);
});

describe.skipIf(!hasData(ANT_DIR))('ANT corpus, parsed on worker threads', () => {
  it('gives the same articles and the same events, ids and order as one thread', async () => {
    const serial = await readInputs([ANT_DIR]);
    const { read, tasks } = await readParallel([ANT_DIR]);
    expect(tasks).toBeGreaterThan(5);
    expect(read).toEqual(serial);
    const single = groupEvents(serial.articles);
    const parallel = await groupEventsParallel(read.articles, { executor: threads.executor() });
    expect(parallel).toEqual(single);
    expect(single.length).toBeGreaterThan(1000);
  }, 240_000);
});
