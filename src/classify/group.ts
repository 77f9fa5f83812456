// A group's relation and each member's own status, from the relations of its pairs.
import type { MemberStatus, PairDiff, Relation } from '../types.js';

/** How strong a relation is: conflict over partial over shared. */
export const SEVERITY: Readonly<Record<Relation, number>> = { shared: 0, partial: 1, conflict: 2 };

/** The stronger of two relations. */
export function strongerRelation(a: Relation, b: Relation): Relation {
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}

/** The strongest relation among a group's pairs. */
export function groupRelation(diffs: readonly PairDiff[]): Relation {
  return diffs.reduce<Relation>((r, d) => strongerRelation(r, d.relation), 'shared');
}

/**
 * Each member's status: the strongest relation of the pairs it takes part in, and the members it
 * conflicts with. A member in no pair (it cannot happen for a group of two articles or more, but
 * a view should not guess) takes the group's relation.
 */
export function memberStatuses(members: readonly string[], diffs: readonly PairDiff[]): MemberStatus[] {
  const fallback = groupRelation(diffs);
  return members.map((claim) => {
    let relation: Relation | null = null;
    const against: string[] = [];
    for (const d of diffs) {
      if (d.a !== claim && d.b !== claim) continue;
      relation = relation === null ? d.relation : strongerRelation(relation, d.relation);
      if (d.relation === 'conflict') against.push(d.a === claim ? d.b : d.a);
    }
    return { claim, relation: relation ?? fallback, against };
  });
}
