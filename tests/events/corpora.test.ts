// Real corpora: a BASIL sample (three outlets per event, gold triples); the parallel path on ANT is
// tested with the worker threads in tests/cli/workers.test.ts. Skipped when /work/shared/data is absent.
import { describe, expect, it } from 'vitest';
import { groupEvents } from '../../src/events/index.js';
import type { EventGroup } from '../../src/types.js';
import { BASIL_DIR, hasData, loadBasil } from './corpora.js';

/** Share of events whose articles all come from one gold event, and of gold events kept in one event. */
function purityAndCompleteness(groups: readonly EventGroup[], gold: ReadonlyMap<string, string>): { pure: number; complete: number } {
  const multi = groups.filter((g) => g.articles.length > 1);
  const pure = multi.filter((g) => new Set(g.articles.map((a) => gold.get(a))).size === 1).length / Math.max(1, multi.length);
  const eventOf = new Map<string, string>();
  for (const g of groups) for (const a of g.articles) eventOf.set(a, g.id);
  const byGold = new Map<string, Set<string>>();
  for (const [id, event] of gold) {
    if (!eventOf.has(id)) continue;
    const set = byGold.get(event) ?? new Set<string>();
    set.add(eventOf.get(id) ?? '');
    byGold.set(event, set);
  }
  const complete = [...byGold.values()].filter((s) => s.size === 1).length / Math.max(1, byGold.size);
  return { pure, complete };
}

describe.skipIf(!hasData(BASIL_DIR))('BASIL sample (events 2015-2016, NYT / Fox / HuffPost)', () => {
  it('keeps the gold triples together and apart', () => {
    const basil = loadBasil();
    const sample = new Set(basil.events.slice(50, 70));
    const articles = basil.articles.filter((a) => sample.has(basil.gold.get(a.id) ?? ''));
    expect(articles).toHaveLength(60);
    const groups = groupEvents(articles);
    const { pure, complete } = purityAndCompleteness(groups, basil.gold);
    expect(pure).toBe(1);
    expect(complete).toBeGreaterThanOrEqual(0.85);
    // A grouped triple carries the names it is about in its evidence.
    const trump = groups.find((g) => g.label.includes('Trump') && g.articles.length === 3);
    expect(trump?.evidence.terms.length).toBeGreaterThan(3);
  });
});
