// Groups claims across all articles: strongest pairs first, a group holding at most one claim per
// article (Kruskal-style union with a constraint), then split/merge: a claim joins a group that
// already holds a neighbour from its own article when the two together match better than one.
import { backgroundConcepts, backgroundShare, type ClaimFeatures } from './features.js';
import { backgroundTokens } from './units.js';

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

/** Where the claim stands in its article (ids are hashes of the text: they say nothing of order). */
function claimNumber(f: ClaimFeatures): number {
  return f.position.index;
}

/** Two claim numbers as one (far more claims than any comparison holds). */
const CLAIM_SPAN = 2 ** 26;

/** A scored link between two claims of different articles. */
export interface Link {
  i: number;
  j: number;
  /** The model's probability that the two state the same fact. */
  p: number;
}

export interface LinkGroupOptions {
  /** A link starts or grows a group at this probability or more. */
  threshold: number;
  /** A claim joins a group only if its link to every member of another article reaches this (no chaining). */
  joinMin: number;
  /**
   * A claim's own threshold, when its language has one (English groups are less precise than
   * Arabic ones at one threshold); a link and a join then need the higher of the two claims'.
   */
  thresholdOf?: (claim: number) => number;
}

/**
 * Groups of claims that state one fact, from scored links, without chaining: strongest links first,
 * a claim joins a group only when it is linked to every member from another article (a sentence that
 * states two facts does not join the two facts' groups into one); a claim may belong to several
 * groups, and a group may hold several claims of one article when they restate each other (the lead
 * and the body saying the same, as `restates` judges).
 * Each link at the threshold ends up inside at least one group. Groups inside bigger ones are dropped.
 */
export function groupLinks(
  links: readonly Link[],
  articleOf: (claim: number) => number,
  options: LinkGroupOptions,
  restates: (a: number, b: number) => boolean = () => false,
): number[][] {
  // Number keys (no string per link), and only the links that can matter: a link under `joinMin`
  // is refused by `fit` just as a missing one is (a missing link counts 0, and 0 < joinMin then).
  const prob = new Map<number, number>();
  const key = (a: number, b: number) => (a < b ? a * CLAIM_SPAN + b : b * CLAIM_SPAN + a);
  for (const l of links) if (l.p >= options.joinMin) prob.set(key(l.i, l.j), l.p);
  const p = (a: number, b: number) => prob.get(key(a, b)) ?? 0;
  const groups: Array<Set<number>> = [];
  const groupsOf = new Map<number, number[]>();
  const addTo = (g: number, claim: number) => {
    groups[g].add(claim);
    (groupsOf.get(claim) ?? groupsOf.set(claim, []).get(claim)!).push(g);
  };
  /** Mean link of `claim` to the group's members of other articles, or -1 when one link is too weak. */
  const fit = (claim: number, g: number): number => {
    let sum = 0;
    let n = 0;
    for (const m of groups[g]) {
      // A second claim of one article joins only when it restates the first (lead and body).
      if (articleOf(m) === articleOf(claim)) {
        if (!restates(claim, m)) return -1;
        continue;
      }
      const q = p(claim, m);
      if (q < options.joinMin) return -1;
      sum += q;
      n += 1;
    }
    return n > 0 ? sum / n : -1;
  };
  const own = options.thresholdOf;
  const bar = own ? (a: number, b: number) => Math.max(own(a), own(b)) : () => options.threshold;
  const strong = links.filter((l) => l.p >= bar(l.i, l.j)).sort((a, b) => b.p - a.p || a.i - b.i || a.j - b.j);
  for (const { i, j } of strong) {
    const threshold = bar(i, j);
    const gi = groupsOf.get(i) ?? [];
    const gj = groupsOf.get(j) ?? [];
    if (gi.some((g) => groups[g].has(j))) continue;
    let best: { g: number; claim: number; score: number } | null = null;
    for (const [g, claim] of [...gi.map((g) => [g, j] as const), ...gj.map((g) => [g, i] as const)]) {
      const score = fit(claim, g);
      if (score >= threshold && (!best || score > best.score)) best = { g, claim, score };
    }
    if (best) addTo(best.g, best.claim);
    else {
      groups.push(new Set());
      addTo(groups.length - 1, i);
      addTo(groups.length - 1, j);
    }
  }
  const sorted = groups.map((g) => [...g].sort((a, b) => a - b));
  const contains = (big: number[], small: number[]) => small.length < big.length && small.every((x) => big.includes(x));
  // A group that holds another, or repeats it, holds its first claim: only those are compared
  // (every group against every other was tens of millions of checks at 1,000 articles).
  const holding = new Map<number, number[]>();
  sorted.forEach((g, m) => {
    for (const claim of g) (holding.get(claim) ?? holding.set(claim, []).get(claim)!).push(m);
  });
  return sorted
    .filter((g, k) => !holding.get(g[0])!.some((m) => m !== k && (contains(sorted[m], g) || (sorted[m].length === g.length && m < k && sorted[m].every((x, t) => x === g[t])))))
    .sort((a, b) => a[0] - b[0] || a.length - b.length);
}

/**
 * Links as grouping weighs them when background clauses count less (`AlignOptions.backgroundShare`):
 * a claim that names a fact only in a relative clause ("a video of the attack, which killed ten")
 * states another fact in its main clause. When `minShare` or more of a pair's concept cosine lies in
 * one claim's background (`backgroundShare`), the link counts for the rest only: its probability
 * times the main clause's share. The pair keeps its own probability everywhere else.
 */
export function discountBackground(links: readonly Link[], features: readonly ClaimFeatures[], minShare: number): Link[] {
  // Read once per claim that has a link, and only when asked (off by default).
  const backgrounds = new Map<number, ReadonlySet<string>>();
  const backgroundOf = (claim: number) => {
    let set = backgrounds.get(claim);
    if (!set) {
      const f = features[claim];
      set = backgroundConcepts(f.tokens, backgroundTokens(f.text, f.tokens));
      backgrounds.set(claim, set);
    }
    return set;
  };
  return links.map((link) => {
    const [a, b] = [features[link.i], features[link.j]];
    const share = Math.max(backgroundShare(a, backgroundOf(link.i), b), backgroundShare(b, backgroundOf(link.j), a));
    return share >= minShare ? { ...link, p: link.p * (1 - share) } : link;
  });
}
