// The pipeline for one event, one named function per stage:
//   claims (per article) -> align -> classify -> framing -> Comparison.
// Articles come from ingest (`parseInput`); views render the Comparison and never re-analyse.
import type { Article, ArticleResult, Comparison } from './types.js';
import { extractClaims } from './claims/extract.js';
import { alignClaims } from './align/align.js';
import { classifyAlignment } from './classify/index.js';
import { compareFraming } from './framing/compare.js';
import { recordOptions, resolveOptions, type AnalysisOptions, type AnalysisOverrides } from './options.js';

/** An article with its claims. */
export function analyzeArticle(article: Article): ArticleResult {
  return { ...article, claims: extractClaims(article) };
}

/** Compares articles taken as coverage of one event. `options`: overrides of `defaultAnalysisOptions`. */
export function compareArticles(articles: readonly Article[], options: AnalysisOverrides | AnalysisOptions = {}): Comparison {
  const opts = resolveOptions(options);
  const results = articles.map(analyzeArticle);
  const alignment = alignClaims(results, opts.align);
  const groups = classifyAlignment(alignment, opts.classify);
  const framing = compareFraming(results, groups, opts.framing);
  return { schema: 'claimdiff.compare/1', articles: results, groups, unique: alignment.unique, options: recordOptions(opts), framing };
}
