// The reviewer's decisions in the HTML report: how much was reviewed (near the top), a line on each
// reviewed item with the engine's verdict beside the reviewer's, "not yet reviewed" on the others
// when asked, and what the reviewer set aside. Every note and name is escaped like article text.
import type { ClaimRef, EventModel, GroupView } from './event-model.js';
import { bdi, esc, letterBadge } from './html-parts.js';
import { markByline, markVerdictText, NOT_REVIEWED, reviewSummaryLine, unmatchedLine } from './review-view.js';

/** The summary paragraph, and the entries that no longer match; empty without a review. */
export function reviewSummaryHtml(model: EventModel): string {
  const r = model.review;
  if (!r) return '';
  const unmatched = r.unmatched.length
    ? `<details><summary>${r.unmatched.length} review entr${r.unmatched.length === 1 ? 'y no longer matches' : 'ies no longer match'} (the text changed since)</summary><ul class="small">${r.unmatched.map((u) => `<li>${bdi(unmatchedLine(u))}</li>`).join('')}</ul></details>`
    : '';
  return `<div class="note review-summary" role="note"><p><strong>Review.</strong> ${esc(reviewSummaryLine(r.summary))}.</p>${unmatched}</div>`;
}

/** A line under an item: its verdicts and note, or "not yet reviewed" (with `--unreviewed mark`). */
export function reviewHtml(model: EventModel, verdict: string | null, byline: string | null, reviewed: boolean): string {
  if (!model.review) return '';
  if (verdict || byline) return `<p class="review"><span class="review-verdict">${esc(verdict ?? 'reviewer: note')}</span>${byline ? ` · ${bdi(byline)}` : ''}</p>`;
  return !reviewed && model.review.display === 'mark' ? `<p class="review review-pending">${NOT_REVIEWED}</p>` : '';
}

export function groupReviewHtml(model: EventModel, g: GroupView): string {
  return reviewHtml(model, g.verdict, g.byline, g.reviewed);
}

export function claimReviewHtml(model: EventModel, ref: ClaimRef): string {
  return reviewHtml(model, markVerdictText(ref.review ?? undefined), markByline(ref.review ?? undefined), (ref.review?.verdict ?? null) !== null);
}

/** Groups, flags and figures the reviewer set aside, with the engine's verdict; empty when none. */
export function setAsideHtml(model: EventModel): string {
  const r = model.review;
  if (!r || (model.setAside.length === 0 && r.flags.length === 0 && r.figures.length === 0)) return '';
  const index = (articleId: string) => model.comparison.articles.findIndex((a) => a.id === articleId);
  const items = [
    ...model.setAside.map(
      (g) =>
        `<li>Group ${esc(g.group.id)}: ${esc(g.verdict ?? '')}${g.byline ? ` · ${bdi(g.byline)}` : ''}<ul>${g.members
          .map((m) => `<li>${letterBadge(model, m.article)} <bdi>${esc(m.claim.text)}</bdi></li>`)
          .join('')}</ul></li>`,
    ),
    ...r.flags.map(({ articleId, flag }) => {
      const byline = markByline(flag.review);
      return `<li>Framing flag ${letterBadge(model, index(articleId))} ${bdi(flag.text)} (${esc(flag.category)}, ${bdi(flag.rule)}): reviewer: ${esc(flag.review?.verdict ?? '')}${byline ? ` · ${bdi(byline)}` : ''}</li>`;
    }),
    ...r.figures.map((f) => {
      const byline = markByline(f.review);
      return `<li>Figure ${esc(f.id)} (${esc(f.quantity)}): engine: ${esc(f.relation)}; reviewer: dismissed${byline ? ` · ${bdi(byline)}` : ''}</li>`;
    }),
  ];
  return `<section id="set-aside" aria-labelledby="set-aside-h"><h2 id="set-aside-h">Set aside by the reviewer</h2>\n<p>Items the reviewer disputed or dismissed: not counted in the sections above. The engine's verdict is kept beside the reviewer's.</p><ul>${items.join('')}</ul>\n</section>`;
}
