// The same statement put in the mouths of two different people: both claims name a person as the
// speaker, the two names share no word, neither claim names the other's speaker, and what they
// say is the same (a quotation in common, or most of the wording).
import type { Conflict } from '../../types.js';
import type { ClaimFeatures } from '../../align/features.js';
import { sameName } from './actors.js';

/** 6. Different named speakers of the same words. `same`: the claims say the same thing apart from who says it. */
export function speakerCues(a: ClaimFeatures, b: ClaimFeatures, same: boolean): Conflict[] {
  const [sa, sb] = [a.claim.attribution, b.claim.attribution];
  if (!sa?.speakerKey || !sb?.speakerKey || !sa.speaker || !sb.speaker || sa.speakerKey === sb.speakerKey) return [];
  const person = (f: ClaimFeatures, key: string) => f.claim.entities.some((e) => e.type === 'person' && e.key === key);
  // Only two named people count: a spokesman and his ministry are one voice, not a contradiction.
  if (!person(a, sa.speakerKey) || !person(b, sb.speakerKey)) return [];
  if (a.entityKeys.has(sb.speakerKey) || b.entityKeys.has(sa.speakerKey)) return [];
  if (sameName(sa.speaker, sb.speaker)) return [];
  const sharedQuote = a.quotes.some((q) => b.quotes.some((r) => r.key === q.key || r.key.includes(q.key) || q.key.includes(r.key)));
  if (!sharedQuote && !same) return [];
  return [{ kind: 'attribution', a: sa.speaker, b: sb.speaker }];
}
