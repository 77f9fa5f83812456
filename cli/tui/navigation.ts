// Navigation as a pure reducer: a stack of views (events -> event -> claim -> article), search and
// relation filter, help, and side effects (export, quit) returned as data for the hook to perform.
import type { CorpusAnalysis } from '../../src/types.js';
import { buildArticleView } from './article-view.js';
import type { ClaimStatus, MatrixRow } from '../../src/report/event-model.js';
import { buildClaimView } from './claim-view.js';
import { eventModel } from './event-models.js';
import { buildEventsList, filterEvents, type EventRow } from './events-list.js';
import { filterRows, matchesQuery, nextFilter } from './search.js';
import { cancelPick, noteKey, REVIEW_HELP_KEYS, reviewKey, type NoteDraft, type ReviewSession } from './review-keys.js';
import { reviewedAnalysis } from './reviewed-analysis.js';
import { figureItems, findingsItems, SIDE_TABS, type PanelItem } from './side-panel.js';

export type ScreenKind = 'events' | 'event' | 'claim' | 'article';

/** One screen on the stack with its own cursor, focused pane and scroll. */
export interface View {
  screen: ScreenKind;
  /** Event index (all screens but `events`). */
  event: number;
  /** Claim screen: a group id or the claim id of a unique claim. */
  row: string | null;
  /** Article screen: article index in the event's comparison. */
  article: number;
  /** Cursor in the main list: events, matrix rows, or the article's claims. */
  cursor: number;
  /** Focused pane (claim screen: the focused outlet column). */
  pane: number;
  /** Cursor or scroll offset of the secondary pane (claim screen: of the whole body). */
  sub: number;
  /** This screen's search: filters the events list and the matrix, finds a claim in an article. */
  query: string;
  /** Event screen: the side panel's tab (index in SIDE_TABS: findings, figures, framing). */
  tab: number;
  /** Event screen: the figure entry whose details are unfolded in the figures tab. */
  unfolded: string | null;
}

/** What the hook does for the reducer: quit, export an event's report, compare an event before it is shown, or save the review file. */
export type Effect = { kind: 'quit' } | { kind: 'export'; event: number } | { kind: 'load'; event: number } | { kind: 'save-review'; message: string };

export interface NavState {
  stack: View[];
  /** `search` while the current view's query is being typed, `note` while a reviewer's note is. */
  mode: 'browse' | 'search' | 'note';
  /** Relation filter of the events list and the matrix, kept across screens. */
  filter: ClaimStatus | null;
  help: boolean;
  /** One line for the status bar (what a key did), cleared by the next key. */
  status: string | null;
  effect: Effect | null;
  /** The reviewer's decisions made so far (null: reviews are off), with undo. */
  review: ReviewSession | null;
  /** The note being typed (`mode` is `note`). */
  note: NoteDraft | null;
}

export type NavKey =
  | { name: 'up' | 'down' | 'left' | 'right' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'enter' | 'escape' | 'backspace' | 'tab' | 'shiftTab' }
  | { name: 'char'; char: string };

/** What the reducer needs besides the key: the data, and limits only the layout knows. */
export interface NavContext {
  /** The engine's analysis; the reducer shows it with `state.review` applied. */
  analysis: CorpusAnalysis;
  /** The clock for a reviewer's decisions (ISO 8601); the system's when absent. */
  now?: () => string;
  /** Rows a page key moves. */
  pageSize?: number;
  /** Largest scroll offset of the current free-scrolling pane, from the last layout. */
  scrollMax?: number;
}

/** The first state: the events list, and the review session when reviews are on (with a first status line). */
export function initialState(review: ReviewSession | null = null, status: string | null = null): NavState {
  return { stack: [view('events', 0)], mode: 'browse', filter: null, help: false, status, effect: null, review, note: null };
}

/** The analysis as the screens show it: the engine's with the review applied. */
export function shownAnalysis(analysis: CorpusAnalysis, state: Pick<NavState, 'review'>): CorpusAnalysis {
  return reviewedAnalysis(analysis, state.review?.file);
}

export function view(screen: ScreenKind, event: number, extra: Partial<View> = {}): View {
  return { screen, event, row: null, article: 0, cursor: 0, pane: 0, sub: 0, query: '', tab: 0, unfolded: null, ...extra };
}

/** The side panel's items of an event view's current tab, or null for the framing tab (free scroll). */
export function sideItems(analysis: CorpusAnalysis, v: View): PanelItem[] | null {
  const comparison = analysis.comparisons[v.event];
  if (!comparison) return [];
  const tab = SIDE_TABS[v.tab] ?? 'findings';
  if (tab === 'findings') return findingsItems(comparison);
  if (tab === 'figures') return figureItems(comparison, v.unfolded);
  return null;
}

export function currentView(state: NavState): View {
  return state.stack[state.stack.length - 1];
}

const eventsCache = new WeakMap<CorpusAnalysis, EventRow[]>();

/** The events list as the events screen shows it (search and filter applied). */
export function visibleEvents(analysis: CorpusAnalysis, query: string, filter: ClaimStatus | null): EventRow[] {
  let all = eventsCache.get(analysis);
  if (!all) {
    all = buildEventsList(analysis);
    eventsCache.set(analysis, all);
  }
  return filterEvents(analysis, all, query, filter);
}

/** The matrix rows as the event screen shows them: in story order, search and filter applied. */
export function visibleRows(analysis: CorpusAnalysis, event: number, query: string, filter: ClaimStatus | null): MatrixRow[] {
  const comparison = analysis.comparisons[event];
  return comparison ? filterRows(eventModel(comparison).story, query, filter) : [];
}

/** How many panes a screen has. */
export function paneCount(analysis: CorpusAnalysis, v: View): number {
  if (v.screen !== 'claim') return 2;
  const comparison = analysis.comparisons[v.event];
  return Math.max(1, (comparison && v.row ? buildClaimView(comparison, v.row)?.columns.length : 0) ?? 1);
}

/** Length of the list the cursor (pane 0) or `sub` (pane 1) moves in; null for free scroll. */
function listLength(state: NavState, v: View, ctx: NavContext): number | null {
  const { analysis } = ctx;
  switch (v.screen) {
    case 'events':
      if (v.pane === 0) return visibleEvents(analysis, v.query, state.filter).length;
      return visibleEvents(analysis, v.query, state.filter)[v.cursor]?.articles ?? 0;
    case 'event':
      return v.pane === 0 ? visibleRows(analysis, v.event, v.query, state.filter).length : (sideItems(analysis, v)?.length ?? null);
    case 'article': {
      // The flags pane is a list too: the reviewer's keys act on the flag under its cursor.
      const article = buildArticleView(analysis.comparisons[v.event], v.article);
      return v.pane === 0 ? (article?.claims.length ?? 0) : (article?.flags.length ?? 0);
    }
    case 'claim':
      return null;
  }
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

function replaceTop(state: NavState, patch: Partial<View>): NavState {
  const stack = [...state.stack];
  stack[stack.length - 1] = { ...stack[stack.length - 1], ...patch };
  return { ...state, stack };
}

function push(state: NavState, v: View): NavState {
  return { ...state, stack: [...state.stack, v] };
}

/** Moves the cursor of the focused pane by `delta` (clamped), or scrolls a free pane. */
function move(state: NavState, delta: number, ctx: NavContext): NavState {
  const v = currentView(state);
  const length = listLength(state, v, ctx);
  const usesCursor = v.screen !== 'claim' && v.pane === 0;
  if (length === null) {
    const max = ctx.scrollMax ?? Number.MAX_SAFE_INTEGER;
    return replaceTop(state, { sub: clamp(v.sub + delta, 0, Math.max(0, max)) });
  }
  const last = Math.max(0, length - 1);
  if (usesCursor) {
    const cursor = clamp(v.cursor + delta, 0, last);
    // A new event in the list: its article list starts at the top.
    return replaceTop(state, v.screen === 'events' && cursor !== v.cursor ? { cursor, sub: 0 } : { cursor });
  }
  return replaceTop(state, { sub: clamp(v.sub + delta, 0, last) });
}

/** Enter: open what is under the cursor. */
function open(state: NavState, ctx: NavContext): NavState {
  const v = currentView(state);
  const { analysis } = ctx;
  switch (v.screen) {
    case 'events': {
      const row = visibleEvents(analysis, v.query, state.filter)[v.cursor];
      if (!row) return state;
      // The event is compared now if it was not yet (the hook performs the load before drawing).
      const load: Effect = { kind: 'load', event: row.index };
      if (v.pane === 1) return { ...push(state, view('article', row.index, { article: v.sub })), effect: load };
      return { ...push(state, view('event', row.index)), effect: load };
    }
    case 'event': {
      if (v.pane === 1) {
        const item = sideItems(analysis, v)?.[v.sub];
        if (item?.opens) return push(state, view('claim', v.event, { row: item.opens }));
        if (item?.unfolds) return replaceTop(state, { unfolded: v.unfolded === item.unfolds ? null : item.unfolds });
        return state;
      }
      const row = visibleRows(analysis, v.event, v.query, state.filter)[v.cursor];
      if (!row) return state;
      return push(state, view('claim', v.event, { row: row.id }));
    }
    case 'claim': {
      const comparison = analysis.comparisons[v.event];
      const claimId = v.row ? buildClaimView(comparison, v.row)?.columns[v.pane]?.claimId : undefined;
      if (!claimId) return state;
      const article = comparison.articles.findIndex((a) => a.claims.some((c) => c.id === claimId));
      const claims = buildArticleView(comparison, article)?.claims ?? [];
      return push(state, view('article', v.event, { article, cursor: Math.max(0, claims.findIndex((c) => c.id === claimId)) }));
    }
    case 'article': {
      if (v.pane !== 0) return state;
      const claim = buildArticleView(analysis.comparisons[v.event], v.article)?.claims[v.cursor];
      if (!claim) return state;
      return push(state, view('claim', v.event, { row: claim.groupId ?? claim.id }));
    }
  }
}

/** Left/right on the claim screen: the previous or next row of the event's (filtered) matrix. */
function stepRow(state: NavState, delta: number, ctx: NavContext): NavState {
  const v = currentView(state);
  if (v.screen === 'event') {
    // The side panel's tabs: findings, figures, framing.
    const tab = (v.tab + delta + SIDE_TABS.length) % SIDE_TABS.length;
    return replaceTop(state, { tab, sub: 0 });
  }
  if (v.screen === 'article') {
    const count = ctx.analysis.comparisons[v.event]?.articles.length ?? 1;
    const article = clamp(v.article + delta, 0, count - 1);
    return article === v.article ? state : replaceTop(state, { article, cursor: 0, sub: 0 });
  }
  if (v.screen !== 'claim') return state;
  // The rows as the matrix below shows them, with its search.
  const stack = [...state.stack];
  const below = stack[stack.length - 2];
  const matrix = below?.screen === 'event' && below.event === v.event ? below : null;
  const rows = visibleRows(ctx.analysis, v.event, matrix?.query ?? '', state.filter);
  const at = rows.findIndex((r) => r.id === v.row);
  const next = rows[clamp((at < 0 ? 0 : at) + delta, 0, rows.length - 1)];
  if (!next || next.id === v.row) return state;
  // Keep the matrix cursor on the same row, so Esc returns to it.
  if (matrix) stack[stack.length - 2] = { ...matrix, cursor: rows.indexOf(next) };
  stack[stack.length - 1] = { ...v, row: next.id, pane: 0, sub: 0 };
  return { ...state, stack };
}

function back(state: NavState): NavState {
  if (state.stack.length > 1) return { ...state, stack: state.stack.slice(0, -1) };
  if (currentView(state).query || state.filter) return { ...replaceTop(state, { query: '', cursor: 0, sub: 0 }), filter: null, status: 'search and filter cleared' };
  return state;
}

/** The filter changed: cursors of the filtered lists go back to the top. */
function resetLists(state: NavState): NavState {
  return { ...state, stack: state.stack.map((v) => (v.screen === 'events' || v.screen === 'event' ? { ...v, cursor: 0, sub: v.screen === 'events' ? 0 : v.sub } : v)) };
}

/** The current view with a new query: lists start again at the top, an article jumps to the first claim that matches. */
function setQuery(state: NavState, query: string, ctx: NavContext): NavState {
  const v = currentView(state);
  if (v.screen !== 'article') return replaceTop(state, { query, cursor: 0, sub: v.screen === 'events' ? 0 : v.sub });
  const article = ctx.analysis.comparisons[v.event]?.articles[v.article];
  const claims = buildArticleView(ctx.analysis.comparisons[v.event], v.article)?.claims ?? [];
  const texts = new Map(article?.claims.map((c) => [c.id, c.text]));
  const found = query ? claims.findIndex((c) => matchesQuery([texts.get(c.id) ?? ''], query)) : -1;
  return replaceTop(state, found >= 0 ? { query, cursor: found } : { query });
}

function searchKey(state: NavState, key: NavKey, ctx: NavContext): NavState {
  const query = currentView(state).query;
  if (key.name === 'char') return setQuery(state, query + key.char, ctx);
  if (key.name === 'backspace') return setQuery(state, query.slice(0, -1), ctx);
  if (key.name === 'enter') return { ...state, mode: 'browse', status: query ? `search: ${query}` : null };
  if (key.name === 'escape') return { ...setQuery(state, '', ctx), mode: 'browse' };
  return state;
}

export const HELP_KEYS: ReadonlyArray<readonly [string, string]> = [
  ['↑ ↓  k j', 'move in the list, or scroll'],
  ['PgUp PgDn  g G', 'move a page, to the first, to the last'],
  ['Enter', 'open: event, claim group, article, the claim under the cursor'],
  ['Esc  Backspace', 'back to the previous screen (on the first: clear search and filter)'],
  ['Tab  Shift+Tab', 'switch pane (event screen: to the findings panel and back; claim screen: the outlet column Enter opens)'],
  ['← →', 'event screen: findings, figures, framing; claim screen: previous or next claim; article screen: previous or next article'],
  ['/', 'search this list: events, the claims of an event, or a claim in an article (Enter keeps, Esc clears)'],
  ['f', 'filter by relation: shared, partial, conflict, unique, all'],
  ['e', 'export the current event as a report'],
  ...REVIEW_HELP_KEYS,
  ['?', 'this help'],
  ['q', 'quit'],
];

/** The state after a key. Never throws; unknown keys leave the state as it was (status cleared). */
export function navigate(previous: NavState, key: NavKey, engine: NavContext): NavState {
  const state: NavState = { ...previous, status: null, effect: null };
  const ctx: NavContext = { ...engine, analysis: shownAnalysis(engine.analysis, previous) };
  if (state.mode === 'note') {
    if (['char', 'backspace', 'enter', 'escape'].includes(key.name)) return noteKey(state, key as { name: string; char?: string }, ctx);
    return state;
  }
  if (state.mode === 'search') {
    if (['char', 'backspace', 'enter', 'escape'].includes(key.name)) return searchKey(state, key, ctx);
  }
  // Any key closes the help, q too: q on the help screen must not quit the whole browser.
  if (state.help) return { ...state, help: false };
  const page = Math.max(1, ctx.pageSize ?? 10);
  const v = currentView(state);
  switch (key.name) {
    case 'up':
      return move(state, -1, ctx);
    case 'down':
      return move(state, 1, ctx);
    case 'pageUp':
      return move(state, -page, ctx);
    case 'pageDown':
      return move(state, page, ctx);
    case 'home':
      return move(state, -Number.MAX_SAFE_INTEGER / 2, ctx);
    case 'end':
      return move(state, Number.MAX_SAFE_INTEGER / 2, ctx);
    case 'left':
      return stepRow(state, -1, ctx);
    case 'right':
      return stepRow(state, 1, ctx);
    case 'enter':
      return open(state, ctx);
    case 'escape':
      return cancelPick(state) ?? back(state);
    case 'backspace':
      return back(state);
    case 'tab':
    case 'shiftTab': {
      const n = paneCount(ctx.analysis, v);
      return replaceTop(state, { pane: (v.pane + (key.name === 'tab' ? 1 : n - 1)) % n });
    }
    case 'char':
      return charKey(state, key.char, ctx, engine.analysis);
  }
}

/** A reviewer's key; on the event screen the cursor stays on its row though rows may come or go. */
function reviewChar(state: NavState, char: string, ctx: NavContext, engine: CorpusAnalysis): NavState | null {
  const v = currentView(state);
  const rowAt = (event: number, at: View) => visibleRows(ctx.analysis, event, at.query, state.filter)[at.cursor]?.id;
  const next = reviewKey(state, char, v, ctx, rowAt);
  if (!next || v.screen !== 'event' || next.review?.file === state.review?.file) return next;
  const id = rowAt(v.event, v);
  const rows = visibleRows(shownAnalysis(engine, next), v.event, v.query, next.filter);
  // The same row, or (a claim the reviewer just grouped) the row that now holds it.
  const at = rows.findIndex((r) => r.id === id);
  const holding = at >= 0 ? at : rows.findIndex((r) => r.members.some((m) => m.claim.id === id));
  return holding >= 0 ? replaceTop(next, { cursor: holding }) : next;
}

function charKey(state: NavState, char: string, ctx: NavContext, engine: CorpusAnalysis): NavState {
  const v = currentView(state);
  switch (char) {
    case 'j':
      return move(state, 1, ctx);
    case 'k':
      return move(state, -1, ctx);
    case 'g':
      return move(state, -Number.MAX_SAFE_INTEGER / 2, ctx);
    case 'G':
      return move(state, Number.MAX_SAFE_INTEGER / 2, ctx);
    case '/':
      if (v.screen === 'claim') return { ...state, status: 'search works on the events list, the coverage matrix and an article' };
      return { ...state, mode: 'search' };
    case 'f': {
      const filter = nextFilter(state.filter);
      return resetLists({ ...state, filter, status: filter ? `filter: ${filter}` : 'filter: all' });
    }
    case 'e': {
      const event = v.screen === 'events' ? visibleEvents(ctx.analysis, v.query, state.filter)[v.cursor]?.index : v.event;
      if (event === undefined) return { ...state, status: 'no event to export' };
      return { ...state, effect: { kind: 'export', event } };
    }
    case '?':
      return { ...state, help: true };
    case 'q':
      return { ...state, effect: { kind: 'quit' } };
    default:
      return reviewChar(state, char, ctx, engine) ?? state;
  }
}

/** The state once the hook has performed the effect, with what it reports. */
export function effectDone(state: NavState, status: string | null): NavState {
  return { ...state, effect: null, status };
}
