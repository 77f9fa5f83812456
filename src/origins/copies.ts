// Copies inside an event: articles that carry the same text (a wire dispatch two outlets run, one
// outlet filing its article twice) and sentences one article shares with another, each with the
// share of each side that is shared.
import type { ArticleResult, CopyLink } from '../types.js';
import { NEAR_COPY } from '../events/copies.js';
import { overlap, type ArticleShingles } from './shingles.js';

/**
 * A sentence is copied when at least half of its shingles stand in the other article: half a
 * sentence word for word, in runs of five words or more, is not written twice by chance.
 */
export const PASSAGE_SHARE = 0.5;
/** ... and at least this many: eight words in a row make four shingles. */
export const PASSAGE_MIN = 4;
/** Articles with fewer shingles are too short to call one a copy of the other as a whole. */
const ARTICLE_MIN = 10;

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** The outlet an article counts under: its outlet, or its id when the outlet is unknown. */
export function outletOf(article: Pick<ArticleResult, 'outlet' | 'id'>): string {
  return article.outlet ?? article.id;
}

/**
 * Every pair of articles that share text, in article order. `duplicate`: the same outlet carries
 * the same text twice (at least NEAR_COPY of the shorter is in the longer, as `events` calls
 * wire copy); `copy`: two outlets carry it; `passages`: some of their sentences are one text.
 */
export function findCopies(articles: readonly ArticleResult[], shingles: readonly ArticleShingles[]): CopyLink[] {
  const links: CopyLink[] = [];
  for (const [i, j, inter] of sharingPairs(shingles)) {
    const [a, b] = [shingles[i], shingles[j]];
    const similarity = inter / (a.all.size + b.all.size - inter);
    const shareA = inter / a.all.size;
    const shareB = inter / b.all.size;
    const passages = sharedPassages(articles[i], articles[j], a, b);
    const whole = Math.min(a.all.size, b.all.size) >= ARTICLE_MIN && Math.max(shareA, shareB) >= NEAR_COPY;
    if (!whole && passages.length === 0) continue;
    const kind: CopyLink['kind'] = !whole ? 'passages' : outletOf(articles[i]) === outletOf(articles[j]) ? 'duplicate' : 'copy';
    links.push({ a: articles[i].id, b: articles[j].id, kind, similarity: round(similarity), shareA: round(shareA), shareB: round(shareB), passages });
  }
  return links;
}

/**
 * The pairs of articles (i < j, in article order) with at least PASSAGE_MIN shingles in common, and
 * how many: counted through the articles holding each shingle, so that the cost follows the text
 * articles share, not the square of their number (1,000 articles are half a million pairs).
 */
function sharingPairs(shingles: readonly ArticleShingles[]): Array<[number, number, number]> {
  const holders = new Map<number, number[]>();
  shingles.forEach((s, i) => {
    for (const h of s.all) {
      const list = holders.get(h);
      if (list) list.push(i);
      else holders.set(h, [i]);
    }
  });
  const n = shingles.length;
  const counts = new Map<number, number>();
  for (const list of holders.values()) {
    // Articles were added in order, so each list is ascending: i < j.
    for (let x = 0; x < list.length; x += 1) for (let y = x + 1; y < list.length; y += 1) {
      const key = list[x] * n + list[y];
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const pairs: Array<[number, number, number]> = [];
  for (const [key, inter] of counts) if (inter >= PASSAGE_MIN) pairs.push([Math.floor(key / n), key % n, inter]);
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** The claim pairs of two articles that are one text: each copied claim with the claim of the other article that holds most of it. */
function sharedPassages(a: ArticleResult, b: ArticleResult, sa: ArticleShingles, sb: ArticleShingles): CopyLink['passages'] {
  const pairs = new Map<string, { a: string; b: string; shareA: number; shareB: number }>();
  const visit = (from: ArticleResult, to: ArticleResult, sf: ArticleShingles, st: ArticleShingles, forward: boolean): void => {
    from.claims.forEach((claim, k) => {
      const own = sf.claims[k];
      if (own.size === 0) return;
      const found = overlap(own, st.all);
      if (found < PASSAGE_MIN || found / own.size < PASSAGE_SHARE) return;
      // The claim of the other article that holds most of it.
      let best = -1;
      let most = 0;
      st.claims.forEach((other, m) => {
        const n = overlap(own, other);
        if (n > most) [best, most] = [m, n];
      });
      if (best < 0) return;
      const [ca, cb] = forward ? [claim.id, to.claims[best].id] : [to.claims[best].id, claim.id];
      const key = `${ca}\u0000${cb}`;
      const pair = pairs.get(key) ?? { a: ca, b: cb, shareA: 0, shareB: 0 };
      if (forward) pair.shareA = round(found / own.size);
      else pair.shareB = round(found / own.size);
      pairs.set(key, pair);
    });
  };
  visit(a, b, sa, sb, true);
  visit(b, a, sb, sa, false);
  return [...pairs.values()];
}

/** Share of each article's shingles found in articles of other outlets, in article order. */
export function copiedShares(articles: readonly ArticleResult[], shingles: readonly ArticleShingles[]): number[] {
  // Each shingle's outlet, or null once two outlets hold it: one pass instead of every other article per shingle.
  const outletsOf = new Map<number, string | null>();
  articles.forEach((article, i) => {
    const outlet = outletOf(article);
    for (const h of shingles[i].all) {
      const seen = outletsOf.get(h);
      if (seen === undefined) outletsOf.set(h, outlet);
      else if (seen !== outlet) outletsOf.set(h, null);
    }
  });
  return articles.map((article, i) => {
    const own = shingles[i].all;
    if (own.size === 0) return 0;
    let found = 0;
    // The article holds each of its shingles, so a shingle is found elsewhere exactly when two outlets hold it.
    for (const h of own) if (outletsOf.get(h) === null) found += 1;
    return round(found / own.size);
  });
}
