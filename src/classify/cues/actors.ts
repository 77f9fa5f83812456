// Who a word of a claim is about: the names and nationalities standing near it in its clause (the
// subject after an Arabic verb, before an English one). Opposite words are a conflict only when
// both claims say them of the same actor: نددت السعودية / ترحيب إسرائيلي is two reactions.
import type { Token } from '../../types.js';
import type { ClaimFeatures } from '../../align/features.js';
import { foldName, foldWord } from '../../text/transliteration.js';
import { normalizeText } from '../../text/normalize.js';
import { datelineEnd } from './places.js';
import { once } from '../words.js';
import { nationalityOf, sameCountry } from '../cues.js';

/** How far from a word its actor may stand, in tokens. */
const REACH = 4;

/** The actor keys near token `k` of a claim: entity keys and folded nationalities. */
export function actorsNear(f: ClaimFeatures, k: number): Set<string> {
  const t = f.tokens[k];
  const from = f.tokens[Math.max(0, k - REACH)].start;
  const to = f.tokens[Math.min(f.tokens.length - 1, k + REACH)].end;
  // Stop at clause punctuation between the word and the name.
  const clause = (at: number) => !/[،,؛;.]/.test(f.text.slice(Math.min(at, t.start), Math.max(at, t.end)));
  const out = new Set<string>();
  for (const e of f.claim.entities) {
    if (e.type === 'other' || e.end <= from || e.start >= to || !clause(e.start < t.start ? e.end : e.start)) continue;
    out.add(e.key);
  }
  for (let j = Math.max(0, k - REACH); j <= Math.min(f.tokens.length - 1, k + REACH); j += 1) {
    const n = nationalityOf(f.tokens[j]);
    if (n && clause(f.tokens[j].start)) out.add(n);
  }
  return out;
}

/** The folded words of a name, two letters or more (أنطونيو غوتيريس -> انطن، غترس). */
function nameWords(name: string): Set<string> {
  return new Set(normalizeText(name).split(/[\s#_،,]+/).map(foldWord).filter((w) => w.length >= 2));
}

/**
 * True when two written names may be one person or body: they share a word once folded
 * (أنطونيو غوتيريس / أنطونيو غوتيريش, كارلس بيغديمونت / كارليس بوتشيمون, سلمان بن عبدالعزيز / الملك سلمان).
 */
export function sameName(a: string, b: string): boolean {
  const wb = nameWords(b);
  return [...nameWords(a)].some((w) => wb.has(w));
}

/** The nationality adjectives of a claim outside its dateline, folded, with their tokens. */
export const nationalitiesOf = once((f: ClaimFeatures): Map<string, Token> => {
  const dateline = datelineEnd(f.claim);
  const out = new Map<string, Token>();
  for (const t of f.tokens) {
    const n = t.end > dateline ? nationalityOf(t) : null;
    if (n && !out.has(n)) out.set(n, t);
  }
  return out;
});

/** Every actor a claim names anywhere (entities, nationalities), folded. */
export const actorsOf = once((f: ClaimFeatures): Set<string> => {
  const out = new Set<string>(f.claim.entities.filter((e) => e.type !== 'other').map((e) => e.key));
  for (const n of nationalitiesOf(f).keys()) out.add(n);
  return out;
});

function sameActor(x: string, y: string, texts: ReadonlyMap<string, string>): boolean {
  return x === y || sameCountry(texts.get(x) ?? x, texts.get(y) ?? y) || foldName(x) === foldName(y);
}

/**
 * 1 when the words `ka` of `a` and `kb` of `b` are said of the same actor, 0 when of different
 * ones, 0.5 when the claims do not say (neither names an actor near the word).
 */
export function actorAgreement(a: ClaimFeatures, ka: number, b: ClaimFeatures, kb: number): number {
  const [xa, xb] = [actorsNear(a, ka), actorsNear(b, kb)];
  const texts = new Map([...a.claim.entities, ...b.claim.entities].map((e) => [e.key, e.text] as const));
  if (xa.size > 0 && xb.size > 0) return [...xa].some((x) => [...xb].some((y) => sameActor(x, y, texts))) ? 1 : 0;
  // One side names its actor: the same actor when the other claim names it anywhere.
  const [named, other] = xa.size > 0 ? [xa, actorsOf(b)] : [xb, actorsOf(a)];
  if (named.size === 0) return 0.5;
  return [...named].some((x) => [...other].some((y) => sameActor(x, y, texts))) ? 1 : other.size === 0 ? 0.5 : 0;
}
