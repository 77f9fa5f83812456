// The Markdown report's first sections: the key findings (linked to the evidence below) and the
// event's figures table (conflicts, updates and absences first). Every untrusted string is escaped.
import type { EventModel } from './event-model.js';
import { clipText, escapeMarkdown as md } from './escape.js';
import { figureAmount, figureMeaning, figureSymbol, FIGURE_ORDER, inertLine, type FigureRow } from './figures-view.js';
import { contrastName, contrastWords, ONE_ORIGIN_SHOWN, originsWords, plural, type KeyFindings, type OnlyPart } from './key-findings.js';
import { claimLink, fullTextSlug, item, tableMd } from './markdown-parts.js';
import { reviewSummaryMd } from './review-markdown.js';

/** GitHub's anchor of a Markdown heading: lower case, punctuation dropped, spaces as dashes. */
export function headingSlug(heading: string): string {
  return `#${heading.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').trim().replace(/\s/g, '-')}`;
}

/** `**A** Al Arabiya`, or `**A**` alone when the outlet is unknown (its file name is in the list of articles). */
export function whoMd(model: EventModel, article: number): string {
  return model.named[article] ? `**${md(model.letters[article])}** ${md(model.outlets[article])}` : `**${md(model.letters[article])}**`;
}

/** The heading of a claim group in the Markdown report, for links to it. */
export function groupHeadingMd(groupId: string): string {
  return `group ${groupId}`;
}

/** The key findings section; `only` narrows it to one part. */
export function keyFindingsMd(model: EventModel, findings: KeyFindings, only: OnlyPart | null = null): string[] {
  const t = model.totals;
  const out = ['## Key findings', ''];
  out.push(
    `${plural(findings.inCommon, 'claim group')} reported by more than one outlet (${t.groupsBy.shared} shared, ${t.groupsBy.partial} partial, ${t.groupsBy.conflict} conflicting); ${plural(t.claimsBy.unique, 'claim')} only one outlet reports.`,
    '',
  );
  // How much a reviewer checked, when a review was applied: the findings are the engine's until then.
  out.push(...reviewSummaryMd(model));
  if (!only && findings.origins && findings.origins.groups > 0) {
    const o = findings.origins;
    const words = originsWords(o);
    const named = o.oneOrigin.slice(0, ONE_ORIGIN_SHOWN).map(({ group, label }) => `[${md(group.group.id)}](${headingSlug(groupHeadingMd(group.group.id))}) ${md(label)}`);
    const more = o.oneOrigin.length - named.length;
    out.push(`**Independent origins:** ${md(words.confirmed)}${words.oneOrigin ? `; ${md(words.oneOrigin)}${named.length > 0 ? `: ${named.join('; ')}${more > 0 ? `; ${more} more` : ''}` : ''}` : ''}.${words.sharedSource ? ` ${md(words.sharedSource.replace(/^in/, 'In'))}.` : ''}`, '');
  }
  if (!only || only === 'conflicts') {
    if (findings.conflicts.length === 0) out.push('**Conflicts:** none. Where the outlets report the same fact, their figures, dates, places and attributions agree.', '');
    else {
      out.push(`**Conflicts (${findings.conflicts.length}):**`, '');
      for (const c of findings.conflicts) {
        const sides = c.sides.map((s) => `${whoMd(model, s.article)} ${md(s.value)}${s.source ? ` (${md(s.source)})` : ''}${s.ref ? ` ${claimLink(s.ref)}` : ''}`);
        const target = c.from === 'figures' ? headingSlug('Figures') : headingSlug(`${groupHeadingMd(c.id)}`);
        out.push(item(`[${md(c.id)}](${target}) ${md(c.what)}: ${sides.join(' · ')}`));
      }
      out.push('');
    }
  }
  if ((!only || only === 'conflicts' || only === 'figures') && findings.figureAlerts.length > 0) {
    out.push(`**Figures to check:** ${findings.figureAlerts.map((r) => `${md(figureSymbol[r.entry.relation])} ${md(r.entry.id)} ${md(r.label)} ${r.entry.relation}`).join(', ')} ([table](${headingSlug('Figures')})).`, '');
  }
  if (!only || only === 'omissions') {
    out.push('**Only one outlet reports:**', '');
    for (const o of findings.only) {
      if (o.repeats !== null) {
        out.push(item(`${whoMd(model, o.article)}: the same text as ${whoMd(model, o.repeats)}, filed again`));
        continue;
      }
      if (o.total === 0) {
        out.push(item(`${whoMd(model, o.article)}: nothing the others leave out`));
        continue;
      }
      const more = o.total - o.top.length;
      out.push(item(`${whoMd(model, o.article)}: ${plural(o.total, 'claim')}${more > 0 ? ` ([all](${headingSlug(`Only in ${model.letters[o.article]}`)}))` : ''}`));
      for (const r of o.top) out.push(`  ${item(`${claimLink(r)} ${md(clipText(r.claim.text, 200))}`)}`);
    }
    out.push('');
  }
  if (!only || only === 'framing') {
    if (findings.contrasts.length === 0) out.push('**Framing of the same fact:** no contrast in names for the dead, actors, labels, stance or scare quotes.', '');
    else {
      out.push('**Framing of the same fact:**', '');
      for (const c of findings.contrasts) {
        const sides = c.sides.map((s) => {
          const words = contrastWords(s);
          return `${whoMd(model, s.article)} ${words.length > 0 ? md(words.join(', ')) : 'none'}${s.ref ? ` ${claimLink(s.ref)}` : ''}`;
        });
        out.push(item(`${md(contrastName[c.kind])} ([${md(c.group.group.id)}](${headingSlug(groupHeadingMd(c.group.group.id))})): ${sides.join(' · ')}`));
      }
      out.push('');
    }
    if (findings.citations.length > 0) {
      out.push('**Whom each outlet cites:**', '');
      for (const c of findings.citations) {
        const items = c.top.map((s) => `${md(s.name)} ×${s.count} (${md([s.kind, s.side, s.via ? `via ${inertLine(s.via)}` : null].filter(Boolean).join(', '))})`);
        const more = c.total - c.top.length;
        out.push(item(`${whoMd(model, c.article)}: ${items.length > 0 ? items.join('; ') : 'no source named'}${more > 0 ? `; ${more} more` : ''}`));
      }
      out.push('');
    }
  }
  return out;
}

/** The event's figures table: one row per quantity and scope, one column per outlet, the compared value in bold. */
export function figuresMd(model: EventModel, rows: readonly FigureRow[]): string[] {
  const out = ['## Figures', ''];
  if (!rows.some((r) => r.entry.relation !== 'single')) {
    out.push('No two outlets give a figure for the same quantity.', '');
    return out;
  }
  const cellMd = (row: FigureRow, i: number) => {
    const cell = row.cells[i];
    if (!cell) return '—';
    const compared = cell.compared ? `**${md(figureAmount(cell.compared))}**${cell.compared.source ? ` (${md(cell.compared.source)})` : ''} [${md(model.refs.get(cell.compared.claim)?.label ?? '')}](${fullTextSlug(model.letters[i])})` : '';
    const others = cell.others.map((v) => md(figureAmount(v)));
    return [compared, ...(others.length > 0 ? [`also ${others.join(', ')}`] : [])].filter(Boolean).join('; ');
  };
  out.push(
    tableMd(
      ['Figure', 'Verdict', ...model.letters.map((l, i) => whoMd(model, i))],
      rows.map((r) => [`${md(r.entry.id)} ${md(r.label)}`, `${md(figureSymbol[r.entry.relation])} ${r.entry.relation}: ${md(inertLine(r.entry.reason))}`, ...model.letters.map((_, i) => cellMd(r, i))]),
    ),
    '',
    `In bold the figure each outlet's verdict weighs (its own latest); "also" lists its other figures for the same thing. ${FIGURE_ORDER.map((k) => `${md(figureSymbol[k])} ${k}: ${figureMeaning[k]}`).join('; ')}.`,
    '',
  );
  return out;
}
