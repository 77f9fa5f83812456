// Who a figure is attributed to, where the text says: the claim's speaker or channel as the claims
// stage found it (`وفق ما أفاد مسؤولون`, `بحسب ما أعلنته هيئة إدارة الكوارث`), or else the source the
// framing stage found cited in the sentence (`وفق الدفاع المدني`, `according to the health ministry`).
// Reuses both stages; only what the sentence itself names is taken (a speaker carried over from the
// previous sentence is not, since the figure may be the outlet's own).
import type { Claim, FramingFlag } from '../types.js';

/** The source of a figure at `offset` in `claim`, or null. `sourceFlags` are the article's `source` flags in text order. */
export function sourceOf(claim: Claim, sourceFlags: readonly FramingFlag[], offset: number): string | null {
  const a = claim.attribution;
  const named = (x: string | null) => x !== null && claim.text.includes(x);
  if (a && named(a.speaker)) return a.channel && named(a.channel) && a.channel !== a.speaker ? `${a.speaker} (via ${a.channel})` : a.speaker;
  let best: FramingFlag | null = null;
  for (const f of sourceFlags) {
    if (f.start < claim.start || f.end > claim.end) continue;
    if (!best || Math.abs(f.start - offset) < Math.abs(best.start - offset)) best = f;
  }
  if (best) return best.text;
  return a && named(a.channel) ? a.channel : null;
}
