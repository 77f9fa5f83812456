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
  const speaker = a && named(a.speaker) ? speakerBefore(claim, a.speaker!, offset) : null;
  if (a && speaker) return a.channel && named(a.channel) && a.channel !== speaker ? `${speaker} (via ${a.channel})` : speaker;
  let best: FramingFlag | null = null;
  for (const f of sourceFlags) {
    if (f.start < claim.start || f.end > claim.end) continue;
    if (!best || Math.abs(f.start - offset) < Math.abs(best.start - offset)) best = f;
  }
  if (best) return best.text;
  return a && named(a.channel) ? a.channel : null;
}

/**
 * The speaker, without the figure when the claims stage took the reporting verb's complement into
 * it (`أفادت تقارير بمقتل 37 شخصا`: the speaker read as `تقارير بمقتل 37 شخصا`): the words before
 * the figure, up to the preposition that opens what is reported (`بمقتل`, `عن`). Null when nothing
 * of the speaker is left.
 */
function speakerBefore(claim: Claim, speaker: string, offset: number): string | null {
  const at = claim.start + claim.text.indexOf(speaker);
  if (offset < at || offset >= at + speaker.length) return speaker;
  const words = claim.text.slice(at - claim.start, offset - claim.start).trim().split(/\s+/).filter(Boolean);
  // `بمقتل`, `بإصابة`, `عن مقتل`, `of`: the verb's complement starts at its preposition.
  const opens = words.findIndex((w, i) => i > 0 && (/^ب\p{L}{3,}/u.test(w) || ['عن', 'of', 'about'].includes(w)));
  const kept = (opens > 0 ? words.slice(0, opens) : words).join(' ').replace(/[،,:]+$/, '');
  return kept.length > 0 ? kept : null;
}
