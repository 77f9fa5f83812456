// Test helpers for event grouping: compact string views of a grouping, and Article variants of the seeds.
import type { Article, EventGroup } from '../../src/types.js';

/** `003+004 | 000 | 001`: each event's articles by short id (the part before `_`), in event order. */
export function formatGroups(groups: readonly EventGroup[]): string {
  return groups.map((g) => g.articles.map((id) => id.split('_')[0]).join('+')).join(' | ');
}

/** The article with this short id (`003`). */
export function seed(articles: readonly Article[], short: string): Article {
  const found = articles.find((a) => a.id.startsWith(short));
  if (!found) throw new Error(`no seed ${short}`);
  return found;
}

/** A copy of an article with other fields (a new id, another date ...). */
export function variant(article: Article, fields: Partial<Article>): Article {
  return { ...article, ...fields };
}

/** The article with `sentence` appended as a last paragraph (e.g. a recurring toll line). */
export function withSentence(article: Article, sentence: string): Article {
  return { ...article, text: `${article.text.trimEnd()}\n\n${sentence}\n` };
}
