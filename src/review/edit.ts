// A reviewer's decisions as edits of a review file: pure functions that return a new file, so the
// terminal UI can keep the previous one for undo and `claimdiff review set` can share them. Each
// entry remembers what the engine said and the claims' words when the reviewer decided, so an
// entry whose item is gone can still be read, and corrections can be trained on.
import type { Claim, ClaimGroup, Comparison, FigureEntry, FramingFlag, Relation, ReviewedClaim, ReviewEntry, ReviewFile, ReviewItemKind, ReviewVerdict } from '../types.js';
import { verdictsFor } from './file.js';

/** What an entry is about: its id and kind, its articles, its claims, and what the engine said. */
export interface ReviewTarget {
  id: string;
  kind: ReviewItemKind;
  articles: string[];
  claims?: ReviewedClaim[];
  engine?: ReviewEntry['engine'];
}

/** Who decides, and when (ISO 8601): the caller's clock, so that edits stay pure. */
export interface Reviewer {
  by: string | null;
  at: string;
}

/** An entry's words are kept short: enough to recognise the item. */
const clip = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const unique = (xs: readonly string[]) => [...new Set(xs)];

function reviewedClaim(claim: Claim): ReviewedClaim {
  return { id: claim.id, article: claim.articleId, text: claim.text };
}

function claimsById(comparison: Comparison): Map<string, Claim> {
  return new Map(comparison.articles.flatMap((a) => a.claims.map((c) => [c.id, c] as const)));
}

/** A claim group (the engine's or the reviewer's) as an entry's target. */
export function groupTarget(comparison: Comparison, group: ClaimGroup): ReviewTarget {
  const byId = claimsById(comparison);
  const claims = group.members.map((id) => byId.get(id)).filter((c): c is Claim => c !== undefined);
  return {
    id: group.id,
    kind: 'group',
    articles: unique(claims.map((c) => c.articleId)),
    claims: claims.map(reviewedClaim),
    engine: { relation: group.review?.origin === 'reviewer' ? undefined : group.relation, text: clip(claims[0]?.text ?? '') },
  };
}

/** A claim (one no other outlet reports) as an entry's target. */
export function claimTarget(claim: Claim): ReviewTarget {
  return { id: claim.id, kind: 'claim', articles: [claim.articleId], claims: [reviewedClaim(claim)], engine: { text: clip(claim.text) } };
}

/** A framing flag (it has an id in every comparison) as an entry's target. */
export function flagTarget(articleId: string, flag: FramingFlag): ReviewTarget {
  if (!flag.id) throw new RangeError('a framing flag without an id cannot be reviewed');
  return { id: flag.id, kind: 'flag', articles: [articleId], engine: { rule: flag.rule, text: clip(flag.text) } };
}

/** A figure entry as an entry's target. */
export function figureTarget(entry: FigureEntry): ReviewTarget {
  return {
    id: entry.id,
    kind: 'figure',
    articles: unique(entry.values.map((v) => v.article)),
    engine: { relation: entry.relation, quantity: entry.quantity, text: clip(entry.values.map((v) => v.text).join(' / ')) },
  };
}

/** The key of a pair of claims: both ids in id order, joined by ` + `. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a} + ${b}` : `${b} + ${a}`;
}

/** Two claims as a pair entry's target. */
export function pairTarget(a: Claim, b: Claim): ReviewTarget {
  const [x, y] = a.id < b.id ? [a, b] : [b, a];
  return { id: pairKey(a.id, b.id), kind: 'pair', articles: unique([x.articleId, y.articleId]), claims: [reviewedClaim(x), reviewedClaim(y)] };
}

/** An entry that says nothing any more is removed (a pair says nothing without same or not). */
function isEmpty(e: ReviewEntry): boolean {
  if (e.kind === 'pair') return e.same === undefined;
  return e.verdict === undefined && e.relation === undefined && e.same === undefined && e.quantity === undefined && (e.note ?? '') === '';
}

/** The entry of the target changed by `patch`, stamped with who and when; removed when it says nothing. */
function update(review: ReviewFile, target: ReviewTarget, who: Reviewer, patch: (entry: ReviewEntry) => ReviewEntry): ReviewFile {
  const before = review.entries[target.id];
  const base: ReviewEntry = before ?? { kind: target.kind, articles: target.articles };
  const snapshot: Partial<ReviewEntry> = {
    kind: target.kind,
    articles: target.articles,
    ...(target.claims ? { claims: target.claims } : {}),
    ...(target.engine ? { engine: target.engine } : {}),
  };
  const next = patch({ ...base, ...snapshot });
  const entries = { ...review.entries };
  if (isEmpty(next)) delete entries[target.id];
  else entries[target.id] = { ...next, ...(who.by ? { by: who.by } : {}), at: who.at };
  return { ...review, entries };
}

function without<K extends keyof ReviewEntry>(entry: ReviewEntry, key: K): ReviewEntry {
  const copy = { ...entry };
  delete copy[key];
  return copy;
}

/** Sets the verdict; the same verdict again takes it back. */
export function toggleVerdict(review: ReviewFile, target: ReviewTarget, verdict: ReviewVerdict, who: Reviewer): ReviewFile {
  if (!verdictsFor(target.kind).includes(verdict)) throw new RangeError(`a ${target.kind} cannot be ${verdict}`);
  return update(review, target, who, (e) => (e.verdict === verdict ? without(e, 'verdict') : { ...e, verdict }));
}

/** Sets or (empty text, null) removes the note. */
export function setNote(review: ReviewFile, target: ReviewTarget, note: string | null, who: Reviewer): ReviewFile {
  const text = note?.trim() ?? '';
  return update(review, target, who, (e) => (text ? { ...e, note: text } : without(e, 'note')));
}

/** The relation a group or pair really has; null (or the engine's own) removes the correction. */
export function setRelation(review: ReviewFile, target: ReviewTarget, relation: Relation | null, who: Reviewer): ReviewFile {
  if (target.kind !== 'group' && target.kind !== 'pair') throw new RangeError(`a ${target.kind} has no relation to correct`);
  const same = relation === null || relation === target.engine?.relation;
  return update(review, target, who, (e) => (same ? without(e, 'relation') : { ...e, relation: relation! }));
}

/** What a figure entry really counts; null removes the correction. */
export function setQuantity(review: ReviewFile, target: ReviewTarget, quantity: string | null, who: Reviewer): ReviewFile {
  if (target.kind !== 'figure') throw new RangeError(`a ${target.kind} has no quantity to correct`);
  const same = quantity === null || quantity === target.engine?.quantity;
  return update(review, target, who, (e) => (same ? without(e, 'quantity') : { ...e, quantity: quantity! }));
}

/** Two claims state the same fact (merge, `same` true) or not (split); marking the same again takes it back. */
export function markPair(review: ReviewFile, target: ReviewTarget, same: boolean, who: Reviewer): ReviewFile {
  if (target.kind !== 'pair') throw new RangeError('merge and split take a pair of claims');
  return update(review, target, who, (e) => (e.same === same ? without(without(e, 'same'), 'relation') : { ...e, same }));
}
