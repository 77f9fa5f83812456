// What a claim pair reads from word vectors (train-vectors.ts), for the experiment of
// eval/align-vectors.ts: the cosine of the two claims' IDF-weighted mean vectors, and soft word
// matching (each content stem's closest stem in the other claim: أضرم ~ أشعل, مصرع ~ قتل), over
// whole claims and over each clause of a claim that states several facts.
import type { ClaimFeatures } from '../../src/align/features.js';
import type { TrainedVectors } from './train-vectors.js';

/** The decoded table: each stem's row, and the rows as unit-length floats. */
export interface WordVectors {
  dims: number;
  row: ReadonlyMap<string, number>;
  values: Float32Array;
}

/** The int8 codes as unit-length floats, with each stem's row. */
export function wordVectors(trained: TrainedVectors): WordVectors {
  const { stems, codes, dims } = trained;
  const values = new Float32Array(codes.length);
  for (let r = 0; r < stems.length; r += 1) {
    let norm = 0;
    for (let d = 0; d < dims; d += 1) norm += codes[r * dims + d] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d += 1) values[r * dims + d] = codes[r * dims + d] / norm;
  }
  return { dims, row: new Map(stems.map((s, k) => [s, k])), values };
}

/** Cosine of two stems' vectors (1 for the same stem; 0 when either has none). */
export function stemSimilarity(t: WordVectors, a: string, b: string): number {
  if (a === b) return 1;
  const ra = t.row.get(a);
  const rb = t.row.get(b);
  return ra === undefined || rb === undefined ? 0 : dot(t.values, ra * t.dims, rb * t.dims, t.dims);
}

function dot(v: Float32Array, a: number, b: number, dims: number): number {
  let s = 0;
  for (let d = 0; d < dims; d += 1) s += v[a + d] * v[b + d];
  return s;
}

/** What a claim (or a clause) offers soft matching: its distinct content stems, their IDF, rows and mean vector. */
export interface ClaimVectors {
  table: WordVectors;
  stems: string[];
  idf: Float64Array;
  /** Each stem's row in the table, or -1. */
  rows: Int32Array;
  /** Unit-length IDF-weighted mean of the stems' vectors (all zero when none has one). */
  mean: Float32Array;
}

/** A claim's vectors; `idf`: the comparison's stem IDF. */
export function claimVectors(t: WordVectors, f: ClaimFeatures, idf: ReadonlyMap<string, number>): ClaimVectors {
  const stems = [...new Set(f.terms)];
  const weights = Float64Array.from(stems, (s) => idf.get(s) ?? 1);
  const rows = Int32Array.from(stems, (s) => t.row.get(s) ?? -1);
  const mean = new Float32Array(t.dims);
  rows.forEach((r, k) => {
    if (r < 0) return;
    for (let d = 0; d < t.dims; d += 1) mean[d] += weights[k] * t.values[r * t.dims + d];
  });
  let norm = 0;
  for (let d = 0; d < t.dims; d += 1) norm += mean[d] * mean[d];
  norm = Math.sqrt(norm);
  if (norm > 0) for (let d = 0; d < t.dims; d += 1) mean[d] /= norm;
  return { table: t, stems, idf: weights, rows, mean };
}

/** Cosine of two claims' mean vectors. */
export function meanCosine(a: ClaimVectors, b: ClaimVectors): number {
  let s = 0;
  for (let d = 0; d < a.mean.length; d += 1) s += a.mean[d] * b.mean[d];
  return s;
}

/**
 * Below this cosine two different stems count as unrelated: most pairs of news words sit between
 * 0 and 0.4 in these vectors (chosen from the vectors' own distribution, not from annotated pairs).
 */
export const SOFT_FLOOR = 0.4;

/**
 * Soft coverage of `a` by `b`: for each stem of `a`, 1 when `b` has it, else its closest stem in
 * `b` rescaled above `SOFT_FLOOR` (0 at the floor, 1 for the same direction); IDF-weighted mean.
 */
export function softCoverage(a: ClaimVectors, b: ClaimVectors): number {
  const t = a.table;
  let total = 0;
  let found = 0;
  for (let k = 0; k < a.stems.length; k += 1) {
    total += a.idf[k];
    let best = 0;
    if (b.stems.includes(a.stems[k])) best = 1;
    else if (a.rows[k] >= 0) {
      for (let m = 0; m < b.rows.length; m += 1) {
        if (b.rows[m] < 0) continue;
        const c = dot(t.values, a.rows[k] * t.dims, b.rows[m] * t.dims, t.dims);
        if (c > best) best = c;
      }
      best = Math.max(0, (best - SOFT_FLOOR) / (1 - SOFT_FLOOR));
    }
    found += a.idf[k] * best;
  }
  return total > 0 ? found / total : 0;
}

/** The names of the vector features of a pair, in the order `vectorFeatures` returns them. */
export const VECTOR_FEATURES = ['vecCosine', 'softMin', 'softMax', 'unitSoft'] as const;

/**
 * The vector features of a pair of claims: mean-vector cosine, the lesser and greater soft
 * coverage of one claim by the other, and the best soft coverage of one clause by the other claim
 * (a sentence of three facts against a sentence of one of them).
 */
export function vectorFeatures(t: WordVectors, a: ClaimFeatures, b: ClaimFeatures, idf: ReadonlyMap<string, number>): number[] {
  const va = claimVectors(t, a, idf);
  const vb = claimVectors(t, b, idf);
  const ab = softCoverage(va, vb);
  const ba = softCoverage(vb, va);
  let unit = Math.max(ab, ba);
  for (const c of a.clauses) unit = Math.max(unit, softCoverage(claimVectors(t, c, idf), vb));
  for (const c of b.clauses) unit = Math.max(unit, softCoverage(claimVectors(t, c, idf), va));
  return [meanCosine(va, vb), Math.min(ab, ba), Math.max(ab, ba), unit];
}
