// The framing part of the Markdown report: counts, stances, word choices and sources per outlet,
// and the groups that word one fact differently.
import type { EventModel } from './event-model.js';
import { buildFramingView, framingCategories, framingCategoryName, type TermUse } from './framing-view.js';
import { escapeMarkdown as md } from './escape.js';
import { outletCell, tableMd } from './markdown-parts.js';

function termsMd(uses: readonly TermUse[]): string {
  if (uses.length === 0) return '—';
  return uses
    .map((u) => {
      const meta = [u.value, u.gloss].filter(Boolean).join('; ');
      return `${md(u.text)}${u.count > 1 ? ` ×${u.count}` : ''}${meta ? ` (${md(meta)})` : ''}`;
    })
    .join(' · ');
}

/** The `## Framing` section, or its note that the comparison carries no framing data. */
export function framingMd(model: EventModel): string[] {
  const out: string[] = ['## Framing', ''];
  const view = buildFramingView(model);
  if (!view) {
    out.push('*No framing data:* this comparison was made without the framing stage, so word choices, reporting verbs, scare quotes, agency and sources are not compared here.', '');
    return out;
  }
  const head = ['Category', ...model.letters.map((_, i) => outletCell(model, i))];
  out.push('How each outlet tells the story: flagged words and rules, counted per outlet.', '');
  out.push(tableMd(head, framingCategories.map((c) => [md(framingCategoryName[c]), ...view.counts.map((n) => String(n?.[c] ?? 0))]), model.letters.map((_, i) => i + 1)), '');
  const stance = (tallies: Array<Record<string, number>>) =>
    tallies.map((t) => (Object.keys(t).length === 0 ? '—' : md(Object.entries(t).sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, n]) => `${k} ${n}`).join(', '))));
  out.push('### Stances', '', tableMd(['', ...head.slice(1)], [['Reporting verbs by stance', ...stance(view.verbStances)], ['Agency: actor named or not', ...stance(view.agency)]]), '');
  out.push('### Word choices per outlet', '');
  out.push(tableMd(head, framingCategories.filter((c) => c !== 'source').map((c) => [md(framingCategoryName[c]), ...view.terms.get(c)!.map(termsMd)])), '');
  out.push('### Sources cited', '');
  view.sources.forEach((list, i) => {
    const items = list.map((s) => `${md(s.name)} ×${s.count} (${md([s.kind, s.side, s.via ? `via ${s.via}` : null].filter(Boolean).join(', '))})`);
    out.push(`- ${outletCell(model, i)}: ${items.length > 0 ? items.join(' · ') : 'none found'}`);
  });
  out.push('');
  const subs = view.groups.filter((g) => g.framing!.substitutions.length > 0);
  if (subs.length > 0) {
    out.push('### Different words for the same fact', '');
    for (const g of subs) {
      out.push(`- group ${md(g.group.id)}: ${g.framing!.substitutions.map((s) => `${md(s.from)} → ${md(s.to)}${s.kind === 'variant' ? ' (spelling)' : ''}`).join('; ')}`);
    }
    out.push('');
  }
  return out;
}
