// Word 5-gram shingles of each claim, hashed as `events` hashes them for wire copy, so that text two
// articles share can be found claim by claim and measured as a share of each side.
import type { ArticleResult } from '../types.js';
import { SHINGLE } from '../events/features.js';
import { hashString, shingleHash } from '../events/hash.js';
import { wordsIn, type TokenStream } from '../text/token-stream.js';

/** One article's shingles: per claim (in claim order) and all together. */
export interface ArticleShingles {
  claims: Array<ReadonlySet<number>>;
  all: ReadonlySet<number>;
}

/**
 * The shingles of each claim of an article: five words in a row, in normalized form (so alef,
 * hamza and ta marbuta variants of one text still match). A claim shorter than five words has
 * none: it is too short to tell copying from coincidence.
 */
export function articleShingles(article: ArticleResult, tokens: TokenStream): ArticleShingles {
  const all = new Set<number>();
  const claims = article.claims.map((claim) => {
    const words = wordsIn(tokens, claim.start, claim.end).map((w) => hashString(w.norm));
    const set = new Set<number>();
    for (let i = SHINGLE - 1; i < words.length; i += 1) {
      const h = shingleHash(words[i - 4], words[i - 3], words[i - 2], words[i - 1], words[i]);
      set.add(h);
      all.add(h);
    }
    return set;
  });
  return { claims, all };
}

/** How many of `a`'s shingles `b` holds. */
export function overlap(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let n = 0;
  for (const h of a) if (b.has(h)) n += 1;
  return n;
}
