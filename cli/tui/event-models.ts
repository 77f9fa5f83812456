// The one view model of each compared event (src/report/event-model.ts), built once per
// comparison while the UI runs: every screen reads its labels, statuses and matrix from it.
import type { Comparison } from '../../src/types.js';
import { buildEventModel, type EventModel } from '../../src/report/event-model.js';

const cache = new WeakMap<Comparison, EventModel>();

export function eventModel(comparison: Comparison): EventModel {
  let model = cache.get(comparison);
  if (!model) {
    model = buildEventModel(comparison);
    cache.set(comparison, model);
  }
  return model;
}
