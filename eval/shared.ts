// Helpers for evaluation scripts: where the shared data lives, skipping cleanly when it is absent,
// and precision / recall / F1 tables.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DATA = path.resolve(ROOT, '..', 'shared', 'data');

/** The path of a shared dataset, or null after printing a clear `skipped` line. */
export function dataPath(...parts: string[]): string | null {
  const p = path.join(DATA, ...parts);
  if (existsSync(p)) return p;
  console.log(`skipped: ${p} not found (the shared evaluation data sits beside the project in ../shared/data)`);
  return null;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, support: tp + fn };
}

/** Per-class P/R/F1 and macro-F1 of predicted against gold labels. */
export function classReport(gold: readonly string[], pred: readonly string[], classes: readonly string[]) {
  const perClass: Record<string, Prf> = {};
  for (const c of classes) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      if (pred[i] === c && g === c) tp += 1;
      else if (pred[i] === c) fp += 1;
      else if (g === c) fn += 1;
    });
    perClass[c] = prf(tp, fp, fn);
  }
  const macroF1 = classes.reduce((s, c) => s + perClass[c].f1, 0) / classes.length;
  const accuracy = gold.filter((g, i) => g === pred[i]).length / Math.max(1, gold.length);
  return { perClass, macroF1, accuracy };
}

export function fmt(x: number): string {
  return x.toFixed(3);
}

/**
 * A fitted linear model as the TypeScript literal a generated weights file exports (one line per
 * field, so a refit shows as a readable diff).
 */
export function linearModelLiteral(model: { id: string; trainedOn: string; features: readonly string[]; mean: readonly number[]; scale: readonly number[]; weights: readonly number[]; bias: number }): string {
  const json = (v: unknown) => JSON.stringify(v);
  return `{
  id: ${json(model.id)},
  trainedOn: ${json(model.trainedOn)},
  features: ${json(model.features)},
  mean: ${json(model.mean)},
  scale: ${json(model.scale)},
  weights: ${json(model.weights)},
  bias: ${model.bias},
}`;
}

/** mulberry32: a small seeded generator, so a draw is the same on every run and machine. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
