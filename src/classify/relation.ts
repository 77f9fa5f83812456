// Types the relation between two aligned claims: `conflict` (incompatible figures or dates,
// negation, opposite words, swapped places, different speakers), `partial` (one adds or drops
// detail) or `shared` (the same claim, possibly paraphrased). Numbered steps, one cue each.
import type { ClassifyOptions, Conflict, NumberMention, Relation, Token } from '../types.js';
import type { ClaimFeatures } from '../align/features.js';
import type { WordDiff } from '../align/word-diff.js';
import { numbersCompatible } from '../text/numbers.js';
import { antonymSides, findAntonym, isCasualtyWord, isFailureWord, nationalityOf, negationIndices, sameCountry } from './cues.js';

export interface RelationResult {
  relation: Relation;
  conflicts: Conflict[];
  notes: string[];
  /** Share of each claim's rarity-weighted content found in the other, 0..1. */
  coverage: [number, number];
}

/** Share of `a`'s TF-IDF weight whose stems also occur in `b`. */
function coverage(a: ClaimFeatures, b: ClaimFeatures): number {
  let total = 0;
  let found = 0;
  for (const [term, w] of a.weights) {
    total += w * w;
    if (b.weights.has(term)) found += w * w;
  }
  return total > 0 ? found / total : 0;
}

function countsKey(n: NumberMention): string | null {
  return n.counts ? n.counts.replace(/[\u064B-\u065F]/g, '').slice(0, 4) : null;
}

/**
 * 1. Figures: a figure of one claim that agrees with none of the other's, where the other has a
 * figure for the same thing (same counted noun, or swapped for it in the diff), is a conflict.
 */
function figureConflicts(a: ClaimFeatures, b: ClaimFeatures, diff: WordDiff, notes: string[]): Conflict[] {
  const swappedA = new Set<number>();
  const swappedB = new Set<number>();
  for (const h of diff.hunks) {
    if (!h.removed.some((t) => t.isNumber) || !h.added.some((t) => t.isNumber)) continue;
    for (const t of h.removed) swappedA.add(t.start);
    for (const t of h.added) swappedB.add(t.start);
  }
  const inSwap = (n: NumberMention, swapped: Set<number>) => [...swapped].some((s) => s >= n.start && s < n.end);
  const conflicts: Conflict[] = [];
  for (const x of a.figures) {
    const agreeing = b.figures.find((y) => numbersCompatible(x, y));
    if (agreeing) {
      if (agreeing.value !== x.value) notes.push(`figures agree: ${x.text} ~ ${agreeing.text}`);
      continue;
    }
    const rival = b.figures.find((y) => {
      if (a.figures.some((z) => numbersCompatible(z, y))) return false;
      const kx = countsKey(x);
      const ky = countsKey(y);
      if (kx !== null && ky !== null) return kx === ky;
      return inSwap(x, swappedA) && inSwap(y, swappedB);
    });
    if (rival) conflicts.push({ kind: 'number', a: x.text, b: rival.text });
  }
  return conflicts;
}

/** 2. Dates of the same precision that differ, when they are what the diff changes. */
function dateConflicts(a: ClaimFeatures, b: ClaimFeatures): Conflict[] {
  const da = a.claim.dates.filter((d) => d.precision === 'day' && d.iso);
  const db = b.claim.dates.filter((d) => d.precision === 'day' && d.iso);
  if (da.length === 0 || db.length === 0) return [];
  const isoB = new Set(db.map((d) => d.iso));
  const isoA = new Set(da.map((d) => d.iso));
  const onlyA = da.filter((d) => !isoB.has(d.iso));
  const onlyB = db.filter((d) => !isoA.has(d.iso));
  return onlyA.length > 0 && onlyB.length > 0 ? [{ kind: 'date', a: onlyA[0].text, b: onlyB[0].text }] : [];
}

/** Tokens of `x` whose stem does not occur in `y`. */
function onlyIn(x: readonly Token[], y: readonly Token[]): Token[] {
  const stems = new Set(y.map((t) => t.stem));
  const norms = new Set(y.map((t) => t.norm));
  return x.filter((t) => !stems.has(t.stem) && !norms.has(t.norm));
}

/**
 * 3. Negation: one claim negates a word that the other states plainly (لم يشارك / شارك). A
 * negation of something the other claim does not mention (لم يسمه, عدم تكرار) is only detail.
 */
function negationConflict(a: ClaimFeatures, b: ClaimFeatures): Conflict[] {
  for (const [x, y, side] of [[a, b, 0], [b, a, 1]] as const) {
    const negatedX = negationIndices(x.tokens);
    const negatedY = new Set(negationIndices(y.tokens).map((i) => y.tokens[i].norm));
    for (const i of negatedX) {
      if (negatedY.has(x.tokens[i].norm)) continue;
      // The negated word: the next content word (لم يشارك), or the negating verb's object (نفى مشاركته).
      const following = x.tokens.slice(i + 1, i + 3).filter((t) => !t.isStop);
      const target = following[0];
      if (!target) continue;
      // "Without casualties" (دون سقوط ضحايا) against any casualty word or count of the other claim.
      const noCasualties = following.some(isCasualtyWord) && y.tokens.some(isCasualtyWord);
      const plain = noCasualties || y.tokens.some((t) => t.stem === target.stem || t.norm === target.norm);
      if (!plain) continue;
      const text = `${x.tokens[i].text} ${target.text}`;
      return [side === 0 ? { kind: 'negation', a: text, b: '' } : { kind: 'negation', a: '', b: text }];
    }
  }
  return [];
}

/** 3b. One claim says the action failed (تفشل في التصدي) where the other, otherwise close, does not. */
function failureConflict(a: ClaimFeatures, b: ClaimFeatures, score: number, sharedThreshold: number): Conflict[] {
  if (score < sharedThreshold) return [];
  const fa = a.tokens.find(isFailureWord);
  const fb = b.tokens.find(isFailureWord);
  if ((fa && fb) || (!fa && !fb)) return [];
  return fa ? [{ kind: 'negation', a: fa.text, b: '' }] : [{ kind: 'negation', a: '', b: fb!.text }];
}

/** 4b. A single figure or year swapped for another in the same place of the sentence. */
function swappedFigures(diff: WordDiff): Conflict[] {
  for (const h of diff.hunks) {
    if (h.removed.length !== 1 || h.added.length !== 1) continue;
    const [x, y] = [h.removed[0], h.added[0]];
    if (x.isNumber && y.isNumber && x.norm !== y.norm) {
      const year = (t: typeof x) => /^(19|20)\d\d$/.test(t.norm);
      return [{ kind: year(x) && year(y) ? 'date' : 'number', a: x.text, b: y.text }];
    }
  }
  return [];
}

/** 4. Opposite words: one claim says a thing rose where the other says it fell. A negated word (لم يوافق) is left to the negation check. */
function antonymConflict(a: ClaimFeatures, b: ClaimFeatures): Conflict[] {
  const plainWords = (f: ClaimFeatures) => {
    const negated = new Set(negationIndices(f.tokens).map((i) => i + 1));
    return f.tokens.filter((t, i) => !negated.has(i) && antonymSides(t).length > 0);
  };
  const pair = findAntonym(onlyIn(plainWords(a), b.tokens), onlyIn(plainWords(b), a.tokens));
  return pair ? [{ kind: 'antonym', a: pair[0].text, b: pair[1].text }] : [];
}

/** 5. A place swapped for another place, or one nationality for another, where the rest is the same (a capital and its country are one actor). */
function placeConflicts(a: ClaimFeatures, b: ClaimFeatures, diff: WordDiff): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const h of diff.hunks) {
    if (h.removed.length > 2 || h.added.length > 2) continue;
    const na = h.removed.map(nationalityOf).find((n) => n !== null);
    const nb = h.added.map(nationalityOf).find((n) => n !== null);
    if (na && nb && na !== nb) conflicts.push({ kind: 'place', a: h.removed.map((t) => t.text).join(' '), b: h.added.map((t) => t.text).join(' ') });
  }
  const placesA = a.claim.entities.filter((e) => e.type === 'place' && !b.entityKeys.has(e.key));
  const placesB = b.claim.entities.filter((e) => e.type === 'place' && !a.entityKeys.has(e.key));
  for (const h of diff.hunks) {
    const pa = placesA.find((p) => h.removed.some((t) => t.start >= p.start && t.end <= p.end));
    const pb = placesB.find((p) => h.added.some((t) => t.start >= p.start && t.end <= p.end));
    if (pa && pb && !sameCountry(pa.text, pb.text)) conflicts.push({ kind: 'place', a: pa.text, b: pb.text });
  }
  return conflicts;
}

/** 6. The same statement put in the mouths of two different people. */
function attributionConflict(a: ClaimFeatures, b: ClaimFeatures): Conflict[] {
  const sa = a.claim.attribution;
  const sb = b.claim.attribution;
  if (!sa?.speakerKey || !sb?.speakerKey || sa.speakerKey === sb.speakerKey) return [];
  const person = (f: ClaimFeatures, key: string) => f.claim.entities.some((e) => e.type === 'person' && e.key === key);
  // Only two named people count: a spokesman and his ministry are one voice, not a contradiction.
  if (!person(a, sa.speakerKey) || !person(b, sb.speakerKey)) return [];
  if (a.entityKeys.has(sb.speakerKey) || b.entityKeys.has(sa.speakerKey)) return [];
  return [{ kind: 'attribution', a: sa.speaker ?? '', b: sb.speaker ?? '' }];
}

/** The relation of two aligned claims, with the conflicts found and notes on what differs. */
export function classifyPair(a: ClaimFeatures, b: ClaimFeatures, score: number, diff: WordDiff, options: ClassifyOptions): RelationResult {
  const { sharedThreshold, sharedCoverage } = options;
  const notes: string[] = [];
  const dates = dateConflicts(a, b);
  let conflicts = figureConflicts(a, b, diff, notes);
  // Different figures on different dates are different facts (a toll on two days), not a contradiction.
  if (conflicts.length > 0 && dates.length > 0) {
    notes.push(`different dates (${dates[0].a} / ${dates[0].b}): figures not compared`);
    conflicts = [];
  } else conflicts.push(...dates);
  if (conflicts.length === 0 && dates.length === 0) conflicts.push(...swappedFigures(diff));
  conflicts.push(
    ...negationConflict(a, b),
    ...failureConflict(a, b, score, sharedThreshold),
    ...antonymConflict(a, b),
    ...placeConflicts(a, b, diff),
    ...attributionConflict(a, b),
  );
  const cov: [number, number] = [coverage(a, b), coverage(b, a)];
  if (conflicts.length > 0) return { relation: 'conflict', conflicts, notes, coverage: cov };
  const relation: Relation = Math.min(...cov) >= sharedCoverage && score >= sharedThreshold ? 'shared' : 'partial';
  if (relation === 'partial') {
    const [more, less] = cov[0] < cov[1] ? [a, b] : [b, a];
    const extra = [...more.weights.keys()].filter((t) => !less.weights.has(t));
    if (extra.length > 0) notes.push(`${more.claim.articleId} adds detail`);
  }
  return { relation, conflicts, notes, coverage: cov };
}
