// The example corpus (examples/blinken) read and analysed as `claimdiff browse` does, once per
// test file, and the pieces the tests look for in it: the 7 February 2024 event and its groups.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseInput } from '../../src/ingest/index.js';
import { analyzeCorpus } from '../../src/corpus.js';
import type { Comparison, CorpusAnalysis } from '../../src/types.js';
import { SEED_DIR } from '../support/seeds.js';

let cached: Promise<CorpusAnalysis> | null = null;

export function seedAnalysis(): Promise<CorpusAnalysis> {
  cached ??= (async () => {
    const files = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort();
    const articles = files.flatMap((f) => parseInput(readFileSync(path.join(SEED_DIR, f)), path.join(SEED_DIR, f)).articles);
    return analyzeCorpus(articles);
  })();
  return cached;
}

/** Index of the event of the Blinken-Netanyahu meeting (003 and 004). */
export function meetingEvent(analysis: CorpusAnalysis): number {
  const i = analysis.events.findIndex((e) => e.articles.some((id) => id.startsWith('003_')) && e.articles.some((id) => id.startsWith('004_')));
  if (i < 0) throw new Error('the 7 February event (003 + 004) was not grouped');
  return i;
}

/** The group whose claims say that Halevi briefed Blinken (`أطلع هاليفي بلينكن`). */
export function haleviGroup(comparison: Comparison): string {
  const texts = new Map(comparison.articles.flatMap((a) => a.claims.map((c) => [c.id, c.text] as const)));
  const g = comparison.groups.find((g) => g.members.every((id) => /أطلع هاليفي بلينكن/.test(texts.get(id) ?? '')));
  if (!g) throw new Error('no group for the Halevi briefing');
  return g.id;
}
