// Whom each article's text is counted under, from what it credits (its provenance): the agency
// its byline, dateline or credit line names, unnamed agencies, or its outlet's own reporting.
import type { ArticleResult, Credit, Origin } from '../types.js';
import { outletEntry } from '../ingest/credits.js';
import { outletOf } from './copies.js';

/** The outlet's key and the name views give it (`alarabia` -> `alarabiya`, `Al Arabiya`). */
export function outletIdentity(article: Pick<ArticleResult, 'outlet' | 'id'>): { key: string; name: string } {
  const entry = outletEntry(article.outlet);
  const name = outletOf(article);
  return entry ? { key: entry.key, name } : { key: name.toLowerCase().replace(/\s+/g, ' '), name };
}

/** The credits that speak for the whole text: byline, dateline, credit line (not agencies quoted inside). */
export function wholeCredits(article: ArticleResult): Credit[] {
  return (article.provenance?.credits ?? []).filter((c) => c.from !== 'text');
}

/** An agency credited, or several (`AFP / Reuters`), as one origin. */
export function agencyOrigin(credits: readonly Credit[]): Origin {
  const seen = new Map<string, Credit>();
  for (const c of credits) if (!seen.has(c.key)) seen.set(c.key, c);
  const list = [...seen.values()].sort((a, b) => a.key.localeCompare(b.key));
  return {
    key: `agency:${list.map((c) => c.key).join('+')}`,
    kind: 'agency',
    name: list.map((c) => c.name).join(' / '),
    gloss: list.map((c) => c.gloss).join('; '),
  };
}

/** The outlet's own reporting. */
export function ownOrigin(article: ArticleResult): Origin {
  const { key, name } = outletIdentity(article);
  const correspondent = (article.provenance?.credits ?? []).some((c) => c.kind === 'correspondent' && c.from !== 'text');
  return { key: `own:${key}`, kind: 'own', name, gloss: correspondent ? `${name}'s own correspondent` : `${name}'s own reporting` };
}

/**
 * The origin an article's text counts under: the agencies its byline, dateline or credit line
 * name (`بكين - فرانس برس`, `فرانس24/ أ ف ب`), else unnamed agencies (`العربية.نت - وكالات`, which
 * count with the outlet's own reporting: one outlet, one origin), else its outlet. An outlet that credits an agency and its own writer too (`mixed`) carries agency copy
 * reworked: it counts under the agency, since its facts come from there.
 */
export function articleOrigin(article: ArticleResult): Origin {
  const credits = wholeCredits(article);
  const agencies = credits.filter((c) => c.kind === 'agency');
  if (agencies.length > 0) return agencyOrigin(agencies);
  if (credits.some((c) => c.kind === 'agencies')) {
    // Unnamed agencies cannot be told apart from the outlet's own rewrite of them: one origin with its own reporting.
    const { key, name } = outletIdentity(article);
    return { key: `own:${key}`, kind: 'agencies', name: `agencies via ${name}`, gloss: `news agencies ${name} does not name` };
  }
  return ownOrigin(article);
}

/** How an article's origin was read, for a group's `basis` (`credited AFP (byline)`, `own report`). */
export function originReason(article: ArticleResult, origin: Origin): string {
  const credits = wholeCredits(article);
  if (origin.kind === 'agency' || origin.kind === 'agencies') {
    const c = credits.find((x) => x.kind === origin.kind) ?? credits[0];
    return `${outletOf(article)} credits ${origin.kind === 'agency' ? origin.name : 'agencies'} (${c?.from ?? 'byline'}: ${c?.text ?? ''})`;
  }
  const correspondent = credits.find((c) => c.kind === 'correspondent');
  if (correspondent) return `${outletOf(article)}'s own correspondent`;
  const writer = credits.find((c) => c.kind === 'writer' || c.kind === 'own');
  return writer ? `${outletOf(article)}'s own report (${writer.from}: ${writer.text})` : `${outletOf(article)}'s own report (it credits no one)`;
}
