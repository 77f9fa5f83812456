// The pipeline for one event: claims of every article, then alignment, into one `Comparison`.
import type { AnalysisOptions, Article, ArticleResult, Comparison } from './types.js';
import { articleTokens, extractClaims } from './claims/extract.js';
import { alignClaims, defaultAnalysisOptions } from './align/align.js';
import { compareFraming } from './framing/compare.js';
import type { FramingOptions } from './framing/index.js';

/** An article with its claims. */
export function analyzeArticle(article: Article): ArticleResult {
  return { ...article, claims: extractClaims(article) };
}

/** Compares articles taken as coverage of one event: claims, alignment, then framing. */
export function compareArticles(
  articles: readonly Article[],
  options: Partial<AnalysisOptions> = {},
  framingOptions?: FramingOptions,
): Comparison {
  const opts: AnalysisOptions = { ...defaultAnalysisOptions, ...options };
  // One token stream per article, read by claims, alignment and framing.
  const tokens = articles.map((a) => articleTokens(a));
  const results: ArticleResult[] = articles.map((a, i) => ({ ...a, claims: extractClaims(a, tokens[i]) }));
  const { groups, unique } = alignClaims(results.map((r, i) => ({ ...r, tokens: tokens[i] })), opts);
  const framing = compareFraming(results, groups, framingOptions, tokens);
  return { schema: 'claimdiff.compare/1', articles: results, groups, unique, options: opts, framing };
}
