// The Markdown comparison report, for GitHub and other CommonMark viewers: the same sections as
// the HTML report without raw HTML; every untrusted string is escaped so it renders as written.
import type { ArticleResult, Comparison, CorpusAnalysis, EventGroup } from '../types.js';
import { STATUSES, buildEventModel, statusMeaning, statusSymbol, updateSteps, type EventModel, type GroupView } from './event-model.js';
import { clipText, escapeMarkdown as md, escapeMarkdownInline, guardLineStart, safeUrl } from './escape.js';
import { badge, claimLink, claimMarkMd, fullTextSlug, item, memberStatusMd, outletCell, tableMd } from './markdown-parts.js';
import { framingMd } from './markdown-framing.js';
import { framingCategoryName } from './framing-view.js';
import { textPieces } from './text-pieces.js';
import { buildKeyFindings, plural, type OnlyPart } from './key-findings.js';
import { figuresMd, groupHeadingMd, keyFindingsMd, whoMd } from './markdown-findings.js';
import { corpusIndex, eventShortName, notComparedNote, type CorpusIndex } from './index-page.js';
import type { UnreviewedDisplay } from './review-view.js';
import { claimReviewMd, groupReviewMd, setAsideMd } from './review-markdown.js';

/** Display options of the Markdown report. */
export interface MarkdownOptions {
  /** Only this part after the key findings: conflicts, figures, omissions or framing (`--only`). */
  only?: OnlyPart | null;
  /** With a review applied: show, mark ("not yet reviewed") or hide what no one reviewed (`--unreviewed`). */
  unreviewed?: UnreviewedDisplay;
}

export function renderEventMarkdown(comparison: Comparison, event: EventGroup | null, options: MarkdownOptions = {}): string {
  const model = buildEventModel(comparison, event, options.unreviewed ?? 'show');
  const findings = buildKeyFindings(model);
  const only = options.only ?? null;
  const out: string[] = [];
  out.push(`# ${md(model.title)}`, '');
  const facts = [
    event ? `Event ${event.id}` : 'One event',
    model.date ? `date ${event?.dateRange ? `${event.dateRange[0]} to ${event.dateRange[1]}` : model.date}` : 'date unknown',
    plural(comparison.articles.length, 'article'),
    plural(model.totals.claims, 'claim'),
    ...(only ? [`only ${only}`] : []),
  ];
  out.push(`*claimdiff coverage comparison* · ${md(facts.join(' · '))}`, '');
  out.push(`Outlets: ${comparison.articles.map((a, i) => `**${md(model.letters[i])}** ${md(model.outlets[i])}${model.named[i] ? '' : ' (outlet unknown; file name shown)'}`).join(' · ')}`, '');
  if (event && event.evidence.terms.length > 0) {
    out.push(`Grouped on the shared terms ${event.evidence.terms.map((t) => md(t)).join(', ')} (link score ${md(String(event.evidence.score))}).`, '');
  }
  for (const [a, b] of event?.nearCopies ?? []) {
    const ia = comparison.articles.findIndex((x) => x.id === a);
    const ib = comparison.articles.findIndex((x) => x.id === b);
    if (ia >= 0 && ib >= 0) out.push(`> **Note:** ${md(model.letters[ia])} and ${md(model.letters[ib])} publish nearly the same text (wire copy).`, '');
  }

  out.push(...keyFindingsMd(model, findings, only));
  if (!only || only === 'figures') out.push(...figuresMd(model, findings.figures));
  if (only === 'conflicts') out.push(...figuresMd(model, findings.figures.filter((r) => r.entry.relation === 'conflict')));
  if (!only) out.push(...articlesMd(model), ...summaryMd(model), ...coverageMd(model));
  if (!only || only === 'conflicts') out.push(...conflictsMd(model));
  if (!only) out.push(...commonMd(model));
  if (!only || only === 'omissions') out.push(...uniqueMd(model));
  if (!only || only === 'framing') out.push(...framingMd(model));
  // What the reviewer set aside, with the engine's verdict (empty without a review).
  if (!only) out.push(...setAsideMd(model));
  if (!only) {
    out.push('## Removed as boilerplate', '', 'Text set aside before the comparison; it stays marked in the full texts below.', '');
    comparison.articles.forEach((a, i) => {
      out.push(`### Removed from ${md(model.letters[i])}`, '');
      if (a.removed.length === 0) out.push('Nothing removed.', '');
      else {
        // One line per removal, appended one by one: a hostile text can hold hundreds of thousands.
        for (const r of a.removed) out.push(`- **${md(r.reason)}**: ${md(clipText(r.text, 400))}`);
        out.push('');
      }
    });
    out.push('## Full article texts', '', 'Each claim starts with its label and status in brackets; the quotes above link here.', '');
    comparison.articles.forEach((a, i) => out.push(...fullTextMd(model, a, i)));
  }

  const o = comparison.options;
  out.push(
    '---',
    '',
    `Made by claimdiff. Data contract ${md(comparison.schema)}; claims align at similarity ≥ ${o.alignThreshold} and count as shared at ≥ ${o.sharedThreshold}. ` +
      'Matches are computed, not checked by an editor: read the sentences before citing a difference.',
  );
  let text = `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
  // Without the full texts, claim labels stay plain text instead of links to nowhere.
  if (only) text = text.replace(/\[([A-Z]+\d+[^\]]*)\]\(#full-text-of-article-[a-z]+\)/g, '$1');
  return text;
}

function articlesMd(model: EventModel): string[] {
  const { comparison } = model;
  const origins = model.articleOrigins.length > 0;
  return [
    '## Articles',
    '',
    tableMd(
      ['Outlet', 'Title', 'Date', 'Language', 'Claims', ...(origins ? ['Credits and origin'] : []), 'Link'],
      comparison.articles.map((a, i) => [
        model.named[i] ? outletCell(model, i) + outletFacts(a) : `${outletCell(model, i)} ${md(model.outlets[i])} (outlet unknown; file name shown)`,
        md(a.title),
        a.date ? md(`${a.date}${a.dateFrom ? ` (${a.dateFrom})` : ''}`) : 'unknown',
        md(a.language),
        String(a.claims.length),
        ...(origins ? [md(model.articleOrigins[i].note)] : []),
        urlMd(a.url) || `[full text](${fullTextSlug(model.letters[i])})`,
      ]),
      [4],
    ),
    '',
  ];
}

/** `(United States, Fox Corporation, lean: right)`: what the outlet tables know about an outlet. */
function outletFacts(article: ArticleResult): string {
  const info = article.outletInfo;
  const facts = info ? [info.country, info.owner, info.lean ? `lean: ${info.lean}` : null].filter(Boolean) : [];
  return facts.length > 0 ? ` (${md(facts.join(', '))})` : '';
}

function summaryMd(model: EventModel): string[] {
  const t = model.totals;
  return [
    '## Summary in figures',
    '',
    `${t.claims} claims in ${model.comparison.articles.length} articles: ${t.groups} claim groups reported by more than one outlet ` +
      `(${badge('shared')} ${t.groupsBy.shared}, ${badge('partial')} ${t.groupsBy.partial}, ${badge('conflict')} ${t.groupsBy.conflict}) and ${t.claimsBy.unique} claims ${badge('unique')}.`,
    '',
    'Claims per outlet, by their own status: how the other outlets report them.',
    '',
    tableMd(
      ['Outlet', 'Claims', ...STATUSES.map(badge)],
      model.figures.map((f, i) => [outletCell(model, i), String(f.claims), ...STATUSES.map((k) => String(f[k]))]),
      [1, 2, 3, 4, 5],
    ),
    '',
    ...STATUSES.map((k) => item(`${badge(k)}: ${md(statusMeaning[k])}`)),
    '',
  ];
}

function coverageMd(model: EventModel): string[] {
  const out = ['## Coverage matrix', ''];
  if (model.matrix.length === 0) return [...out, 'No claims to map.', ''];
  const origins = model.articleOrigins.length > 0;
  out.push(
    'Which outlet reports which claim: one row per claim group, then the claims only one outlet reported. ' +
      "Each outlet's claim carries its own status (in a group of three, one outlet may contradict a second and agree with a third). A dash is an omission." +
      (origins
        ? " *Independent* counts the origins behind a group against its outlets: copies of one dispatch, and outlets crediting one agency, count once; `(c)` marks a cell whose origin another outlet in the row shares."
        : ''),
    '',
    tableMd(
      ['Claim', 'Relation', 'Wording (first outlet)', ...(origins ? ['Independent'] : []), ...model.letters.map((l) => md(l))],
      model.matrix.map((row) => [
        md(row.label),
        badge(row.status),
        md(clipText(row.lead.claim.text, 80)),
        ...(origins ? [row.independence ? `${row.independence.independent} of ${row.independence.outlets}` : '—'] : []),
        ...row.cells.map((cell) => (cell.refs.length > 0 ? cell.refs.map(claimMarkMd).join(' ') + (cell.copied ? ' (c)' : '') : '—')),
      ]),
    ),
    '',
  );
  return out;
}

function conflictsMd(model: EventModel): string[] {
  const conflicts = model.groups.filter((g) => g.group.relation === 'conflict');
  const out = ['## Conflicts', ''];
  if (conflicts.length === 0) return [...out, 'No conflicting claims: where the outlets report the same fact, their figures, dates, places and attributions agree.', ''];
  out.push(`${plural(conflicts.length, 'claim group')} where the outlets give competing values.`, '');
  for (const g of conflicts) out.push(...groupMd(model, g));
  return out;
}

function commonMd(model: EventModel): string[] {
  const common = model.groups.filter((g) => g.group.relation !== 'conflict');
  const out = ['## Claims in common', ''];
  if (common.length === 0) return [...out, 'No claim is reported by more than one outlet.', ''];
  out.push(`${plural(common.length, 'claim')} reported by more than one outlet, partial matches first, with each outlet's exact sentence.`, '');
  for (const g of common) out.push(...groupMd(model, g));
  return out;
}

function uniqueMd(model: EventModel): string[] {
  const out = ['## Reported by one outlet only', '', 'What each outlet reported that the others left out.', ''];
  model.unique.forEach((refs, i) => {
    out.push(`### Only in ${md(model.letters[i])}`, '', `${whoMd(model, i)}: ${plural(refs.length, 'claim')} the other outlets omit.`, '');
    if (refs.length === 0) out.push('Nothing: every claim of this article is reported elsewhere too.', '');
    for (const r of refs) out.push(item(`${claimLink(r)} ${md(r.claim.text)}${claimReviewMd(model, r)}`));
    if (refs.length > 0) out.push('');
  });
  return out;
}

function urlMd(url: string | null): string {
  const safe = safeUrl(url);
  return safe ? `<${safe}>` : '';
}

function groupMd(model: EventModel, view: GroupView): string[] {
  const { group } = view;
  const out: string[] = [`### ${md(groupHeadingMd(group.id))}`, '', `${badge(group.relation)} · score ${group.score}`, ''];
  out.push(...groupReviewMd(model, view));
  const independence = view.independence;
  if (independence) {
    out.push(`**Independent origins:** ${md(independence.summary)}`, '');
    const notes = [...independence.edits, ...independence.sharedSources];
    if (notes.length > 0) out.push(...notes.map((n) => item(md(n))), '');
  }
  const head = out.length;
  for (const d of group.diffs) {
    const a = model.refs.get(d.a);
    const b = model.refs.get(d.b);
    for (const c of d.conflicts) {
      out.push(`- **Competing ${md(c.kind)}**: ${a ? claimLink(a) : md(d.a)} says ${md(c.a || '—')}; ${b ? claimLink(b) : md(d.b)} says ${md(c.b || '—')}`);
    }
    for (const u of updateSteps(model, d)) {
      out.push(`- **Updated ${md(u.kind)}**: ${claimLink(u.earlier.ref)} said ${md(u.earlier.text || '—')}; the later ${claimLink(u.later.ref)} says ${md(u.later.text || '—')}`);
    }
  }
  if (out.length > head) out.push('');
  for (const m of view.members) {
    out.push(`${whoMd(model, m.article)}, ${claimLink(m)} (${memberStatusMd(model, m)}):`, '', `> ${guardLineStart(md(m.claim.text))}`, '');
  }
  for (const d of group.diffs) {
    const a = model.refs.get(d.a);
    const b = model.refs.get(d.b);
    if (!a || !b) continue;
    out.push(
      `Word-level differences ${a.label} → ${b.label} (struck through and marked ${md(a.letter)}: only in ${a.label}; bold and marked ${md(b.letter)}: only in ${b.label}):`,
      '',
      `> ${guardLineStart(diffMd(d.parts, a.letter, b.letter))}`,
      '',
    );
    if (d.substitutions.length > 0) {
      out.push(
        `Word choices: ${d.substitutions.map((s) => `${a.label} ${md(s.from)} → ${b.label} ${md(s.to)}${s.kind === 'variant' ? ' (spelling variant, not a difference)' : ''}`).join('; ')}`,
        '',
      );
    }
  }
  if (view.framing && view.framing.members.length > 0) {
    out.push('Framing in this group:', '');
    for (const m of view.framing.members) {
      const ref = model.refs.get(m.claimId);
      const flags = m.flags.map((f) => `${md(f.text)} (${md(framingCategoryName[f.category] ?? f.category)}${f.gloss ? `: ${md(f.gloss)}` : ''})`);
      out.push(item(`${ref ? claimLink(ref) : md(m.claimId)}: ${flags.join(', ')}`));
    }
    out.push('');
  }
  const ev = group.evidence;
  const why = [
    `word overlap ${ev.stems}`,
    `character similarity ${ev.dice}`,
    ...(ev.sharedEntities.length ? [`names: ${ev.sharedEntities.join(', ')}`] : []),
    ...(ev.sharedNumbers.length ? [`figures: ${ev.sharedNumbers.join(', ')}`] : []),
    ...(ev.sharedQuotes.length ? [`quotes: ${ev.sharedQuotes.map((q) => clipText(q, 60)).join(', ')}`] : []),
    ...ev.notes,
  ];
  out.push(`*Why aligned:* ${md(why.join('; '))}`, '');
  return out;
}

/** A word diff: `\[A: ~~removed~~\]` and `\[B: **added**\]`, so each change names its side. */
function diffMd(parts: Comparison['groups'][number]['diffs'][number]['parts'], a: string, b: string): string {
  return parts
    .map((p) => {
      const text = md(p.text);
      if (!text) return '';
      if (p.op === '=') return text;
      return p.op === '-' ? `\\[${md(a)}: ~~${text}~~\\]` : `\\[${md(b)}: **${text}**\\]`;
    })
    .filter(Boolean)
    .join(' ');
}

/** An article's text, one paragraph per line, each claim opened by its label and status. */
function fullTextMd(model: EventModel, article: ArticleResult, i: number): string[] {
  const lines: string[] = [''];
  const add = (chunk: string, first: boolean, marker: string, wrap: string) => {
    if (first && marker) lines[lines.length - 1] += marker;
    if (!chunk.trim()) {
      lines[lines.length - 1] += chunk ? ' ' : '';
      return;
    }
    const lead = /^\s/.test(chunk) ? ' ' : '';
    const tail = /\s$/.test(chunk) ? ' ' : '';
    lines[lines.length - 1] += `${lead}${wrap}${escapeMarkdownInline(chunk.trim())}${wrap}${tail}`;
  };
  for (const p of textPieces(article, model.refs)) {
    const chunks = p.text.split('\n');
    chunks.forEach((chunk, n) => {
      if (n > 0) lines.push('');
      if (p.kind === 'text') add(chunk, n === 0, '', '');
      else if (p.kind === 'claim') {
        add(chunk, n === 0, `**\\[${p.ref.label} ${md(statusSymbol[p.ref.status])}\\]** `, '');
      } else add(chunk, n === 0, `*\\[removed: ${md(p.reason)}\\]* `, '*');
    });
  }
  const paragraphs = lines.map((l) => guardLineStart(l.trim())).filter(Boolean);
  const meta = [
    `Outlet: ${model.named[i] ? md(model.outlets[i]) : 'unknown'}${article.outletFrom ? ` (from ${md(article.outletFrom)})` : ''}${outletFacts(article)}`,
    `Source: ${md(article.source)}`,
    `Date: ${article.date ? md(`${article.date}${article.dateFrom ? ` (from ${article.dateFrom})` : ''}`) : 'unknown'}`,
    `Language: ${md(`${article.language}, ${article.encoding}`)}`,
    ...(article.url ? [`Link: ${urlMd(article.url) || `${md(article.url)} (not an http address; not linked)`}`] : []),
    ...article.warnings.map((w) => `Warning: ${md(w)}`),
  ];
  return [`### Full text of article ${model.letters[i]}`, '', `${whoMd(model, i)}: ${md(clipText(article.title, 120))}`, '', ...meta.map(item), '', ...paragraphs.flatMap((p) => [p, '']), ''];
}

/** The corpus index in Markdown: one table row per event, with its shares and a link to its report. */
export function renderIndexMarkdown(analysis: CorpusAnalysis, files: string[]): string {
  return renderIndexPageMarkdown(corpusIndex(analysis, files));
}

/** The Markdown index of a corpus index (the report command builds it event by event). */
export function renderIndexPageMarkdown(index: CorpusIndex): string {
  const { rows } = index;
  const articles = rows.reduce((n, r) => n + r.articles, 0);
  const pct = (n: number, total: number) => (total > 0 ? `${Math.round((n / total) * 100)}%` : '—');
  const out = [
    '# Events in this corpus',
    '',
    `*claimdiff coverage comparison* · ${plural(articles, 'article')} compared in ${plural(rows.length, 'event')}. Each event links to its report.`,
    '',
    tableMd(
      ['Event', 'Label', 'Outlets', 'Articles', 'Claims', ...STATUSES.map(badge), 'Share of claims'],
      rows.map((r) => {
        const total = STATUSES.reduce((n, k) => n + r.shares[k], 0);
        return [
          r.file ? `[${md(eventShortName(r.event))}](${encodeURI(r.file)})` : md(eventShortName(r.event)),
          md(clipText(r.event.label, 120)),
          md(r.outlets.join(', ')),
          String(r.articles),
          String(r.claims),
          ...STATUSES.map((k) => String(r.counts[k])),
          md(STATUSES.filter((k) => r.shares[k] > 0).map((k) => `${statusSymbol[k]} ${pct(r.shares[k], total)}`).join(' · ')) || '—',
        ];
      }),
      [3, 4, 5, 6, 7, 8],
    ),
    '',
    'Groups are counted by relation; the last count is claims only one outlet reported. The share column splits each event\'s claims by their own status.',
    '',
  ];
  const left = index.notCompared;
  if (left.length > 0) {
    out.push(
      `## Events not compared (${left.length.toLocaleString('en-US')})`,
      '',
      `${md(notComparedNote(index) ?? '')} Compare one with \`claimdiff compare --event ID\`, or all with \`--min-outlets 1\`.`,
      '',
      tableMd(['Event', 'Label', 'Outlets', 'Articles'], left.map((e) => [md(eventShortName(e)), md(clipText(e.label, 120)), md(e.outlets.join(', ')) || 'unknown', String(e.articles.length)]), [3]),
      '',
    );
  }
  return `${out.join('\n')}`;
}
