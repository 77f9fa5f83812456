// The claim screen's model: the aligned claims of a group side by side, each cut into runs that
// are the same as in the other outlets or differ from them (from the group's word diffs), with
// framing flags, attribution and figures; or a unique claim with the outlets that leave it out.
import type { ArticleResult, Claim, ClaimKind, Comparison, Conflict, FramingFlag, Substitution } from '../../src/types.js';
import { articleLetter, claimIndex, outletName } from '../../src/report/labels.js';
import { claimMarks, type ClaimStatus } from './claim-status.js';
import type { MatrixColumn } from './coverage-matrix.js';

/** A run of a claim's text as written. */
export interface ClaimSegment {
  text: string;
  /** Not in the aligned claim of the other outlet(s). */
  changed: boolean;
  flag: FramingFlag | null;
}

export interface ClaimColumn {
  claimId: string;
  article: number;
  letter: string;
  outlet: string;
  status: ClaimStatus;
  kind: ClaimKind;
  segments: ClaimSegment[];
  /** `speaker: X · verb: Y · via: Z`, or null when the claim is not attributed. */
  attribution: string | null;
  /** Figures as written with their values: `27 ألفاً و708` and `27708 شهداء`. */
  numbers: Array<{ text: string; value: string }>;
  flags: FramingFlag[];
}

export interface ClaimView {
  rowId: string;
  kind: 'group' | 'unique';
  status: ClaimStatus;
  score: number | null;
  columns: ClaimColumn[];
  /** Outlets that do not report the claim. */
  absent: MatrixColumn[];
  substitutions: Substitution[];
  conflicts: Conflict[];
  /** Why the claims were aligned, one fact per line. */
  evidence: string[];
  /** Word choices the framing stage marks as differing (when the comparison has framing). */
  framingSubstitutions: Substitution[];
}

const BOUNDARY = /[\s\p{P}\p{S}]/u;

/** Where `needle` occurs in `text` from `from` on, as whole words when it can; -1 when absent. */
function findRun(text: string, needle: string, from: number): number {
  let at = text.indexOf(needle, from);
  const first = at;
  while (at >= 0) {
    const before = at === 0 || BOUNDARY.test(text[at - 1]);
    const after = at + needle.length >= text.length || BOUNDARY.test(text[at + needle.length]);
    if (before && after) return at;
    at = text.indexOf(needle, at + 1);
  }
  return first;
}

/**
 * Ranges of the claim (offsets in its text) that its diffs mark as its own: `-` parts when it is
 * the first claim of a diff, `+` parts when it is the second. With more than two outlets the union
 * over its diffs: the words some other outlet does not share.
 */
export function changedRanges(comparison: Comparison, groupId: string, claim: Claim): Array<[number, number]> {
  const group = comparison.groups.find((g) => g.id === groupId);
  if (!group) return [];
  const ranges: Array<[number, number]> = [];
  for (const d of group.diffs) {
    const side = d.a === claim.id ? '-' : d.b === claim.id ? '+' : null;
    if (!side) continue;
    let cursor = 0;
    for (const part of d.parts) {
      // The first claim's text holds only its `-` parts in order (`=` runs are quoted from the second).
      if (part.op !== side && !(side === '+' && part.op === '=')) continue;
      const at = findRun(claim.text, part.text, cursor);
      if (at < 0) continue;
      if (part.op === side) ranges.push([at, at + part.text.length]);
      cursor = at + part.text.length;
    }
  }
  return ranges;
}

/** The framing flags inside the claim, from the article's profile and the group's framing. */
export function claimFlags(comparison: Comparison, claim: Claim, groupId: string | null): FramingFlag[] {
  const framing = comparison.framing;
  if (!framing) return [];
  const profile = framing.profiles.find((p) => p.articleId === claim.articleId);
  const inProfile = (profile?.flags ?? []).filter((f) => f.start >= claim.start && f.end <= claim.end);
  const inGroup = framing.groups.find((g) => g.groupId === groupId)?.members.find((m) => m.claimId === claim.id)?.flags ?? [];
  const seen = new Set<string>();
  return [...inProfile, ...inGroup]
    .filter((f) => {
      const key = `${f.start}:${f.end}:${f.rule}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start);
}

/** The claim's text cut at every change and flag boundary. */
export function claimSegments(claim: Claim, changed: ReadonlyArray<[number, number]>, flags: readonly FramingFlag[]): ClaimSegment[] {
  const local = flags.map((f) => ({ flag: f, start: f.start - claim.start, end: f.end - claim.start }));
  const cuts = new Set<number>([0, claim.text.length]);
  for (const [a, b] of changed) cuts.add(a).add(b);
  for (const f of local) cuts.add(Math.max(0, f.start)).add(Math.min(claim.text.length, f.end));
  const points = [...cuts].filter((p) => p >= 0 && p <= claim.text.length).sort((a, b) => a - b);
  const out: ClaimSegment[] = [];
  for (let k = 0; k + 1 < points.length; k += 1) {
    const [a, b] = [points[k], points[k + 1]];
    const isChanged = changed.some(([x, y]) => x <= a && b <= y);
    const flag = local.find((f) => f.start <= a && b <= f.end)?.flag ?? null;
    const last = out[out.length - 1];
    if (last && last.changed === isChanged && last.flag === flag) last.text += claim.text.slice(a, b);
    else out.push({ text: claim.text.slice(a, b), changed: isChanged, flag });
  }
  return out;
}

export function formatAttribution(claim: Claim): string | null {
  const a = claim.attribution;
  if (!a || (!a.speaker && !a.verb && !a.channel)) return null;
  return [a.speaker && `speaker: ${a.speaker}`, a.verb && `verb: ${a.verb}`, a.channel && `via: ${a.channel}`].filter(Boolean).join(' · ');
}

export function formatNumbers(claim: Claim): Array<{ text: string; value: string }> {
  return claim.numbers
    .filter((n) => !n.isDateLike)
    .map((n) => {
      const value = n.low !== n.high && n.qualifier !== 'exact' ? `${n.low}..${n.high}` : String(n.value);
      return { text: n.text, value: `${value}${n.qualifier !== 'exact' ? ` (${n.qualifier})` : ''}${n.counts ? ` ${n.counts}` : ''}` };
    });
}

function column(comparison: Comparison, article: number, claim: Claim, groupId: string | null, status: ClaimStatus): ClaimColumn {
  const a: ArticleResult = comparison.articles[article];
  const flags = claimFlags(comparison, claim, groupId);
  return {
    claimId: claim.id,
    article,
    letter: articleLetter(article),
    outlet: outletName(a),
    status,
    kind: claim.kind,
    segments: claimSegments(claim, groupId ? changedRanges(comparison, groupId, claim) : [], flags),
    attribution: formatAttribution(claim),
    numbers: formatNumbers(claim),
    flags,
  };
}

/** The view of a claim group (by group id) or of a unique claim (by claim id); null if neither. */
export function buildClaimView(comparison: Comparison, rowId: string): ClaimView | null {
  const index = claimIndex(comparison);
  const marks = claimMarks(comparison);
  const allColumns: MatrixColumn[] = comparison.articles.map((a, k) => ({ letter: articleLetter(k), outlet: outletName(a), articleId: a.id }));
  const group = comparison.groups.find((g) => g.id === rowId);
  if (group) {
    const members = group.members
      .map((id) => index.get(id)!)
      .sort((x, y) => x.article - y.article || x.claim.start - y.claim.start);
    const columns = members.map((m) => column(comparison, m.article, m.claim, group.id, marks.get(m.claim.id)?.status ?? group.relation));
    const present = new Set(members.map((m) => m.article));
    const e = group.evidence;
    return {
      rowId,
      kind: 'group',
      status: group.relation,
      score: group.score,
      columns,
      absent: allColumns.filter((_, k) => !present.has(k)),
      substitutions: group.diffs.flatMap((d) => d.substitutions),
      conflicts: group.diffs.flatMap((d) => d.conflicts),
      evidence: [
        `stems ${e.stems} · dice ${e.dice}`,
        ...(e.sharedEntities.length ? [`names: ${e.sharedEntities.join(', ')}`] : []),
        ...(e.sharedNumbers.length ? [`figures: ${e.sharedNumbers.join(', ')}`] : []),
        ...(e.sharedQuotes.length ? [`quotes: ${e.sharedQuotes.join(' | ')}`] : []),
        ...e.notes,
      ],
      framingSubstitutions: comparison.framing?.groups.find((g) => g.groupId === group.id)?.substitutions ?? [],
    };
  }
  const found = index.get(rowId);
  if (!found) return null;
  return {
    rowId,
    kind: 'unique',
    status: marks.get(rowId)?.status ?? 'unique',
    score: null,
    columns: [column(comparison, found.article, found.claim, marks.get(rowId)?.groupId ?? null, marks.get(rowId)?.status ?? 'unique')],
    absent: allColumns.filter((_, k) => k !== found.article),
    substitutions: [],
    conflicts: [],
    evidence: [],
    framingSubstitutions: [],
  };
}
