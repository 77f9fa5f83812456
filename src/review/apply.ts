// Applies a review file to a comparison: the reviewer's decisions are added beside the engine's
// (`review` on claims, groups, flags and figures, and on the comparison), never in their place, so
// every view can show both ("engine: partial; reviewer: conflict"). Recipe:
//   1. pairs of claims the reviewer merged (same fact) or split (different facts);
//   2. each claim group: its pairs' relations as corrected, split pairs cut, members without a pair
//      left out; set aside when disputed without a correction or split apart;
//   3. merged claims that no group holds together become a group of the reviewer's;
//   4. claims, flags and figures take their marks; the claims no group holds are the unique ones;
//   5. how much was reviewed, and the entries about these articles whose item is gone.
import type {
  Claim,
  ClaimGroup,
  Comparison,
  ComparisonReview,
  CorpusAnalysis,
  FigureValue,
  FramingComparison,
  FramingFlag,
  GroupReview,
  PairDiff,
  Relation,
  ReviewEntry,
  ReviewFile,
  ReviewItemKind,
  ReviewMark,
  ReviewSummary,
  UnmatchedReview,
} from '../types.js';
import { groupRelation, memberStatuses } from '../classify/group.js';
import { distinctIds, setId } from '../text/stable-id.js';
import { pairKey } from './edit.js';

/** An entry as a mark on its item. */
export function markOf(entry: ReviewEntry): ReviewMark {
  return { verdict: entry.verdict ?? null, note: entry.note ?? null, by: entry.by ?? null, at: entry.at ?? null };
}

/** A verdict or a correction: what makes an item reviewed (a note alone does not). */
function decides(entry: ReviewEntry | undefined): boolean {
  return entry !== undefined && (entry.verdict !== undefined || entry.relation !== undefined || entry.quantity !== undefined || entry.same !== undefined);
}

interface Pairs {
  /** Pairs the reviewer split. */
  split: Set<string>;
  /** A relation the reviewer gave a pair they merged. */
  relation: Map<string, Relation>;
  /** Pairs the reviewer merged, with their entries. */
  merged: Array<{ a: string; b: string; entry: ReviewEntry }>;
}

/** The entries that match this comparison's items, and which were used. */
class Entries {
  readonly used = new Set<string>();
  constructor(readonly all: Readonly<Record<string, ReviewEntry>>) {}
  get(id: string | undefined, kind: ReviewItemKind): ReviewEntry | undefined {
    const entry = id === undefined ? undefined : this.all[id];
    if (!entry || entry.kind !== kind) return undefined;
    this.used.add(id!);
    return entry;
  }
}

/** 1. Merges and splits among this comparison's claims. */
function readPairs(entries: Entries, claims: ReadonlyMap<string, Claim>): Pairs {
  const pairs: Pairs = { split: new Set(), relation: new Map(), merged: [] };
  for (const [key, entry] of Object.entries(entries.all)) {
    if (entry.kind !== 'pair' || entry.claims?.length !== 2) continue;
    const [a, b] = entry.claims.map((c) => c.id);
    if (!claims.has(a) || !claims.has(b)) continue;
    entries.used.add(key);
    const k = pairKey(a, b);
    if (entry.same === false) pairs.split.add(k);
    else {
      pairs.merged.push({ a, b, entry });
      if (entry.relation) pairs.relation.set(k, entry.relation);
    }
  }
  return pairs;
}

const NO_MARK: ReviewMark = { verdict: null, note: null, by: null, at: null };

/** 2. A group as the reviewer left it; the group itself when no decision touches it. */
function reviewGroup(group: ClaimGroup, entry: ReviewEntry | undefined, pairs: Pairs, articleOf: (id: string) => string, origin: GroupReview['origin'], base: ReviewMark = NO_MARK): ClaimGroup {
  const key = (d: PairDiff) => pairKey(d.a, d.b);
  const touched = origin === 'reviewer' || entry !== undefined || group.diffs.some((d) => pairs.split.has(key(d)) || pairs.relation.has(key(d)));
  if (!touched) return group;
  const corrected = entry?.relation ?? null;
  const split = group.diffs.filter((d) => pairs.split.has(key(d))).map((d): [string, string] => [d.a, d.b]);
  const diffs = group.diffs
    .filter((d) => !pairs.split.has(key(d)))
    .map((d) => {
      // A correction of the group speaks of its outlets: two claims of one article keep their pair.
      const relation = pairs.relation.get(key(d)) ?? (corrected && articleOf(d.a) !== articleOf(d.b) ? corrected : d.relation);
      return relation === d.relation ? d : { ...d, relation };
    });
  const members = group.members.filter((m) => diffs.some((d) => d.a === m || d.b === m));
  const apart = new Set(members.map(articleOf)).size < 2;
  const setAside = apart || (entry?.verdict === 'disputed' && corrected === null);
  const review: GroupReview = {
    ...(entry ? markOf(entry) : base),
    origin,
    corrected,
    relation: setAside ? null : groupRelation(diffs),
    members: apart ? [] : members,
    status: setAside ? [] : memberStatuses(members, diffs),
    split,
  };
  return { ...group, review };
}

/**
 * The relation of two merged claims the reviewer gave none: what the event's figures table already
 * says of them. Two different amounts of one quantity that the table calls a conflict are a
 * `conflict`, of an updated toll differ in detail (`partial`); anything else is `shared`.
 */
function figuresRelation(comparison: Comparison, a: string, b: string): Relation {
  const amount = (v: FigureValue) => `${v.qualifier} ${v.value ?? ''} ${v.range?.join('-') ?? ''}`;
  let relation: Relation = 'shared';
  for (const entry of comparison.figures ?? []) {
    if (entry.relation !== 'conflict' && entry.relation !== 'updated') continue;
    const [x, y] = [a, b].map((id) => entry.values.find((v) => v.claim === id));
    if (!x || !y || amount(x) === amount(y)) continue;
    if (entry.relation === 'conflict') return 'conflict';
    relation = 'partial';
  }
  return relation;
}

/** 3. Claims merged by the reviewer that no group of the engine holds together: one group per connected set. */
function reviewerGroups(comparison: Comparison, pairs: Pairs, order: ReadonlyMap<string, number>): Array<{ group: ClaimGroup; latest: ReviewEntry }> {
  const together = (a: string, b: string) => comparison.groups.some((g) => g.members.includes(a) && g.members.includes(b));
  const links = pairs.merged.filter(({ a, b }) => !together(a, b));
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.has(x) && parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const { a, b } of links) {
    for (const x of [a, b]) if (!parent.has(x)) parent.set(x, x);
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(rb, ra);
  }
  const sets = new Map<string, typeof links>();
  for (const link of links) {
    const root = find(link.a);
    sets.set(root, [...(sets.get(root) ?? []), link]);
  }
  const raw = [...sets.values()].map((set) => {
    const members = [...new Set(set.flatMap(({ a, b }) => [a, b]))].sort((x, y) => order.get(x)! - order.get(y)!);
    const diffs: PairDiff[] = set.map(({ a, b }) => ({ a, b, relation: pairs.relation.get(pairKey(a, b)) ?? figuresRelation(comparison, a, b), score: 1, parts: [], substitutions: [], conflicts: [] }));
    const latest = set.reduce((m, l) => ((l.entry.at ?? '') > (m.entry.at ?? '') ? l : m)).entry;
    const group: ClaimGroup = {
      id: setId('r', members),
      members,
      relation: groupRelation(diffs),
      score: 1,
      evidence: { stems: 0, dice: 0, sharedEntities: [], sharedQuotes: [], sharedNumbers: [], notes: ['grouped by the reviewer'] },
      diffs,
      status: memberStatuses(members, diffs),
    };
    return { group, latest };
  });
  const ids = distinctIds(raw.map((r) => r.group.id));
  return raw.map((r, k) => ({ ...r, group: { ...r.group, id: ids[k] } })).sort((x, y) => order.get(x.group.members[0])! - order.get(y.group.members[0])!);
}

/** The framing with the reviewer's marks on its flags. */
function reviewFraming(framing: FramingComparison | undefined, entries: Entries): FramingComparison | undefined {
  if (!framing) return framing;
  const marked = new Map<string, FramingFlag>();
  const flag = (f: FramingFlag): FramingFlag => {
    const entry = entries.get(f.id, 'flag');
    if (!entry) return f;
    const out = marked.get(f.id!) ?? { ...f, review: markOf(entry) };
    marked.set(f.id!, out);
    return out;
  };
  return {
    profiles: framing.profiles.map((p) => ({ ...p, flags: p.flags.map(flag) })),
    groups: framing.groups.map((g) => ({ ...g, members: g.members.map((m) => ({ ...m, flags: m.flags.map(flag) })) })),
  };
}

function emptySummary(): ReviewSummary {
  const item = () => ({ total: 0, reviewed: 0 });
  return { items: { group: item(), claim: item(), figure: item(), flag: item(), pair: item() }, confirmed: 0, disputed: 0, dismissed: 0, corrected: 0, notes: 0 };
}

/** Adds a review file's decisions to a comparison (see the recipe above). */
export function applyReview(comparison: Comparison, review: ReviewFile): Comparison {
  const entries = new Entries(review.entries);
  const claims = new Map(comparison.articles.flatMap((a) => a.claims.map((c) => [c.id, c] as const)));
  const order = new Map(comparison.articles.flatMap((a, i) => a.claims.map((c, k) => [c.id, i * 1e6 + k] as const)));
  const articleOf = (id: string) => claims.get(id)?.articleId ?? id;
  // 1-3.
  const pairs = readPairs(entries, claims);
  const groups = comparison.groups.map((g) => reviewGroup(g, entries.get(g.id, 'group'), pairs, articleOf, 'engine'));
  const own = reviewerGroups(comparison, pairs, order).map(({ group, latest }) =>
    reviewGroup(group, entries.get(group.id, 'group'), pairs, articleOf, 'reviewer', { ...markOf(latest), verdict: null, note: null }),
  );
  // 4. Marks, and the claims no group holds once the review is applied.
  const articles = comparison.articles.map((a) => {
    if (!a.claims.some((c) => review.entries[c.id]?.kind === 'claim')) return a;
    return { ...a, claims: a.claims.map((c) => {
      const entry = entries.get(c.id, 'claim');
      return entry ? { ...c, review: markOf(entry) } : c;
    }) };
  });
  const grouped = new Set([...groups, ...own].flatMap((g) => (g.review ? (g.review.relation === null ? [] : g.review.members) : g.members)));
  const unique = Object.fromEntries(comparison.articles.map((a) => [a.id, a.claims.filter((c) => !grouped.has(c.id)).map((c) => c.id)]));
  const framing = reviewFraming(comparison.framing, entries);
  const figures = comparison.figures?.map((f) => {
    const entry = entries.get(f.id, 'figure');
    return entry ? { ...f, review: { ...markOf(entry), quantity: entry.quantity ?? null } } : f;
  });
  // 5. How much was reviewed, and what no longer matches.
  const summary = emptySummary();
  const count = (kind: ReviewItemKind, entry: ReviewEntry | undefined, reviewed = decides(entry)) => {
    summary.items[kind].total += 1;
    if (reviewed) summary.items[kind].reviewed += 1;
  };
  for (const g of groups) count('group', review.entries[g.id]?.kind === 'group' ? review.entries[g.id] : undefined, decides(review.entries[g.id]) || (g.review?.split.length ?? 0) > 0);
  for (const g of own) count('group', undefined, true);
  for (const ids of Object.values(unique)) for (const id of ids) count('claim', review.entries[id]?.kind === 'claim' ? review.entries[id] : undefined);
  for (const f of figures ?? []) count('figure', f.review ? review.entries[f.id] : undefined);
  for (const p of framing?.profiles ?? []) for (const f of p.flags) count('flag', f.review ? review.entries[f.id!] : undefined);
  const articleIds = new Set(comparison.articles.map((a) => a.id));
  const unmatched: UnmatchedReview[] = [];
  for (const [id, entry] of Object.entries(review.entries)) {
    if (entries.used.has(id)) {
      if (entry.kind === 'pair') count('pair', entry);
      if (entry.verdict) summary[entry.verdict] += 1;
      if (entry.relation !== undefined || entry.quantity !== undefined || entry.same !== undefined) summary.corrected += 1;
      if (entry.note) summary.notes += 1;
    } else if (entry.articles.length > 0 && articleIds.has(entry.articles[0])) unmatched.push({ id, entry });
  }
  const added: ComparisonReview = { groups: own, unique, summary, unmatched };
  return { ...comparison, articles, groups, ...(framing ? { framing } : {}), ...(figures ? { figures } : {}), review: added };
}

/** A corpus with a review applied to each event's comparison, and the entries that matched no article read. */
export interface ReviewedCorpus {
  analysis: CorpusAnalysis;
  /** Entries about the articles read whose item is gone (each comparison's `review.unmatched`, together). */
  unmatched: UnmatchedReview[];
  /** How many entries are about articles that are not among the inputs. */
  elsewhere: number;
}

export function applyReviewCorpus(analysis: CorpusAnalysis, review: ReviewFile): ReviewedCorpus {
  const comparisons = analysis.comparisons.map((c) => applyReview(c, review));
  const read = new Set(analysis.comparisons.flatMap((c) => c.articles.map((a) => a.id)));
  const elsewhere = Object.values(review.entries).filter((e) => e.articles.length === 0 || !read.has(e.articles[0])).length;
  return { analysis: { ...analysis, comparisons }, unmatched: comparisons.flatMap((c) => c.review?.unmatched ?? []), elsewhere };
}
