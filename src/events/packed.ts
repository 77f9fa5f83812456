// Features of many articles packed into a few flat typed arrays per chunk: a worker thread can
// transfer a chunk without copying, and 100k articles cost a few dozen arrays instead of 600k.
import type { Alloc } from './alloc.js';
import { type ArticleFeatures, featurize, type FeatureInput } from './features.js';

/** Articles per chunk, in both the single-thread and the worker paths. */
export const CHUNK = 1000;

export interface PackedFeatures {
  count: number;
  titleTerms: Uint32Array;
  terms: Uint32Array;
  termOffsets: Uint32Array;
  sentenceStarts: Uint32Array;
  sentenceEnds: Uint32Array;
  sentenceHashes: Uint32Array;
  sentenceOffsets: Uint32Array;
  sketch: Uint32Array;
  sketchOffsets: Uint32Array;
  capitalized: Uint32Array;
  capitalizedOffsets: Uint32Array;
}

function concat(parts: readonly Uint32Array[]): { data: Uint32Array; offsets: Uint32Array } {
  const offsets = new Uint32Array(parts.length + 1);
  for (let i = 0; i < parts.length; i += 1) offsets[i + 1] = offsets[i] + parts[i].length;
  const data = new Uint32Array(offsets[parts.length]);
  parts.forEach((p, i) => data.set(p, offsets[i]));
  return { data, offsets };
}

export function pack(features: readonly ArticleFeatures[]): PackedFeatures {
  const terms = concat(features.map((f) => f.terms));
  const starts = concat(features.map((f) => f.sentenceStarts));
  const sketch = concat(features.map((f) => f.sketch));
  const capitalized = concat(features.map((f) => f.capitalized));
  return {
    count: features.length,
    titleTerms: Uint32Array.from(features, (f) => f.titleTerms),
    terms: terms.data,
    termOffsets: terms.offsets,
    sentenceStarts: starts.data,
    sentenceEnds: concat(features.map((f) => f.sentenceEnds)).data,
    sentenceHashes: concat(features.map((f) => f.sentenceHashes)).data,
    sentenceOffsets: starts.offsets,
    sketch: sketch.data,
    sketchOffsets: sketch.offsets,
    capitalized: capitalized.data,
    capitalizedOffsets: capitalized.offsets,
  };
}

/** Featurizes and packs one chunk of inputs. */
export function featurizeChunk(inputs: readonly FeatureInput[]): PackedFeatures {
  return pack(inputs.map(featurize));
}

/** The buffers to transfer with a packed chunk. */
export function buffersOf(p: PackedFeatures): ArrayBuffer[] {
  return [
    p.titleTerms, p.terms, p.termOffsets, p.sentenceStarts, p.sentenceEnds, p.sentenceHashes, p.sentenceOffsets,
    p.sketch, p.sketchOffsets, p.capitalized, p.capitalizedOffsets,
  ].map((a) => a.buffer as ArrayBuffer);
}

/** All chunks of a corpus, article i being item i % CHUNK of chunk i / CHUNK. */
export class FeatureStore {
  constructor(readonly chunks: readonly PackedFeatures[]) {}

  get size(): number {
    return this.chunks.reduce((s, c) => s + c.count, 0);
  }

  /** Views on the features of article i (no copy). */
  article(i: number): ArticleFeatures {
    const p = this.chunks[Math.floor(i / CHUNK)];
    const k = i % CHUNK;
    const s0 = p.sentenceOffsets[k];
    const s1 = p.sentenceOffsets[k + 1];
    return {
      terms: p.terms.subarray(p.termOffsets[k], p.termOffsets[k + 1]),
      titleTerms: p.titleTerms[k],
      sentenceStarts: p.sentenceStarts.subarray(s0, s1),
      sentenceEnds: p.sentenceEnds.subarray(s0, s1),
      sentenceHashes: p.sentenceHashes.subarray(s0, s1),
      sketch: p.sketch.subarray(p.sketchOffsets[k], p.sketchOffsets[k + 1]),
      capitalized: p.capitalized.subarray(p.capitalizedOffsets[k], p.capitalizedOffsets[k + 1]),
    };
  }

  /** All sketches in one array: article i has sketches[start[i] .. start[i+1]). */
  sketches(alloc: Alloc): { start: Uint32Array; sketches: Uint32Array } {
    const total = this.chunks.reduce((s, c) => s + c.sketch.length, 0);
    const start = alloc.u32(this.size + 1);
    const sketches = alloc.u32(total);
    let i = 0;
    let at = 0;
    for (const c of this.chunks) {
      sketches.set(c.sketch, at);
      for (let k = 0; k < c.count; k += 1) start[++i] = at + c.sketchOffsets[k + 1];
      at += c.sketch.length;
    }
    return { start, sketches };
  }
}
