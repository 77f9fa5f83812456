// The word vectors of the alignment experiment (eval/align-vectors.ts, not shipped): training
// leaves the annotated events' articles out, is deterministic, and learns news words of like
// meaning as neighbours. Trained on a slice of the ANT corpus so the test stays quick.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotatedArticles, trainWordVectors, type VectorSettings } from '../../eval/align/train-vectors.js';
import { stemSimilarity, wordVectors } from '../../eval/align/word-vectors.js';
import { tokenize } from '../../src/text/token-stream.js';
import { DATA } from '../../eval/shared.js';

const present = existsSync(path.join(DATA, 'ant-corpus-multisource'));
const slice: VectorSettings = { dims: 16, window: 5, vocab: { ar: 3000, en: 1500 }, limit: 2500 };
const stem = (word: string) => tokenize(word)[0].stem;

describe.skipIf(!present)('word vectors learned from the unannotated ANT corpus (skipped when ../shared/data is absent)', () => {
  const first = trainWordVectors(slice)!;

  it('leaves out every article of the annotated events, by the ids the gold files give', () => {
    const { docs } = annotatedArticles();
    expect(docs.has('AL-internationalNews-556-20180321')).toBe(true); // kabul_nowruz, ../shared/gold/ant-dev-1.json
    expect(first.trainedOn).toContain(`the ${docs.size} articles of the annotated events left out`);
  });

  it('trains deterministically: a second run gives the same stems and int8 codes', () => {
    const second = trainWordVectors(slice)!;
    expect(second.stems).toEqual(first.stems);
    expect(Buffer.from(second.codes).equals(Buffer.from(first.codes))).toBe(true);
    expect(first.codes.length).toBe(first.stems.length * slice.dims);
  });

  it.each([
    ['مقتل', 'قتيل', 'انتخابات'],
    ['مصرع', 'مقتل', 'اقتصاد'],
    ['جرحى', 'مصابين', 'انتخابات'],
  ])('%s is closer to %s than to %s', (word, like, other) => {
    const table = wordVectors(first);
    expect(stemSimilarity(table, stem(word), stem(like))).toBeGreaterThan(stemSimilarity(table, stem(word), stem(other)) + 0.3);
  });
});
