// The plain-text view of a comparison, for terminals without the UI, pipes and CI: key findings
// first, then the figures table, the articles, the claim groups with their word diffs, what only
// one outlet reports, and the framing. Colour marks follow text-style.ts (the CLI decides colour).
import type { Comparison, DiffPart, EventGroup } from '../types.js';
import { buildEventModel, conflictSides, statusSymbol, updateSteps, type ClaimStatus, type EventModel } from './event-model.js';
import { renderFramingComparisonText } from './framing-text.js';
import { renderFiguresText } from './figures-text.js';
import { renderFindingsText } from './findings-text.js';
import { buildKeyFindings, plural, type OnlyPart } from './key-findings.js';
import { inertLine } from './figures-view.js';
import { applyTextStyles, tone, type TextTone } from './text-style.js';
import type { UnreviewedDisplay } from './review-view.js';
import { claimReviewSuffix, figureReviewed, figureReviewLines, groupReviewLines, setAsideText } from './review-text.js';

/** Display options of the text view (analysis options live in the Comparison). */
export interface CompareTextOptions {
  /** The event the comparison covers, when it comes from a corpus (its id and label head the findings). */
  event?: EventGroup | null;
  /** Only this part: conflicts, figures, omissions (what only one outlet reports) or framing. */
  only?: OnlyPart | null;
  /**
   * Keep the colour marks (text-style.ts) for the caller to turn into colour after neutralising the
   * text, as the command line does; without it the text is plain.
   */
  marks?: boolean;
  /** With a review applied: show, mark ("not yet reviewed") or hide what no one reviewed (`--unreviewed`). */
  unreviewed?: UnreviewedDisplay;
}

const STATUS_TONE: Record<ClaimStatus, TextTone> = { conflict: 'conflict', partial: 'partial', shared: 'shared', unique: 'unique' };

/** Marks a word diff inline: [-removed-] {+added+}, coloured when the output has colour. */
export function inlineDiff(parts: readonly DiffPart[]): string {
  return parts
    .map((p) => {
      const text = inertLine(p.text);
      return p.op === '=' ? text : p.op === '-' ? tone('removed', `[-${text}-]`) : tone('added', `{+${text}+}`);
    })
    .join(' ');
}

function groupLines(model: EventModel, relations: ReadonlySet<ClaimStatus>): string[] {
  const out: string[] = [tone('heading', 'Claim groups (! conflict, ~ partial, = shared)')];
  for (const view of model.groups) {
    const g = view.group;
    if (!relations.has(g.relation)) continue;
    out.push('', `${tone(STATUS_TONE[g.relation], statusSymbol[g.relation])} ${g.id} ${tone(STATUS_TONE[g.relation], g.relation)} (score ${g.score})`, ...groupReviewLines(model, view));
    for (const id of g.members) {
      const m = model.refs.get(id)!;
      out.push(`  [${m.letter}] ${inertLine(m.claim.text)}`);
    }
    for (const d of g.diffs) {
      const a = model.refs.get(d.a);
      const b = model.refs.get(d.b);
      for (const c of conflictSides(model, d)) out.push(`  ${tone('conflict', `conflict (${c.kind})`)}: ${c.a.ref.label} ${inertLine(c.a.text) || '-'} / ${c.b.ref.label} ${inertLine(c.b.text) || '-'}`);
      for (const u of updateSteps(model, d)) out.push(`  updated (${u.kind}): ${u.earlier.ref.label} ${inertLine(u.earlier.text) || '-'} -> ${u.later.ref.label} ${inertLine(u.later.text) || '-'}, a later report higher`);
      if (a && b && d.parts.some((p) => p.op !== '=')) out.push(`  diff ${a.label} -> ${b.label}: ${inlineDiff(d.parts)}`);
      const subs = d.substitutions.map((s) => `${inertLine(s.from)} -> ${inertLine(s.to)}${s.kind === 'variant' ? ' (spelling)' : ''}`);
      if (subs.length > 0) out.push(`  words: ${subs.join('; ')}`);
    }
    const why = [
      `stems ${g.evidence.stems}`,
      `dice ${g.evidence.dice}`,
      ...(g.evidence.sharedEntities.length ? [`entities: ${g.evidence.sharedEntities.map(inertLine).join(', ')}`] : []),
      ...(g.evidence.sharedNumbers.length ? [`figures: ${g.evidence.sharedNumbers.map(inertLine).join(', ')}`] : []),
      ...g.evidence.notes.map(inertLine),
    ];
    out.push(`  why: ${why.join('; ')}`);
    const independence = view.independence;
    if (independence) {
      out.push(`  origins: ${inertLine(independence.summary)}`);
      for (const e of independence.edits) out.push(`  edit: ${inertLine(e)}`);
      for (const s of independence.sharedSources) out.push(`  source: ${inertLine(s)}`);
    }
  }
  return out;
}

function articleLines(model: EventModel): string[] {
  const out = [tone('heading', 'Articles')];
  model.comparison.articles.forEach((a, i) => {
    out.push(`  [${model.letters[i]}] ${a.id} | ${inertLine(model.outlets[i])}${model.named[i] ? '' : ' (outlet unknown)'} | ${a.date ?? 'date unknown'} | ${plural(a.claims.length, 'claim')}`);
    out.push(`      ${inertLine(a.title)}`);
    const origin = model.articleOrigins[i];
    if (origin) out.push(`      ${inertLine(origin.note)}`);
  });
  return out;
}

function uniqueLines(model: EventModel): string[] {
  const out: string[] = [];
  model.comparison.articles.forEach((a, i) => {
    const refs = model.unique[i];
    if (refs.length === 0) return;
    const name = model.named[i] ? ` ${inertLine(model.outlets[i])}` : '';
    out.push('', tone('heading', `Only in [${model.letters[i]}]${name} (${refs.length}, omitted by the others)`));
    for (const r of refs) out.push(`  ${tone('unique', '+')} ${r.label} ${inertLine(r.claim.text)}${claimReviewSuffix(model, r)}`);
  });
  return out;
}

/** The text report of one comparison: key findings first, everything below is the evidence. */
export function renderCompareText(engine: Comparison, options: CompareTextOptions = {}): string {
  const display = options.unreviewed ?? 'show';
  const model = buildEventModel(engine, options.event ?? null, display);
  // As the reviewer left it, when a review was applied; with `hide`, only the figures someone reviewed.
  const comparison = model.comparison;
  const shown = model.review !== null && display === 'hide' ? { ...comparison, figures: comparison.figures?.filter(figureReviewed) } : comparison;
  const after = (e: Parameters<typeof figureReviewLines>[1]) => figureReviewLines(model, e);
  const findings = buildKeyFindings(model);
  const only = options.only ?? null;
  const { totals } = model;
  const out: string[] = renderFindingsText(model, findings, only);
  if (!only || only === 'figures') out.push(...renderFiguresText(shown, undefined, after));
  if (only === 'conflicts') out.push(...renderFiguresText(shown, (r) => r === 'conflict', after));
  if (!only) {
    out.push(
      `${plural(comparison.articles.length, 'article')}, ${plural(totals.claims, 'claim')}: ${plural(comparison.groups.length, 'group')} ` +
        `(${totals.groupsBy.shared} shared, ${totals.groupsBy.partial} partial, ${totals.groupsBy.conflict} conflicting), ${plural(totals.claimsBy.unique, 'unique claim')}`,
      '',
      ...articleLines(model),
      '',
    );
  }
  if (!only) out.push(...groupLines(model, new Set(['conflict', 'partial', 'shared'])));
  if (only === 'conflicts') out.push(...groupLines(model, new Set(['conflict'])));
  if (!only || only === 'omissions') out.push(...uniqueLines(model));
  if (!only || only === 'framing') out.push(...renderFramingComparisonText(comparison));
  if (!only) out.push(...setAsideText(model));
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').replace(/\n*$/, '\n');
  return options.marks ? text : applyTextStyles(text, false);
}
