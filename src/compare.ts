// The pipeline for one event, one named function per stage:
//   text (token stream) -> claims (per article) -> align -> classify -> framing -> origins -> figures
//   (which also types the groups' rising tolls as updates) -> Comparison.
// Articles come from ingest (`parseInput`); views render the Comparison and never re-analyse.
import type { Article, ArticleResult, Comparison } from './types.js';
import { articleTokens, extractClaims } from './claims/extract.js';
import { alignClaims } from './align/align.js';
import { classifyAlignment } from './classify/index.js';
import { compareFraming } from './framing/compare.js';
import { recordOptions, resolveOptions, type AnalysisOptions, type AnalysisOverrides } from './options.js';
import { compareFigures } from './figures/index.js';
import { groupsWithUpdates } from './figures/updates.js';
import type { TokenStream } from './text/token-stream.js';
import { findOrigins } from './origins/index.js';

/** An article with its claims. */
export function analyzeArticle(article: Article): ArticleResult {
  return { ...article, claims: extractClaims(article) };
}

/**
 * The aligned claims typed: the claims' features (a hundred megabytes at 1,000 articles) are let go
 * when it returns, before framing, origins and figures.
 */
function alignAndClassify(results: readonly ArticleResult[], tokens: readonly TokenStream[], opts: AnalysisOptions): Pick<Comparison, 'groups' | 'unique'> {
  const alignment = alignClaims(results.map((r, i) => ({ ...r, tokens: tokens[i] })), opts.align);
  return { groups: classifyAlignment(alignment, opts.classify), unique: alignment.unique };
}

/** Compares articles taken as coverage of one event. `options`: overrides of `defaultAnalysisOptions`. */
export function compareArticles(articles: readonly Article[], options: AnalysisOverrides | AnalysisOptions = {}): Comparison {
  const opts = resolveOptions(options);
  // One token stream per article, read by claims, alignment and framing.
  let tokens: TokenStream[] | null = articles.map((a) => articleTokens(a));
  const results: ArticleResult[] = articles.map((a, i) => ({ ...a, claims: extractClaims(a, tokens![i]) }));
  const { groups, unique } = alignAndClassify(results, tokens, opts);
  const framing = compareFraming(results, groups, opts.framing, tokens);
  // Independent origins: copies of one dispatch count once (reads the sources framing found).
  const origins = findOrigins(results, groups, tokens, framing);
  // The token streams (about 50 MB at 1,000 articles) are let go before figures, which reads the
  // claims' own text: the peak of memory comes while figures and the JSON allocate.
  tokens = null;
  const figures = compareFigures(results, framing);
  // A toll the figures read as rising in later reports is an update in the groups too.
  const typed = groupsWithUpdates(origins.groups, figures, results);
  return {
    schema: 'claimdiff.compare/1', articles: results, groups: typed, unique, options: recordOptions(opts), framing, figures,
    copies: origins.copies, origins: origins.origins,
  };
}
