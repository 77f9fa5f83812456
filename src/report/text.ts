// The plain-text view of a comparison, for terminals without the UI, pipes and CI: key findings
// first, then the figures table, the articles, the claim groups with their word diffs, what only
// one outlet reports, and the framing. Colour marks follow text-style.ts (the CLI decides colour).
import type { Comparison, DiffPart, EventGroup } from '../types.js';
import { buildEventModel, statusSymbol, type ClaimStatus, type EventModel } from './event-model.js';
import { renderFramingComparisonText } from './framing-text.js';
import { renderFiguresText } from './figures-text.js';
import { renderFindingsText } from './findings-text.js';
import { buildKeyFindings, plural, type OnlyPart } from './key-findings.js';
import { inertLine } from './figures-view.js';
import { applyTextStyles, tone, type TextTone } from './text-style.js';

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
  for (const { group: g } of model.groups) {
    if (!relations.has(g.relation)) continue;
    out.push('', `${tone(STATUS_TONE[g.relation], statusSymbol[g.relation])} ${g.id} ${tone(STATUS_TONE[g.relation], g.relation)} (score ${g.score})`);
    for (const id of g.members) {
      const m = model.refs.get(id)!;
      out.push(`  [${m.letter}] ${inertLine(m.claim.text)}`);
    }
    for (const d of g.diffs) {
      const a = model.refs.get(d.a);
      const b = model.refs.get(d.b);
      for (const c of d.conflicts) out.push(`  ${tone('conflict', `conflict (${c.kind})`)}: ${inertLine(c.a) || '-'} / ${inertLine(c.b) || '-'}`);
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
    const independence = model.groups.find((v) => v.group === g)?.independence;
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
    for (const r of refs) out.push(`  ${tone('unique', '+')} ${r.label} ${inertLine(r.claim.text)}`);
  });
  return out;
}

/** The text report of one comparison: key findings first, everything below is the evidence. */
export function renderCompareText(comparison: Comparison, options: CompareTextOptions = {}): string {
  const model = buildEventModel(comparison, options.event ?? null);
  const findings = buildKeyFindings(model);
  const only = options.only ?? null;
  const { totals } = model;
  const out: string[] = renderFindingsText(model, findings, only);
  if (!only || only === 'figures') out.push(...renderFiguresText(comparison));
  if (only === 'conflicts') out.push(...renderFiguresText(comparison, (r) => r === 'conflict'));
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
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').replace(/\n*$/, '\n');
  return options.marks ? text : applyTextStyles(text, false);
}
