// Groups claims across all articles: strongest pairs first, a group holding at most one claim per
// article (Kruskal-style union with a constraint), then split/merge: a claim joins a group that
// already holds a neighbour from its own article when the two together match better than one.
import type { ClaimFeatures } from './features.js';

export interface Edge {
  i: number;
  j: number;
  score: number;
}

/** Groups of feature indices (each with two articles or more), in order of their first claim. */
export function groupClaims(features: readonly ClaimFeatures[], edges: readonly Edge[], threshold: number): number[][] {
  const parent = features.map((_, i) => i);
  const articlesOf = features.map((f) => new Set([f.article]));
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const strong = edges.filter((e) => e.score >= threshold).sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  for (const e of strong) {
    const ri = find(e.i);
    const rj = find(e.j);
    if (ri === rj) continue;
    const [small, large] = articlesOf[ri].size <= articlesOf[rj].size ? [ri, rj] : [rj, ri];
    if ([...articlesOf[small]].some((a) => articlesOf[large].has(a))) continue;
    parent[small] = large;
    for (const a of articlesOf[small]) articlesOf[large].add(a);
  }
  const members = new Map<number, number[]>();
  features.forEach((_, i) => {
    const r = find(i);
    const list = members.get(r) ?? [];
    list.push(i);
    members.set(r, list);
  });
  const groups = [...members.values()].filter((g) => g.length >= 2);
  attachSplits(features, strong, groups);
  return groups.map((g) => g.sort((a, b) => a - b)).sort((a, b) => a[0] - b[0]);
}

/**
 * A claim left alone whose best partner is in a group that already holds the claim next to it
 * (same article, adjacent) joins that group: one outlet said in two sentences what another said in one.
 */
function attachSplits(features: readonly ClaimFeatures[], strong: readonly Edge[], groups: number[][]): void {
  const groupOf = new Map<number, number[]>();
  for (const g of groups) for (const i of g) groupOf.set(i, g);
  for (const e of strong) {
    for (const [loner, partner] of [[e.i, e.j], [e.j, e.i]] as const) {
      if (groupOf.has(loner)) continue;
      const group = groupOf.get(partner);
      if (!group) continue;
      const sibling = group.find((m) => features[m].article === features[loner].article);
      if (sibling === undefined) continue;
      const adjacent = Math.abs(claimNumber(features[sibling]) - claimNumber(features[loner])) === 1;
      if (!adjacent) continue;
      group.push(loner);
      groupOf.set(loner, group);
    }
  }
}

function claimNumber(f: ClaimFeatures): number {
  return Number(f.claim.id.slice(f.claim.id.lastIndexOf(':') + 1));
}
