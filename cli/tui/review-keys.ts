// The reviewer's keys as a pure part of the navigation reducer: confirm (c), dispute (d), dismiss
// (x) the item under the cursor, correct a group's relation (r), write a note (n), say two claims
// state the same fact (m) or not (s), undo (u). Each change is a new review file, the previous one
// kept for undo, and a `save-review` effect that the hook performs at once.
import type { Claim, ClaimGroup, Comparison, FramingFlag, Relation, ReviewFile, ReviewVerdict } from '../../src/types.js';
import {
  claimTarget,
  flagTarget,
  groupTarget,
  markPair,
  pairTarget,
  REVIEW_RELATIONS,
  setNote,
  setRelation,
  toggleVerdict,
  verdictsFor,
  type Reviewer,
  type ReviewTarget,
} from '../../src/review/index.js';
import { buildArticleView } from './article-view.js';
import { buildClaimView } from './claim-view.js';
import { eventModel } from './event-models.js';
import type { NavContext, NavState, View } from './navigation.js';

/** The review being made in this session: the file as it stands, the files before each change, who reviews. */
export interface ReviewSession {
  file: ReviewFile;
  /** Earlier versions, the latest last: `u` goes back to it. */
  undo: ReviewFile[];
  /** What each earlier version undoes, for the status line. */
  undoing: string[];
  by: string | null;
  /** A claim picked with m or s, waiting for the second claim. */
  pick: { claimId: string; label: string } | null;
}

/** A note being typed (`n`): for which item, and the text so far. */
export interface NoteDraft {
  target: ReviewTarget;
  label: string;
  text: string;
}

/** Undo goes back this many changes. */
const UNDO_DEPTH = 200;

export const REVIEW_HELP_KEYS: ReadonlyArray<readonly [string, string]> = [
  ['c', 'review: confirm the item under the cursor (claim group, claim, framing flag); again takes it back'],
  ['d', 'review: dispute it (a disputed group without a correction is set aside)'],
  ['x', 'review: dismiss a framing flag (article screen, Tab to the flags)'],
  ['r', 'review: correct a group\u2019s relation: shared, partial, conflict, then the engine\u2019s again'],
  ['n', 'review: write a note on the item (Enter keeps it, Esc cancels; an empty note removes it)'],
  ['m  s', 'review: pick a claim, then m on another outlet\u2019s claim: the same fact (merge); s: different facts (split)'],
  ['u', 'review: undo the last change (every change is saved at once)'],
];

/** What the cursor is on, as the reviewer sees it. */
type Item =
  | { kind: 'group'; comparison: Comparison; group: ClaimGroup; label: string }
  | { kind: 'claim'; comparison: Comparison; claim: Claim; label: string }
  | { kind: 'flag'; comparison: Comparison; articleId: string; flag: FramingFlag; label: string };

const clip = (text: string, max = 24) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function claimItem(comparison: Comparison, claimId: string): Item | null {
  const ref = eventModel(comparison).refs.get(claimId);
  return ref ? { kind: 'claim', comparison, claim: ref.claim, label: ref.label } : null;
}

/** A matrix row (a group id, or a unique claim's id) as an item. */
function rowItem(comparison: Comparison, rowId: string): Item | null {
  const group = [...comparison.groups, ...(comparison.review?.groups ?? [])].find((g) => g.id === rowId);
  if (group) return { kind: 'group', comparison, group, label: group.id };
  return claimItem(comparison, rowId);
}

/** The item under the cursor, or why there is none. */
function itemAt(state: NavState, v: View, ctx: NavContext, rows: (event: number, v: View) => string | undefined): Item | string {
  const comparison = ctx.analysis.comparisons[v.event];
  switch (v.screen) {
    case 'events':
      return 'open an event (Enter) to review its claims';
    case 'event': {
      if (v.pane !== 0) return 'move to the coverage rows (Tab) to review a claim group';
      const id = rows(v.event, v);
      return (id && rowItem(comparison, id)) || 'no row here';
    }
    case 'claim':
      return (v.row && rowItem(comparison, v.row)) || 'no claim here';
    case 'article': {
      const view = buildArticleView(comparison, v.article);
      if (v.pane === 1) {
        const flag = view?.flags[v.sub];
        if (!flag?.id) return 'no framing flag here';
        return { kind: 'flag', comparison, articleId: view!.id, flag, label: `«${clip(flag.text)}»` };
      }
      const claim = view?.claims[v.cursor];
      return (claim && rowItem(comparison, claim.groupId ?? claim.id)) || 'no claim here';
    }
  }
}

/** The claim the cursor is on, for m and s: the claim screen's focused column, the article's claim, a unique row. */
function claimAt(v: View, ctx: NavContext, rows: (event: number, v: View) => string | undefined): Item | string {
  const comparison = ctx.analysis.comparisons[v.event];
  if (v.screen === 'claim') {
    const column = v.row ? buildClaimView(comparison, v.row)?.columns[v.pane] : undefined;
    return (column && claimItem(comparison, column.claimId)) || 'no claim here';
  }
  if (v.screen === 'article' && v.pane === 0) {
    const claim = buildArticleView(comparison, v.article)?.claims[v.cursor];
    return (claim && claimItem(comparison, claim.id)) || 'no claim here';
  }
  if (v.screen === 'event' && v.pane === 0) {
    const id = rows(v.event, v);
    const item = id ? rowItem(comparison, id) : null;
    if (item?.kind === 'claim') return item;
    return 'open the group (Enter) and choose a claim with Tab, or pick one in an article';
  }
  return 'choose a claim: in the claim view (Tab to its column) or an article';
}

function targetOf(item: Item): ReviewTarget {
  if (item.kind === 'group') return groupTarget(item.comparison, item.group);
  if (item.kind === 'claim') return claimTarget(item.claim);
  return flagTarget(item.articleId, item.flag);
}

/** The state with the review changed (the old one kept for undo) and the change to save. */
function change(state: NavState, session: ReviewSession, file: ReviewFile, message: string): NavState {
  if (file === session.file) return { ...state, status: `${message} (no change)` };
  const undo = [...session.undo, session.file].slice(-UNDO_DEPTH);
  const undoing = [...session.undoing, message].slice(-UNDO_DEPTH);
  return { ...state, review: { ...session, file, undo, undoing, pick: null }, status: message, effect: { kind: 'save-review', message } };
}

function who(session: ReviewSession, ctx: NavContext): Reviewer {
  return { by: session.by, at: (ctx.now ?? (() => new Date().toISOString()))() };
}

const VERDICT_KEYS: Record<string, ReviewVerdict> = { c: 'confirmed', d: 'disputed', x: 'dismissed' };

/** The relation `r` moves a group to: the next after the one it shows, the engine's own clearing the correction. */
function nextRelation(group: ClaimGroup): Relation | null {
  const shown = group.review?.relation ?? group.relation;
  const next = REVIEW_RELATIONS[(REVIEW_RELATIONS.indexOf(shown) + 1) % REVIEW_RELATIONS.length];
  return next === group.relation ? null : next;
}

/**
 * The state after a reviewer's key, or null when `char` is not one. `rows` gives the id of the
 * matrix row under the event screen's cursor.
 */
export function reviewKey(state: NavState, char: string, v: View, ctx: NavContext, rows: (event: number, v: View) => string | undefined): NavState | null {
  if (!'cdxrnmsu'.includes(char) || char === '') return null;
  const session = state.review;
  if (!session) return { ...state, status: 'reviews are off here: start claimdiff with --review FILE to record them' };
  if (char === 'u') {
    const previous = session.undo[session.undo.length - 1];
    if (!previous) return { ...state, status: 'nothing to undo' };
    const what = session.undoing[session.undoing.length - 1];
    const review = { ...session, file: previous, undo: session.undo.slice(0, -1), undoing: session.undoing.slice(0, -1), pick: null };
    return { ...state, review, status: `undone: ${what}`, effect: { kind: 'save-review', message: `undone: ${what}` } };
  }
  if (char === 'm' || char === 's') {
    const same = char === 'm';
    const item = claimAt(v, ctx, rows);
    if (typeof item === 'string') return { ...state, status: item };
    if (item.kind !== 'claim') return state;
    if (!session.pick) {
      return { ...state, review: { ...session, pick: { claimId: item.claim.id, label: item.label } }, status: `picked ${item.label}: go to another outlet's claim and press m (same fact) or s (different facts); Esc cancels` };
    }
    const first = claimItem(item.comparison, session.pick.claimId);
    if (!first || first.kind !== 'claim') return { ...state, review: { ...session, pick: null }, status: `${session.pick.label} is not in this event; pick again` };
    if (first.claim.id === item.claim.id) return { ...state, review: { ...session, pick: null }, status: 'pick cancelled' };
    if (first.claim.articleId === item.claim.articleId) return { ...state, status: `${first.label} and ${item.label} are claims of one article: pick a claim of another outlet (Esc cancels)` };
    const file = markPair(session.file, pairTarget(first.claim, item.claim), same, who(session, ctx));
    const marked = file.entries[pairTarget(first.claim, item.claim).id]?.same === same;
    return change(state, session, file, `${first.label} and ${item.label}: ${marked ? (same ? 'the same fact (merged)' : 'different facts (split)') : 'no longer marked'}`);
  }
  const item = itemAt(state, v, ctx, rows);
  if (typeof item === 'string') return { ...state, status: item };
  const target = targetOf(item);
  if (char === 'n') {
    const text = session.file.entries[target.id]?.note ?? '';
    return { ...state, mode: 'note', note: { target, label: item.label, text } };
  }
  if (char === 'r') {
    if (item.kind !== 'group') return { ...state, status: 'r corrects the relation of a claim group' };
    // The reviewer's own group (merged claims) starts from what the figures table says of them; r corrects it like any other.
    const base = item.group.review?.origin === 'reviewer' ? 'from the figures' : 'engine';
    const relation = nextRelation(item.group);
    const file = setRelation(session.file, target, relation, who(session, ctx));
    return change(state, session, file, `${item.label}: ${relation ? `${base}: ${item.group.relation}; reviewer: ${relation}` : `the ${base === 'engine' ? "engine's" : 'default'} relation again (${item.group.relation})`}`);
  }
  const verdict = VERDICT_KEYS[char];
  if (!verdictsFor(target.kind).includes(verdict)) return { ...state, status: `dismiss is for framing flags and figures; a ${item.kind} can be confirmed (c) or disputed (d)` };
  const file = toggleVerdict(session.file, target, verdict, who(session, ctx));
  const now = file.entries[target.id]?.verdict;
  return change(state, session, file, `${item.label} ${now === verdict ? verdict : `no longer ${verdict}`}`);
}

/** A key while a note is typed. */
export function noteKey(state: NavState, key: { name: string; char?: string }, ctx: NavContext): NavState {
  const draft = state.note;
  const session = state.review;
  if (!draft || !session) return { ...state, mode: 'browse', note: null };
  if (key.name === 'char') return { ...state, note: { ...draft, text: draft.text + (key.char ?? '') } };
  if (key.name === 'backspace') return { ...state, note: { ...draft, text: [...draft.text].slice(0, -1).join('') } };
  if (key.name === 'escape') return { ...state, mode: 'browse', note: null, status: 'note not changed' };
  if (key.name !== 'enter') return state;
  const file = setNote(session.file, draft.target, draft.text, who(session, ctx));
  return change({ ...state, mode: 'browse', note: null }, session, file, draft.text.trim() ? `note on ${draft.label} saved` : `note on ${draft.label} removed`);
}

/** Esc while a claim is picked cancels the pick instead of going back. */
export function cancelPick(state: NavState): NavState | null {
  return state.review?.pick ? { ...state, review: { ...state.review, pick: null }, status: 'pick cancelled' } : null;
}
