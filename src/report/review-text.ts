// The reviewer's decisions in the plain-text view: a summary line near the top, a line under each
// reviewed item (or "not yet reviewed"), and what the reviewer set aside, with the engine's verdict.
import type { FigureEntry } from '../types.js';
import type { ClaimRef, EventModel, GroupView } from './event-model.js';
import { stripControls } from './escape.js';
import { figureVerdictText, markByline, markVerdictText, NOT_REVIEWED, reviewSummaryLine, unmatchedLine } from './review-view.js';

/** Untrusted text (a note, a reviewer's name, claim words) on one line. */
const inert = (text: string) => stripControls(text).replace(/\s+/g, ' ').trim();

/** `Reviewed: ...`, and the entries that no longer match; nothing when no review was applied. */
export function reviewSummaryText(model: EventModel): string[] {
  const r = model.review;
  if (!r) return [];
  const out = [inert(reviewSummaryLine(r.summary))];
  if (r.unmatched.length > 0) {
    out.push(`  ${r.unmatched.length} review entr${r.unmatched.length === 1 ? 'y no longer matches' : 'ies no longer match'} (the text changed since):`);
    for (const u of r.unmatched) out.push(`    ${inert(unmatchedLine(u))}`);
  }
  out.push('');
  return out;
}

/** The line under an item: its verdicts side by side and the note, or that no one reviewed it (with `--unreviewed mark`). */
export function reviewLine(model: EventModel, verdict: string | null, byline: string | null, reviewed: boolean, indent = '  '): string[] {
  if (!model.review) return [];
  const text = [verdict, byline].filter(Boolean).join(' · ');
  if (text) return [`${indent}${inert(text)}`];
  return !reviewed && model.review.display === 'mark' ? [`${indent}(${NOT_REVIEWED})`] : [];
}

export function groupReviewLines(model: EventModel, g: GroupView): string[] {
  return reviewLine(model, g.verdict, g.byline, g.reviewed);
}

/** A unique claim's suffix: `  [reviewer: confirmed · note: "..."]`, or `  [not yet reviewed]` with `--unreviewed mark`. */
export function claimReviewSuffix(model: EventModel, ref: ClaimRef): string {
  if (!model.review) return '';
  const text = [markVerdictText(ref.review ?? undefined), markByline(ref.review ?? undefined)].filter(Boolean).join(' · ');
  if (text) return `  [${inert(text)}]`;
  return model.review.display === 'mark' ? `  [${NOT_REVIEWED}]` : '';
}

/** Whether a figure entry carries a verdict or a correction. */
export function figureReviewed(entry: FigureEntry): boolean {
  return entry.review !== undefined && (entry.review.verdict !== null || entry.review.quantity !== null);
}

export function figureReviewLines(model: EventModel, entry: FigureEntry): string[] {
  const r = entry.review;
  return reviewLine(model, figureVerdictText(entry), markByline(r), figureReviewed(entry), '    ');
}

/** What the reviewer set aside: groups, framing flags and figures, each with the engine's verdict. */
export function setAsideText(model: EventModel): string[] {
  const r = model.review;
  if (!r || (model.setAside.length === 0 && r.flags.length === 0 && r.figures.length === 0)) return [];
  const out = ['', 'Set aside by the reviewer (not counted above)'];
  for (const g of model.setAside) {
    out.push(`  ${g.group.id} ${inert(g.verdict ?? '')}${g.byline ? ` · ${inert(g.byline)}` : ''}`);
    for (const m of g.members) out.push(`    [${m.letter}] ${inert(m.claim.text)}`);
  }
  const letter = (articleId: string) => model.letters[model.comparison.articles.findIndex((a) => a.id === articleId)] ?? '?';
  for (const { articleId, flag } of r.flags) {
    const byline = markByline(flag.review);
    out.push(`  flag [${letter(articleId)}] ${inert(flag.text)} (${flag.category}, ${inert(flag.rule)}): reviewer: ${flag.review?.verdict}${byline ? ` · ${inert(byline)}` : ''}`);
  }
  for (const f of r.figures) {
    const byline = markByline(f.review);
    out.push(`  figure ${f.id} ${f.quantity}: engine: ${f.relation}; reviewer: dismissed${byline ? ` · ${inert(byline)}` : ''}`);
  }
  return out;
}
