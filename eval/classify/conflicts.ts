// Every conflict the comparison finds on the annotated events, beside the annotated conflict facts:
// for each conflict group, its pairs' concrete cues and whether a gold conflict fact covers it.
// A reading aid for false conflicts, not a score (eval/gold.ts scores).
// Run: npx tsx eval/classify/conflicts.ts [file ...] [--missed]
import { compareArticles } from '../../src/compare.js';
import { loadGoldCases } from '../gold/load.js';
import { memberSpan } from '../gold/score.js';

const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const showMissed = process.argv.includes('--missed');
const short = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\s+/g, ' ');
for (const c of loadGoldCases(names)) {
  const comparison = compareArticles(c.articles);
  const claims = comparison.articles.flatMap((a) => a.claims.map((cl) => ({ ...cl, doc: a.id })));
  const text = new Map(claims.map((cl) => [cl.id, cl.text]));
  const goldConflicts = c.event.facts
    .filter((f) => f.relation === 'conflict')
    .map((f) => ({
      fact: f,
      claims: new Set(
        f.members
          .filter((m) => !m.in_title)
          .map((m) => {
            const span = memberSpan(m, c.texts.get(m.doc) ?? '');
            return span ? claims.find((cl) => cl.doc === m.doc && cl.start < span[1] && span[0] < cl.end)?.id : undefined;
          })
          .filter((x): x is string => x !== undefined),
      ),
    }));
  const lines: string[] = [];
  const found = new Set<string>();
  for (const g of comparison.groups.filter((x) => x.relation === 'conflict')) {
    const gold = goldConflicts.find((f) => g.members.filter((m) => f.claims.has(m)).length >= 2);
    if (gold) found.add(gold.fact.id);
    lines.push(`  ${gold ? `OK ${gold.fact.id}` : 'FALSE'} ${g.id} (${g.members.length} members)`);
    for (const d of g.diffs.filter((x) => x.relation === 'conflict')) {
      lines.push(`     ${d.conflicts.map((k) => `${k.kind}: «${k.a}» / «${k.b}»`).join('; ')}`);
      lines.push(`       a ${d.a}: ${short(text.get(d.a) ?? '')}`);
      lines.push(`       b ${d.b}: ${short(text.get(d.b) ?? '')}`);
    }
  }
  if (showMissed) {
    for (const f of goldConflicts.filter((x) => !found.has(x.fact.id))) {
      lines.push(`  MISSED ${f.fact.id}: ${f.fact.note ?? ''} ${JSON.stringify(f.fact.values ?? {})}`);
      for (const id of f.claims) lines.push(`       ${id}: ${short(text.get(id) ?? '')}`);
    }
  }
  if (lines.length > 0) console.log(`${c.file} ${c.event.name}\n${lines.join('\n')}`);
}
