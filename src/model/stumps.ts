// Boosted decision stumps for a yes/no decision: a sum of one-feature threshold rules fitted by
// gradient boosting on the logistic loss. Non-linear where a linear model is not (a shared rare
// name matters more in a short sentence), still explainable: each rule reads one feature, and the
// rules of a feature add up to that feature's part in the decision. Deterministic: thresholds are
// the features' quantiles, ties broken by feature order.

/** One rule: `feature < threshold ? left : right`, added to the log-odds. */
export interface Stump {
  feature: number;
  threshold: number;
  left: number;
  right: number;
}

/** A fitted ensemble as committed data. */
export interface StumpModel {
  features: readonly string[];
  /** The starting log-odds (the base rate). */
  bias: number;
  stumps: readonly Stump[];
}

export interface StumpFitOptions {
  rounds?: number;
  learningRate?: number;
  /** Candidate thresholds per feature (its quantiles). */
  bins?: number;
  /** A leaf needs at least this much example weight. */
  minLeaf?: number;
  /** Weight of each example; default 1. */
  sampleWeights?: readonly number[];
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function stumpLogit(model: StumpModel, x: ArrayLike<number>): number {
  let z = model.bias;
  for (const s of model.stumps) z += x[s.feature] < s.threshold ? s.left : s.right;
  return z;
}

export function stumpPredict(model: StumpModel, x: ArrayLike<number>): number {
  return sigmoid(stumpLogit(model, x));
}

/** Each feature's part in a decision (the sum of its rules' outputs), strongest first. */
export function stumpExplain(model: StumpModel, x: ArrayLike<number>, top = 3): Array<{ feature: string; value: number; contribution: number }> {
  const parts = new Map<number, number>();
  for (const s of model.stumps) parts.set(s.feature, (parts.get(s.feature) ?? 0) + (x[s.feature] < s.threshold ? s.left : s.right));
  return [...parts]
    .map(([k, contribution]) => ({ feature: model.features[k], value: x[k], contribution }))
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.feature.localeCompare(b.feature))
    .slice(0, top);
}

/** Distinct quantile thresholds of one feature. */
function thresholds(values: Float64Array, bins: number): number[] {
  const sorted = Float64Array.from(values).sort();
  const out = new Set<number>();
  for (let b = 1; b < bins; b += 1) {
    const v = sorted[Math.floor((b * sorted.length) / bins)];
    if (v > sorted[0]) out.add(v);
  }
  return [...out].sort((a, b) => a - b);
}

export function fitStumps(features: readonly string[], x: ReadonlyArray<ArrayLike<number>>, y: readonly number[], options: StumpFitOptions = {}): StumpModel {
  const n = x.length;
  const d = features.length;
  const rounds = options.rounds ?? 200;
  const rate = options.learningRate ?? 0.1;
  const minLeaf = options.minLeaf ?? 5;
  const w = options.sampleWeights ?? new Array<number>(n).fill(1);
  const total = w.reduce((s, v) => s + v, 0);
  const positive = y.reduce((s, v, r) => s + v * w[r], 0) / total;
  const bias = Math.log(Math.max(1e-6, positive) / Math.max(1e-6, 1 - positive));
  const columns = Array.from({ length: d }, (_, k) => Float64Array.from(x, (row) => row[k]));
  const cuts = columns.map((c) => thresholds(c, options.bins ?? 32));
  // Per feature, each example's bin (index of the first threshold above its value).
  const binOf = columns.map((c, k) =>
    Uint16Array.from(c, (v) => {
      let lo = 0;
      let hi = cuts[k].length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (v < cuts[k][mid]) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    }),
  );
  const z = new Float64Array(n).fill(bias);
  const stumps: Stump[] = [];
  for (let round = 0; round < rounds; round += 1) {
    // Newton leaves on the logistic loss: gradient g = p - y, hessian h = p (1 - p).
    const g = new Float64Array(n);
    const h = new Float64Array(n);
    for (let r = 0; r < n; r += 1) {
      const p = sigmoid(z[r]);
      g[r] = w[r] * (p - y[r]);
      h[r] = w[r] * Math.max(p * (1 - p), 1e-6);
    }
    let best: { gain: number; stump: Stump } | null = null;
    for (let k = 0; k < d; k += 1) {
      const m = cuts[k].length + 1;
      const gs = new Float64Array(m);
      const hs = new Float64Array(m);
      const ws = new Float64Array(m);
      const bins = binOf[k];
      for (let r = 0; r < n; r += 1) {
        gs[bins[r]] += g[r];
        hs[bins[r]] += h[r];
        ws[bins[r]] += w[r];
      }
      let gl = 0;
      let hl = 0;
      let wl = 0;
      const [gt, ht, wt] = [gs.reduce((a, b) => a + b, 0), hs.reduce((a, b) => a + b, 0), ws.reduce((a, b) => a + b, 0)];
      for (let c = 0; c < m - 1; c += 1) {
        gl += gs[c];
        hl += hs[c];
        wl += ws[c];
        const [gr, hr, wr] = [gt - gl, ht - hl, wt - wl];
        if (wl < minLeaf || wr < minLeaf) continue;
        const gain = (gl * gl) / (hl + 1) + (gr * gr) / (hr + 1) - (gt * gt) / (ht + 1);
        if (!best || gain > best.gain + 1e-12) best = { gain, stump: { feature: k, threshold: cuts[k][c], left: (-rate * gl) / (hl + 1), right: (-rate * gr) / (hr + 1) } };
      }
    }
    if (!best) break;
    const s = best.stump;
    stumps.push(s);
    const col = columns[s.feature];
    for (let r = 0; r < n; r += 1) z[r] += col[r] < s.threshold ? s.left : s.right;
  }
  const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
  return {
    features: [...features],
    bias: round6(bias),
    stumps: stumps.map((s) => ({ feature: s.feature, threshold: round6(s.threshold), left: round6(s.left), right: round6(s.right) })),
  };
}
