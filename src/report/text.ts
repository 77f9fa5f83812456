// The plain-text view of a comparison, for terminals without the UI, pipes and CI.
import type { Comparison, DiffPart } from '../types.js';
import { articleLetter, claimIndex, outletName, relationCounts, relationSymbol } from './labels.js';
import { renderFramingComparisonText } from './framing-text.js';
import { renderFiguresText } from './figures-text.js';

/** Marks a word diff inline: [-removed-] {+added+}. */
export function inlineDiff(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.op === '=' ? p.text : p.op === '-' ? `[-${p.text}-]` : `{+${p.text}+}`)).join(' ');
}

export function renderCompareText(comparison: Comparison): string {
  // The event's figures side by side come first: "how many" is the first question about an event.
  const out: string[] = renderFiguresText(comparison);
  const index = claimIndex(comparison);
  const counts = relationCounts(comparison);
  const claimTotal = comparison.articles.reduce((n, a) => n + a.claims.length, 0);
  out.push(
    `${comparison.articles.length} articles, ${claimTotal} claims: ${comparison.groups.length} groups ` +
      `(${counts.shared} shared, ${counts.partial} partial, ${counts.conflict} conflicting), ${counts.unique} unique claims`,
    '',
    'Articles',
  );
  comparison.articles.forEach((a, i) => {
    out.push(`  [${articleLetter(i)}] ${a.id} | ${outletName(a)} | ${a.date ?? 'date unknown'} | ${a.claims.length} claims`);
    out.push(`      ${a.title}`);
  });
  const order = { conflict: 0, partial: 1, shared: 2 } as const;
  const groups = [...comparison.groups].sort((x, y) => order[x.relation] - order[y.relation]);
  out.push('', 'Claim groups (! conflict, ~ partial, = shared)');
  for (const g of groups) {
    out.push('', `${relationSymbol[g.relation]} ${g.id} ${g.relation} (score ${g.score})`);
    for (const id of g.members) {
      const m = index.get(id)!;
      out.push(`  [${articleLetter(m.article)}] ${m.claim.text}`);
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
  }
  comparison.articles.forEach((a, i) => {
    const ids = comparison.unique[a.id] ?? [];
    if (ids.length === 0) return;
    out.push('', `Only in [${articleLetter(i)}] ${outletName(a)} (${ids.length}, omitted by the others)`);
    for (const id of ids) out.push(`  + ${index.get(id)!.claim.text}`);
  });
  out.push(...renderFramingComparisonText(comparison));
  return out.join('\n') + '\n';
}
