// The origins stage: who stands behind each claim group, independently. Runs after classify (and
// reads the sources framing found). Recipe:
//   1. shingles of every claim (word 5-grams, hashed as `events` hashes wire copy);
//   2. copies: duplicate filings, wire copies between outlets, copied sentences, with their shares;
//   3. each article's origin from its provenance (an agency credited, unnamed agencies, its outlet),
//      and the article its outlet filed first when it filed the same text twice;
//   4. per group: members joined into origins (one text, one agency, one outlet), the count of
//      independent origins, named sources several origins quote, conflicts that are edits of one text.
import type { ArticleOrigin, ArticleResult, ClaimGroup, CopyLink, FramingComparison } from '../types.js';
import type { TokenStream } from '../text/token-stream.js';
import { articleShingles } from './shingles.js';
import { copiedShares, findCopies } from './copies.js';
import { articleOrigin } from './article-origin.js';
import { groupOrigins, type EventIndex } from './group-origins.js';

export { PASSAGE_MIN, PASSAGE_SHARE } from './copies.js';

/** What the stage adds to a comparison. */
export interface OriginsResult {
  /** The groups, each with its `origins`. */
  groups: ClaimGroup[];
  copies: CopyLink[];
  /** Per article, in article order. */
  origins: ArticleOrigin[];
}

/** Origins and copies of one event; `tokens[i]` is the token stream of `articles[i]`. */
export function findOrigins(
  articles: readonly ArticleResult[],
  groups: readonly ClaimGroup[],
  tokens: readonly TokenStream[],
  framing: FramingComparison | null = null,
): OriginsResult {
  const shingles = articles.map((a, i) => articleShingles(a, tokens[i])); // 1
  const copies = findCopies(articles, shingles); // 2
  const shares = copiedShares(articles, shingles);
  const position = new Map(articles.map((a, i) => [a.id, i]));
  const duplicateOf = new Map<string, string>();
  for (const c of copies) if (c.kind === 'duplicate' && !duplicateOf.has(c.b)) duplicateOf.set(c.b, duplicateOf.get(c.a) ?? c.a);
  const originList = articles.map(articleOrigin); // 3
  const origins: ArticleOrigin[] = articles.map((a, i) => ({ article: a.id, origin: originList[i], duplicateOf: duplicateOf.get(a.id) ?? null, copiedShare: shares[i] }));

  const passages = new Set<string>();
  for (const c of copies) for (const p of c.passages) passages.add(`${p.a}\u0000${p.b}`).add(`${p.b}\u0000${p.a}`);
  const profiles = new Map((framing?.profiles ?? []).map((p) => [p.articleId, p]));
  const index: EventIndex = {
    articles,
    origins: originList,
    claims: new Map(articles.flatMap((a, article) => a.claims.map((claim) => [claim.id, { claim, article }] as const))),
    links: new Map(copies.map((c) => [`${position.get(c.a)},${position.get(c.b)}`, c])),
    passages,
    profiles: articles.map((a) => profiles.get(a.id) ?? null),
  };
  return { groups: groups.map((g) => ({ ...g, origins: groupOrigins(g, index) })), copies, origins }; // 4
}
