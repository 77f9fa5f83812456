// Stable ids: short hashes of what an item is (its normalized text, its members, its rule), never
// of the order it was found in, so a re-run on the same text gives the same ids and a reviewer's
// decisions stay attached to them (issue 18).
import { normalizeText } from './normalize.js';

/** Murmur3's 32-bit finalizer: spreads the bits of a hash (short keys, bottom-k sketches). */
export function mix32(hash: number): number {
  let h = hash >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** 32-bit FNV-1a over the code units, finished with murmur3's mixer so that short keys spread. */
function hash32(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return mix32(h ^ text.length);
}

/** `digits` hex digits (at most 16: two independent 32-bit hashes) of a hash of `text`. */
export function stableHash(text: string, digits = 8): string {
  const hex = hash32(text, 0x811c9dc5).toString(16).padStart(8, '0') + hash32(text, 0x01000193 ^ 0x5bd1e995).toString(16).padStart(8, '0');
  return hex.slice(0, Math.max(1, Math.min(16, digits)));
}

/** What a claim's id is made from: its text normalized (orthographic variants folded) with its spaces collapsed. */
export function claimKey(text: string): string {
  return normalizeText(text).replace(/\s+/g, ' ').trim();
}

/**
 * The ids as given, with `-2`, `-3` ... added to the second and later copies of one id, in list
 * order: two claims of one article with the same text, or two items whose hashes meet.
 */
export function distinctIds(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  const taken = new Set(ids);
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n === 1) return id;
    let k = n;
    // `x-2` may itself be an id of the list: count on until the name is free.
    while (taken.has(`${id}-${k}`)) k += 1;
    taken.add(`${id}-${k}`);
    return `${id}-${k}`;
  });
}

/**
 * The id of an item made of other items (a claim group of its member claims, a figure of its
 * quantity, scope and claims): `prefix` and 8 hex digits of a hash of the parts, sorted, so the
 * order they were found in does not count.
 */
export function setId(prefix: string, parts: readonly string[]): string {
  return `${prefix}${stableHash([...parts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n'))}`;
}
