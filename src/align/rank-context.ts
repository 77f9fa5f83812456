// Where each pair stands among its claims' other candidates in the other article: ranks and
// margins by a base score, over flat arrays (pairs and unit pairs number in the hundreds of
// thousands): entries are put in claim order by counting, then each claim's entries sorted by the
// other article and the score, so that each (claim, other article) is one run.

/**
 * Scratch lists, grown as needed and reused from call to call: a comparison ranks its pairs a part
 * at a time, and fresh lists for each part were about 200 MB of short-lived allocation at 1,000
 * articles. What the caller gets (`rank`, `margin`) is its own.
 */
let selfScratch: Int32Array = new Int32Array(0);
let otherScratch: Int32Array = new Int32Array(0);
let entryScratch: Int32Array = new Int32Array(0);
let startScratch: Int32Array = new Int32Array(0);
let fillScratch: Int32Array = new Int32Array(0);

function atLeast(list: Int32Array, n: number): Int32Array {
  return list.length >= n ? list : new Int32Array(Math.max(n, 2 * list.length));
}

/**
 * Where each pair stands among its claims' other candidates: for pair k seen from claim `is[k]`
 * (side 0) and from `js[k]` (side 1), its rank among that claim's pairs into the other claim's
 * article by `base` (1 for the best, 1/2 for the second ...; ties keep pair order), and by what
 * margin it beats the next best there (or trails the best). Indexed `2 * k + side`.
 */
export function rankInContext(
  is: ArrayLike<number>,
  js: ArrayLike<number>,
  base: Float64Array,
  articleOf: (claim: number) => number,
): { rank: Float64Array; margin: Float64Array } {
  const n = base.length;
  // Entry e = 2k + side: the pair seen from claim self(e) into the article other(e).
  const self = (selfScratch = atLeast(selfScratch, 2 * n));
  const other = (otherScratch = atLeast(otherScratch, 2 * n));
  let claims = 0;
  for (let k = 0; k < n; k += 1) {
    self[2 * k] = is[k];
    self[2 * k + 1] = js[k];
    other[2 * k] = articleOf(js[k]);
    other[2 * k + 1] = articleOf(is[k]);
    claims = Math.max(claims, is[k] + 1, js[k] + 1);
  }
  // Entries grouped by claim (a counting sort keeps entry order inside each claim).
  const start = (startScratch = atLeast(startScratch, claims + 1));
  start.fill(0, 0, claims + 1);
  for (let e = 0; e < 2 * n; e += 1) start[self[e] + 1] += 1;
  for (let c = 0; c < claims; c += 1) start[c + 1] += start[c];
  const fill = (fillScratch = atLeast(fillScratch, claims));
  fill.set(start.subarray(0, claims));
  const entries = (entryScratch = atLeast(entryScratch, 2 * n));
  for (let e = 0; e < 2 * n; e += 1) entries[fill[self[e]]++] = e;
  const rank = new Float64Array(2 * n);
  const margin = new Float64Array(2 * n);
  for (let c = 0; c < claims; c += 1) {
    const to = start[c + 1];
    sortEntries(entries, start[c], to, other, base);
    // Each run of one other article: its best, its second, and every entry's rank and margin.
    for (let from = start[c]; from < to; ) {
      let end = from + 1;
      while (end < to && other[entries[end]] === other[entries[from]]) end += 1;
      const first = base[entries[from] >> 1];
      const second = end - from > 1 ? base[entries[from + 1] >> 1] : 0;
      for (let r = from; r < end; r += 1) {
        const e = entries[r];
        rank[e] = 1 / (r - from + 1);
        margin[e] = base[e >> 1] - (r === from ? second : first);
      }
      from = end;
    }
  }
  sortBase = NO_BASE; // not held past the call
  return { rank, margin };
}

/** What `before` and `compareEntries` read: set by `sortEntries` for the run it sorts (no closure per run). */
let sortOther: Int32Array = new Int32Array(0);
const NO_BASE: Float64Array = new Float64Array(0);
let sortBase: Float64Array = NO_BASE;

/** Entry x goes before entry y: by other article, then base score (best first), then entry (the order a stable sort keeps). */
function before(x: number, y: number): boolean {
  const other = sortOther;
  const base = sortBase;
  return other[x] - other[y] < 0 || (other[x] === other[y] && (base[x >> 1] > base[y >> 1] || (base[x >> 1] === base[y >> 1] && x < y)));
}

function compareEntries(x: number, y: number): number {
  return before(x, y) ? -1 : before(y, x) ? 1 : 0;
}

/** Orders entries[from, to) by `before`: a total order, so any sort gives the same order. */
function sortEntries(entries: Int32Array, from: number, to: number, other: Int32Array, base: Float64Array): void {
  sortOther = other;
  sortBase = base;
  if (to - from > 24) {
    entries.subarray(from, to).sort(compareEntries);
    return;
  }
  for (let r = from + 1; r < to; r += 1) {
    const e = entries[r];
    let at = r;
    while (at > from && before(e, entries[at - 1])) {
      entries[at] = entries[at - 1];
      at -= 1;
    }
    entries[at] = e;
  }
}
