// The status of every claim of a comparison (shared, partial, conflict, unique) and of every
// outlet in a claim group, read from the groups' pairwise diffs: views mark claims with it.
import type { Comparison, Relation } from '../../src/types.js';

export type ClaimStatus = Relation | 'unique';

/** A claim's status and, unless it is unique, its group. */
export interface ClaimMark {
  status: ClaimStatus;
  groupId: string | null;
}

const SEVERITY: Record<Relation, number> = { shared: 0, partial: 1, conflict: 2 };

/** The stronger of two relations: conflict over partial over shared. */
export function worstRelation(a: Relation, b: Relation): Relation {
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}

const cache = new WeakMap<Comparison, Map<string, ClaimMark>>();

/**
 * Claim id -> status. A grouped claim takes the strongest relation of the diffs it takes part in
 * (its group's relation when it has none: a second claim of the same article), so in a group of
 * three outlets the one that conflicts is marked, not all of them.
 */
export function claimMarks(comparison: Comparison): Map<string, ClaimMark> {
  const cached = cache.get(comparison);
  if (cached) return cached;
  const marks = new Map<string, ClaimMark>();
  for (const g of comparison.groups) {
    const fromDiffs = new Map<string, Relation>();
    for (const d of g.diffs) {
      for (const id of [d.a, d.b]) fromDiffs.set(id, worstRelation(fromDiffs.get(id) ?? 'shared', d.relation));
    }
    for (const id of g.members) marks.set(id, { status: fromDiffs.get(id) ?? g.relation, groupId: g.id });
  }
  for (const ids of Object.values(comparison.unique)) {
    for (const id of ids) if (!marks.has(id)) marks.set(id, { status: 'unique', groupId: null });
  }
  cache.set(comparison, marks);
  return marks;
}

/** Claims of the comparison counted by status. */
export function statusCounts(comparison: Comparison): Record<ClaimStatus, number> {
  const counts: Record<ClaimStatus, number> = { shared: 0, partial: 0, conflict: 0, unique: 0 };
  for (const m of claimMarks(comparison).values()) counts[m.status] += 1;
  return counts;
}
