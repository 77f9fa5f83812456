// Whether a claim asserts what it says: a hedge (قد يعالج, ربما, may) or a question (هل استطاع؟)
// states nothing, so one such claim against a plain one differs in what it commits to.
import type { Token } from '../../types.js';
import type { ClaimFeatures } from '../../align/features.js';
import { normalizeText } from '../../text/normalize.js';
import { hedgeWords, questionWords } from '../lexicons/modality.js';
import { cliticFree, once } from '../words.js';

const HEDGES = new Set(hedgeWords.map(normalizeText));
const QUESTIONS = new Set(questionWords.map(normalizeText));
/** قد before a present verb is "may" (قد يعالج); before a past verb it is "has" (قد أعلن). */
const PRESENT = /^[يتن][\u0621-\u064A]{2,}$/;

/** True when the claim hedges: a hedge word, or قد before a present verb. */
export const hedges = once((f: ClaimFeatures): boolean =>
  f.tokens.some((t: Token, k: number) => cliticFree(t.norm).some((w) => HEDGES.has(w) || (w === 'قد' && PRESENT.test(f.tokens[k + 1]?.norm ?? '')))),
);

/** True when the claim is a question: a question mark, or an Arabic question word first (هل, كيف). */
export const asks = once((f: ClaimFeatures): boolean => {
  if (/[?؟]\s*$/.test(f.claim.text)) return true;
  const first = f.tokens[0];
  return first !== undefined && /[\u0621-\u064A]/.test(first.norm) && cliticFree(first.norm).some((w) => QUESTIONS.has(w));
});
