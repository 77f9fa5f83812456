// An article's full text cut into the pieces the reports mark: claims (with their label and
// status), removed boilerplate, and the plain text between them.
import type { ArticleResult } from '../types.js';
import type { ClaimRef } from './event-model.js';

/** Text pieces of an article with the claims and removed spans that cover them, for the full-text view. */
export type TextPiece =
  | { kind: 'text'; text: string }
  | { kind: 'claim'; text: string; ref: ClaimRef }
  | { kind: 'removed'; text: string; reason: string };

/**
 * The article text cut at its claims and removed spans. Spans come from the data, so they are
 * clamped to the text, and one that overlaps an earlier span is left out rather than duplicating text.
 */
export function textPieces(article: ArticleResult, refs: Map<string, ClaimRef>): TextPiece[] {
  const text = article.text;
  type Span = { start: number; end: number; piece: (t: string) => TextPiece };
  const spans: Span[] = [
    ...article.claims.map((c) => ({ start: c.start, end: c.end, piece: (t: string): TextPiece => ({ kind: 'claim', text: t, ref: refs.get(c.id)! }) })),
    ...article.removed.map((r) => ({ start: r.start, end: r.end, piece: (t: string): TextPiece => ({ kind: 'removed', text: t, reason: r.reason }) })),
  ]
    .map((s) => ({ ...s, start: Math.max(0, Math.min(s.start, text.length)), end: Math.max(0, Math.min(s.end, text.length)) }))
    .filter((s) => s.end > s.start)
    .sort((x, y) => x.start - y.start || y.end - x.end);
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    if (s.start > at) pieces.push({ kind: 'text', text: text.slice(at, s.start) });
    pieces.push(s.piece(text.slice(s.start, s.end)));
    at = s.end;
  }
  if (at < text.length) pieces.push({ kind: 'text', text: text.slice(at) });
  return pieces;
}
