// Per-article features for event grouping, in one pass over the text: content-term keys (title
// first), hashes of body sentences, and a bottom-k sketch of word 5-gram shingles for wire copy.
// Typed arrays only, so worker threads can hand them back without copying.
import type { Article } from '../types.js';
import { ARABIC, charTable, DIGIT, DOT, DROPPED, learn, SENTENCE_END, UNKNOWN, WORD } from './char-table.js';
import { combine, FNV_OFFSET_INT, fnvStepInt, hashString, mix32, shingleHash } from './hash.js';
import { WordCache } from './hash-table.js';
import { termKey } from './term-key.js';

/** What featurizing needs from an Article (plain data, cheap to post to a worker). */
export interface FeatureInput {
  title: string;
  text: string;
  /** Where the title stands in `text`, or null when it is not part of it. */
  titleStart: number | null;
  titleEnd: number | null;
  /** Removed boilerplate as flat [start, end, start, end, ...] offsets, in text order. */
  removed: number[];
}

/** The fields featurizing reads, from an Article. */
export function toInput(article: Article): FeatureInput {
  const removed: number[] = [];
  for (const r of article.removed) removed.push(r.start, r.end);
  return { title: article.title, text: article.text, titleStart: article.titleSpan?.start ?? null, titleEnd: article.titleSpan?.end ?? null, removed };
}

export interface ArticleFeatures {
  /** Content-term keys in text order, title terms first; bit 0 set marks a number. */
  terms: Uint32Array;
  /** How many of `terms` come from the title. */
  titleTerms: number;
  /** Body sentences with at least MIN_SENTENCE_TERMS terms: [start, end) ranges in `terms` and hashes. */
  sentenceStarts: Uint32Array;
  sentenceEnds: Uint32Array;
  sentenceHashes: Uint32Array;
  /** The SKETCH_SIZE smallest distinct shingle hashes of the body, ascending. */
  sketch: Uint32Array;
  /** Term keys written with a capital letter inside a sentence (names, in Latin script), ascending. */
  capitalized: Uint32Array;
}

/** Bottom-k sketch size: the standard error of a Jaccard estimate near 0.8 is about 0.05. */
export const SKETCH_SIZE = 64;
/** Words per shingle: five in a row rarely recur by chance across independent writers (origins uses the same). */
export const SHINGLE = 5;
/** Shorter sentences (datelines, `Read more`) are too generic to recognise a background sentence by. */
const MIN_SENTENCE_TERMS = 4;
/** Longer runs of letters are URLs or glued words, not terms. */
const MAX_WORD = 40;
/** Word slots before the word cache starts over (12 MB per thread). */
const CACHE_SLOTS = 1 << 20;

/** Normalized word -> term key (0 for a stopword), one per thread. */
const keyCache = new WordCache(CACHE_SLOTS);

function keyOf(normHash: number, check: number, buf: Uint16Array, len: number, arabic: boolean, digits: boolean): number {
  const cached = keyCache.get(normHash, check);
  if (cached >= 0) return cached;
  const norm = String.fromCharCode.apply(null, buf.subarray(0, len) as unknown as number[]);
  let key = 0;
  if (digits) {
    if (len >= 2) key = (hashString(norm) | 1) >>> 0;
  } else {
    const k = termKey(norm, arabic);
    if (k !== null) key = (hashString(k) & ~1) >>> 0 || 2;
  }
  keyCache.set(normHash, check, key);
  return key;
}

/** Words of a stretch of text in order; a sentence break is an entry whose `hashes` value is 0. */
export interface WordStream {
  /** Hash of each normalized word (never 0), or 0 for a sentence break. */
  hashes: Uint32Array;
  /** Term key of each word (0: stopword, number of one digit, or a break). */
  keys: Uint32Array;
  /** Offsets in the text: start and end of each word. */
  starts: Uint32Array;
  ends: Uint32Array;
  length: number;
}

export function newWordStream(capacity = 4096): WordStream {
  return { hashes: new Uint32Array(capacity), keys: new Uint32Array(capacity), starts: new Uint32Array(capacity), ends: new Uint32Array(capacity), length: 0 };
}

function grow(out: WordStream): void {
  const cap = out.hashes.length * 2;
  const copy = (a: Uint32Array): Uint32Array => {
    const b = new Uint32Array(cap);
    b.set(a);
    return b;
  };
  out.hashes = copy(out.hashes);
  out.keys = copy(out.keys);
  out.starts = copy(out.starts);
  out.ends = copy(out.ends);
}

function emit(out: WordStream, hash: number, key: number, start: number, end: number): void {
  if (out.length === out.hashes.length) grow(out);
  const n = out.length;
  out.hashes[n] = hash;
  out.keys[n] = key;
  out.starts[n] = start;
  out.ends[n] = end;
  out.length = n + 1;
}

const wordBuf = new Uint16Array(MAX_WORD);

/**
 * Appends the normalized words of text[from, to) to `out`, with a break (hash 0) at . ! ? ;
 * and line breaks and at the end of the stretch.
 */
export function scanWords(text: string, from: number, to: number, out: WordStream): void {
  const { norm, kind } = charTable();
  let len = 0;
  let start = -1;
  // FNV-1a of the word, kept signed (see fnvStepInt); mix32 finishes it.
  let h = FNV_OFFSET_INT;
  // A second, independent hash of the word: the word cache's check (see WordCache).
  let c = 0;
  let arabic = false;
  let digits = true;
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i);
    let k = kind[code];
    if (k === UNKNOWN) k = learn(code);
    if (k === WORD || k === ARABIC || k === DIGIT) {
      const n = norm[code];
      if (len < MAX_WORD) wordBuf[len] = n;
      if (start < 0) start = i;
      len += 1;
      h = fnvStepInt(h, n);
      c = (Math.imul(c, 31) + n) | 0;
      if (k === ARABIC) arabic = true;
      if (k !== DIGIT) digits = false;
      continue;
    }
    if (k === DROPPED) continue;
    if (start >= 0) {
      if (len <= MAX_WORD) {
        const normHash = mix32(h) || 1;
        emit(out, normHash, keyOf(normHash, c >>> 0, wordBuf, len, arabic, digits), start, i);
      }
      len = 0;
      start = -1;
      h = FNV_OFFSET_INT;
      c = 0;
      arabic = false;
      digits = true;
    }
    if (k === SENTENCE_END || (k === DOT && (i + 1 >= to || text.charCodeAt(i + 1) <= 0x20))) {
      if (out.length > 0 && out.hashes[out.length - 1] !== 0) emit(out, 0, 0, i, i);
    }
  }
  // The end of the stretch ends the last word and the sentence, as a line break would.
  if (start >= 0 && len <= MAX_WORD) {
    const normHash = mix32(h) || 1;
    emit(out, normHash, keyOf(normHash, c >>> 0, wordBuf, len, arabic, digits), start, to);
  }
  if (out.length > 0 && out.hashes[out.length - 1] !== 0) emit(out, 0, 0, to, to);
}

/** The kept stretches of the body: the text minus the title span and the removed boilerplate. */
export function bodyRanges(input: FeatureInput): number[] {
  const cuts: number[] = [...input.removed];
  if (input.titleStart !== null && input.titleEnd !== null) cuts.push(input.titleStart, input.titleEnd);
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i + 1 < cuts.length; i += 2) pairs.push([cuts[i], cuts[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  const ranges: number[] = [];
  let at = 0;
  for (const [s, e] of pairs) {
    if (s > at) ranges.push(at, Math.min(s, input.text.length));
    at = Math.max(at, e);
  }
  if (at < input.text.length) ranges.push(at, input.text.length);
  return ranges;
}

/** Inserts a hash into an ascending bottom-k sketch of `size` used slots; returns the new size. */
function sketchInsert(sketch: Uint32Array, size: number, h: number): number {
  if (size === sketch.length && h >= sketch[size - 1]) return size;
  let lo = 0;
  let hi = size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sketch[mid] < h) lo = mid + 1;
    else hi = mid;
  }
  if (lo < size && sketch[lo] === h) return size;
  // A loop, not copyWithin: the shifts are a few dozen slots, shorter than a builtin call costs.
  for (let k = size === sketch.length ? size - 1 : size; k > lo; k -= 1) sketch[k] = sketch[k - 1];
  sketch[lo] = h;
  return size === sketch.length ? size : size + 1;
}

const stream = newWordStream();

/** Features of one article. */
export function featurize(input: FeatureInput): ArticleFeatures {
  stream.length = 0;
  if (input.titleStart !== null && input.titleEnd !== null) scanWords(input.text, input.titleStart, input.titleEnd, stream);
  else if (input.title) scanWords(input.title, 0, input.title.length, stream);
  const titleWords = stream.length;
  const ranges = bodyRanges(input);
  const rangeEnds: number[] = [];
  for (let i = 0; i < ranges.length; i += 2) {
    scanWords(input.text, ranges[i], ranges[i + 1], stream);
    rangeEnds.push(stream.length);
  }
  const { hashes, keys } = stream;

  let termCount = 0;
  for (let i = 0; i < stream.length; i += 1) if (keys[i] !== 0) termCount += 1;
  const terms = new Uint32Array(termCount);
  let t = 0;
  for (let i = 0; i < titleWords; i += 1) if (keys[i] !== 0) terms[t++] = keys[i];
  const titleTerms = t;

  const starts: number[] = [];
  const ends: number[] = [];
  const sentences: number[] = [];
  const capitalized: number[] = [];
  const sketch = new Uint32Array(SKETCH_SIZE);
  let sketchSize = 0;
  let sentenceStart = t;
  let sentenceHash = 0;
  let run = 0; // words since the last removed stretch: shingles never span removed text
  let w1 = 0; // the four words before this one, w4 the latest, for 5-word shingles
  let w2 = 0;
  let w3 = 0;
  let w4 = 0;
  let range = 0;
  for (let i = titleWords; i < stream.length; i += 1) {
    while (range < rangeEnds.length && i >= rangeEnds[range]) {
      range += 1;
      run = 0;
    }
    const h = hashes[i];
    if (h === 0) {
      if (t - sentenceStart >= MIN_SENTENCE_TERMS) {
        starts.push(sentenceStart);
        ends.push(t);
        sentences.push(sentenceHash);
      }
      sentenceStart = t;
      sentenceHash = 0;
      continue;
    }
    run += 1;
    if (run >= SHINGLE) {
      const sh = shingleHash(w1, w2, w3, w4, h);
      if (sketchSize < SKETCH_SIZE || sh < sketch[SKETCH_SIZE - 1]) sketchSize = sketchInsert(sketch, sketchSize, sh);
    }
    w1 = w2;
    w2 = w3;
    w3 = w4;
    w4 = h;
    const key = keys[i];
    if (key !== 0) {
      const first = input.text.charCodeAt(stream.starts[i]);
      if (first >= 0x41 && first <= 0x5a && hashes[i - 1] !== 0 && run > 1) capitalized.push(key);
      terms[t++] = key;
      sentenceHash = combine(sentenceHash, key);
    }
  }
  return {
    terms,
    titleTerms,
    sentenceStarts: Uint32Array.from(starts),
    sentenceEnds: Uint32Array.from(ends),
    sentenceHashes: Uint32Array.from(sentences),
    sketch: sketch.slice(0, sketchSize),
    capitalized: Uint32Array.from(new Set(capitalized)).sort(),
  };
}
