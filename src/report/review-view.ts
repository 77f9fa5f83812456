// The reviewer's decisions as every view shows them: the comparison as the reviewer left it (their
// relations, members and merges in place of the engine's, set-aside groups and dismissed or
// disputed flags out of the counts) beside the engine's own verdicts, a mark's words
// ("engine: partial; reviewer: conflict"), and how much was reviewed. It only picks the values the
// review step recorded in the Comparison (src/review); it decides nothing.
import type { ClaimGroup, Comparison, FigureEntry, FramingComparison, FramingFlag, ReviewMark, ReviewSummary, UnmatchedReview } from '../types.js';

/** What a view does with items that carry no reviewer's decision: show them, mark them, or hide them. */
export type UnreviewedDisplay = 'show' | 'mark' | 'hide';
export const UNREVIEWED_DISPLAYS: readonly UnreviewedDisplay[] = ['show', 'mark', 'hide'];

/** The words a view puts on an item no one has reviewed yet (with `--unreviewed mark`). */
export const NOT_REVIEWED = 'not yet reviewed';

/** A verdict or a correction makes an item reviewed; a note alone does not. */
export function isReviewed(item: { review?: ReviewMark & { corrected?: unknown; quantity?: unknown; origin?: unknown; split?: unknown[] } }): boolean {
  const r = item.review;
  if (!r) return false;
  return r.verdict !== null || (r.corrected ?? null) !== null || (r.quantity ?? null) !== null || r.origin === 'reviewer' || (r.split?.length ?? 0) > 0;
}

/** Flags a reviewer said are wrong (disputed) or not worth reporting (dismissed): out of every count. */
const setAsideFlag = (f: FramingFlag) => f.review?.verdict === 'disputed' || f.review?.verdict === 'dismissed';

/** The group as the reviewer left it: their relation, members and statuses in the engine's fields. */
function asReviewed(group: ClaimGroup): ClaimGroup {
  const r = group.review;
  if (!r || r.relation === null) return group;
  return { ...group, relation: r.relation, members: r.members, status: r.status };
}

function withoutFlags(framing: FramingComparison): FramingComparison {
  return {
    profiles: framing.profiles.map((p) => {
      if (!p.flags.some(setAsideFlag)) return p;
      const flags = p.flags.filter((f) => !setAsideFlag(f));
      const counts: typeof p.counts = {};
      for (const f of flags) counts[f.category] = (counts[f.category] ?? 0) + 1;
      return { ...p, flags, counts };
    }),
    groups: framing.groups.map((g) => ({ ...g, members: g.members.map((m) => ({ ...m, flags: m.flags.filter((f) => !setAsideFlag(f)) })).filter((m) => m.flags.length > 0) })),
  };
}

/** The review as views show it beside the comparison. */
export interface ReviewView {
  summary: ReviewSummary;
  /** Groups the reviewer set aside (disputed without a correction, or split apart): out of the findings, listed with the engine's verdict. */
  setAside: ClaimGroup[];
  /** Flags the reviewer disputed or dismissed, with their article. */
  flags: Array<{ articleId: string; flag: FramingFlag }>;
  /** Figure entries the reviewer dismissed. */
  figures: FigureEntry[];
  unmatched: UnmatchedReview[];
  display: UnreviewedDisplay;
}

/**
 * The comparison as the reviewer left it, and what they set aside; the comparison itself (and no
 * review) when none was applied. Engine groups keep their ids; the reviewer's groups follow them.
 */
export function reviewedComparison(comparison: Comparison, display: UnreviewedDisplay = 'show'): { comparison: Comparison; review: ReviewView | null } {
  const r = comparison.review;
  if (!r) return { comparison, review: null };
  const groups = [...comparison.groups, ...r.groups];
  const setAside = groups.filter((g) => g.review?.relation === null);
  const flags = (comparison.framing?.profiles ?? []).flatMap((p) => p.flags.filter(setAsideFlag).map((flag) => ({ articleId: p.articleId, flag })));
  const figures = (comparison.figures ?? []).filter((f) => f.review?.verdict === 'dismissed');
  const kept = groups.filter((g) => g.review?.relation !== null).map(asReviewed);
  const ids = new Set(kept.map((g) => g.id));
  const framing = comparison.framing ? withoutFlags(comparison.framing) : undefined;
  const shown: Comparison = {
    ...comparison,
    groups: kept,
    unique: r.unique,
    ...(framing ? { framing: { ...framing, groups: framing.groups.filter((g) => ids.has(g.groupId)) } } : {}),
    ...(comparison.figures ? { figures: comparison.figures.filter((f) => f.review?.verdict !== 'dismissed') } : {}),
  };
  return { comparison: shown, review: { summary: r.summary, setAside, flags, figures, unmatched: r.unmatched, display } };
}

/** `reviewer: confirmed`, `engine: partial; reviewer: conflict`, `reviewer: set aside (engine: conflict)`: the verdicts side by side. */
export function groupVerdictText(group: ClaimGroup, engine: ClaimGroup['relation'] = group.relation): string | null {
  const r = group.review;
  if (!r) return null;
  if (r.origin === 'reviewer') return `grouped by the reviewer: ${r.relation ?? 'set aside'}`;
  if (r.relation === null) return `engine: ${engine}; reviewer: ${r.split.length > 0 && r.members.length === 0 ? 'not one fact (split)' : 'disputed, set aside'}`;
  if (r.relation !== engine) return `engine: ${engine}; reviewer: ${r.relation}`;
  if (r.verdict) return `reviewer: ${r.verdict}`;
  if (r.split.length > 0) return `reviewer: split ${r.split.length} pair${r.split.length === 1 ? '' : 's'}`;
  return null;
}

/** `figure counts: engine killed; reviewer wounded`, or the verdict. */
export function figureVerdictText(entry: FigureEntry): string | null {
  const r = entry.review;
  if (!r) return null;
  const parts = [r.verdict ? `reviewer: ${r.verdict}` : null, r.quantity ? `counts ${r.quantity}, not ${entry.quantity} (reviewer)` : null].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : null;
}

/** A flag's or a claim's verdict: `reviewer: dismissed`. */
export function markVerdictText(mark: ReviewMark | undefined): string | null {
  return mark?.verdict ? `reviewer: ${mark.verdict}` : null;
}

/** `note: "..." (desk, 2026-01-05)`: the note with who and when, or who and when alone. */
export function markByline(mark: ReviewMark | undefined): string | null {
  if (!mark || (!mark.note && !mark.by && !mark.at)) return null;
  const who = [mark.by, mark.at?.slice(0, 10)].filter(Boolean).join(', ');
  return mark.note ? `note: "${mark.note}"${who ? ` (${who})` : ''}` : who ? `by ${who}` : null;
}

/** How much was reviewed, in one line: `Reviewed: 2 of 6 claim groups, 1 of 7 figures, 1 of 80 framing flags (2 confirmed, 1 disputed, 1 dismissed)`. */
export function reviewSummaryLine(summary: ReviewSummary): string {
  const { items } = summary;
  const kinds: Array<[keyof ReviewSummary['items'], string]> = [
    ['group', 'claim groups'],
    ['claim', 'claims only one outlet reports'],
    ['figure', 'figures'],
    ['flag', 'framing flags'],
  ];
  const parts = kinds.filter(([k]) => items[k].total > 0).map(([k, name]) => `${items[k].reviewed} of ${items[k].total} ${name}`);
  if (items.pair.total > 0) parts.push(`${items.pair.total} claim pair${items.pair.total === 1 ? '' : 's'} merged or split`);
  const verdicts = [
    summary.confirmed ? `${summary.confirmed} confirmed` : null,
    summary.disputed ? `${summary.disputed} disputed` : null,
    summary.dismissed ? `${summary.dismissed} dismissed` : null,
    summary.corrected ? `${summary.corrected} corrected` : null,
    summary.notes ? `${summary.notes} note${summary.notes === 1 ? '' : 's'}` : null,
  ].filter(Boolean);
  return `Reviewed: ${parts.join(', ') || 'nothing yet'}${verdicts.length > 0 ? ` (${verdicts.join(', ')})` : ''}`;
}

/** An entry that no longer matches, in one line: its id, kind, and the words it was about. */
export function unmatchedLine(u: UnmatchedReview): string {
  const what = u.entry.engine?.text ?? u.entry.claims?.[0]?.text ?? '';
  const decided = [u.entry.verdict, u.entry.relation && `relation ${u.entry.relation}`, u.entry.same === true ? 'same fact' : u.entry.same === false ? 'different facts' : null, u.entry.note && 'a note']
    .filter(Boolean)
    .join(', ');
  return `${u.id} (${u.entry.kind}${decided ? `: ${decided}` : ''})${what ? ` «${what.length > 80 ? `${what.slice(0, 79)}…` : what}»` : ''}`;
}
