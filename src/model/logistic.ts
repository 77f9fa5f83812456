// Logistic regression, small and explainable: features standardised, weights fitted by Newton's
// method with an L2 penalty (deterministic: no random start, no shuffling), and each prediction
// able to say which features decided it. Used for the learned decisions of align and classify.

import type { LinearModel } from '../types.js';

/** A fitted model as committed data: feature names, standardisation, weights and bias. */
export type LogisticModel = Pick<LinearModel, 'features' | 'mean' | 'scale' | 'weights' | 'bias'>;

/** One feature's part in a decision: its weight times its standardised value. */
export interface Contribution {
  feature: string;
  value: number;
  contribution: number;
}

export interface FitOptions {
  /** L2 penalty on the (standardised) weights; the bias is not penalised. */
  l2?: number;
  /** Newton steps at most. */
  iterations?: number;
  /** Weight of each example (e.g. to balance events of different sizes); default 1. */
  sampleWeights?: readonly number[];
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** The model's log-odds for a feature vector. */
export function logit(model: LogisticModel, x: ArrayLike<number>): number {
  let z = model.bias;
  for (let k = 0; k < model.weights.length; k += 1) z += model.weights[k] * ((x[k] - model.mean[k]) / model.scale[k]);
  return z;
}

/** The probability of the positive class. */
export function predict(model: LogisticModel, x: ArrayLike<number>): number {
  return sigmoid(logit(model, x));
}

/** Every feature's part in this decision: its weight times its standardised value. */
export function contributions(model: LogisticModel, x: ArrayLike<number>): Contribution[] {
  return model.features.map((feature, k) => ({ feature, value: x[k], contribution: model.weights[k] * ((x[k] - model.mean[k]) / model.scale[k]) }));
}

/**
 * The signals that moved this decision most, strongest first. Features that measure one thing in
 * several ways overlap, and a model may weigh one of them up and another down; summed by the
 * signal they belong to (`signalOf`), their parts read as the reasons a person would give.
 */
export function explain(model: LogisticModel, x: ArrayLike<number>, top = 3, signalOf: (feature: string) => string = (f) => f): Array<{ signal: string; contribution: number }> {
  const sums = new Map<string, number>();
  for (const c of contributions(model, x)) sums.set(signalOf(c.feature), (sums.get(signalOf(c.feature)) ?? 0) + c.contribution);
  return [...sums]
    .map(([signal, contribution]) => ({ signal, contribution }))
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.signal.localeCompare(b.signal))
    .slice(0, top);
}

/** Solves A x = b for a small symmetric positive definite A (Cholesky). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const l = a.map((row) => row.map(() => 0));
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let s = a[i][j];
      for (let k = 0; k < j; k += 1) s -= l[i][k] * l[j][k];
      l[i][j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j][j];
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i += 1) {
    let s = b[i];
    for (let k = 0; k < i; k += 1) s -= l[i][k] * y[k];
    y[i] = s / l[i][i];
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i -= 1) {
    let s = y[i];
    for (let k = i + 1; k < n; k += 1) s -= l[k][i] * x[k];
    x[i] = s / l[i][i];
  }
  return x;
}

/** Fits a logistic regression to rows `x` (feature vectors) and labels `y` (0 or 1). */
export function fitLogistic(features: readonly string[], x: ReadonlyArray<ArrayLike<number>>, y: readonly number[], options: FitOptions = {}): LogisticModel {
  const d = features.length;
  const n = x.length;
  const l2 = options.l2 ?? 1;
  const w8 = options.sampleWeights ?? new Array<number>(n).fill(1);
  const total = w8.reduce((s, v) => s + v, 0);
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (let r = 0; r < n; r += 1) for (let k = 0; k < d; k += 1) mean[k] += (w8[r] * x[r][k]) / total;
  for (let r = 0; r < n; r += 1) for (let k = 0; k < d; k += 1) scale[k] += (w8[r] * (x[r][k] - mean[k]) ** 2) / total;
  for (let k = 0; k < d; k += 1) scale[k] = Math.sqrt(scale[k]) || 1;
  const z = x.map((row) => Array.from({ length: d }, (_, k) => (row[k] - mean[k]) / scale[k]));
  // Parameters: d weights, then the bias.
  let theta = new Array<number>(d + 1).fill(0);
  for (let step = 0; step < (options.iterations ?? 50); step += 1) {
    const grad = new Array<number>(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let r = 0; r < n; r += 1) {
      let s = theta[d];
      for (let k = 0; k < d; k += 1) s += theta[k] * z[r][k];
      const p = sigmoid(s);
      const g = w8[r] * (p - y[r]);
      const h = w8[r] * p * (1 - p);
      const row = z[r];
      for (let a = 0; a <= d; a += 1) {
        const za = a === d ? 1 : row[a];
        grad[a] += g * za;
        const ha = h * za;
        for (let b = 0; b <= a; b += 1) hess[a][b] += ha * (b === d ? 1 : row[b]);
      }
    }
    for (let a = 0; a <= d; a += 1) for (let b = 0; b < a; b += 1) hess[b][a] = hess[a][b];
    for (let a = 0; a < d; a += 1) {
      grad[a] += l2 * theta[a];
      hess[a][a] += l2;
    }
    const delta = solve(hess, grad);
    theta = theta.map((t, k) => t - delta[k]);
    if (Math.max(...delta.map(Math.abs)) < 1e-8) break;
  }
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return { features: [...features], mean: mean.map(round), scale: scale.map(round), weights: theta.slice(0, d).map(round), bias: round(theta[d]) };
}
