// Sentences repeated across articles: how many articles each sentence hash appears in. A sentence in
// three or more articles is background (a toll, the war's start date) and leaves the term vectors.
import { HashTable } from './hash-table.js';
import type { FeatureStore } from './packed.js';

/** A sentence in this many articles is background, not news. */
export const RECURRING_SENTENCE = 3;

/** Number of articles each sentence hash appears in (a line repeated inside one article counts once). */
export function sentenceCounts(store: FeatureStore): HashTable {
  const counts = new HashTable(1 << 12);
  for (const c of store.chunks) {
    for (let k = 0; k < c.count; k += 1) {
      const from = c.sentenceOffsets[k];
      const to = c.sentenceOffsets[k + 1];
      for (let s = from; s < to; s += 1) {
        const h = c.sentenceHashes[s];
        let dup = h === 0;
        for (let r = from; r < s && !dup; r += 1) dup = c.sentenceHashes[r] === h;
        if (!dup) counts.add(h, 1);
      }
    }
  }
  return counts;
}
