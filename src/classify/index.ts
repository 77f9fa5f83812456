// The classify stage: every aligned pair typed shared, partial or conflict by the relation model
// and its cues, then each group's relation and each member's own status. It reads the alignment;
// it never re-aligns.
import type { ClaimGroup, ClassifyOptions, Evidence, LinearModel, PairDiff } from '../types.js';
import type { AlignedPair, Alignment } from '../align/align.js';
import type { ClaimFeatures } from '../align/features.js';
import { round } from '../align/similarity.js';
import { classifyPair } from './relation.js';
import { groupRelation, memberStatuses } from './group.js';
import { distinctIds, setId } from '../text/stable-id.js';
import { placeContext, type PlaceContext } from './cues/places.js';
import { CONFLICT_THRESHOLD, relationModel } from './relation-model.js';

export { placeContext, type PlaceContext } from './cues/places.js';
export { PAIRS_CONFLICT_THRESHOLD } from './relation-model.js';

export const defaultClassifyOptions: ClassifyOptions = { sharedThreshold: 0.5, sharedCoverage: 0.55, conflictThreshold: CONFLICT_THRESHOLD, wordingConflicts: false };

/**
 * One aligned pair as the Comparison shows it, with the evidence and the relation's notes.
 * `context`: the places the comparison names together (a city with its state), so they are not rivals.
 */
export function classifyAlignedPair(
  features: readonly ClaimFeatures[],
  pair: AlignedPair,
  options: ClassifyOptions,
  context: PlaceContext,
  model: LinearModel = relationModel,
): PairDiff & { evidence: Evidence } {
  const [a, b] = [features[pair.i], features[pair.j]];
  const result = classifyPair(a, b, pair.score, pair.diff, options, context, model);
  return {
    a: a.claim.id,
    b: b.claim.id,
    relation: result.relation,
    score: round(pair.score),
    parts: pair.diff.parts,
    substitutions: pair.diff.substitutions,
    conflicts: result.conflicts,
    evidence: { ...pair.evidence, notes: [...pair.evidence.notes, ...result.notes], contradiction: result.contradiction },
  };
}

/** The claim groups of an alignment, typed, in order of their first claim; a group's id is `g` and a hash of its members' ids. `model`: the committed relation model unless given. */
export function classifyAlignment(alignment: Alignment, options: ClassifyOptions = defaultClassifyOptions, model: LinearModel = relationModel): ClaimGroup[] {
  const { features } = alignment;
  const context = placeContext(features);
  // Groups share their overlapping pairs (align.ts): each is typed once, and the groups holding it share the result.
  const typedPairs = new Map<AlignedPair, PairDiff & { evidence: Evidence }>();
  const typeOnce = (pair: AlignedPair) => {
    let typed = typedPairs.get(pair);
    if (!typed) {
      typed = classifyAlignedPair(features, pair, options, context, model);
      typedPairs.set(pair, typed);
    }
    return typed;
  };
  const groups = alignment.groups.map((group): ClaimGroup => {
    const typed = group.pairs.map(typeOnce);
    // The evidence shown for the group: its conflicting pair when there is one, else its closest pair.
    const rank = (d: PairDiff) => (d.relation === 'conflict' ? 2 : 0) + d.score;
    const best = typed.reduce((m, d) => (rank(d) > rank(m) ? d : m), typed[0]);
    const diffs = typed.map(({ evidence: _evidence, ...d }) => d);
    const members = group.members.map((i) => features[i].claim.id);
    return {
      id: setId('g', members),
      members,
      relation: groupRelation(diffs),
      score: round(diffs.reduce((s, d) => s + d.score, 0) / diffs.length),
      evidence: best.evidence,
      diffs,
      status: memberStatuses(members, diffs),
    };
  });
  const ids = distinctIds(groups.map((g) => g.id));
  return groups.map((g, k) => ({ ...g, id: ids[k] }));
}
