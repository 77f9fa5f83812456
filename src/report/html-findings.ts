// The HTML report's first sections: the key findings (each linked to its evidence below) and the
// event's figures table right after them (conflicts, updates and absences first). Every untrusted
// string passes escapeHtml.
import type { EventModel } from './event-model.js';
import { clipText } from './escape.js';
import { figureAmount, figureMeaning, figureSymbol, FIGURE_ORDER, inertLine, type FigureRow } from './figures-view.js';
import { contrastFlags, contrastName, ONE_ORIGIN_SHOWN, originsWords, plural, type KeyFindings } from './key-findings.js';
import { bdi, bdiMixed, claimLink, esc, groupAnchor, letterBadge, outletHtml, textAttrs } from './html-parts.js';
import { reviewSummaryHtml } from './review-html.js';

/** Longest claim quoted in the findings: one or two lines, the rest is a link away. */
const QUOTE_MAX = 72;

/** The HTML id of a figure entry's row in the figures table (from its position: entry ids are data). */
export function figureAnchor(rows: readonly FigureRow[], id: string): string {
  const i = rows.findIndex((r) => r.entry.id === id);
  return i >= 0 ? `figure-${i + 1}` : 'figures';
}

/** In the findings an outlet is its letter: the names stand once, in the header. */
function who(model: EventModel, article: number): string {
  return letterBadge(model, article);
}

/** Where a claim is shown among the evidence: its group, or its place in the list of what only its outlet reports. */
function evidenceHref(model: EventModel, ref: { group: { id: string } | null; label: string }): string {
  return ref.group ? `#${groupAnchor(model, ref.group.id)}` : `#only-${ref.label}`;
}

function conflictsHtml(model: EventModel, findings: KeyFindings): string {
  if (findings.conflicts.length === 0) {
    return '<div class="finding"><h3>Conflicts: none <span class="small">where the outlets report the same fact, their figures, dates, places and attributions agree</span></h3></div>';
  }
  const items = findings.conflicts.map((c) => {
    const href = c.from === 'figures' ? `#${figureAnchor(findings.figures, c.id)}` : `#${groupAnchor(model, c.id)}`;
    const sides = c.sides.map(
      (s) => `<span class="side-value">${who(model, s.article)} <strong${s.ref ? textAttrs(model.comparison.articles[s.ref.article].language) : ''}>${esc(s.value)}</strong>${s.source ? ` <span class="small">(${bdi(s.source)})</span>` : ''}${s.ref ? ` <a class="small" href="${evidenceHref(model, s.ref)}">${esc(s.ref.label)}</a>` : ''}</span>`,
    );
    return `<li><a href="${href}">${esc(c.id)}</a> <strong>${bdi(c.what)}</strong>: ${sides.join(' · ')}</li>`;
  });
  return `<div class="finding finding-conflict"><h3><span class="rel rel-conflict">! ${findings.conflicts.length}</span> Conflicts</h3><ul>${items.join('')}</ul></div>`;
}

function figureAlertsHtml(findings: KeyFindings): string {
  if (findings.figureAlerts.length === 0) return '';
  const items = findings.figureAlerts.map(
    (r, k) => `<a href="#${figureAnchor(findings.figures, r.entry.id)}">${esc(figureSymbol[r.entry.relation])} ${esc(r.entry.id)}</a> ${bdi(r.label)} <span class="small">${esc(r.entry.relation)}</span>${k < findings.figureAlerts.length - 1 ? ', ' : ''}`,
  );
  return `<p class="finding-line"><strong>Figures to check:</strong> ${items.join('')} <span class="small">(table below)</span></p>`;
}

function onlyHtml(model: EventModel, findings: KeyFindings): string {
  const blocks = findings.only.map((o) => {
    const article = model.comparison.articles[o.article];
    if (o.repeats !== null) return `<h4>${who(model, o.article)} <span class="small">the same text as ${who(model, o.repeats)}, filed again</span></h4>`;
    const head = `<h4>${who(model, o.article)} <span class="small">${o.total === 0 ? 'nothing the others leave out' : `${plural(o.total, 'claim')} the others leave out${o.total > o.top.length ? ` · <a href="#unique-${model.letters[o.article]}">all</a>` : ''}`}</span></h4>`;
    if (o.top.length === 0) return head;
    const items = o.top.map((r) => `<li><a class="claim-ref" href="#only-${r.label}">${esc(r.label)}</a> ${esc(clipText(inertLine(r.claim.text), QUOTE_MAX))}</li>`);
    return `${head}<ul class="quotes"${textAttrs(article.language)}>${items.join('')}</ul>`;
  });
  return `<div class="finding"><h3><span class="rel rel-unique">+</span> Only one outlet reports</h3>${blocks.join('')}</div>`;
}

function contrastsHtml(model: EventModel, findings: KeyFindings): string {
  if (findings.contrasts.length === 0) {
    return '<div class="finding"><h3>Framing of the same fact</h3><p class="small">No contrast in names for the dead, who is named as the actor, labels, reporting stance or scare quotes.</p></div>';
  }
  const items = findings.contrasts.map((c) => {
    const sides = c.sides.map((s) => {
      const words = contrastFlags(s).map((f) => `${bdi(f.text)}${f.value ? ` <span class="small">(${esc(f.value)})</span>` : ''}`);
      return `<span class="side-value">${who(model, s.article)} ${words.length > 0 ? words.join(', ') : '<span class="small">none</span>'}</span>`;
    });
    return `<li><a href="#${groupAnchor(model, c.group.group.id)}">${esc(c.group.group.id)}</a> <strong>${esc(contrastName[c.kind])}</strong>: ${sides.join(' · ')}</li>`;
  });
  return `<div class="finding"><h3>Framing of the same fact</h3><ul>${items.join('')}</ul></div>`;
}

function citationsHtml(model: EventModel, findings: KeyFindings): string {
  if (findings.citations.length === 0) return '';
  const items = findings.citations.map((c) => {
    const list = c.top.map((s) => `${bdi(s.name)} ×${s.count}${s.via ? ` <span class="small">via ${bdi(s.via)}</span>` : ''}`).join(', ');
    const more = c.total - c.top.length;
    return `<li>${who(model, c.article)}: ${list || '<span class="small">no source named</span>'}${more > 0 ? ` <span class="small">+${more} more</span>` : ''}</li>`;
  });
  return `<div class="finding"><h3>Whom each outlet cites</h3><ul>${items.join('')}</ul></div>`;
}

/** How many independent origins stand behind the shared facts; those resting on one origin linked to their group. */
function originsHtml(model: EventModel, findings: KeyFindings): string {
  const o = findings.origins;
  if (!o || o.groups === 0) return '';
  const words = originsWords(o);
  const named = o.oneOrigin.slice(0, ONE_ORIGIN_SHOWN).map(({ group, label }) => `<a href="#${groupAnchor(model, group.group.id)}">${esc(group.group.id)}</a> ${bdi(label)}`);
  const more = o.oneOrigin.length - named.length;
  return (
    `<p class="finding-line"><strong>Independent origins:</strong> ${esc(words.confirmed)}` +
    (words.oneOrigin ? `; ${esc(words.oneOrigin)}${named.length > 0 ? `: ${named.join('; ')}${more > 0 ? `; ${more} more` : ''}` : ''}` : '') +
    `.${words.sharedSource ? ` <span class="small">${esc(words.sharedSource.replace(/^in/, 'In'))}.</span>` : ''}</p>`
  );
}

/** The key findings section: what a reader who reads nothing else needs; everything below is evidence. */
export function keyFindingsHtml(model: EventModel, findings: KeyFindings): string {
  const t = model.totals;
  const lede =
    `<p class="lede">${plural(findings.inCommon, 'claim group')} reported by more than one outlet ` +
    `(${t.groupsBy.shared} shared, ${t.groupsBy.partial} partial, ${t.groupsBy.conflict} conflicting); ${plural(t.claimsBy.unique, 'claim')} only one outlet reports.</p>` +
    originsHtml(model, findings) +
    // How much a reviewer checked, when a review was applied: the findings are the engine's until then.
    reviewSummaryHtml(model);
  return (
    `<section id="findings" class="findings" aria-labelledby="findings-h"><h2 id="findings-h">Key findings</h2>${lede}` +
    `<div class="findings-grid"><div>${conflictsHtml(model, findings)}${figureAlertsHtml(findings)}${onlyHtml(model, findings)}</div>` +
    `<div>${contrastsHtml(model, findings)}${citationsHtml(model, findings)}</div></div></section>`
  );
}

/** The figures table: one row per quantity and scope, one column per outlet, the compared value in bold. */
export function figuresTableHtml(model: EventModel, rows: readonly FigureRow[]): string {
  const head = `<h2 id="figures-table-h">Figures</h2>`;
  if (!rows.some((r) => r.entry.relation !== 'single')) {
    return `<section id="figures-table" aria-labelledby="figures-table-h">${head}<p class="note">No two outlets give a figure for the same quantity.</p></section>`;
  }
  const cell = (row: FigureRow, i: number) => {
    const c = row.cells[i];
    if (!c) return '<span aria-hidden="true">—</span><span class="vh">no figure</span>';
    const language = model.comparison.articles[i].language;
    const parts: string[] = [];
    if (c.compared) {
      const ref = model.refs.get(c.compared.claim);
      parts.push(
        `<strong title="the figure the verdict weighs">${esc(figureAmount(c.compared))}</strong>` +
          (c.compared.source ? ` <span class="small">(${bdi(c.compared.source)})</span>` : '') +
          (ref ? ` ${claimLink(ref)}` : '') +
          `<details class="figure-words"><summary>words</summary><blockquote${textAttrs(language)}>${esc(inertLine(c.compared.sentence))}</blockquote>` +
          `<p class="small">${c.compared.reported ? `reported ${esc(c.compared.reported)}` : 'report time unknown'}${c.compared.stage ? ` · ${esc(c.compared.stage)}` : ''}${c.compared.note ? ` · ${bdi(c.compared.note)}` : ''}</p></details>`,
      );
    }
    if (c.others.length > 0) parts.push(`<span class="small">also ${c.others.map((v) => esc(figureAmount(v))).join(', ')}</span>`);
    return parts.join('<br>');
  };
  const body = rows
    .map((r, k) => {
      const cells = model.letters.map((_, i) => `<td data-label="${esc(model.letters[i])}">${cell(r, i)}</td>`).join('');
      return (
        `<tr id="figure-${k + 1}" class="figure-${r.entry.relation}"><th scope="row">${esc(r.entry.id)} ${bdi(r.label)}</th>` +
        `<td data-label="Verdict"><span class="rel rel-${verdictClass(r)}">${esc(figureSymbol[r.entry.relation])} ${esc(r.entry.relation)}</span> <span class="small">${bdiMixed(inertLine(r.entry.reason))}</span></td>${cells}</tr>`
      );
    })
    .join('');
  const headCells = ['Figure', 'Verdict', ...model.letters.map((_, i) => outletHtml(model, i))].map((h, i) => `<th scope="col">${i < 2 ? esc(h) : h}</th>`).join('');
  const legend = `<p class="small">In bold the figure each outlet's verdict weighs (its own latest); "also" lists its other figures for the same thing; "words" opens the sentence, its source and when it was reported. ${FIGURE_ORDER.map((k) => `${esc(figureSymbol[k])} ${esc(k)}: ${esc(figureMeaning[k])}`).join('; ')}.</p>`;
  return (
    `<section id="figures-table" aria-labelledby="figures-table-h">${head}` +
    `<div class="table-wrap"><table class="figures"><caption>The event's figures side by side, conflicts, updates and absences first</caption><thead><tr>${headCells}</tr></thead><tbody>${body}</tbody></table></div>${legend}</section>`
  );
}

/** The badge colour of a figure verdict, from the claim statuses' palette. */
function verdictClass(row: FigureRow): string {
  switch (row.entry.relation) {
    case 'conflict':
      return 'conflict';
    case 'updated':
    case 'absence':
    case 'compatible':
      return 'partial';
    case 'agree':
      return 'shared';
    default:
      return 'unique';
  }
}
