// The `compare` conflict threshold, chosen on the annotated events and the development wild replay.
// Every annotated event is compared once as `compare` compares it (token stream, claims, alignment,
// framing, the figures table), its groups typed at each threshold of the grid and scored as
// ../shared/gold/score.py scores them, the figures table included (conflicts found here or there
// count once). The annotated events cannot see the conflicts invented on coverage nobody annotated,
// so the development replay (eval/wild/conflicts-dev.json: 40 random ANT events whose reported
// conflicting pairs were read) is scored at each threshold too: a pair read as real and still
// reported is a conflict found, one read as invented and still reported a false conflict (the other
// replays are held out, never chosen on). Its figures-table rows do not move with the threshold.
// The threshold kept is the one with the most conflicts found, each false conflict counting as two
// missed ones (a false alarm costs a reader more than a miss; the weight was set beforehand).
// Reported leave-one-event-out: each annotated event typed at the threshold chosen on the others
// (and the replay).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
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
import { replayByThreshold, type AuditFile, type ReplayCounts } from './wild-replay.js';
import { ROOT, dataPath, readAntCorpus } from '../shared.js';

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

/** The development replay whose read pairs join the objective. */
export const DEV_REPLAY = path.join(ROOT, 'eval', 'wild', 'conflicts-dev.json');

/** The development replay's read pairs still reported at every threshold of the grid, or null when the corpus is absent. */
export function scoreDevReplay(model?: LinearModel, file = DEV_REPLAY): ReplayCounts[] | null {
  const dir = dataPath('ant-corpus-multisource');
  if (!dir || !existsSync(file)) return null;
  return replayByThreshold(JSON.parse(readFileSync(file, 'utf8')) as AuditFile, readAntCorpus(dir), model);
}

const value = (c: GoldCounts) => c.conflictsFound - FALSE_CONFLICT_COST * c.falseConflicts;
const replayValue = (c: ReplayCounts | undefined) => (c ? c.trueKept - FALSE_CONFLICT_COST * c.falseKept : 0);

/** The objective at each threshold of the grid: the annotated events' value plus the replay's. */
export function objective(events: readonly EventScores[], replay: readonly ReplayCounts[] | null = null): number[] {
  return GRID.map((_, k) => value(events.reduce((s, e) => addCounts(s, e.byThreshold[k]), emptyCounts())) + replayValue(replay?.[k]));
}

/** The grid index with the best summed value over `events` and the replay (the higher threshold on a tie). */
export function bestThreshold(events: readonly EventScores[], replay: readonly ReplayCounts[] | null = null): number {
  let best = 0;
  let bestValue = -Infinity;
  objective(events, replay).forEach((v, k) => {
    if (v >= bestValue) {
      best = k;
      bestValue = v;
    }
  });
  return best;
}

/** Each event scored at the threshold chosen on all the other events. */
export function leaveOneEventOut(events: readonly EventScores[], replay: readonly ReplayCounts[] | null = null): Array<{ name: string; file: string; threshold: number; counts: GoldCounts }> {
  return events.map((e, k) => {
    const t = bestThreshold(events.filter((_, j) => j !== k), replay);
    return { name: e.name, file: e.file, threshold: GRID[t], counts: e.byThreshold[t] };
  });
}
