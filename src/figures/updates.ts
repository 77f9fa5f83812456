// A toll that later reports raise is an update, in the claim groups as in the event's figures. The
// relation model types a pair of sentences without knowing when each was reported, so "at least 37
// dead" (Sunday night) and "at least 53 dead" (Monday morning) of one fire come out as rival
// figures; the figures table, which orders the reports, reads the same values as the toll rising.
// This step gives the groups the table's reading of each pair: a pair whose only conflicts are
// figures of one growing quantity that a table entry holds, from these two claims, with the later
// report the higher, is `partial`, with a note saying why. The entry need not be `updated` as a
// whole: over an event of many days one outlet's report may lag another's (16 dead at 07:26, 15 at
// 13:08), which makes the entry a conflict, while a pair of its reports a day apart (15, then 17)
// is still the toll rising.
import type { ArticleResult, ClaimGroup, Conflict, FigureEntry, FigureValue, PairDiff } from '../types.js';
import { groupRelation, memberStatuses } from '../classify/group.js';
import { QUANTITIES } from './lexicons/quantities.js';
import { reportKey } from './verdict.js';
import { ATTACKER_NOTE } from './attacker.js';

/** Whether a figure value is the amount a conflict cue names: its number, or its words (`تسعة` for 9). */
const cueNumber = (s: string): string => (/^\d+(?:\.\d+)?$/.test(s.replace(/,/g, '')) ? String(Number(s.replace(/,/g, ''))) : s);
const names = (v: FigureValue, amount: string): boolean => (v.value !== null && String(v.value) === cueNumber(amount)) || v.text === amount.trim();

/** Quantities whose amount grows as news comes in (tolls), where a later, higher report is an update. */
const GROWING = new Set(QUANTITIES.filter((q) => q.grows).map((q) => q.key));

/** A number conflict placed in the figures: the entry that holds it, and the value each claim gives. */
interface Placed {
  entry: FigureEntry;
  a: FigureValue;
  b: FigureValue;
}

/**
 * The entry of a growing quantity, `updated` or in conflict, that holds this number conflict between
 * claims `a` and `b` (a value from each claim with the cue's amounts), with the two values; or null.
 */
function placeInTable(cue: Conflict, a: string, b: string, entries: readonly FigureEntry[], own: boolean, articles: [string, string]): Placed | null {
  for (const entry of entries) {
    // One outlet's two values of a toll are its revision whatever the entry's verdict (Liège's four
    // dead, counting the attacker, agree with three victims in the table).
    if (entry.relation !== 'updated' && (!GROWING.has(entry.quantity) || (entry.relation !== 'conflict' && !own))) continue;
    // The claim's own value, or, in an entry the table reads as the toll rising, its article's toll
    // when the claim gives the same amount (`بمقتل 38 من المقاتلين`, the article's `هناك 38 قتيلا`).
    const va = entry.values.find((v) => v.claim === a && v.value !== null && names(v, cue.a)) ?? articleToll(entry, articles[0], cue.a);
    const vb = entry.values.find((v) => v.claim === b && v.value !== null && names(v, cue.b)) ?? articleToll(entry, articles[1], cue.b);
    if (va && vb) return { entry, a: va, b: vb };
  }
  return null;
}

/**
 * The value an entry the table reads as the toll rising compares for an article, when it is this
 * amount: the claim tells the article's toll again (`بمقتل 38 من المقاتلين`, `هناك 38 قتيلا`).
 */
function articleToll(entry: FigureEntry, article: string, amount: string): FigureValue | undefined {
  if (entry.relation !== 'updated') return undefined;
  return entry.values.find((v) => v.article === article && v.compared && v.value !== null && names(v, amount));
}

/**
 * The entry that reads this number conflict between claims `a` and `b` as one toll (agree), one of
 * the two values counting the attacker; or null.
 */
function attackerCounted(cue: Conflict, a: string, b: string, entries: readonly FigureEntry[]): FigureEntry | null {
  for (const entry of entries) {
    if (entry.relation !== 'agree' || !GROWING.has(entry.quantity)) continue;
    const va = entry.values.find((v) => v.claim === a && v.value !== null && names(v, cue.a));
    const vb = entry.values.find((v) => v.claim === b && v.value !== null && names(v, cue.b));
    if (va && vb && va.value !== vb.value && [va, vb].some((v) => v.note === ATTACKER_NOTE)) return entry;
  }
  return null;
}

/**
 * The groups with every pair the figures table reads as an update typed `partial`; groups and
 * pairs it does not touch are returned as they are.
 */
export function groupsWithUpdates(groups: readonly ClaimGroup[], figures: readonly FigureEntry[], articles: readonly ArticleResult[]): ClaimGroup[] {
  if (!figures.some((f) => f.relation === 'updated' || GROWING.has(f.quantity))) return [...groups];
  const articleOf = new Map(articles.flatMap((r) => r.claims.map((c) => [c.id, r] as const)));
  const key = reportKey(articles);
  return groups.map((g) => {
    const notes: string[] = [];
    const diffs = g.diffs.map((d): PairDiff => {
      if (d.relation !== 'conflict' || !d.conflicts.every((c) => c.kind === 'number')) return d;
      const [ra, rb] = [articleOf.get(d.a), articleOf.get(d.b)];
      if (!ra || !rb) return d;
      // Rival values the table reads as one toll, one counting the attacker the article tells died
      // (Liège: four dead with him, three victims): no conflict.
      const counted = d.conflicts.map((c) => attackerCounted(c, d.a, d.b, figures));
      if (counted.every((e) => e !== null)) {
        notes.push(`not a conflict: ${d.conflicts.map((c) => `${c.a} / ${c.b}`).join(', ')} is one toll, with and without the attacker (the event's figures: ${counted.map((e) => `${e!.quantity}, ${e!.relation}`).join('; ')})`);
        return { ...d, relation: 'partial', conflicts: [] };
      }
      const [ta, tb] = [key(ra), key(rb)];
      // One outlet's two reports are its own revision, even two versions with one stored time.
      const own = ra !== rb && ra.outlet !== null && ra.outlet === rb.outlet;
      if (!ta || !tb || (ta === tb && !own)) return d;
      const placed = d.conflicts.map((c) => placeInTable(c, d.a, d.b, figures, own, [ra.id, rb.id]));
      if (placed.some((p) => p === null)) return d;
      const higher = (side: 'a' | 'b') => placed.every((p) => (side === 'b' ? p!.b.value! > p!.a.value! : p!.a.value! > p!.b.value!));
      // The later report must give the higher amount for every rival figure; of one outlet's two
      // reports with one time, the higher is the later; an outlet may also lower its own toll.
      // A value its own text calls an early toll (`11 جثة في حصيلة أولية`, `initial`) is the earlier
      // report, whenever the article that restates it was published.
      const initial = (side: 'a' | 'b') => placed.every((p) => p![side].stage === 'initial') && !placed.some((p) => p![side === 'a' ? 'b' : 'a'].stage === 'initial');
      const later = initial('a') ? 1 : initial('b') ? 0 : ta !== tb ? (ta < tb ? 1 : 0) : higher('b') ? 1 : higher('a') ? 0 : -1;
      if (later < 0) return d;
      const rises = higher(later === 1 ? 'b' : 'a');
      if (!rises && !(own && higher(later === 1 ? 'a' : 'b'))) return d;
      const steps = d.conflicts.map((c) => (later === 1 ? `${c.a} -> ${c.b}` : `${c.b} -> ${c.a}`)).join(', ');
      const entries = placed.map((p) => `${p!.entry.quantity}, ${p!.entry.relation === 'updated' ? 'updated' : 'in conflict between other reports'}`);
      // A rise in a later report reads as before; two versions with one time, or a toll lowered, are the outlet's revision.
      const what = own && (!rises || ta === tb) ? `${ra.outlet}'s own revision of its toll` : 'the toll rising in a later report';
      notes.push(`not a conflict: ${steps} is ${what} (the event's figures: ${entries.join('; ')})`);
      return { ...d, relation: 'partial', conflicts: [], updated: d.conflicts, updatedLater: later === 1 ? 'b' : 'a' };
    });
    if (notes.length === 0) return g;
    return { ...g, diffs, relation: groupRelation(diffs), status: memberStatuses(g.members, diffs), evidence: { ...g.evidence, notes: [...g.evidence.notes, ...notes] } };
  });
}
