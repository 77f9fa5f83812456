// The reviewer's decisions in the Markdown report: the same pieces as review-html.ts, escaped for
// CommonMark.
import type { ClaimRef, EventModel, GroupView } from './event-model.js';
import { escapeMarkdown as md } from './escape.js';
import { item } from './markdown-parts.js';
import { markByline, markVerdictText, NOT_REVIEWED, reviewSummaryLine, unmatchedLine } from './review-view.js';

export function reviewSummaryMd(model: EventModel): string[] {
  const r = model.review;
  if (!r) return [];
  const out = [`> **Review.** ${md(reviewSummaryLine(r.summary))}.`, ''];
  if (r.unmatched.length > 0) {
    out.push(`${r.unmatched.length} review entr${r.unmatched.length === 1 ? 'y no longer matches' : 'ies no longer match'} (the text changed since):`, '');
    for (const u of r.unmatched) out.push(item(md(unmatchedLine(u))));
    out.push('');
  }
  return out;
}

export function reviewMd(model: EventModel, verdict: string | null, byline: string | null, reviewed: boolean): string[] {
  if (!model.review) return [];
  if (verdict || byline) return [`*${md(verdict ?? 'reviewer: note')}*${byline ? ` · ${md(byline)}` : ''}`, ''];
  return !reviewed && model.review.display === 'mark' ? [`*${NOT_REVIEWED}*`, ''] : [];
}

export function groupReviewMd(model: EventModel, g: GroupView): string[] {
  return reviewMd(model, g.verdict, g.byline, g.reviewed);
}

/** A unique claim's suffix: ` (reviewer: confirmed · note ...)`. */
export function claimReviewMd(model: EventModel, ref: ClaimRef): string {
  const line = reviewMd(model, markVerdictText(ref.review ?? undefined), markByline(ref.review ?? undefined), (ref.review?.verdict ?? null) !== null);
  return line.length > 0 ? ` — ${line[0]}` : '';
}

export function setAsideMd(model: EventModel): string[] {
  const r = model.review;
  if (!r || (model.setAside.length === 0 && r.flags.length === 0 && r.figures.length === 0)) return [];
  const letter = (articleId: string) => model.letters[model.comparison.articles.findIndex((a) => a.id === articleId)] ?? '?';
  const out = ['## Set aside by the reviewer', '', "Items the reviewer disputed or dismissed: not counted in the sections above. The engine's verdict is kept beside the reviewer's.", ''];
  for (const g of model.setAside) {
    out.push(item(`Group ${md(g.group.id)}: ${md(g.verdict ?? '')}${g.byline ? ` · ${md(g.byline)}` : ''}`));
    for (const m of g.members) out.push(`  ${item(`**${md(m.letter)}** ${md(m.claim.text)}`)}`);
  }
  for (const { articleId, flag } of r.flags) {
    const byline = markByline(flag.review);
    out.push(item(`Framing flag **${md(letter(articleId))}** ${md(flag.text)} (${md(flag.category)}, ${md(flag.rule)}): reviewer: ${md(flag.review?.verdict ?? '')}${byline ? ` · ${md(byline)}` : ''}`));
  }
  for (const f of r.figures) {
    const byline = markByline(f.review);
    out.push(item(`Figure ${md(f.id)} (${md(f.quantity)}): engine: ${md(f.relation)}; reviewer: dismissed${byline ? ` · ${md(byline)}` : ''}`));
  }
  out.push('');
  return out;
}
