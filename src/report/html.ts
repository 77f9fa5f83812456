// The HTML comparison report: one self-contained page per event (key findings and the figures
// table first, then the evidence in folding sections: articles, side-by-side claims with word
// diffs and a relation filter, coverage heat map, omissions, framing, boilerplate, full texts with
// an anchor per claim), and the index page of a corpus.
import type { ArticleResult, Comparison, CorpusAnalysis, EventGroup } from '../types.js';
import { STATUSES, buildEventModel, outletTag, statusMeaning, statusName, statusSymbol, updateSteps, type EventModel, type GroupView } from './event-model.js';
import { framingCategoryName } from './framing-view.js';
import { textPieces } from './text-pieces.js';
import { clipText } from './escape.js';
import { bdi, claimLink, claimMark, diffHtml, esc, externalLink, groupAnchor, htmlPage, letterBadge, outletHtml, quotedClaim, statusBadge, table, textAttrs } from './html-parts.js';
import { framingHtml } from './html-framing.js';
import { corpusIndex, eventShortName, notComparedNote, type CorpusIndex } from './index-page.js';
import { coverageHeatmapSvg, eventSharesSvg } from './svg.js';
import type { UnreviewedDisplay } from './review-view.js';
import { claimReviewHtml, groupReviewHtml, setAsideHtml } from './review-html.js';
import { buildKeyFindings, plural } from './key-findings.js';
import { figuresTableHtml, keyFindingsHtml } from './html-findings.js';

const SECTIONS = [
  ['findings', 'Key findings'],
  ['figures-table', 'Figures'],
  ['articles', 'Articles'],
  ['claims', 'Claims side by side'],
  ['coverage', 'Coverage matrix'],
  ['figures', 'Claims per outlet'],
  ['framing', 'Framing'],
  ['removed', 'Removed as boilerplate'],
  ['full-texts', 'Full article texts'],
] as const;

type SectionId = (typeof SECTIONS)[number][0];

/**
 * One event's report (with a review applied, `display` says what to do with what no one reviewed): the key findings and the figures table first (a reader who stops there has
 * the answer; they fill the first printed page), then the evidence, in sections that fold
 * (`<details>`): the articles, the claims side by side with a script-free relation filter, the
 * coverage matrix, the claims per outlet, framing, what was removed, and the full texts.
 */
export function renderEventHtml(comparison: Comparison, event: EventGroup | null, display: UnreviewedDisplay = 'show'): string {
  const model = buildEventModel(comparison, event, display);
  const findings = buildKeyFindings(model);
  const body = [
    header(model),
    `<nav aria-label="Sections"><ol>${SECTIONS.map(([id, name]) => `<li><a href="#${id}">${name}</a></li>`).join('')}</ol></nav>`,
    '<main id="main">',
    keyFindingsHtml(model, findings),
    figuresTableHtml(model, findings.figures),
    articlesSection(model),
    claimsSection(model),
    coverageSection(model),
    figuresSection(model),
    section('framing', framingHtml(model), false),
    setAsideHtml(model),
    removedSection(model),
    fullTextSection(model),
    '</main>',
    footer(model),
  ].join('\n');
  return htmlPage(`claimdiff: ${clipText(model.title, 90)}`, body);
}

function header(model: EventModel): string {
  const { event, comparison } = model;
  const facts = [
    event ? `Event ${esc(event.id)}` : 'One event',
    model.date ? `date ${esc(event?.dateRange ? `${event.dateRange[0]} to ${event.dateRange[1]}` : model.date)}` : 'date unknown',
    plural(comparison.articles.length, 'article'),
    plural(model.totals.claims, 'claim'),
  ];
  const lines = [`<p class="meta">${facts.join(' · ')}</p>`, `<p class="outlets">${outletsLegend(model)}</p>`];
  if (event && event.evidence.terms.length > 0) {
    lines.push(`<p class="small">Grouped on the shared terms ${event.evidence.terms.map((t) => bdi(t)).join(', ')} (link score ${esc(String(event.evidence.score))}).</p>`);
  }
  for (const [a, b] of event?.nearCopies ?? []) {
    const ia = comparison.articles.findIndex((x) => x.id === a);
    const ib = comparison.articles.findIndex((x) => x.id === b);
    if (ia >= 0 && ib >= 0) lines.push(`<p class="note">${letterBadge(model, ia)} and ${letterBadge(model, ib)} publish nearly the same text (wire copy).</p>`);
  }
  const lang = comparison.articles[0]?.language ?? 'unknown';
  // A headline keeps its own direction; a heading made of English and the event's terms reads left to right.
  const h1 = model.titleParts
    ? `<h1>${esc(model.titleParts.lead)}${model.titleParts.terms.length > 0 ? ` <bdi${textAttrs(lang)}>${esc(model.titleParts.terms.join(' · '))}</bdi>` : ''}</h1>`
    : `<h1${textAttrs(lang)}>${esc(model.title)}</h1>`;
  return `<header><p class="kicker">claimdiff coverage comparison</p>${h1}${lines.join('')}</header>`;
}

function articlesSection(model: EventModel): string {
  const origins = model.articleOrigins.length > 0;
  const rows = model.comparison.articles.map((a, i) => [
    `${letterBadge(model, i)} ${bdi(model.outlets[i])}${model.named[i] ? outletFacts(a) : ' <span class="small">(outlet unknown; file name shown)</span>'}`,
    `<div${textAttrs(a.language)}>${esc(a.title)}</div>`,
    a.date ? `${esc(a.date)}${a.dateFrom ? ` <span class="small">(${esc(a.dateFrom)})</span>` : ''}` : 'unknown',
    esc(a.language),
    String(a.claims.length),
    ...(origins ? [`<span class="small">${bdi(model.articleOrigins[i].note)}</span>`] : []),
    externalLink(a.url) || `<a href="#article-${model.letters[i]}">full text</a>`,
  ]);
  const head = ['Outlet', 'Title', 'Date', 'Language', 'Claims', ...(origins ? ['Credits and origin'] : []), 'Link'];
  return section('articles', table('The articles compared, with their letters', head, rows, [4]), true);
}

function figuresSection(model: EventModel): string {
  const t = model.totals;
  const line =
    `<p>${t.claims} claims in ${model.comparison.articles.length} articles: ${t.groups} claim groups reported by more than one outlet ` +
    `(${statusBadge('shared')} ${t.groupsBy.shared}, ${statusBadge('partial')} ${t.groupsBy.partial}, ${statusBadge('conflict')} ${t.groupsBy.conflict}) ` +
    `and ${t.claimsBy.unique} claims ${statusBadge('unique')}.</p>`;
  const rows = model.figures.map((f, i) => [
    outletHtml(model, i),
    String(f.claims),
    ...STATUSES.map((k) => String(f[k])),
  ]);
  const head = ['Outlet', 'Claims', ...STATUSES.map((k) => `${esc(statusSymbol[k])} ${esc(statusName[k])}`)];
  const legend = `<ul class="small">${STATUSES.map((k) => `<li>${statusBadge(k)}: ${esc(statusMeaning[k])}</li>`).join('')}</ul>`;
  return section('figures', line + table('Claims per outlet, by their own status: how the other outlets report them', head, rows, [1, 2, 3, 4, 5]) + legend, false);
}

function coverageSection(model: EventModel): string {
  if (model.matrix.length === 0) return section('coverage', '<p class="note">No claims to map.</p>', false);
  const origins = model.articleOrigins.length > 0;
  const chart = `<div class="chart">${coverageHeatmapSvg(model)}</div>`;
  const rows = model.matrix.map((row) => {
    const article = model.comparison.articles[row.lead.article];
    const target = row.kind === 'unique' ? `#${row.lead.anchor}` : `#${groupAnchor(model, row.id)}`;
    return [
      `<a href="${target}">${esc(row.label)}</a>`,
      statusBadge(row.status),
      `<div${textAttrs(article.language)}>${esc(clipText(row.lead.claim.text, 90))}</div>`,
      ...(origins ? [row.independence ? `<span title="${esc(model.groups.find((g) => g.group.id === row.id)?.independence?.summary ?? '')}">${row.independence.independent} of ${row.independence.outlets}</span>` : '—'] : []),
      ...row.cells.map((cell) =>
        cell.refs.length > 0
          ? cell.refs.map(claimMark).join(' ') + (cell.copied ? ` <span class="copied" title="${COPIED_TITLE}">c</span>` : '')
          : '<span aria-hidden="true">—</span><span class="vh">not reported</span>',
      ),
    ];
  });
  const head = ['Claim', 'Relation', 'Wording (first outlet)', ...(origins ? ['Independent'] : []), ...model.letters.map((l, i) => `<abbr title="${esc(model.outlets[i])}">${esc(l)}</abbr>`)];
  return section(
    'coverage',
    '<p>Which outlet reports which claim: one column per claim group, then the claims only one outlet reported. ' +
      'Each outlet\'s claim carries its own status (in a group of three, one outlet may contradict a second and agree with a third). An empty cell is an omission.' +
      (origins ? ' <em>Independent</em> counts the origins behind a group against its outlets: copies of one dispatch, and outlets crediting one agency, count once; a cell marked <span class="copied">c</span> shares its origin with another outlet\'s.' : '') +
      '</p>' +
      chart +
      table('Coverage matrix: claim groups and unique claims by outlet', head, rows),
    false,
  );
}

const COPIED_TITLE = 'same origin as another outlet in this row (one text or one agency): not independent confirmation';

/** Who stands behind a group: its independent origins, edits of one text, sources several origins quote. */
function independenceHtml(view: GroupView): string {
  const i = view.independence;
  if (!i) return '';
  const notes = [...i.edits, ...i.sharedSources];
  return `<p class="origins"><strong>Independent origins:</strong> ${bdi(i.summary)}</p>` + (notes.length > 0 ? `<ul class="small">${notes.map((n) => `<li>${bdi(n)}</li>`).join('')}</ul>` : '');
}


function groupHtml(model: EventModel, view: GroupView): string {
  const { group } = view;
  const anchor = groupAnchor(model, group.id);
  const out: string[] = [
    `<section class="group group-${group.relation}" id="${anchor}" aria-labelledby="${anchor}-h">`,
    `<h3 id="${anchor}-h">${statusBadge(group.relation)} Group ${esc(group.id)} <span class="small">score ${esc(String(group.score))}</span></h3>`,
    ...[groupReviewHtml(model, view)].filter(Boolean),
    independenceHtml(view),
  ];
  const conflicts = group.diffs.flatMap((d) => d.conflicts.map((c) => ({ d, c })));
  if (conflicts.length > 0) {
    out.push(
      `<div class="conflicts" role="note"><p class="label">Competing values</p><ul>` +
        conflicts
          .map(({ d, c }) => {
            const a = model.refs.get(d.a);
            const b = model.refs.get(d.b);
            return `<li><strong>${esc(c.kind)}</strong>: ${a ? claimLink(a) : esc(d.a)} says ${bdi(c.a || '—')}; ${b ? claimLink(b) : esc(d.b)} says ${bdi(c.b || '—')}</li>`;
          })
          .join('') +
        `</ul></div>`,
    );
  }
  const updates = group.diffs.flatMap((d) => updateSteps(model, d));
  if (updates.length > 0) {
    const items = updates.map((u) => `<li><strong>${esc(u.kind)}</strong>: ${claimLink(u.earlier.ref)} said ${bdi(u.earlier.text || '—')}; the later ${claimLink(u.later.ref)} says ${bdi(u.later.text || '—')}</li>`);
    out.push(`<div class="updates" role="note"><p class="label">Updated values (a later report raises the figure)</p><ul>${items.join('')}</ul></div>`);
  }
  out.push(`<div class="sides">${view.members.map((m) => quotedClaim(model, m)).join('')}</div>`);
  for (const d of group.diffs) {
    const a = model.refs.get(d.a);
    const b = model.refs.get(d.b);
    if (!a || !b) continue;
    const language = model.comparison.articles[a.article].language;
    out.push(
      `<p class="label">Word-level differences, ${esc(a.label)} → ${esc(b.label)} <span class="small">(struck through, marked ${esc(a.letter)}: only in ${esc(a.label)}; underlined, marked ${esc(b.letter)}: only in ${esc(b.label)})</span></p>`,
      diffHtml(d.parts, a.letter, b.letter, language),
    );
    if (d.substitutions.length > 0) {
      out.push(
        `<p class="small">Word choices: ${d.substitutions
          .map((s) => `${esc(a.label)} ${bdi(s.from, language)} → ${esc(b.label)} ${bdi(s.to, language)}${s.kind === 'variant' ? ' (spelling variant, not a difference)' : ''}`)
          .join('; ')}</p>`,
      );
    }
  }
  if (view.framing && view.framing.members.length > 0) {
    const items = view.framing.members.map((m) => {
      const ref = model.refs.get(m.claimId);
      return `<li>${ref ? claimLink(ref) : esc(m.claimId)}: ${m.flags.map((f) => `${bdi(f.text)} <span class="small">(${esc(framingCategoryName[f.category] ?? f.category)}${f.gloss ? `: ${bdi(f.gloss)}` : ''})</span>`).join(', ')}</li>`;
    });
    out.push(`<p class="label">Framing in this group</p><ul class="small">${items.join('')}</ul>`);
  }
  const ev = group.evidence;
  const why = [
    `word overlap ${esc(String(ev.stems))}`,
    `character similarity ${esc(String(ev.dice))}`,
    ...(ev.sharedEntities.length ? [`names: ${ev.sharedEntities.map((e) => bdi(e)).join(', ')}`] : []),
    ...(ev.sharedNumbers.length ? [`figures: ${ev.sharedNumbers.map((e) => bdi(e)).join(', ')}`] : []),
    ...(ev.sharedQuotes.length ? [`quotes: ${ev.sharedQuotes.map((e) => bdi(clipText(e, 60))).join(', ')}`] : []),
    ...ev.notes.map((n) => bdi(n)),
  ];
  out.push(`<p class="small">Why aligned: ${why.join('; ')}</p>`, '</section>');
  return out.join('\n');
}

/** The relations the claims section can show alone, with the radio input that shows each. */
const SHOW: ReadonlyArray<readonly [string, string]> = [
  ['all', 'all'],
  ['conflict', '! conflicting'],
  ['partial', '~ partial'],
  ['shared', '= shared'],
  ['unique', '+ only one outlet'],
];

/**
 * The claims side by side: conflicting groups, then the groups in common, then what only one outlet
 * reports. Radio inputs before the list show one relation at a time through CSS alone (no script).
 */
function claimsSection(model: EventModel): string {
  const conflicts = model.groups.filter((g) => g.group.relation === 'conflict');
  const common = model.groups.filter((g) => g.group.relation !== 'conflict');
  const count: Record<string, number> = {
    all: model.groups.length + model.totals.claimsBy.unique,
    conflict: conflicts.length,
    partial: model.totals.groupsBy.partial,
    shared: model.totals.groupsBy.shared,
    unique: model.totals.claimsBy.unique,
  };
  const inputs = SHOW.map(([id], k) => `<input type="radio" name="show" class="show" id="show-${id}"${k === 0 ? ' checked' : ''} aria-label="show ${id === 'all' ? 'all claims' : id}">`).join('');
  const bar = `<p class="show-bar" aria-hidden="true">Show: ${SHOW.map(([id, name]) => `<label for="show-${id}">${esc(name)} <span class="small">${count[id]}</span></label>`).join(' ')}</p>`;
  const conflictBlock =
    `<div id="conflicts" class="block block-conflict">` +
    (conflicts.length === 0
      ? '<p class="note">No conflicting claims: where the outlets report the same fact, their figures, dates, places and attributions agree.</p>'
      : `<p class="block-head">${plural(conflicts.length, 'claim group')} where the outlets give competing values.</p>${conflicts.map((g) => groupHtml(model, g)).join('\n')}`) +
    '</div>';
  const commonBlock =
    `<div id="groups" class="block block-common">` +
    (common.length === 0
      ? '<p class="note">No claim is reported by more than one outlet.</p>'
      : `<p class="block-head">${plural(common.length, 'claim')} reported by more than one outlet, partial matches first, each with the outlets' exact sentences side by side.</p>${common.map((g) => groupHtml(model, g)).join('\n')}`) +
    '</div>';
  return section(
    'claims',
    "<p>Each fact the outlets share, with their exact sentences, each one's own status and the words that differ; then what each outlet alone reports.</p>" +
      inputs +
      bar +
      `<div class="claim-list">${conflictBlock}\n${commonBlock}\n${uniqueBlock(model)}</div>`,
    false,
  );
}

function uniqueBlock(model: EventModel): string {
  const parts = model.unique.map((refs, i) => {
    const article = model.comparison.articles[i];
    const heading = `<h3 id="unique-${model.letters[i]}">Only in ${outletHtml(model, i)} <span class="small">(${refs.length}; the other outlets omit ${refs.length === 1 ? 'it' : 'them'})</span></h3>`;
    if (refs.length === 0) return `${heading}<p class="small">Nothing: every claim of this article is reported elsewhere too.</p>`;
    // An Arabic list runs right to left, so its numbers stand on the right.
    const items = refs.map((r) => `<li id="only-${r.label}"><blockquote${textAttrs(article.language)}>${esc(r.claim.text)}</blockquote><span class="small" dir="ltr">${claimLink(r, `${r.label} in the full text`)}</span>${claimReviewHtml(model, r)}</li>`);
    return `${heading}<ol class="claims"${textAttrs(article.language)}>${items.join('')}</ol>`;
  });
  return `<div id="unique" class="block block-unique"><p class="block-head">What each outlet reported that the others left out.</p>${parts.join('\n')}</div>`;
}

function removedSection(model: EventModel): string {
  const parts = model.comparison.articles.map((a, i) => {
    const heading = `<h3>${outletHtml(model, i)}</h3>`;
    if (a.removed.length === 0) return `${heading}<p class="small">Nothing removed.</p>`;
    return `${heading}<ul>${a.removed.map((r) => `<li><strong>${esc(r.reason)}</strong>: <span${textAttrs(a.language)}>${esc(clipText(r.text, 400))}</span></li>`).join('')}</ul>`;
  });
  return section('removed', '<p>Text set aside before the comparison (navigation, read-also blocks, tags ...). It stays marked in the full texts below.</p>' + parts.join('\n'), false);
}

function fullTextSection(model: EventModel): string {
  const articles = model.comparison.articles.map((a, i) => {
    const letter = model.letters[i];
    const pieces = textPieces(a, model.refs)
      .map((p) => {
        if (p.kind === 'text') return esc(p.text);
        if (p.kind === 'removed') {
          return `<span class="removed" title="removed as boilerplate: ${esc(p.reason)}"><span class="removed-label" dir="ltr" lang="en">[removed: ${esc(p.reason)}]</span> ${esc(p.text)}</span>`;
        }
        const { ref } = p;
        const target = ref.group ? `#${groupAnchor(model, ref.group.id)}` : `#unique-${letter}`;
        return (
          `<span class="claim" id="${ref.anchor}">` +
          `<a class="claim-no rel-${ref.status}" href="${target}" dir="ltr" lang="en" title="${esc(`${ref.label}: ${statusName[ref.status]}`)}">${esc(ref.label)}${esc(statusSymbol[ref.status])}</a>` +
          `${esc(p.text)}</span>`
        );
      })
      .join('');
    const meta: Array<[string, string]> = [
      ['Outlet', `${model.named[i] ? bdi(model.outlets[i]) : 'unknown'}${outletFacts(a)}${a.outletFrom ? ` <span class="small">(from ${esc(a.outletFrom)})</span>` : ''}`],
      ['Source', `<code>${esc(a.source)}</code>`],
      ['Date', a.date ? `${esc(a.date)}${a.dateFrom ? ` <span class="small">(from ${esc(a.dateFrom)})</span>` : ''}` : 'unknown'],
      ['Language', `${esc(a.language)}, ${esc(a.encoding)}`],
      ...(a.url ? [['Link', externalLink(a.url) || `${esc(a.url)} <span class="small">(not an http address; not linked)</span>`] as [string, string]] : []),
      ...a.warnings.map((w) => ['Warning', esc(w)] as [string, string]),
    ];
    return (
      `<article id="article-${letter}" aria-labelledby="article-${letter}-h">` +
      `<h3 id="article-${letter}-h">${outletHtml(model, i)}: <bdi${textAttrs(a.language)}>${esc(clipText(a.title, 120))}</bdi></h3>` +
      `<dl class="meta-list">${meta.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>` +
      `<div class="fulltext"${textAttrs(a.language)}>${pieces}</div>` +
      `</article>`
    );
  });
  return section('full-texts', '<p>Each claim is marked with its label and status and links to its group; the quotes above link here.</p>' + articles.join('\n'), false);
}

function footer(model: EventModel): string {
  const o = model.comparison.options;
  return (
    `<footer><p>Made by claimdiff from ${plural(model.comparison.articles.length, 'article')} (${model.comparison.articles.map((_, i) => bdi(outletTag(model, i))).join(', ')}). ` +
    `Data contract ${esc(model.comparison.schema)}; claims align at similarity ≥ ${esc(String(o.alignThreshold))} and count as shared at ≥ ${esc(String(o.sharedThreshold))}. ` +
    `Matches are computed, not checked by an editor: read the sentences before citing a difference.</p></footer>`
  );
}

/** A section of evidence that folds: open at first when `open`, else one click away (links into it open it in current browsers). */
function section(id: SectionId, content: string, open: boolean): string {
  const name = SECTIONS.find(([s]) => s === id)![1];
  return `<section id="${id}" class="fold" aria-labelledby="${id}-h"><details${open ? ' open' : ''}><summary><h2 id="${id}-h">${name}</h2></summary>\n${content}\n</details></section>`;
}

/** ` (United States, Fox Corporation, lean: right)`: what the outlet tables know about an outlet. */
function outletFacts(article: ArticleResult): string {
  const info = article.outletInfo;
  const facts = info ? [info.country, info.owner, info.lean ? `lean: ${info.lean}` : null].filter((f): f is string => Boolean(f)) : [];
  return facts.length > 0 ? ` <span class="small">(${facts.map((f) => bdi(f)).join(', ')})</span>` : '';
}

/** The letters with their outlets, each outlet once (an unknown one by its file name, shortened). */
function outletsLegend(model: EventModel): string {
  return model.comparison.articles
    .map((a, i) => `<span class="nowrap">${letterBadge(model, i)} ${bdi(model.outlets[i])}${model.named[i] ? '' : ' <span class="small">(outlet unknown)</span>'}</span>`)
    .join(' ');
}

/** The events a selection did not compare, listed without a report (id, date, articles, outlets, label). */
function notComparedHtml(index: CorpusIndex): string[] {
  const left = index.notCompared;
  if (left.length === 0) return [];
  const rows = left.map((e) => [
    `<span class="nowrap">${esc(eventShortName(e))}</span>`,
    `<div dir="auto">${esc(clipText(e.label, 140))}</div>`,
    e.outlets.map((o) => bdi(o)).join(', ') || '<span class="small">unknown</span>',
    String(e.articles.length),
  ]);
  return [
    `<section id="not-compared" aria-labelledby="not-compared-h"><details><summary><h2 id="not-compared-h">Events not compared (${left.length.toLocaleString('en-US')})</h2></summary>`,
    `<p>${esc(notComparedNote(index) ?? '')} Compare one with <code>claimdiff compare --event ID</code>, or all with <code>--min-outlets 1</code>.</p>`,
    table('Events without a report: covered by fewer outlets than asked', ['Event', 'Label', 'Outlets', 'Articles'], rows, [3]),
    '</details></section>',
  ];
}

/** The corpus index: every event with its outlets, figures and a link to its report. */
export function renderIndexHtml(analysis: CorpusAnalysis, files: string[]): string {
  return renderIndexPageHtml(corpusIndex(analysis, files));
}

/** The index page of a corpus index (the report command builds it event by event). */
export function renderIndexPageHtml(index: CorpusIndex): string {
  const { rows } = index;
  const articles = rows.reduce((n, r) => n + r.articles, 0);
  const chart = eventSharesSvg(rows.map((r) => ({ label: eventShortName(r.event), shares: r.shares })));
  const tableRows = rows.map((r) => {
    const lang = r.language;
    return [
      `<span class="nowrap">${r.file ? `<a href="${esc(encodeURI(r.file))}">${esc(eventShortName(r.event))}</a>` : esc(eventShortName(r.event))}</span>`,
      `<div${textAttrs(lang)}>${esc(clipText(r.event.label, 140))}</div>`,
      r.outlets.map((o) => bdi(o)).join(', '),
      String(r.articles),
      String(r.claims),
      String(r.counts.shared),
      String(r.counts.partial),
      String(r.counts.conflict),
      String(r.counts.unique),
    ];
  });
  const head = ['Event', 'Label', 'Outlets', 'Articles', 'Claims', '= shared', '~ partial', '! conflicting', '+ only one outlet'];
  const body = [
    `<header><p class="kicker">claimdiff coverage comparison</p><h1>Events in this corpus</h1>`,
    `<p class="meta">${plural(articles, 'article')} compared in ${plural(rows.length, 'event')}${index.notCompared.length ? `; ${index.notCompared.length.toLocaleString('en-US')} more events listed without a report` : ''}</p></header>`,
    '<main id="main">',
    `<section id="shares" aria-labelledby="shares-h"><h2 id="shares-h">How much of each event the outlets share</h2>`,
    `<p>Each bar splits an event's claims into those reported alike by several outlets, partly alike, in conflict, and by one outlet only. A single-article event has only unique claims.</p>`,
    `<div class="chart">${chart}</div></section>`,
    `<section id="events" aria-labelledby="events-h"><h2 id="events-h">Events</h2>`,
    table('Events, their outlets and claim groups (groups by relation; unique counts claims)', head, tableRows, [3, 4, 5, 6, 7, 8]),
    '</section>',
    ...notComparedHtml(index),
    '</main>',
    '<footer><p>Made by claimdiff. Each event links to its report: the key findings, the figures, the claims side by side, omissions and framing.</p></footer>',
  ].join('\n');
  return htmlPage('claimdiff: events', body);
}
