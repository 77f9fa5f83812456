// The pipeline for one event: claims of every article, then alignment, into one `Comparison`.
import type { AnalysisOptions, Article, ArticleResult, Comparison } from './types.js';
import { extractClaims } from './claims/extract.js';
import { alignClaims, defaultAnalysisOptions } from './align/align.js';
import { compareFraming } from './framing/compare.js';
import type { FramingOptions } from './framing/index.js';
import { compareFigures } from './figures/index.js';

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
  const results = articles.map(analyzeArticle);
  const { groups, unique } = alignClaims(results, opts);
  const framing = compareFraming(results, groups, framingOptions);
  return { schema: 'claimdiff.compare/1', articles: results, groups, unique, options: opts, framing, figures: compareFigures(results, framing) };
}
