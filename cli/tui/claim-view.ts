// The claim screen's model: the aligned claims of a group side by side, each with its own status
// (and whom it conflicts with) and cut into runs that the other outlets share or not (placed by the
// word diffs' offsets), with framing flags, attribution and figures; or a unique claim with the
// outlets that leave it out.
import type { Claim, ClaimGroup, ClaimKind, Comparison, FramingFlag, Substitution } from '../../src/types.js';
import { againstLabels, conflictSides, updateSteps, type ClaimRef, type ClaimStatus, type EventModel, type RivalValues, type UpdateStep } from '../../src/report/event-model.js';
import { eventModel } from './event-models.js';
import { reviewMarker } from './review-marks.js';

/** A run of a claim's text as written. */
export interface ClaimSegment {
  text: string;
  /** Not in the aligned claim of the other outlet(s). */
  changed: boolean;
  flag: FramingFlag | null;
}

/** An outlet that leaves the claim out. */
export interface OutletColumn {
  letter: string;
  outlet: string;
  articleId: string;
}

export interface ClaimColumn {
  claimId: string;
  article: number;
  letter: string;
  outlet: string;
  /** The claim's own status in its group (or `unique`). */
  status: ClaimStatus;
  /** Labels (`B3`) of the claims it conflicts with. */
  against: string[];
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
  /** The group's relation, or `unique`. */
  status: ClaimStatus;
  score: number | null;
  columns: ClaimColumn[];
  /** Outlets that do not report the claim. */
  absent: OutletColumn[];
  substitutions: Substitution[];
  /** Rival values of the group's pairs, each with the claim that gives it. */
  conflicts: RivalValues[];
  /** Rival figures the event's figures read as a toll rising in a later report (the pair is partial), earlier report first. */
  updated: UpdateStep[];
  /** Why the claims were aligned, one fact per line. */
  evidence: string[];
  /** Word choices the framing stage marks as differing (when the comparison has framing). */
  framingSubstitutions: Substitution[];
  /** The engine's and the reviewer's verdicts side by side, and the reviewer's note, when reviewed. */
  verdict: string | null;
  byline: string | null;
  /** The reviewer set the group aside (disputed without a correction, or split apart). */
  setAside: boolean;
  /** The reviewer's mark (✓ ✗ ⊘ ≠ ✎, or a space). */
  mark: string;
  /** Who stands behind the group: `reported by 4 outlets, 2 independent: ...` (null for a unique claim or without origins). */
  origins: string | null;
  /** Edits of one text and sources several origins quote, one per line. */
  originNotes: string[];
}

/**
 * Ranges of the claim (offsets in its text) that its diffs mark as its own: the `-` parts of the
 * diffs where it is the first claim, the `+` parts where it is the second, each placed by the
 * offsets the diff records in the article text. With more than two outlets, the union over its
 * diffs: the words some other outlet does not share.
 */
export function changedRanges(ref: ClaimRef, group: ClaimGroup | null = ref.group): Array<[number, number]> {
  const claim = ref.claim;
  const ranges: Array<[number, number]> = [];
  for (const d of group?.diffs ?? []) {
    const side = d.a === claim.id ? 'a' : d.b === claim.id ? 'b' : null;
    if (!side) continue;
    for (const part of d.parts) {
      const at = part.op === (side === 'a' ? '-' : '+') ? part[side] : undefined;
      if (at) ranges.push([at[0] - claim.start, at[1] - claim.start]);
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

/** A claim's column in the view of `group` (its status and diff there: a claim may sit in several groups). */
function column(model: EventModel, ref: ClaimRef, group: ClaimGroup | null = ref.group): ClaimColumn {
  const flags = claimFlags(model.comparison, ref.claim, group?.id ?? null);
  const own = group?.status.find((s) => s.claim === ref.claim.id);
  return {
    claimId: ref.claim.id,
    article: ref.article,
    letter: ref.letter,
    outlet: model.outlets[ref.article],
    status: own?.relation ?? ref.status,
    against: againstLabels(model, own ? { ...ref, against: own.against } : ref),
    kind: ref.claim.kind,
    segments: claimSegments(ref.claim, changedRanges(ref, group), flags),
    attribution: formatAttribution(ref.claim),
    numbers: formatNumbers(ref.claim),
    flags,
  };
}

/** The view of a claim group (by group id) or of a unique claim (by claim id); null if neither. */
export function buildClaimView(comparison: Comparison, rowId: string): ClaimView | null {
  const model = eventModel(comparison);
  // The story rows hold the groups the reviewer set aside too.
  const row = model.story.find((r) => r.id === rowId);
  const ref = row ? null : model.refs.get(rowId);
  const members = row ? row.members : ref ? [ref] : null;
  if (!members) return null;
  const present = new Set(members.map((m) => m.article));
  const absent = comparison.articles
    .map((a, k) => ({ letter: model.letters[k], outlet: model.outlets[k], articleId: a.id }))
    .filter((_, k) => !present.has(k));
  const group = row?.group?.group ?? null;
  if (!group) {
    const only = members[0];
    return {
      rowId,
      kind: 'unique',
      status: only.status,
      score: null,
      columns: [column(model, only)],
      absent,
      substitutions: [],
      conflicts: [],
      updated: [],
      evidence: [],
      framingSubstitutions: [],
      verdict: row?.verdict ?? null,
      byline: row?.byline ?? null,
      setAside: false,
      mark: reviewMarker(only.review),
      origins: null,
      originNotes: [],
    };
  }
  const independence = row?.group?.independence ?? null;
  const e = group.evidence;
  return {
    rowId,
    kind: 'group',
    status: group.relation,
    score: group.score,
    columns: members.map((m) => column(model, m, group)),
    absent,
    substitutions: group.diffs.flatMap((d) => d.substitutions),
    conflicts: group.diffs.flatMap((d) => conflictSides(model, d)),
    updated: group.diffs.flatMap((d) => updateSteps(model, d)),
    evidence: [
      `stems ${e.stems} · dice ${e.dice}`,
      ...(e.sharedEntities.length ? [`names: ${e.sharedEntities.join(', ')}`] : []),
      ...(e.sharedNumbers.length ? [`figures: ${e.sharedNumbers.join(', ')}`] : []),
      ...(e.sharedQuotes.length ? [`quotes: ${e.sharedQuotes.join(' | ')}`] : []),
      ...e.notes,
    ],
    framingSubstitutions: comparison.framing?.groups.find((g) => g.groupId === group.id)?.substitutions ?? [],
    verdict: row!.verdict,
    byline: row!.byline,
    setAside: row!.setAside,
    mark: reviewMarker(group.review, row!.setAside),
    origins: independence?.summary ?? null,
    originNotes: independence ? [...independence.edits, ...independence.sharedSources] : [],
  };
}
