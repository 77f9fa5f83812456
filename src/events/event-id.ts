// Stable event ids: made from the event's sorted article ids, so the same corpus gives the same ids
// whatever order the articles were read or processed in.
import { FNV_OFFSET, fnvStep, mix32 } from './hash.js';

/** Hex digits an id shows; more only when two events of one corpus would share them. */
const SHORT = 8;

/** 64 bits of hash over the sorted ids, as 16 hex digits (two independent 32-bit FNV-1a passes). */
function digest(articleIds: readonly string[]): string {
  const text = [...articleIds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n');
  let h1 = FNV_OFFSET;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = fnvStep(h1, c);
    h2 = fnvStep(h2 ^ 0x5bd1e995, c);
  }
  return mix32(h1).toString(16).padStart(8, '0') + mix32(h2 ^ text.length).toString(16).padStart(8, '0');
}

/**
 * The ids of events given by their article ids: `e` and the first 8 hex digits of a hash of the
 * sorted article ids (`e3f09a1c2`). When two events of the list would share those digits, both
 * take more (12, then 16), so ids stay unique within a corpus.
 */
export function eventIds(events: ReadonlyArray<readonly string[]>): string[] {
  const digests = events.map(digest);
  const counts = new Map<string, number>();
  for (const d of digests) {
    for (let length = SHORT; length <= 16; length += 4) counts.set(d.slice(0, length), (counts.get(d.slice(0, length)) ?? 0) + 1);
  }
  return digests.map((d) => {
    for (let length = SHORT; length < 16; length += 4) {
      if (counts.get(d.slice(0, length)) === 1) return `e${d.slice(0, length)}`;
    }
    return `e${d}`;
  });
}
