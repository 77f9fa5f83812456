// One-character marks of the reviewer's decisions for the terminal UI's lists, never colour alone:
// ✓ confirmed, ✗ disputed or set aside, ⊘ dismissed, ≠ corrected (a relation, a quantity, a group
// of the reviewer's), ✎ a note only; and the words the claim screen puts under its heading.
import type { ReviewMark } from '../../src/types.js';

type Reviewed = ReviewMark & { corrected?: unknown; quantity?: unknown; origin?: string; relation?: unknown; split?: unknown[] };

export const REVIEW_MARK_LEGEND = '✓ confirmed  ✗ disputed  ⊘ dismissed  ≠ corrected  ✎ note';

export function reviewMarker(review: Reviewed | null | undefined, setAside = false): string {
  if (setAside) return '✗';
  if (!review) return ' ';
  if (review.verdict === 'confirmed') return '✓';
  if (review.verdict === 'disputed') return '✗';
  if (review.verdict === 'dismissed') return '⊘';
  if ((review.corrected ?? null) !== null || (review.quantity ?? null) !== null || review.origin === 'reviewer' || (review.split?.length ?? 0) > 0) return '≠';
  return review.note ? '✎' : ' ';
}
