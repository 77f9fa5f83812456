// When a date tells the day something was said, not the day it happened: the claims stage knows the
// speaker and the reporting verb, and both the alignment (two reports of their own days) and the
// classify stage (rival dates) need to set such days apart.
import type { Claim, DateMention } from '../../types.js';

/**
 * Where the claim's speaker (its attribution) stands in the article text, or null. A speaker of
 * more than three words that names no person is not trusted (the attribution finder may run on
 * into what was said: المتحدث العسكري وقوع الهجوم).
 */
export function speakerSpan(claim: Claim): { start: number; end: number } | null {
  const speaker = claim.attribution?.speaker;
  if (!speaker) return null;
  const person = claim.entities.some((e) => e.type === 'person' && speaker.includes(e.text));
  if (!person && speaker.trim().split(/\s+/).length > 2) return null;
  const at = claim.text.indexOf(speaker);
  return at < 0 ? null : { start: claim.start + at, end: claim.start + at + speaker.length };
}

/**
 * A date that tells when something was said, not when it happened: right before the reported
 * words (أعلن البيت الأبيض، الاثنين، أن ...; said on Monday that ...), right after who spoke
 * (أعلنت حركة طالبان، السبت، وقفا ...) or right after the reporting verb (أعلن في 19 مارس عن
 * مقتل ...). `text` is the article text the claim's and the date's offsets point into.
 */
export function saidOn(claim: Claim, text: string, d: Pick<DateMention, 'start' | 'end'>): boolean {
  if (/^[\s،,]*(أن|إن|أنه|إنه|أنها|إنها|that\b|:)/.test(text.slice(d.end, d.end + 12))) return true;
  const speaker = speakerSpan(claim);
  if (speaker !== null && speaker.end <= d.start && /^[\s،,]*(يوم\s*)?$/.test(text.slice(speaker.end, d.start))) return true;
  const verb = claim.attribution?.verb;
  const at = verb ? text.lastIndexOf(verb, d.start) : -1;
  return at >= 0 && /^[\s،,]*((في|يوم)\s+)?$/.test(text.slice(at + verb!.length, d.start));
}
