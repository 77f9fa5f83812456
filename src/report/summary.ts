// A readable summary of the articles read: titles, dates, outlets, claims, and what was removed.
import type { ArticleResult } from '../types.js';

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function renderSummary(articles: readonly ArticleResult[]): string {
  const out: string[] = [`${articles.length} article${articles.length === 1 ? '' : 's'}`];
  for (const a of articles) {
    out.push(
      '',
      `${a.id}  (${a.source})`,
      `  title:    ${a.title}`,
      `  outlet:   ${a.outlet ?? 'unknown'}${a.outletFrom ? ` (from ${a.outletFrom})` : ''}`,
      `  date:     ${a.date ?? 'unknown'}${a.dateFrom ? ` (from ${a.dateFrom})` : ''}`,
      `  language: ${a.language}, encoding ${a.encoding}`,
      `  claims:   ${a.claims.length} (${a.claims.filter((c) => c.kind === 'heading').length} headings, ${a.claims.filter((c) => c.attribution).length} attributed, ${a.claims.filter((c) => c.quotes.length > 0).length} with quotes)`,
    );
    if (a.removed.length === 0) out.push('  removed:  nothing');
    for (const r of a.removed) out.push(`  removed:  ${r.reason}: "${clip(r.text, 70)}"`);
    for (const w of a.warnings) out.push(`  warning:  ${w}`);
  }
  return out.join('\n') + '\n';
}
