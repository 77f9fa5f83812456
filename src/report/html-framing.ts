// The framing part of the HTML report: flags per outlet as small bar charts and tables (word
// choices, reporting-verb stances, agency, sources) and the groups that word one fact differently.
import type { EventModel } from './event-model.js';
import { buildFramingView, framingCategories, framingCategoryName, type TermUse } from './framing-view.js';
import { bdi, esc, groupAnchor, outletHtml, table } from './html-parts.js';
import { framingBarsSvg } from './svg.js';

function termList(uses: readonly TermUse[]): string {
  if (uses.length === 0) return '<span class="small">—</span>';
  return `<ul class="terms">${uses
    .map((u) => {
      const meta = [u.value, u.gloss].filter(Boolean).map((s) => bdi(s!)).join('; ');
      const text = u.ref ? `<a href="#${u.ref.anchor}">${bdi(u.text)}</a>` : bdi(u.text);
      return `<li>${text}${u.count > 1 ? ` ×${u.count}` : ''}${meta ? ` <span class="small">(${meta})</span>` : ''}</li>`;
    })
    .join('')}</ul>`;
}

/** The framing section's content: charts, counts, stances, word choices, sources, and the groups that word the same fact differently. */
export function framingHtml(model: EventModel): string {
  const view = buildFramingView(model);
  if (!view) {
    return '<p class="note">No framing data: this comparison was made without the framing stage, so word choices, reporting verbs, scare quotes, agency and sources are not compared here.</p>';
  }
  const max = Math.max(0, ...view.counts.flatMap((c) => Object.values(c ?? {}) as number[]));
  const charts = model.letters.map((letter, i) => {
    const counts = view.counts[i];
    const caption = outletHtml(model, i);
    return counts
      ? `<figure><figcaption>${caption}</figcaption>${framingBarsSvg(`Framing flags of ${letter} (${model.outlets[i]}) by category`, counts, max, `framing-${letter}`)}</figure>`
      : `<figure><figcaption>${caption}</figcaption><p class="small">No framing profile.</p></figure>`;
  });
  const head = ['Category', ...model.letters.map((_, i) => outletHtml(model, i))];
  const countRows = framingCategories.map((c) => [esc(framingCategoryName[c]), ...view.counts.map((n) => String(n?.[c] ?? 0))]);
  const termRows = framingCategories
    .filter((c) => c !== 'source')
    .map((c) => [esc(framingCategoryName[c]), ...view.terms.get(c)!.map(termList)]);
  const stance = (tallies: Array<Record<string, number>>) =>
    tallies.map((t) => (Object.keys(t).length === 0 ? '—' : Object.entries(t).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => `${esc(k)} ${n}`).join(', ')));
  const stanceRows = [
    ['Reporting verbs by stance', ...stance(view.verbStances)],
    ['Agency: actor named or not', ...stance(view.agency)],
  ];
  const sourceRows = view.sources.map((list, i) => [
    outletHtml(model, i),
    list.length === 0
      ? '—'
      : `<ul class="terms">${list
          .map((s) => `<li>${bdi(s.name)} ×${s.count} <span class="small">(${esc(s.kind)}${s.side ? `, ${esc(s.side)}` : ''}${s.via ? `, via ${bdi(s.via)}` : ''})</span></li>`)
          .join('')}</ul>`,
  ]);
  const subs = view.groups
    .filter((g) => g.framing!.substitutions.length > 0)
    .map((g) => `<li><a href="#${groupAnchor(model, g.group.id)}">${esc(g.group.id)}</a>: ${g.framing!.substitutions.map((s) => `${bdi(s.from)} → ${bdi(s.to)}${s.kind === 'variant' ? ' (spelling)' : ''}`).join('; ')}</li>`);
  return (
    '<p>How each outlet tells the story: flagged words and rules, counted per outlet on the same scale.</p>' +
    `<div class="charts">${charts.join('')}</div>` +
    table('Framing flags per outlet, by category', head, countRows, model.letters.map((_, i) => i + 1)) +
    table('Stances', ['', ...head.slice(1)], stanceRows) +
    table('Word choices per outlet (first occurrence linked)', head, termRows) +
    table('Sources cited', ['Outlet', 'Sources (times cited, kind, side, through whom)'], sourceRows) +
    (subs.length > 0 ? `<h3>Different words for the same fact</h3><ul>${subs.join('')}</ul>` : '')
  );
}
