// The pipeline for one event: claims of every article, then alignment, into one `Comparison`.
import type { AnalysisOptions, Article, ArticleResult, Comparison } from './types.js';
import { extractClaims } from './claims/extract.js';
import { alignClaims, defaultAnalysisOptions } from './align/align.js';

/** An article with its claims. */
export function analyzeArticle(article: Article): ArticleResult {
  return { ...article, claims: extractClaims(article) };
}

/** Compares articles taken as coverage of one event. */
export function compareArticles(articles: readonly Article[], options: Partial<AnalysisOptions> = {}): Comparison {
  const opts: AnalysisOptions = { ...defaultAnalysisOptions, ...options };
  const results = articles.map(analyzeArticle);
  const { groups, unique } = alignClaims(results, opts);
  return { schema: 'claimdiff.compare/1', articles: results, groups, unique, options: opts };
}
