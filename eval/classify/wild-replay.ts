// The read conflicting pairs of a wild replay (eval/wild/conflicts-*.json), as anchors: shared by
// eval/wild-conflicts.ts (which replays every sample) and the compare threshold's objective
// (gold-threshold.ts), which counts the read pairs of the development sample still reported at each
// threshold of the grid.
import type { Article, ClaimGroup, Comparison, LinearModel } from '../../src/types.js';
import { articleTokens, extractClaims } from '../../src/claims/extract.js';
import { alignClaims } from '../../src/align/align.js';
import { compareFraming } from '../../src/framing/compare.js';
import { compareFigures } from '../../src/figures/index.js';
import { groupsWithUpdates } from '../../src/figures/updates.js';
import { classifyAlignment, defaultClassifyOptions } from '../../src/classify/index.js';
import { docnoOf } from '../shared.js';
import { GRID } from './recipe.js';

/** A claim as a reader recorded it: its article's docno and its first words. */
export type Anchor = [docno: string, firstWords: string];
export interface Audited { event: string; conflict: boolean | null; why: string; pairs: Array<[Anchor, Anchor]> }
/** A figures-table conflict: the quantity and each compared value as [docno, words]. */
export interface AuditedFigure { event: string; conflict: boolean | null; why: string; quantity: string; values: Anchor[] }
export interface AuditFile { about: string; read: string; events: Array<{ event: string; articles: string[] }>; audited: Audited[]; figures?: AuditedFigure[] }

const ANCHOR_WORDS = 5;

const anchorOf = (c: Pick<Comparison, 'articles'>, claimId: string): Anchor => {
  for (const a of c.articles) {
    const claim = a.claims.find((x) => x.id === claimId);
    if (claim) return [docnoOf(a.id), claim.text.split(/\s+/).slice(0, ANCHOR_WORDS).join(' ')];
  }
  throw new Error(`claim ${claimId} not found`);
};
export const pairKey = ([a, b]: [Anchor, Anchor]): string => [a.join('|'), b.join('|')].sort().join(' <> ');

/**
 * The conflicting pairs of one event's comparison, as anchors, each with the conflicts named (`kind:
 * a / b`); with `updated`, the pairs whose rival figures the figures table reads as a later report's
 * update instead.
 */
export function conflictPairs(c: Pick<Comparison, 'articles' | 'groups'>, updated = false): Array<[Anchor, Anchor] & { why?: string }> {
  const seen = new Map<string, [Anchor, Anchor] & { why?: string }>();
  for (const g of c.groups) {
    if (!updated && g.relation !== 'conflict') continue;
    for (const d of g.diffs) if (updated ? d.updated : d.relation === 'conflict') {
      const pair: [Anchor, Anchor] & { why?: string } = [anchorOf(c, d.a), anchorOf(c, d.b)];
      pair.why = d.conflicts.map((x) => `${x.kind}: ${x.a} / ${x.b}`).join('; ');
      seen.set(pairKey(pair), pair);
    }
  }
  return [...seen.values()];
}

/** Read pairs still reported at one threshold: read true (conflicts found) and read false (invented). */
export interface ReplayCounts { trueKept: number; falseKept: number }

/**
 * Each event of a read sample compared once as `compare` compares it, its groups typed at every
 * threshold of the grid (then a later report's higher toll made an update, as compare.ts does), and
 * its read pairs still reported counted by verdict. The figures table does not read the groups'
 * relations, so it is computed once; unread pairs count for nothing.
 */
export function replayByThreshold(audit: AuditFile, corpus: ReadonlyMap<string, Article>, model?: LinearModel): ReplayCounts[] {
  const verdict = new Map<string, boolean | null>();
  for (const a of audit.audited) for (const p of a.pairs) verdict.set(pairKey(p), a.conflict);
  const out = GRID.map((): ReplayCounts => ({ trueKept: 0, falseKept: 0 }));
  for (const e of audit.events) {
    const articles = e.articles.map((d) => corpus.get(d)).filter((a): a is Article => a !== undefined);
    if (articles.length < e.articles.length) continue;
    const tokens = articles.map((a) => articleTokens(a));
    const results = articles.map((a, i) => ({ ...a, claims: extractClaims(a, tokens[i]) }));
    const alignment = alignClaims(results.map((r, i) => ({ ...r, tokens: tokens[i] })));
    const typed = (t: number): ClaimGroup[] => classifyAlignment(alignment, { ...defaultClassifyOptions, conflictThreshold: t }, model);
    const figures = compareFigures(results, compareFraming(results, typed(GRID[0]), {}, tokens));
    GRID.forEach((t, k) => {
      for (const pair of conflictPairs({ articles: results, groups: groupsWithUpdates(typed(t), figures, results) })) {
        const v = verdict.get(pairKey(pair));
        if (v === true) out[k].trueKept += 1;
        else if (v === false) out[k].falseKept += 1;
      }
    });
  }
  return out;
}
