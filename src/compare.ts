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
function alignAndClassify(results: readonly ArticleResult[], tokens: readonly TokenStream[], opts: AnalysisOptions, between: (stage: string) => void): Pick<Comparison, 'groups' | 'unique'> {
  const alignment = alignClaims(results.map((r, i) => ({ ...r, tokens: tokens[i] })), opts.align, between);
  between('aligned');
  return { groups: classifyAlignment(alignment, opts.classify), unique: alignment.unique };
}

/**
 * Told as each stage ends, with the number of claims compared, when the garbage that stage made can
 * go (inside alignment `prepared` and `described`, then `aligned`, `classified`, `origins`,
 * `figures`). The library only says when; a caller that owns the process may collect there: the
 * compare command does at 1,000 articles, where the peak of memory is garbage V8 has not yet
 * collected (see `collectBetweenStages` in cli/commands/compare.ts).
 */
export type BetweenStages = (stage: string, claims: number) => void;

/** Compares articles taken as coverage of one event. `options`: overrides of `defaultAnalysisOptions`. */
export function compareArticles(articles: readonly Article[], options: AnalysisOverrides | AnalysisOptions = {}, between?: BetweenStages): Comparison {
  const opts = resolveOptions(options);
  // One token stream per article, read by claims, alignment and framing.
  let tokens: TokenStream[] | null = articles.map((a) => articleTokens(a));
  const results: ArticleResult[] = articles.map((a, i) => ({ ...a, claims: extractClaims(a, tokens![i]) }));
  let claims = 0;
  for (const r of results) claims += r.claims.length;
  const done = (stage: string) => between?.(stage, claims);
  const { groups, unique } = alignAndClassify(results, tokens, opts, done);
  done('classified');
  const framing = compareFraming(results, groups, opts.framing, tokens);
  // Independent origins: copies of one dispatch count once (reads the sources framing found).
  const origins = findOrigins(results, groups, tokens, framing);
  // The token streams (about 50 MB at 1,000 articles) are let go before figures, which reads the
  // claims' own text: the peak of memory comes while figures and the JSON allocate.
  tokens = null;
  done('origins');
  const figures = compareFigures(results, framing);
  // A toll the figures read as rising in later reports is an update in the groups too.
  const typed = groupsWithUpdates(origins.groups, figures, results);
  done('figures');
  return {
    schema: 'claimdiff.compare/1', articles: results, groups: typed, unique, options: recordOptions(opts), framing, figures,
    copies: origins.copies, origins: origins.origins,
  };
}
