// Why each annotated conflict was missed: for every conflict fact of an annotated event that the
// comparison does not find, its members (article, claim, exact words), the annotated values, and a
// first diagnosis: are two members of different articles grouped (and typed what), and which
// figures entries hold them (with which relation).
import type { Comparison } from '../../src/types.js';
import { memberSpan, type GoldEvent } from './score.js';

/** One missed conflict, in lines of text. */
export interface MissReport {
  fact: string;
  cause: string;
  lines: string[];
}

const clip = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\s+/g, ' ');

/**
 * The annotated conflicts of `event` that `comparison` misses, with the first general cause that
 * explains each: `relation` (a group holds members of different articles whose annotated values
 * differ, typed shared or partial), `figures` (a figures entry
 * holds them but does not call it a conflict or update), `figures-one-side` (a figures entry holds
 * one side only), `alignment/unread` (neither: the sentences are not grouped and no figure reads them).
 */
export function conflictMisses(event: GoldEvent, comparison: Comparison, texts: ReadonlyMap<string, string>): MissReport[] {
  const claims = comparison.articles.flatMap((a) => a.claims.map((c) => ({ id: c.id, doc: a.id, start: c.start, end: c.end, text: c.text })));
  const out: MissReport[] = [];
  const conflictSets = comparison.groups.filter((g) => g.relation === 'conflict').map((g) => new Set(g.members));
  for (const f of comparison.figures ?? []) if (f.relation === 'conflict' || f.relation === 'updated') conflictSets.push(new Set(f.values.map((v) => v.claim)));
  for (const fact of event.facts.filter((f) => f.relation === 'conflict')) {
    const members = fact.members
      .filter((m) => !m.in_title)
      .map((m) => {
        const span = memberSpan(m, texts.get(m.doc) ?? '');
        const claim = span ? claims.find((c) => c.doc === m.doc && c.start < span[1] && span[0] < c.end) : undefined;
        return { doc: m.doc, claim, words: span ? (texts.get(m.doc) ?? '').slice(span[0], span[1]) : '' };
      });
    const found = conflictSets.some((s) => new Set(members.filter((m) => m.claim && s.has(m.claim.id)).map((m) => m.doc)).size >= 2);
    if (found) continue;
    const ids = new Set(members.map((m) => m.claim?.id).filter(Boolean));
    const docOf = new Map(members.filter((m) => m.claim).map((m) => [m.claim!.id, m.doc]));
    const spans = (ms: Iterable<string>) => new Set([...ms].filter((c) => ids.has(c)).map((c) => docOf.get(c))).size >= 2;
    // Grouped counts only when the group holds members whose annotated values differ.
    const valueOf = (c: string) => fact.values?.[docOf.get(c) ?? ''] ?? docOf.get(c);
    const rivalsIn = (ms: Iterable<string>) => new Set([...ms].filter((c) => ids.has(c)).map(valueOf)).size >= 2;
    const groups = comparison.groups.filter((g) => spans(g.members) && rivalsIn(g.members));
    const entries = (comparison.figures ?? []).filter((f) => f.values.some((v) => ids.has(v.claim)));
    const cause = groups.length > 0 ? 'relation' : entries.some((f) => spans(f.values.map((v) => v.claim))) ? 'figures' : entries.length > 0 ? 'figures-one-side' : 'alignment/unread';
    const lines = [`values: ${JSON.stringify(fact.values ?? {})}${fact.note ? `  note: ${fact.note}` : ''}`];
    for (const m of members) lines.push(`  ${m.doc} «${clip(m.words)}»${m.claim ? '' : ' (no claim)'}`);
    for (const g of groups) lines.push(`  group ${g.id} ${g.relation} score ${g.score.toFixed(2)}`);
    for (const f of entries) {
      const vals = f.values.filter((v) => ids.has(v.claim)).map((v) => `${docOf.get(v.claim)?.slice(0, 12)}:${v.text}${v.compared ? '' : '(listed)'}`);
      lines.push(`  figures ${f.quantity} ${f.relation} [${vals.join(', ')}]${f.scope.group || f.scope.place || f.scope.period !== 'event' ? ` scope ${JSON.stringify(f.scope)}` : ''}`);
    }
    out.push({ fact: fact.id, cause, lines });
  }
  return out;
}
