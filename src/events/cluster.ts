// Grouping by sparse average linkage: links are taken strongest first, and two groups merge only
// when the mean score over all their article pairs (unscored pairs count as 0) reaches the
// threshold, so one shared background fact cannot chain two stories together.
import type { Links } from './links.js';

/** Links as adjacency lists (compressed rows): the neighbours of article i are nbr[start[i] .. start[i+1]). */
interface Adjacency {
  start: Int32Array;
  nbr: Int32Array;
  weight: Float32Array;
}

function adjacency(n: number, links: Links): Adjacency {
  const start = new Int32Array(n + 1);
  for (let e = 0; e < links.length; e += 1) {
    start[links.a[e] + 1] += 1;
    start[links.b[e] + 1] += 1;
  }
  for (let i = 0; i < n; i += 1) start[i + 1] += start[i];
  const fill = start.slice(0, n);
  const nbr = new Int32Array(2 * links.length);
  const weight = new Float32Array(2 * links.length);
  for (let e = 0; e < links.length; e += 1) {
    const a = links.a[e];
    const b = links.b[e];
    nbr[fill[a]] = b;
    weight[fill[a]++] = links.score[e];
    nbr[fill[b]] = a;
    weight[fill[b]++] = links.score[e];
  }
  return { start, nbr, weight };
}

/** Link indices, strongest first (ties by article order, so the result does not depend on input order of links). */
function strongestFirst(links: Links, threshold: number): number[] {
  const order: number[] = [];
  for (let e = 0; e < links.length; e += 1) if (links.score[e] >= threshold) order.push(e);
  return order.sort((x, y) => links.score[y] - links.score[x] || links.a[x] - links.a[y] || links.b[x] - links.b[y]);
}

/** Group root of every article (the root is one of the group's articles). */
export function averageLinkage(n: number, links: Links, threshold: number): Int32Array {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const size = new Int32Array(n).fill(1);
  // Members of each group as a linked list: head is the root, next[] chains, tail[] for appending.
  const next = new Int32Array(n).fill(-1);
  const tail = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r];
    while (parent[x] !== r) {
      const up = parent[x];
      parent[x] = r;
      x = up;
    }
    return r;
  };
  const adj = adjacency(n, links);
  /** Sum of link scores between two groups, walking the links of the smaller one. */
  const between = (small: number, big: number): number => {
    let sum = 0;
    for (let m = small; m >= 0; m = next[m]) {
      for (let j = adj.start[m]; j < adj.start[m + 1]; j += 1) if (find(adj.nbr[j]) === big) sum += adj.weight[j];
    }
    return sum;
  };
  for (const e of strongestFirst(links, threshold)) {
    const ra = find(links.a[e]);
    const rb = find(links.b[e]);
    if (ra === rb) continue;
    const [small, big] = size[ra] <= size[rb] ? [ra, rb] : [rb, ra];
    const mean = size[small] === 1 && size[big] === 1 ? links.score[e] : between(small, big) / (size[small] * size[big]);
    if (mean < threshold) continue;
    parent[small] = big;
    size[big] += size[small];
    next[tail[big]] = small;
    tail[big] = tail[small];
  }
  const out = new Int32Array(n);
  for (let i = 0; i < n; i += 1) out[i] = find(i);
  return out;
}
