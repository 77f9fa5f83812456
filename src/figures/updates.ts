// A toll that later reports raise is an update, in the claim groups as in the event's figures. The
// relation model types a pair of sentences without knowing when each was reported, so "at least 37
// dead" (Sunday night) and "at least 53 dead" (Monday morning) of one fire come out as rival
// figures; the figures table, which orders the reports, reads the same values as the toll rising.
// This step gives the groups the table's reading, so the two views never disagree: a pair whose
// only conflicts are figures that one `updated` entry holds, from these two claims, with the later
// report the higher, is `partial`, with a note saying why.
import type { ArticleResult, ClaimGroup, Conflict, FigureEntry, FigureValue, PairDiff } from '../types.js';
import { groupRelation, memberStatuses } from '../classify/group.js';
import { reportKey } from './verdict.js';

/** The amount a value or a conflict cue names: the number, or its words when it has none. */
const amountOf = (v: FigureValue): string => (v.value !== null ? String(v.value) : v.text);
const cueAmount = (s: string): string => (/^\d+(?:\.\d+)?$/.test(s.replace(/,/g, '')) ? String(Number(s.replace(/,/g, ''))) : s);

/**
 * The `updated` entry that holds this number conflict between claims `a` and `b` (a value from each
 * claim with the cue's amounts), or null.
 */
function updatedEntryOf(cue: Conflict, a: string, b: string, entries: readonly FigureEntry[]): FigureEntry | null {
  const [x, y] = [cueAmount(cue.a), cueAmount(cue.b)];
  for (const e of entries) {
    if (e.relation !== 'updated') continue;
    const has = (claim: string, amount: string) => e.values.some((v) => v.claim === claim && amountOf(v) === amount);
    if (has(a, x) && has(b, y)) return e;
  }
  return null;
}

/**
 * The groups with every pair the figures table reads as an update typed `partial`; groups and
 * pairs it does not touch are returned as they are.
 */
export function groupsWithUpdates(groups: readonly ClaimGroup[], figures: readonly FigureEntry[], articles: readonly ArticleResult[]): ClaimGroup[] {
  if (!figures.some((f) => f.relation === 'updated')) return [...groups];
  const articleOf = new Map(articles.flatMap((r) => r.claims.map((c) => [c.id, r] as const)));
  const key = reportKey(articles);
  return groups.map((g) => {
    const notes: string[] = [];
    const diffs = g.diffs.map((d): PairDiff => {
      if (d.relation !== 'conflict' || !d.conflicts.every((c) => c.kind === 'number')) return d;
      const [ra, rb] = [articleOf.get(d.a), articleOf.get(d.b)];
      if (!ra || !rb) return d;
      const [ta, tb] = [key(ra), key(rb)];
      if (!ta || !tb || ta === tb) return d;
      const entries = d.conflicts.map((c) => updatedEntryOf(c, d.a, d.b, figures));
      // The later report must give the higher amount for every rival figure.
      const later = ta < tb ? 1 : 0;
      const rises = d.conflicts.every((c) => {
        const [x, y] = [Number(cueAmount(c.a)), Number(cueAmount(c.b))];
        return Number.isFinite(x) && Number.isFinite(y) && (later === 1 ? y > x : x > y);
      });
      if (!rises || entries.some((e) => e === null)) return d;
      const steps = d.conflicts.map((c) => (later === 1 ? `${c.a} -> ${c.b}` : `${c.b} -> ${c.a}`)).join(', ');
      notes.push(`not a conflict: ${steps} is the toll rising in a later report (the event's figures: ${entries.map((e) => e!.quantity).join(', ')}, updated)`);
      return { ...d, relation: 'partial', conflicts: [], updated: d.conflicts };
    });
    if (notes.length === 0) return g;
    return { ...g, diffs, relation: groupRelation(diffs), status: memberStatuses(g.members, diffs), evidence: { ...g.evidence, notes: [...g.evidence.notes, ...notes] } };
  });
}
