// Turns an article into claims: one per sentence, heading or bullet of the text that boilerplate
// removal kept, each with its exact text, offsets, attribution, quotes, numbers, dates and entities.
import type { Article, Attribution, Claim, ClaimKind, Language, Quote, Segment } from '../types.js';
import { segmentSentences } from '../text/segment.js';
import { findNumbers } from '../text/numbers.js';
import { findDates } from '../text/dates.js';
import { buildTokenStream, type TokenStream } from '../text/token-stream.js';
import { findQuotes } from './quotes.js';
import { findEntities } from './entities/index.js';
import { findClaimParts, type ClaimParts } from './parts.js';
import { claimKey, distinctIds, stableHash } from '../text/stable-id.js';

/** The [start, end) ranges of the article text left after boilerplate removal, in order. */
export function keptRanges(article: Pick<Article, 'text' | 'removed'>): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let at = 0;
  const removed = [...article.removed].sort((a, b) => a.start - b.start);
  for (const r of removed) {
    if (r.start > at) ranges.push([at, r.start]);
    at = Math.max(at, r.end);
  }
  if (at < article.text.length) ranges.push([at, article.text.length]);
  return ranges;
}

/** The token stream of the text boilerplate removal kept: built once per article, read by every stage. */
export function articleTokens(article: Pick<Article, 'text' | 'removed'>): TokenStream {
  return buildTokenStream(article.text, keptRanges(article));
}

/** A line that is nothing but a quotation (allowing a final full stop) is a quote-only claim. */
function claimKind(segment: Segment, quotes: Quote[]): ClaimKind {
  if (segment.kind === 'heading') return 'heading';
  const inside = quotes.reduce((sum, q) => sum + (q.end - q.start), 0);
  const letters = segment.text.replace(/[\s"'«»“”„.,،!?؟:]/g, '').length;
  return letters > 0 && inside >= letters * 0.9 ? 'quote' : 'statement';
}

/** The claims of an article; `tokens` is its token stream (`articleTokens`), when already built. */
export function extractClaims(article: Article, tokens: TokenStream = articleTokens(article)): Claim[] {
  const { text, language } = article;
  const segments = segmentSentences(text, keptRanges(article));
  const claims: Claim[] = [];
  // A reporting verb without a subject (وأضاف أن ...) continues the previous speaker.
  let previous: Attribution | null = null;
  for (const segment of segments) {
    if (!/[\p{L}\p{N}]/u.test(segment.text)) continue;
    const quotes = findQuotes(text, segment.start, segment.end, tokens);
    const kind = claimKind(segment, quotes);
    // A heading has no speaker; the attribution and the entities of other lines share one scan.
    const { attribution, entities }: ClaimParts = kind === 'heading'
      ? { attribution: null, entities: findEntities(text, segment.start, segment.end, language, tokens) }
      : findClaimParts(text, segment.start, segment.end, language, previous, quotes, tokens);
    if (kind === 'heading') previous = null;
    else if (attribution) previous = attribution;
    const dates = findDates(segment.text, { reference: article.date }).map((d) => ({
      ...d,
      start: d.start + segment.start,
      end: d.end + segment.start,
    }));
    claims.push({
      id: '',
      articleId: article.id,
      start: segment.start,
      end: segment.end,
      text: segment.text,
      kind,
      attribution,
      quotes,
      numbers: findNumbers(text, segment.start, segment.end),
      dates,
      entities,
    });
  }
  // Ids from the text, not the order: a re-run, or an edit elsewhere in the article, keeps them.
  const ids = distinctIds(claims.map((c) => claimId(article.id, c.text)));
  claims.forEach((c, k) => (c.id = ids[k]));
  return claims;
}

/**
 * A claim's stable id: `${articleId}:` and 8 hex digits of a hash of its normalized text (`-2`,
 * `-3` ... for later copies of one text in the article, see `distinctIds`).
 */
export function claimId(articleId: string, text: string): string {
  return `${articleId}:${stableHash(claimKey(text))}`;
}

/** One claim made of a whole short text (a headline, a claim to check), for pair matching. */
export function claimFromText(id: string, text: string, language: Language): Claim {
  const quotes = findQuotes(text, 0, text.length);
  const { attribution, entities } = findClaimParts(text, 0, text.length, language, null, quotes);
  return {
    id,
    articleId: id,
    start: 0,
    end: text.length,
    text,
    kind: 'statement',
    attribution,
    quotes,
    numbers: findNumbers(text, 0, text.length),
    dates: findDates(text, {}),
    entities,
  };
}
