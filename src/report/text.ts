// The plain-text view of a comparison, for terminals without the UI, pipes and CI.
import type { Comparison, DiffPart } from '../types.js';
import { buildEventModel, statusSymbol } from './event-model.js';
import { renderFramingComparisonText } from './framing-text.js';
import { renderFiguresText } from './figures-text.js';

/** Marks a word diff inline: [-removed-] {+added+}. */
export function inlineDiff(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.op === '=' ? p.text : p.op === '-' ? `[-${p.text}-]` : `{+${p.text}+}`)).join(' ');
}

export function renderCompareText(comparison: Comparison): string {
  // The event's figures side by side come first: "how many" is the first question about an event.
  const out: string[] = renderFiguresText(comparison);
  const model = buildEventModel(comparison);
  const { totals } = model;
  out.push(
    `${comparison.articles.length} articles, ${totals.claims} claims: ${comparison.groups.length} groups ` +
      `(${totals.groupsBy.shared} shared, ${totals.groupsBy.partial} partial, ${totals.groupsBy.conflict} conflicting), ${totals.claimsBy.unique} unique claims`,
    '',
    'Articles',
  );
  comparison.articles.forEach((a, i) => {
    out.push(`  [${model.letters[i]}] ${a.id} | ${model.outlets[i]} | ${a.date ?? 'date unknown'} | ${a.claims.length} claims`);
    out.push(`      ${a.title}`);
    const origin = model.articleOrigins[i];
    if (origin) out.push(`      ${origin.note}`);
  });
  out.push('', 'Claim groups (! conflict, ~ partial, = shared)');
  for (const { group: g } of model.groups) {
    out.push('', `${statusSymbol[g.relation]} ${g.id} ${g.relation} (score ${g.score})`);
    for (const id of g.members) {
      const m = model.refs.get(id)!;
      out.push(`  [${m.letter}] ${m.claim.text}`);
    }
    for (const d of g.diffs) {
      for (const c of d.conflicts) out.push(`  conflict (${c.kind}): ${c.a || '-'} / ${c.b || '-'}`);
      const subs = d.substitutions.map((s) => `${s.from} -> ${s.to}${s.kind === 'variant' ? ' (spelling)' : ''}`);
      if (subs.length > 0) out.push(`  words: ${subs.join('; ')}`);
    }
    const why = [
      `stems ${g.evidence.stems}`,
      `dice ${g.evidence.dice}`,
      ...(g.evidence.sharedEntities.length ? [`entities: ${g.evidence.sharedEntities.join(', ')}`] : []),
      ...(g.evidence.sharedNumbers.length ? [`figures: ${g.evidence.sharedNumbers.join(', ')}`] : []),
      ...g.evidence.notes,
    ];
    out.push(`  why: ${why.join('; ')}`);
    const independence = model.groups.find((v) => v.group === g)?.independence;
    if (independence) {
      out.push(`  origins: ${independence.summary}`);
      for (const e of independence.edits) out.push(`  edit: ${e}`);
      for (const s of independence.sharedSources) out.push(`  source: ${s}`);
    }
  }
  comparison.articles.forEach((a, i) => {
    const ids = comparison.unique[a.id] ?? [];
    if (ids.length === 0) return;
    out.push('', `Only in [${model.letters[i]}] ${model.outlets[i]} (${ids.length}, omitted by the others)`);
    for (const id of ids) out.push(`  + ${model.refs.get(id)!.claim.text}`);
  });
  out.push(...renderFramingComparisonText(comparison));
  return out.join('\n') + '\n';
}
