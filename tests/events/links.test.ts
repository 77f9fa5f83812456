// Linking scores each candidate pair with the anchored cosine (one article's vector in a table):
// every link it keeps must carry exactly the score `scorePair` gives the same two articles (the
// merge of both term lists), on real corpora, so grouping does not depend on how it is computed.
import { describe, expect, it } from 'vitest';
import { heapAlloc } from '../../src/events/alloc.js';
import { linkRange, scorePair } from '../../src/events/candidates.js';
import { toInput } from '../../src/events/features.js';
import { DEFAULT_THRESHOLD, DEFAULT_WINDOW_DAYS, prepareGroups } from '../../src/events/group.js';
import { LinkList } from '../../src/events/links.js';
import { featurizeChunk } from '../../src/events/packed.js';
import type { Article } from '../../src/types.js';
import { BASIL_DIR, hasData, loadBasil, loadSeeds } from './corpora.js';

/** Each link as `a-b score copy`, and the same pairs scored by scorePair (stored as the links store them, float32). */
function linksAndScores(articles: Article[]): { links: string[]; rescored: string[] } {
  const settings = { threshold: DEFAULT_THRESHOLD, dateWindowDays: DEFAULT_WINDOW_DAYS };
  const { context } = prepareGroups(articles, [featurizeChunk(articles.map(toInput))], settings, heapAlloc);
  const out = new LinkList();
  linkRange(context, 0, articles.length, out);
  const links: string[] = [];
  const rescored: string[] = [];
  for (let i = 0; i < out.length; i += 1) {
    const [a, b] = [out.a[i], out.b[i]];
    links.push(`${a}-${b} ${out.score[i]} ${out.copy[i]}`);
    const s = scorePair(context, a, b);
    rescored.push(`${a}-${b} ${Math.fround(Math.abs(s))} ${s < 0 ? 1 : 0}`);
  }
  return { links, rescored };
}

if (!hasData(BASIL_DIR)) console.warn(`links.test: ${BASIL_DIR} not found; the BASIL case is skipped`);

describe('linking scores pairs as scorePair does', () => {
  it('on the seed articles (Blinken on Gaza)', () => {
    const { links, rescored } = linksAndScores(loadSeeds());
    expect(links.length).toBeGreaterThan(0);
    expect(links).toEqual(rescored);
  });

  it.skipIf(!hasData(BASIL_DIR))('on BASIL (300 articles, 100 events of three outlets)', () => {
    const { links, rescored } = linksAndScores(loadBasil().articles.slice(0, 300));
    expect(links.length).toBeGreaterThan(100);
    expect(links).toEqual(rescored);
  });
});
