// 32-bit hashing for terms, sentences and shingles: FNV-1a to combine, murmur3's finalizer to spread bits.
import { mix32 } from '../text/stable-id.js';

export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;

/** Adds one 16-bit code unit to an FNV-1a hash. */
export function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME) >>> 0;
}

/**
 * fnvStep with the hash kept as a signed 32-bit integer (the same bits): a loop over every
 * character keeps it in an integer register, where the unsigned form above is a double in V8.
 * Start from FNV_OFFSET_INT; `mix32` reads either form alike.
 */
export function fnvStepInt(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** FNV_OFFSET as a signed 32-bit integer, for fnvStepInt. */
export const FNV_OFFSET_INT = FNV_OFFSET | 0;

// Murmur3's 32-bit finalizer (bottom-k sketches need hashes whose low values are a uniform sample),
// shared with the stable ids of the text stage.
export { mix32 };

/** Combines an ordered pair of hashes (order matters: `a b` and `b a` differ). */
export function combine(seed: number, value: number): number {
  return mix32(Math.imul(seed ^ 0x9e3779b9, 0x01000193) + value);
}

/** Hash of a whole string (used for term keys and stopwords). */
export function hashString(text: string): number {
  let h = FNV_OFFSET_INT;
  for (let i = 0; i < text.length; i += 1) h = fnvStepInt(h, text.charCodeAt(i));
  return mix32(h);
}

/** Hash of five word hashes in order (a shingle): each position has its own odd multiplier; one finalizer spreads the sum. */
export function shingleHash(w1: number, w2: number, w3: number, w4: number, w5: number): number {
  return mix32(Math.imul(w1, 0x9e3779b1) + Math.imul(w2, 0x85ebca77) + Math.imul(w3, 0xc2b2ae3d) + Math.imul(w4, 0x27d4eb2f) + Math.imul(w5, 0x165667b1));
}
