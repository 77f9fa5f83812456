// Word vectors learned without labels from the developers' unannotated news, for the alignment
// experiment of eval/align-vectors.ts (not shipped: they did not improve the link model).
//   1. Text: the ANT corpus (Arabic, ../shared/data/ant-corpus-multisource) and, for English, BASIL
//      articles and AllSides roundups; every article of an annotated event (../shared/gold and
//      eval/gold/annotations name them; a BASIL event by its id) is left out, so that the
//      leave-one-event-out figures stay honest.
//   2. Words: each article's content stems as the aligner reads them (contentTerms), in text order,
//      each language's own script only.
//   3. Counts: stem-by-stem co-occurrence within `window` content words (weighted 1/distance), per
//      language, over the most frequent stems (seen at least MIN_COUNT times).
//   4. PPMI with context-distribution smoothing (counts^0.75), then truncated SVD by randomized
//      subspace iteration from a fixed seed; a stem's vector is its row of U (each dimension the
//      same weight), unit length, quantised to int8 as a shipped table would be.
// Deterministic: the same data and settings give the same codes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentTerms } from '../../src/align/features.js';
import { tokenize } from '../../src/text/token-stream.js';
import { goldFiles } from '../gold/load.js';
import { DATA, seededRandom } from '../shared.js';

/** How the vectors are made; `defaultVectorSettings` is what eval/align-vectors.ts reports. */
export interface VectorSettings {
  dims: number;
  /** Co-occurrence window in content words, each side. */
  window: number;
  /** How many stems of each language get a vector (the most frequent). */
  vocab: { ar: number; en: number };
  /** At most this many texts of each language, in corpus order (tests use a slice). */
  limit?: number;
}

export const defaultVectorSettings: VectorSettings = { dims: 32, window: 5, vocab: { ar: 12000, en: 4000 } };
const MIN_COUNT = 8;
const OVERSAMPLE = 16;
const POWER_ITERATIONS = 3;
const SEED = 20180321;

/** Every article id of an annotated event, and BASIL events by their id (the part before `_n`). */
export function annotatedArticles(): { docs: Set<string>; basilEvents: Set<string>; files: string[] } {
  const docs = new Set<string>();
  const basilEvents = new Set<string>();
  const files: string[] = [];
  for (const f of goldFiles()) {
    files.push(f.name);
    const gold = JSON.parse(readFileSync(f.path, 'utf8')) as { events: Array<{ articles: Array<{ doc: string }>; dropped_articles?: Array<{ doc: string } | string> }> };
    for (const e of gold.events) {
      for (const a of [...e.articles, ...(e.dropped_articles ?? [])]) {
        const doc = typeof a === 'string' ? a : a.doc;
        docs.add(doc);
        basilEvents.add(doc.replace(/_\d+$/, ''));
      }
    }
  }
  return { docs, basilEvents, files };
}

/** The texts to learn from, per language, in a fixed order. */
function corpus(excluded: ReturnType<typeof annotatedArticles>, limit = Infinity): { ar: string[]; en: string[]; left: number } {
  const ar: string[] = [];
  const en: string[] = [];
  let left = 0;
  const ant = path.join(DATA, 'ant-corpus-multisource');
  for (const f of readdirSync(ant).filter((x) => x.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(path.join(ant, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { docno: string; title?: string; text?: string };
      if (excluded.docs.has(r.docno)) {
        left += 1;
        continue;
      }
      if (ar.length < limit) ar.push(`${r.title ?? ''}\n${r.text ?? ''}`);
    }
  }
  const basil = path.join(DATA, 'basil', 'articles');
  if (existsSync(basil)) {
    for (const year of readdirSync(basil).sort()) {
      for (const f of readdirSync(path.join(basil, year)).sort()) {
        const id = f.replace(/\.json$/, '');
        if (excluded.basilEvents.has(id.replace(/_\d+$/, ''))) {
          left += 1;
          continue;
        }
        const r = JSON.parse(readFileSync(path.join(basil, year, f), 'utf8')) as { title: string; 'body-paragraphs': string[][] };
        if (en.length < limit) en.push(`${r.title}\n${r['body-paragraphs'].map((p) => p.join(' ')).join('\n')}`);
      }
    }
  }
  const allsides = path.join(DATA, 'allsides-neus', 'lrc_roundup');
  if (existsSync(allsides)) {
    for (const f of ['train.source.txt', 'val.source.txt', 'test.source.txt']) {
      for (const line of readFileSync(path.join(allsides, f), 'utf8').split('\n')) {
        if (line.trim() && en.length < limit) en.push(line.replace(/(TITLE|ARTICLE)=>|\[SEP\]/g, '\n'));
      }
    }
  }
  return { ar, en, left };
}

/** A sparse symmetric matrix in compressed rows. */
interface Csr {
  n: number;
  start: Int32Array;
  cols: Int32Array;
  vals: Float64Array;
}

/** The vocabulary and PPMI matrix of a language's texts. */
function ppmi(texts: readonly string[], size: number, script: RegExp, window: number): { vocab: string[]; matrix: Csr; tokens: number } {
  const docs = texts.map((t) => contentTerms(tokenize(t)).filter((s) => script.test(s)));
  const freq = new Map<string, number>();
  let tokens = 0;
  for (const d of docs) for (const s of d) {
    freq.set(s, (freq.get(s) ?? 0) + 1);
    tokens += 1;
  }
  const vocab = [...freq].filter(([, c]) => c >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, size).map(([s]) => s);
  const id = new Map(vocab.map((s, k) => [s, k]));
  const n = vocab.length;
  // Co-occurrence counts, weighted 1/distance, in one map per row (ids only, in a fixed order).
  const rows: Array<Map<number, number>> = Array.from({ length: n }, () => new Map());
  for (const d of docs) {
    const ids = d.map((s) => id.get(s) ?? -1);
    for (let a = 0; a < ids.length; a += 1) {
      if (ids[a] < 0) continue;
      for (let b = a + 1; b <= Math.min(ids.length - 1, a + window); b += 1) {
        if (ids[b] < 0 || ids[b] === ids[a]) continue;
        const w = 1 / (b - a);
        rows[ids[a]].set(ids[b], (rows[ids[a]].get(ids[b]) ?? 0) + w);
        rows[ids[b]].set(ids[a], (rows[ids[b]].get(ids[a]) ?? 0) + w);
      }
    }
  }
  const rowSum = rows.map((r) => [...r.values()].reduce((x, y) => x + y, 0));
  const ctx = rowSum.map((c) => c ** 0.75);
  const total = rowSum.reduce((x, y) => x + y, 0);
  const ctxTotal = ctx.reduce((x, y) => x + y, 0);
  const start = new Int32Array(n + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  for (let i = 0; i < n; i += 1) {
    for (const [j, c] of [...rows[i]].sort((x, y) => x[0] - y[0])) {
      const pmi = Math.log((c / total) / ((rowSum[i] / total) * (ctx[j] / ctxTotal)));
      if (pmi > 0) {
        cols.push(j);
        vals.push(pmi);
      }
    }
    start[i + 1] = cols.length;
  }
  return { vocab, matrix: { n, start, cols: Int32Array.from(cols), vals: Float64Array.from(vals) }, tokens };
}

/** M · X for a dense n × k matrix X (row-major). */
function multiply(m: Csr, x: Float64Array, k: number): Float64Array {
  const y = new Float64Array(m.n * k);
  for (let i = 0; i < m.n; i += 1) {
    for (let e = m.start[i]; e < m.start[i + 1]; e += 1) {
      const v = m.vals[e];
      const from = m.cols[e] * k;
      for (let c = 0; c < k; c += 1) y[i * k + c] += v * x[from + c];
    }
  }
  return y;
}

/** Orthonormalises the columns of an n × k matrix in place (modified Gram-Schmidt). */
function orthonormalise(x: Float64Array, n: number, k: number): void {
  for (let c = 0; c < k; c += 1) {
    for (let p = 0; p < c; p += 1) {
      let dot = 0;
      for (let i = 0; i < n; i += 1) dot += x[i * k + c] * x[i * k + p];
      for (let i = 0; i < n; i += 1) x[i * k + c] -= dot * x[i * k + p];
    }
    let norm = 0;
    for (let i = 0; i < n; i += 1) norm += x[i * k + c] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < n; i += 1) x[i * k + c] /= norm;
  }
}

/** Eigenvectors and eigenvalues of a symmetric k × k matrix (cyclic Jacobi), largest first. */
function eigen(a: Float64Array, k: number): { values: number[]; vectors: Float64Array } {
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i += 1) v[i * k + i] = 1;
  for (let sweep = 0; sweep < 60; sweep += 1) {
    let off = 0;
    for (let p = 0; p < k; p += 1) for (let q = p + 1; q < k; q += 1) off += a[p * k + q] ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < k; p += 1) {
      for (let q = p + 1; q < k; q += 1) {
        const apq = a[p * k + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * k + q] - a[p * k + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < k; r += 1) {
          const arp = a[r * k + p];
          const arq = a[r * k + q];
          a[r * k + p] = c * arp - s * arq;
          a[r * k + q] = s * arp + c * arq;
        }
        for (let r = 0; r < k; r += 1) {
          const apr = a[p * k + r];
          const aqr = a[q * k + r];
          a[p * k + r] = c * apr - s * aqr;
          a[q * k + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < k; r += 1) {
          const vrp = v[r * k + p];
          const vrq = v[r * k + q];
          v[r * k + p] = c * vrp - s * vrq;
          v[r * k + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  const order = Array.from({ length: k }, (_, i) => i).sort((x, y) => a[y * k + y] - a[x * k + x]);
  const vectors = new Float64Array(k * k);
  order.forEach((src, dst) => {
    for (let r = 0; r < k; r += 1) vectors[r * k + dst] = v[r * k + src];
  });
  return { values: order.map((i) => a[i * k + i]), vectors };
}

/** Rows of U of the top `dims` singular vectors of a symmetric sparse matrix, unit length. */
function embed(m: Csr, seed: number, dims: number): Float64Array {
  const k = dims + OVERSAMPLE;
  const next = seededRandom(seed);
  let q: Float64Array = new Float64Array(m.n * k);
  for (let e = 0; e < q.length; e += 1) q[e] = next() - 0.5;
  q = multiply(m, q, k);
  orthonormalise(q, m.n, k);
  for (let it = 0; it < POWER_ITERATIONS; it += 1) {
    q = multiply(m, q, k);
    orthonormalise(q, m.n, k);
  }
  // B = Qᵀ M Q (M symmetric): its eigenvectors rotate Q onto M's top eigenvectors.
  const mq = multiply(m, q, k);
  const b = new Float64Array(k * k);
  for (let i = 0; i < m.n; i += 1) for (let r = 0; r < k; r += 1) for (let c = 0; c < k; c += 1) b[r * k + c] += q[i * k + r] * mq[i * k + c];
  const { vectors } = eigen(b, k);
  // U alone: weighing dimensions by sqrt(S) let the first (frequency) dimension make every pair alike.
  const out = new Float64Array(m.n * dims);
  for (let i = 0; i < m.n; i += 1) {
    let norm = 0;
    for (let d = 0; d < dims; d += 1) {
      let u = 0;
      for (let r = 0; r < k; r += 1) u += q[i * k + r] * vectors[r * k + d];
      out[i * dims + d] = u;
      norm += u * u;
    }
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d += 1) out[i * dims + d] /= norm;
  }
  return out;
}

/** int8 codes of unit vectors: each component times 127, rounded. */
function quantise(v: Float64Array): Int8Array {
  return Int8Array.from(v, (x) => Math.max(-127, Math.min(127, Math.round(x * 127))));
}

/** A stem of each language's own script (an English name in Arabic text, a number, stays out). */
const SCRIPT = { ar: /^[\u0621-\u064A]+$/, en: /^[a-z]+$/ } as const;

/** Learned vectors: the stems in row order, int8 codes row after row, and what they were learned from. */
export interface TrainedVectors {
  dims: number;
  stems: string[];
  codes: Int8Array;
  trainedOn: string;
}

/** Learns the vectors (about a minute on the whole corpus), or null when ../shared/data is absent. */
export function trainWordVectors(settings: VectorSettings = defaultVectorSettings): TrainedVectors | null {
  if (!existsSync(path.join(DATA, 'ant-corpus-multisource'))) return null;
  const excluded = annotatedArticles();
  const texts = corpus(excluded, settings.limit);
  const parts = (['ar', 'en'] as const).map((lang, k) => {
    const { vocab, matrix, tokens } = ppmi(texts[lang], settings.vocab[lang], SCRIPT[lang], settings.window);
    return { vocab, codes: quantise(embed(matrix, SEED + k, settings.dims)), texts: texts[lang].length, tokens };
  });
  const stems = parts.flatMap((p) => p.vocab);
  const codes = new Int8Array(stems.length * settings.dims);
  codes.set(parts[0].codes, 0);
  codes.set(parts[1].codes, parts[0].codes.length);
  const trainedOn =
    `${parts[0].texts} ANT articles (${parts[0].tokens} content words, ${parts[0].vocab.length} stems) and ${parts[1].texts} English texts, ` +
    `BASIL articles and AllSides roundups (${parts[1].tokens} content words, ${parts[1].vocab.length} stems); ` +
    `the ${excluded.docs.size} articles of the annotated events left out; ${settings.dims} dimensions, window ${settings.window}`;
  return { dims: settings.dims, stems, codes, trainedOn };
}
