// Features of many articles packed into a few flat typed arrays, so a worker thread can transfer
// them to the main thread without copying; unpacking makes views, not copies.
import type { ArticleFeatures } from './features.js';

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

export function unpack(p: PackedFeatures): ArticleFeatures[] {
  const out: ArticleFeatures[] = [];
  for (let i = 0; i < p.count; i += 1) {
    const s0 = p.sentenceOffsets[i];
    const s1 = p.sentenceOffsets[i + 1];
    out.push({
      terms: p.terms.subarray(p.termOffsets[i], p.termOffsets[i + 1]),
      titleTerms: p.titleTerms[i],
      sentenceStarts: p.sentenceStarts.subarray(s0, s1),
      sentenceEnds: p.sentenceEnds.subarray(s0, s1),
      sentenceHashes: p.sentenceHashes.subarray(s0, s1),
      sketch: p.sketch.subarray(p.sketchOffsets[i], p.sketchOffsets[i + 1]),
      capitalized: p.capitalized.subarray(p.capitalizedOffsets[i], p.capitalizedOffsets[i + 1]),
    });
  }
  return out;
}

/** The buffers to transfer with a packed result. */
export function buffersOf(p: PackedFeatures): ArrayBuffer[] {
  return [p.titleTerms, p.terms, p.termOffsets, p.sentenceStarts, p.sentenceEnds, p.sentenceHashes, p.sentenceOffsets, p.sketch, p.sketchOffsets, p.capitalized, p.capitalizedOffsets].map(
    (a) => a.buffer as ArrayBuffer,
  );
}
