// The `compare` conflict threshold, chosen on the annotated events: every event compared once as
// `compare` compares it (token stream, claims, alignment, framing, the figures table), its groups
// typed at each threshold of the grid and scored as ../shared/gold/score.py scores them, the
// figures table included (conflicts found here or there count once).
// The threshold kept is the one with the most annotated conflicts found, each false conflict
// counting as two missed ones (a false alarm costs a reader more than a miss; the weight was set
// beforehand). Reported leave-one-event-out: each event typed at the threshold chosen on the others.
import type { ClaimGroup, Comparison } from '../../src/types.js';
import type { LinearModel } from '../../src/types.js';
import { articleTokens, extractClaims } from '../../src/claims/extract.js';
import { alignClaims } from '../../src/align/align.js';
import { compareFraming } from '../../src/framing/compare.js';
import { compareFigures } from '../../src/figures/index.js';
import { classifyAlignment, defaultClassifyOptions } from '../../src/classify/index.js';
import type { GoldCase } from '../gold/load.js';
import { addCounts, emptyCounts, scoreEvent, type GoldCounts } from '../gold/score.js';
import { GRID } from './recipe.js';

/** A false conflict counts as this many missed conflicts. */
export const FALSE_CONFLICT_COST = 2;

/** One annotated event's scores at every threshold of the grid. */
export interface EventScores {
  name: string;
  file: string;
  byThreshold: GoldCounts[];
}

/** Aligns each event once and scores its typed groups at every threshold of the grid. */
export function scoreEvents(cases: readonly GoldCase[], model?: LinearModel): EventScores[] {
  return cases.map((c) => {
    const tokens = c.articles.map((a) => articleTokens(a));
    const results = c.articles.map((a, i) => ({ ...a, claims: extractClaims(a, tokens[i]) }));
    const alignment = alignClaims(results.map((r, i) => ({ ...r, tokens: tokens[i] })));
    const typed = (t: number): ClaimGroup[] => classifyAlignment(alignment, { ...defaultClassifyOptions, conflictThreshold: t }, model);
    // The figures table reads the framing's sources, not the groups' relations: computed once.
    const figures = compareFigures(results, compareFraming(results, typed(GRID[0]), {}, tokens));
    const byThreshold = GRID.map((t) => scoreEvent(c.event, { articles: results, groups: typed(t), figures } as unknown as Comparison, c.texts));
    return { name: c.event.name, file: c.file, byThreshold };
  });
}

const value = (c: GoldCounts) => c.conflictsFound - FALSE_CONFLICT_COST * c.falseConflicts;

/** The grid index with the best summed value over `events` (the higher threshold on a tie). */
export function bestThreshold(events: readonly EventScores[]): number {
  let best = 0;
  let bestValue = -Infinity;
  GRID.forEach((_, k) => {
    const v = value(events.reduce((s, e) => addCounts(s, e.byThreshold[k]), emptyCounts()));
    if (v >= bestValue) {
      best = k;
      bestValue = v;
    }
  });
  return best;
}

/** Each event scored at the threshold chosen on all the other events. */
export function leaveOneEventOut(events: readonly EventScores[]): Array<{ name: string; file: string; threshold: number; counts: GoldCounts }> {
  return events.map((e, k) => {
    const t = bestThreshold(events.filter((_, j) => j !== k));
    return { name: e.name, file: e.file, threshold: GRID[t], counts: e.byThreshold[t] };
  });
}
