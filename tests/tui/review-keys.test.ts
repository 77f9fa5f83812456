// The reviewer's keys in the navigation reducer, without React: on the India sandstorm event,
// confirm and dispute claim groups, correct a relation, write a note, dismiss a framing flag,
// merge and split two outlets' claims, undo; each change asks the hook to save the file.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusAnalysis } from '../../src/types.js';
import { emptyReview } from '../../src/review/index.js';
import { currentView, HELP_KEYS, initialState, navigate, shownAnalysis, visibleRows, type NavKey, type NavState } from '../../cli/tui/navigation.js';
import { buildArticleView } from '../../cli/tui/article-view.js';
import { findingsItems } from '../../cli/tui/side-panel.js';
import type { ReviewSession } from '../../cli/tui/review-keys.js';
import { partsGroup, sandstorm, tollGroup } from '../review/fixture.js';

let analysis: CorpusAnalysis;
const NOW = '2026-01-05T10:00:00Z';

beforeAll(async () => {
  analysis = await sandstorm();
});

const session = (): ReviewSession => ({ file: emptyReview(), undo: [], undoing: [], by: 'desk', pick: null });

function press(state: NavState, ...keys: string[]): NavState {
  const named: Record<string, NavKey['name']> = { up: 'up', down: 'down', enter: 'enter', esc: 'escape', bs: 'backspace', tab: 'tab', left: 'left', right: 'right' };
  let s = state;
  for (const k of keys) {
    if (named[k]) s = navigate(s, { name: named[k] } as NavKey, { analysis, now: () => NOW });
    else for (const ch of k) s = navigate(s, { name: 'char', char: ch }, { analysis, now: () => NOW });
  }
  return s;
}

/** Keys that put the cursor of the event screen on the row with this id. */
function toRow(id: string, state: NavState = initialState(session())): string[] {
  const rows = visibleRows(shownAnalysis(analysis, state), 0, '', null);
  const at = rows.findIndex((r) => r.id === id);
  expect(at).toBeGreaterThanOrEqual(0);
  return ['enter', ...Array.from({ length: at }, () => 'down')];
}

const entry = (s: NavState, id: string) => s.review!.file.entries[id];

describe('the reviewer\u2019s keys', () => {
  it('c confirms the group under the cursor and asks to save; c again takes it back', () => {
    const toll = tollGroup(analysis.comparisons[0]).id;
    const s = press(initialState(session()), ...toRow(toll), 'c');
    expect(entry(s, toll)).toMatchObject({ kind: 'group', verdict: 'confirmed', by: 'desk', at: NOW });
    expect(s.effect).toEqual({ kind: 'save-review', message: `${toll} confirmed` });
    const back = press(s, 'c');
    expect(entry(back, toll)).toBeUndefined();
    expect(back.status).toBe(`${toll} no longer confirmed`);
  });

  it('the key findings say how much was reviewed, once reviews are on', () => {
    const toll = tollGroup(analysis.comparisons[0]).id;
    const text = (s: NavState) => findingsItems(shownAnalysis(analysis, s).comparisons[0]).map((i) => i.spans.map((x) => x.text).join(''));
    expect(text(initialState()).find((l) => l.startsWith('Reviewed:'))).toBeUndefined();
    const before = initialState(session());
    expect(text(before)).toContainEqual(expect.stringMatching(/^Reviewed: groups 0\//));
    const s = press(before, ...toRow(toll), 'c');
    expect(text(s)).toContainEqual(expect.stringMatching(/^Reviewed: groups 1\/\d+ · claims 0\/\d+/));
  });

  it('d disputes a group: the row stays (to undo it) with the cursor on it, its claims count as they now stand', () => {
    const parts = partsGroup(analysis.comparisons[0]).id;
    const s = press(initialState(session()), ...toRow(parts), 'd');
    expect(entry(s, parts).verdict).toBe('disputed');
    const rows = visibleRows(shownAnalysis(analysis, s), 0, '', null);
    const row = rows[currentView(s).cursor];
    expect(row).toMatchObject({ id: parts, setAside: true, verdict: 'engine: partial; reviewer: disputed, set aside' });
    // The 65-dead claim of B is in no other group: it now counts as B's alone.
    expect(rows.some((r) => r.kind === 'unique' && /مقتل 65 شخصا/.test(r.lead.claim.text))).toBe(true);
  });

  it('r moves a group to the next relation, then back to the engine\u2019s', () => {
    const toll = tollGroup(analysis.comparisons[0]).id;
    let s = press(initialState(session()), ...toRow(toll), 'r');
    expect(entry(s, toll).relation).toBe('shared');
    expect(s.status).toBe(`${toll}: engine: conflict; reviewer: shared`);
    s = press(s, 'r');
    expect(entry(s, toll).relation).toBe('partial');
    s = press(s, 'r');
    expect(entry(s, toll)).toBeUndefined();
  });

  it('n types a note (Arabic, q and j included) that Enter keeps and Esc drops', () => {
    const toll = tollGroup(analysis.comparisons[0]).id;
    let s = press(initialState(session()), ...toRow(toll), 'n', 'حصيلة qj', 'bs');
    expect(s.mode).toBe('note');
    expect(s.note?.text).toBe('حصيلة q');
    expect(s.effect).toBeNull();
    s = press(s, 'enter');
    expect(entry(s, toll).note).toBe('حصيلة q');
    expect(s.effect?.kind).toBe('save-review');
    const dropped = press(initialState(session()), ...toRow(toll), 'n', 'x', 'esc');
    expect(dropped.review!.file.entries).toEqual({});
  });

  it('x dismisses the framing flag under the article screen\u2019s flag cursor, and is refused on a group', () => {
    const flags = buildArticleView(analysis.comparisons[0], 0)!.flags;
    let s = press(initialState(session()), 'enter', 'enter', 'enter');
    expect(currentView(s).screen).toBe('article');
    const article = currentView(s).article;
    s = press(s, 'tab', 'down', 'x');
    const flag = buildArticleView(analysis.comparisons[0], article)!.flags[1];
    expect(entry(s, flag.id!)).toMatchObject({ kind: 'flag', verdict: 'dismissed', engine: { rule: flag.rule, text: flag.text } });
    expect(flags.length).toBeGreaterThan(1);
    const refused = press(initialState(session()), ...toRow(tollGroup(analysis.comparisons[0]).id), 'x');
    expect(refused.review!.file.entries).toEqual({});
    expect(refused.status).toMatch(/dismiss is for framing flags and figures/);
  });

  it('m picks a claim, m on another outlet\u2019s claim merges them; s splits; Esc cancels a pick; u undoes', () => {
    const rows = visibleRows(analysis, 0, '', null);
    const [a, b] = [rows.findIndex((r) => r.kind === 'unique' && r.lead.letter === 'A'), rows.findIndex((r) => r.kind === 'unique' && r.lead.letter === 'B')];
    let s = press(initialState(session()), 'enter', ...Array.from({ length: a }, () => 'down'), 'm');
    expect(s.review!.pick?.label).toBe(rows[a].label);
    expect(press(s, 'esc').review!.pick).toBeNull();
    expect(currentView(press(s, 'esc')).screen).toBe('event');
    s = press(s, ...Array.from({ length: b - a }, () => 'down'), 'm');
    const pair = Object.values(s.review!.file.entries)[0];
    expect(pair).toMatchObject({ kind: 'pair', same: true });
    expect(s.status).toBe(`${rows[a].label} and ${rows[b].label}: the same fact (merged)`);
    // The cursor follows the claim into the reviewer's group.
    const now = visibleRows(shownAnalysis(analysis, s), 0, '', null)[currentView(s).cursor];
    expect(now.id).toMatch(/^r[0-9a-f]{8}$/);
    // r corrects the reviewer's own group like any other; undo takes the correction back first.
    const corrected = press(s, 'r');
    expect(entry(corrected, now.id)).toMatchObject({ kind: 'group', relation: expect.stringMatching(/^(shared|partial|conflict)$/) });
    expect(corrected.status).toMatch(new RegExp(`^${now.id}: from the figures: (shared|partial|conflict); reviewer: (shared|partial|conflict)$`));
    s = press(corrected, 'u');
    expect(entry(s, now.id)).toBeUndefined();
    s = press(s, 'u');
    expect(s.review!.file.entries).toEqual({});
    expect(s.status).toBe(`undone: ${rows[a].label} and ${rows[b].label}: the same fact (merged)`);
    expect(s.effect?.kind).toBe('save-review');
    expect(press(s, 'u').status).toBe('nothing to undo');
  });

  it('a split in the claim view: Tab to a column, s, Tab to another, s', () => {
    const toll = tollGroup(analysis.comparisons[0]).id;
    const s = press(initialState(session()), ...toRow(toll), 'enter', 's', 'tab', 's');
    const pair = Object.values(s.review!.file.entries)[0];
    expect(pair).toMatchObject({ kind: 'pair', same: false });
    expect(pair.claims!.map((c) => c.article)).toEqual([analysis.comparisons[0].articles[0].id, analysis.comparisons[0].articles[1].id]);
  });

  it('says when reviews are off, and keeps the state', () => {
    const s = press(initialState(), 'enter', 'c');
    expect(s.review).toBeNull();
    expect(s.status).toMatch(/reviews are off/);
  });

  it('the help lists every reviewer\u2019s key', () => {
    const keys = HELP_KEYS.flatMap(([k]) => k.split(/\s+/));
    for (const k of ['c', 'd', 'x', 'r', 'n', 'm', 's', 'u']) expect(keys).toContain(k);
  });
});
