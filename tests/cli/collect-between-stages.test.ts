// Large comparisons collect their garbage as each stage ends (issue 17: the peak of memory at 1,000
// articles was garbage of the stage before). The library says when a stage is done; the compare
// command collects there, from COLLECT_FROM_CLAIMS claims; the result is the same either way.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/ingest/index.js';
import { compareArticles } from '../../src/compare.js';
import { collectBetweenStages, COLLECT_FROM_CLAIMS } from '../../cli/commands/compare.js';
import { seedPath } from '../support/seeds.js';

const seeds = () => ['003', '004'].flatMap((n) => parseInput(readFileSync(seedPath(n)), seedPath(n)).articles);

describe('compareArticles tells each stage end (seed pair 003/004, the Blinken-Netanyahu meeting)', () => {
  it('in pipeline order, with the number of claims compared, and the comparison is the same', () => {
    const articles = seeds();
    const told: string[] = [];
    const withHook = compareArticles(articles, {}, (stage, claims) => told.push(`${stage} ${claims}`));
    const claims = withHook.articles.reduce((n, a) => n + a.claims.length, 0);
    expect(told).toEqual(['prepared', 'described', 'aligned', 'classified', 'origins', 'figures'].map((s) => `${s} ${claims}`));
    expect(JSON.stringify(withHook)).toBe(JSON.stringify(compareArticles(articles)));
  });

  it('a hook that collects (as the compare command does for large inputs) changes nothing in the result', () => {
    const articles = seeds();
    const collect = collectBetweenStages();
    const collected = compareArticles(articles, {}, (stage) => collect(stage, COLLECT_FROM_CLAIMS));
    expect(JSON.stringify(collected)).toBe(JSON.stringify(compareArticles(articles)));
  });
});

/** The heap in use once some 30 MB of objects have been made and dropped (not yet collected). */
function heapAfterGarbage(): number {
  let junk: unknown[] | null = Array.from({ length: 300_000 }, (_, i) => ({ i, s: `claim ${i}` }));
  expect(junk.length).toBe(300_000);
  junk = null;
  return process.memoryUsage().heapUsed;
}

describe('collectBetweenStages', () => {
  it('collects from COLLECT_FROM_CLAIMS claims (no --expose-gc on the command line): the heap shrinks', () => {
    const collect = collectBetweenStages();
    const before = heapAfterGarbage();
    collect('aligned', COLLECT_FROM_CLAIMS);
    expect(process.memoryUsage().heapUsed).toBeLessThan(before - 10 * 2 ** 20);
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined(); // the page's global is untouched
  });

  it('lets the heap grow 20% past the live data while pairs are described and again once they are classified, 40% between', () => {
    const set: string[] = [];
    const collect = collectBetweenStages((flags) => set.push(flags));
    const growth: string[] = [];
    for (const stage of ['prepared', 'described', 'aligned', 'classified', 'origins', 'figures']) {
      set.length = 0;
      collect(stage, COLLECT_FROM_CLAIMS);
      growth.push(`${stage} ${set.join(' ')}`.trim());
    }
    // With less live data while the pairs are described (stop 35), framing and origins set the peak at 40%.
    expect(growth).toEqual(['prepared --heap-growing-percent=20', 'described --heap-growing-percent=40', 'aligned', 'classified --heap-growing-percent=20', 'origins', 'figures']);
  });

  it('does nothing below it: a small comparison pays for no collection', () => {
    const collect = collectBetweenStages();
    const before = heapAfterGarbage();
    collect('aligned', COLLECT_FROM_CLAIMS - 1);
    expect(process.memoryUsage().heapUsed).toBeGreaterThan(before - 10 * 2 ** 20);
  });
});
