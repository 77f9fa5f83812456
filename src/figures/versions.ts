// Two versions of one report: an outlet that files an article again with its toll revised (France 24's
// "55 bodies recovered" over the same text that said 48, both stored with one time). The two
// differ in their figure, not as two outlets' rival reports: the later version revises the earlier.
import type { ArticleResult } from '../types.js';
import { normalizeText } from '../text/normalize.js';

/** Share of the shorter article's sentences the other must hold word for word. */
const SHARED = 0.5;
/** Sentences shorter than this (a dateline, `صور`) say nothing about which report it is. */
const MIN_CHARS = 30;

/**
 * The report each article is a version of: the id of the first article of its outlet whose
 * sentences it shares (half of the shorter one's, normalized), else its own id.
 */
export function reportsOf(articles: readonly ArticleResult[]): Map<string, string> {
  const report = new Map(articles.map((a) => [a.id, a.id] as const));
  const sentences = articles.map((a) => new Set(a.claims.map((c) => normalizeText(c.text)).filter((t) => t.length >= MIN_CHARS)));
  // Sentence -> articles holding it, so only articles with a sentence in common are weighed.
  const holders = new Map<string, number[]>();
  sentences.forEach((set, i) => {
    for (const t of set) holders.set(t, [...(holders.get(t) ?? []), i]);
  });
  articles.forEach((a, i) => {
    if (a.outlet === null || sentences[i].size === 0) return;
    const shared = new Map<number, number>();
    for (const t of sentences[i]) for (const j of holders.get(t)!) if (j < i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of [...shared].sort((x, y) => x[0] - y[0])) {
      if (articles[j].outlet !== a.outlet) continue;
      if (n >= SHARED * Math.min(sentences[i].size, sentences[j].size)) {
        report.set(a.id, report.get(articles[j].id)!);
        break;
      }
    }
  });
  return report;
}
