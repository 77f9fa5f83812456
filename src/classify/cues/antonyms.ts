// Opposite words between two claims (ارتفع / انخفض, won / lost) from the antonym lexicon: only
// words each claim states plainly (not negated, not a denying verb, which negation handles: أكدت
// عدم / نفت is one denial), only words the other claim lacks, and only said of the same actor.
import type { Conflict, Token } from '../../types.js';
import type { ClaimFeatures } from '../../align/features.js';
import { antonymSides, findAntonym } from '../cues.js';
import { negationsOf, negatorKind } from './negation.js';
import { actorAgreement } from './actors.js';

/** Tokens of `x` whose stem and form are absent from `y`. */
function onlyIn(x: readonly Token[], y: readonly Token[]): Token[] {
  const stems = new Set(y.map((t) => t.stem));
  const norms = new Set(y.map((t) => t.norm));
  return x.filter((t) => !stems.has(t.stem) && !norms.has(t.norm));
}

/** The opposite words of two claims, if any, and whether both are said of one actor (1), different ones (0) or unknown (0.5). */
export interface AntonymCue {
  conflicts: Conflict[];
  /** An opposite pair was found, whatever its actors. */
  found: boolean;
  actor: number;
}

function plainWords(f: ClaimFeatures): Token[] {
  const negated = new Set(negationsOf(f).flatMap((n) => n.targets));
  return f.tokens.filter((t, i) => !negated.has(i) && negatorKind(f.tokens, i) === null && antonymSides(t).length > 0);
}

/** Rows of which a claim holds words of both sides (يرتفع بعد انخفاض): its own contrast, no cue. */
function bothSides(f: ClaimFeatures): Set<number> {
  const sides = new Map<number, Set<number>>();
  for (const t of f.tokens) for (const [row, side] of antonymSides(t)) (sides.get(row) ?? sides.set(row, new Set()).get(row)!).add(side);
  return new Set([...sides].filter(([, s]) => s.size === 2).map(([row]) => row));
}

/** 4. Opposite words said of the same actor, of a row neither claim holds both sides of. */
export function antonymCues(a: ClaimFeatures, b: ClaimFeatures): AntonymCue {
  const mixed = new Set([...bothSides(a), ...bothSides(b)]);
  const pair = findAntonym(onlyIn(plainWords(a), b.tokens), onlyIn(plainWords(b), a.tokens), mixed);
  if (!pair) return { conflicts: [], found: false, actor: 0 };
  const actor = actorAgreement(a, a.tokens.indexOf(pair[0]), b, b.tokens.indexOf(pair[1]));
  return { conflicts: actor > 0 ? [{ kind: 'antonym', a: pair[0].text, b: pair[1].text }] : [], found: true, actor };
}
