// sortUint32 orders term keys as TypedArray#sort does: the term keys of real seed articles, keys
// above 2^31, runs of equal keys, and arrays already in order or reversed.
import { describe, expect, it } from 'vitest';
import { featurize } from '../../src/events/features.js';
import { sortUint32 } from '../../src/events/sort.js';
import { seedText } from '../support/seeds.js';

/** A deterministic generator (xorshift), so a failure names the same array every run. */
function numbers(n: number, seed: number, modulo = 2 ** 32): Uint32Array {
  const out = new Uint32Array(n);
  let x = seed;
  for (let i = 0; i < n; i += 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = (x >>> 0) % modulo;
  }
  return out;
}

/** The seed article's term keys in text order, title terms twice, as the vectors count them. */
function seedTerms(num: string): Uint32Array {
  const text = seedText(num);
  const f = featurize({ title: '', text, titleStart: null, titleEnd: null, removed: [] });
  return Uint32Array.from([...f.terms, ...f.terms.subarray(0, 12)]);
}

describe('sortUint32', () => {
  it.each([
    ['seed 000 terms', () => seedTerms('000')],
    ['seed 003 terms', () => seedTerms('003')],
    ['seed 004 terms', () => seedTerms('004')],
    ['2,000 keys, half above 2^31', () => numbers(2000, 7)],
    ['2,000 keys from 5 values', () => numbers(2000, 11, 5)],
    ['one key repeated', () => new Uint32Array(300).fill(2 ** 31 + 5)],
    ['already ascending', () => numbers(500, 3).sort()],
    ['descending', () => numbers(500, 5).sort().reverse()],
    ['64 keys (insertion sort)', () => numbers(64, 13)],
    ['65 keys (radix sort)', () => numbers(65, 19)],
    ['one key', () => Uint32Array.of(4_000_000_000)],
    ['none', () => new Uint32Array(0)],
  ])('%s: the order TypedArray#sort gives', (_name, make) => {
    const keys = make();
    const expected = keys.slice().sort();
    sortUint32(keys, 0, keys.length);
    expect(Array.from(keys)).toEqual(Array.from(expected));
  });

  it('orders positive Float32 weights by their bits as TypedArray#sort orders the numbers (selectKeys relies on it)', () => {
    const weights = Float32Array.from(numbers(500, 23), (x) => (x / 2 ** 32) * 3 + 1e-6);
    weights[7] = 1e-40; // a denormal float32
    const expected = weights.slice().sort();
    sortUint32(new Uint32Array(weights.buffer), 0, weights.length);
    expect(Array.from(weights)).toEqual(Array.from(expected));
  });

  it('sorts only the range asked for', () => {
    const keys = numbers(100, 17);
    const copy = keys.slice();
    sortUint32(keys, 20, 80);
    expect(Array.from(keys.subarray(0, 20))).toEqual(Array.from(copy.subarray(0, 20)));
    expect(Array.from(keys.subarray(80))).toEqual(Array.from(copy.subarray(80)));
    expect(Array.from(keys.subarray(20, 80))).toEqual(Array.from(copy.subarray(20, 80).sort()));
  });
});
