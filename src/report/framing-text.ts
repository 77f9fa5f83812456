// Plain-text views of framing: one article's profile, the outlets side by side, and what differs
// inside each claim group.
import type { ArticleResult, Comparison, FramingCategory, FramingProfile } from '../types.js';
import { articleLetter, claimIndex, outletName } from './event-model.js';
import { inertLine } from './figures-view.js';
import { tone } from './text-style.js';

export const categoryOrder: readonly FramingCategory[] = [
  'victim-term', 'conflict-name', 'label', 'loaded', 'hedge', 'reporting-verb', 'scare-quote', 'agency', 'source',
];

/** Distinct flag texts of one category, with their value and count: `مدعياً (distancing) x1`. */
function occurrences(profile: FramingProfile, category: FramingCategory): string[] {
  const counts = new Map<string, number>();
  for (const f of profile.flags) {
    if (f.category !== category) continue;
    const key = f.value ? `${f.text} (${f.value})` : f.text;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => inertLine(n > 1 ? `${k} x${n}` : k));
}

export function renderProfileText(article: Pick<ArticleResult, 'id' | 'outlet' | 'title'>, profile: FramingProfile): string {
  const out = [`${inertLine(article.id)} | ${inertLine(outletName(article))} | ${inertLine(article.title)}`];
  for (const category of categoryOrder) {
    if (category === 'source') continue;
    const items = occurrences(profile, category);
    if (items.length > 0) out.push(`  ${category.padEnd(14)} ${items.join(', ')}`);
  }
  for (const s of profile.sources) {
    out.push(`  ${'source'.padEnd(14)} ${inertLine(s.name)} (${s.kind}${s.side ? `, ${s.side}` : ''}) x${s.count}${s.via ? ` via ${inertLine(s.via)}` : ''}`);
  }
  if (profile.flags.length === 0) out.push('  no framing flags');
  return out.join('\n');
}

/** The framing section of a comparison: counts per outlet, then the differences within groups. */
export function renderFramingComparisonText(comparison: Comparison): string[] {
  const framing = comparison.framing;
  if (!framing) return [];
  const out = ['', tone('heading', 'Framing (counts per outlet)')];
  const header = comparison.articles.map((_, i) => `[${articleLetter(i)}]`.padStart(5)).join('');
  out.push(`  ${''.padEnd(15)}${header}`);
  for (const category of categoryOrder) {
    const row = framing.profiles.map((p) => String(p.counts[category] ?? 0).padStart(5)).join('');
    out.push(`  ${category.padEnd(15)}${row}`);
  }
  comparison.articles.forEach((a, i) => {
    out.push('', `[${articleLetter(i)}] ${renderProfileText(a, framing.profiles[i])}`);
  });
  const index = claimIndex(comparison);
  if (framing.groups.length > 0) out.push('', tone('heading', 'Framing differences within claim groups'));
  for (const g of framing.groups) {
    out.push(`  ${g.groupId}:`);
    for (const m of g.members) {
      const letter = articleLetter(index.get(m.claimId)!.article);
      out.push(`    [${letter}] ${m.flags.map((f) => `${inertLine(f.text)} (${f.category}${f.value ? `: ${f.value}` : ''})`).join(', ')}`);
    }
    for (const s of g.substitutions) out.push(`    word choice: ${inertLine(s.from)} / ${inertLine(s.to)}`);
  }
  return out;
}
