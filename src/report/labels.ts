// Shared wording of the views: short article labels (A, B, ...), relation names and symbols, so
// status never depends on colour alone.
import type { ArticleResult, Comparison, Relation } from '../types.js';

/** A, B, ..., Z, AA, AB ... in article order. */
export function articleLetter(index: number): string {
  let s = '';
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export const relationSymbol: Record<Relation | 'unique', string> = {
  shared: '=',
  partial: '~',
  conflict: '!',
  unique: '+',
};

/** The outlet, or the article id when the outlet is unknown. */
export function outletName(article: Pick<ArticleResult, 'outlet' | 'id'>): string {
  return article.outlet ?? article.id;
}

/** claim id -> [article index, claim]. */
export function claimIndex(comparison: Comparison): Map<string, { article: number; claim: ArticleResult['claims'][number] }> {
  const index = new Map<string, { article: number; claim: ArticleResult['claims'][number] }>();
  comparison.articles.forEach((a, article) => {
    for (const claim of a.claims) index.set(claim.id, { article, claim });
  });
  return index;
}

/** Counts of groups by relation and of unique claims. */
export function relationCounts(comparison: Comparison): Record<Relation | 'unique', number> {
  const counts = { shared: 0, partial: 0, conflict: 0, unique: 0 };
  for (const g of comparison.groups) counts[g.relation] += 1;
  for (const ids of Object.values(comparison.unique)) counts.unique += ids.length;
  return counts;
}
