// Scores a comparison against a hand-annotated event exactly as ../shared/gold/score.py does:
// pair recall, pair precision, conflicts found and false conflicts. Members are anchors (exact
// substrings) as in the shared gold, or offsets (`start`, `end`) as in this project's own
// annotations, which must not copy article text into the repository.
import type { Comparison } from '../../src/types.js';

export interface GoldMember {
  doc: string;
  anchor?: string;
  start?: number;
  end?: number;
  in_title?: boolean;
}

export interface GoldFact {
  id: string;
  note?: string;
  relation: 'shared' | 'partial' | 'conflict' | 'single';
  members: GoldMember[];
  values?: Record<string, string>;
  updated_toll?: boolean;
}

export interface GoldEvent {
  name: string;
  date?: string;
  articles: Array<{ doc: string; outlet?: string; title?: string }>;
  facts: GoldFact[];
}

export interface GoldRecord {
  id: string;
  title: string;
  text: string;
  outlet: string | null;
  date: string | null;
}

/** The counts the reference scorer sums over events. */
export interface GoldCounts {
  goldPairs: number;
  found: number;
  predictedPairs: number;
  correct: number;
  conflictFacts: number;
  conflictsFound: number;
  falseConflicts: number;
  anchors: number;
  unmapped: number;
}

export const emptyCounts = (): GoldCounts => ({ goldPairs: 0, found: 0, predictedPairs: 0, correct: 0, conflictFacts: 0, conflictsFound: 0, falseConflicts: 0, anchors: 0, unmapped: 0 });

export function addCounts(a: GoldCounts, b: GoldCounts): GoldCounts {
  const out = emptyCounts();
  for (const k of Object.keys(out) as Array<keyof GoldCounts>) out[k] = a[k] + b[k];
  return out;
}

/** Where a member stands in its article's text, or null (a title member, or an anchor not found). */
export function memberSpan(m: GoldMember, text: string): [number, number] | null {
  if (m.start !== undefined && m.end !== undefined) return [m.start, m.end];
  if (m.anchor === undefined) return null;
  const i = text.indexOf(m.anchor);
  return i < 0 ? null : [i, i + m.anchor.length];
}

const pairKey = (x: string, y: string) => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);

/** The score of one comparison against one annotated event (the rules of score.py, step by step). */
export function scoreEvent(event: GoldEvent, comparison: Comparison, texts: ReadonlyMap<string, string>): GoldCounts {
  const counts = emptyCounts();
  // 1. Every claim with its article and offsets, in the order the JSON lists them.
  const claims: Array<{ id: string; doc: string; start: number; end: number }> = [];
  const owner = new Map<string, string>();
  for (const a of comparison.articles) {
    for (const c of a.claims) {
      claims.push({ id: c.id, doc: a.id, start: c.start, end: c.end });
      owner.set(c.id, a.id);
    }
  }
  // 2. Each member sentence maps to the first claim that overlaps its anchor.
  const claimOf = (m: GoldMember): string | null => {
    counts.anchors += 1;
    const span = memberSpan(m, texts.get(m.doc) ?? '');
    if (!span) {
      counts.unmapped += 1;
      return null;
    }
    const [i, j] = span;
    const hit = claims.find((c) => c.doc === m.doc && c.start < j && i < c.end);
    if (!hit) counts.unmapped += 1;
    return hit?.id ?? null;
  };
  const facts = event.facts.map((f) => ({
    fact: f,
    members: f.members.filter((m) => !m.in_title).map((m) => [m.doc, claimOf(m)] as const).filter((x): x is readonly [string, string] => x[1] !== null),
  }));
  // 3. Gold pairs: members of one non-single fact from different articles.
  const groupsOf = new Map<string, Set<string>>();
  for (const g of comparison.groups) for (const m of g.members) (groupsOf.get(m) ?? groupsOf.set(m, new Set()).get(m)!).add(g.id);
  const goldPairs = new Map<string, [string, string]>();
  for (const { fact, members } of facts) {
    if (fact.relation === 'single') continue;
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        if (members[i][0] !== members[j][0]) goldPairs.set(pairKey(members[i][1], members[j][1]), [members[i][1], members[j][1]]);
      }
    }
  }
  const share = (x: string, y: string) => {
    const gx = groupsOf.get(x);
    const gy = groupsOf.get(y);
    return gx !== undefined && gy !== undefined && [...gx].some((g) => gy.has(g));
  };
  counts.goldPairs = goldPairs.size;
  for (const [x, y] of goldPairs.values()) if (share(x, y)) counts.found += 1;
  // 4. Predicted pairs: claims of different articles in one group; right when one fact holds both.
  const factSets = facts.map(({ members }) => new Set(members.map(([, c]) => c)));
  const predicted = new Map<string, [string, string]>();
  for (const g of comparison.groups) {
    for (let i = 0; i < g.members.length; i += 1) {
      for (let j = i + 1; j < g.members.length; j += 1) {
        const [x, y] = [g.members[i], g.members[j]];
        if (owner.get(x) !== owner.get(y)) predicted.set(pairKey(x, y), [x, y]);
      }
    }
  }
  counts.predictedPairs = predicted.size;
  for (const [x, y] of predicted.values()) if (factSets.some((s) => s.has(x) && s.has(y))) counts.correct += 1;
  // 5. Conflicts: conflict groups and figure entries marked conflict or updated.
  const conflictSets = comparison.groups.filter((g) => g.relation === 'conflict').map((g) => new Set(g.members));
  const figures = (comparison as { figures?: Array<{ relation: string; values: Array<{ claim?: string | null }> }> }).figures ?? [];
  for (const f of figures) {
    if (f.relation === 'conflict' || f.relation === 'updated') conflictSets.push(new Set(f.values.map((v) => v.claim).filter((c): c is string => Boolean(c))));
  }
  const goldConflicts = facts.filter(({ fact }) => fact.relation === 'conflict');
  counts.conflictFacts = goldConflicts.length;
  for (const { members } of goldConflicts) {
    if (conflictSets.some((s) => new Set(members.filter(([, c]) => s.has(c)).map(([d]) => d)).size >= 2)) counts.conflictsFound += 1;
  }
  const goldConflictClaims = goldConflicts.map(({ members }) => new Set(members.map(([, c]) => c)));
  const overlapsGold = (ids: Iterable<string>) => goldConflictClaims.some((s) => [...new Set(ids)].filter((c) => s.has(c)).length >= 2);
  counts.falseConflicts += comparison.groups.filter((g) => g.relation === 'conflict' && !overlapsGold(g.members)).length;
  counts.falseConflicts += figures.filter((f) => f.relation === 'conflict' && !overlapsGold(f.values.map((v) => v.claim).filter((c): c is string => Boolean(c)))).length;
  return counts;
}

/** The summary line of score.py for a set of events. */
export function summaryLine(events: number, c: GoldCounts): string {
  const r = c.goldPairs ? c.found / c.goldPairs : 0;
  const p = c.predictedPairs ? c.correct / c.predictedPairs : 0;
  return (
    `${events} annotated events: pair recall ${r.toFixed(2)} (${c.found}/${c.goldPairs}), precision ${p.toFixed(2)} (${c.correct}/${c.predictedPairs}), ` +
    `conflicts found ${c.conflictsFound}/${c.conflictFacts}, false conflicts ${c.falseConflicts}, unmapped anchors ${c.unmapped}/${c.anchors}`
  );
}
