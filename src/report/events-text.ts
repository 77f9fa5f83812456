// Plain-text and JSON views of event grouping.
import type { Article, EventGroup } from '../types.js';

import { plural } from './key-findings.js';

export { eventsJson } from './json.js';

/** Outlets of an event's articles; an article of unknown outlet counts as its own. */
export function eventOutlets(event: EventGroup, byId: ReadonlyMap<string, Pick<Article, 'outlet'>>): string[] {
  return [...new Set(event.articles.map((id) => byId.get(id)?.outlet ?? id))];
}

export function eventHeading(event: EventGroup, byId: ReadonlyMap<string, Pick<Article, 'outlet'>>): string {
  const when = event.dateRange ? `${event.dateRange[0]} .. ${event.dateRange[1]}` : event.date ?? 'date unknown';
  const outlets = eventOutlets(event, byId).length;
  return `${event.id} | ${when} | ${plural(event.articles.length, 'article')} from ${plural(outlets, 'outlet')} | ${event.label}`;
}

export function renderEventsText(events: readonly EventGroup[], articles: readonly Article[]): string {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const multi = events.filter((e) => e.articles.length > 1).length;
  const outlets = events.filter((e) => eventOutlets(e, byId).length >= 2).length;
  const out = [`${plural(articles.length, 'article')} in ${plural(events.length, 'event')} (${multi.toLocaleString('en-US')} with more than one article, ${outlets.toLocaleString('en-US')} covered by two outlets or more)`];
  for (const e of events) {
    out.push('', eventHeading(e, byId));
    for (const id of e.articles) {
      const a = byId.get(id);
      out.push(`  ${id} | ${a?.outlet ?? 'outlet unknown'} | ${a?.date ?? 'date unknown'} | ${a?.title ?? ''}`);
    }
    if (e.articles.length > 1 && e.evidence.terms.length > 0) out.push(`  why: shared terms ${e.evidence.terms.join(', ')}; score ${e.evidence.score}`);
    for (const [x, y] of e.nearCopies) out.push(`  near-copy: ${x} ~ ${y} (same wire text)`);
  }
  return out.join('\n') + '\n';
}
