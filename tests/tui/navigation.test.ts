import { beforeAll, describe, expect, it } from 'vitest';
import type { Key } from 'ink';
import type { CorpusAnalysis } from '../../src/types.js';
import { buildArticleView } from '../../cli/tui/article-view.js';
import { buildClaimView } from '../../cli/tui/claim-view.js';
import { keysFromInk } from '../../cli/tui/keys.js';
import { currentView, effectDone, HELP_KEYS, initialState, navigate, visibleRows, type NavKey, type NavState } from '../../cli/tui/navigation.js';
import { haleviGroup, meetingEvent, seedAnalysis } from './seed-analysis.js';

let analysis: CorpusAnalysis;
let event: number;
let halevi: string;

beforeAll(async () => {
  analysis = await seedAnalysis();
  event = meetingEvent(analysis);
  halevi = haleviGroup(analysis.comparisons[event]);
});

/** Keys as a person types them: `down`, `enter`, `esc`, or characters. */
function press(state: NavState, ...keys: string[]): NavState {
  const named: Record<string, NavKey['name']> = { up: 'up', down: 'down', left: 'left', right: 'right', enter: 'enter', esc: 'escape', bs: 'backspace', tab: 'tab', stab: 'shiftTab', pgdn: 'pageDown', end: 'end', home: 'home' };
  let s = state;
  for (const k of keys) {
    if (named[k]) s = navigate(s, { name: named[k] } as NavKey, { analysis, scrollMax: 3 });
    else for (const ch of k) s = navigate(s, { name: 'char', char: ch }, { analysis, scrollMax: 3 });
  }
  return s;
}

const toMeeting = (): string[] => Array.from({ length: event }, () => 'down');

describe('navigate', () => {
  it('opens the meeting from the events list, then the Halevi group by search, and goes back', () => {
    let s = press(initialState(), ...toMeeting(), 'enter');
    expect(currentView(s)).toMatchObject({ screen: 'event', event, cursor: 0 });
    s = press(s, '/', 'اطلع هاليفي', 'enter');
    expect(s.mode).toBe('browse');
    expect(s.status).toBe('search: اطلع هاليفي');
    expect(visibleRows(analysis, event, currentView(s).query, s.filter).map((r) => r.id)).toEqual([halevi]);
    s = press(s, 'enter');
    expect(currentView(s)).toMatchObject({ screen: 'claim', event, row: halevi });
    s = press(s, 'esc');
    expect(currentView(s)).toMatchObject({ screen: 'event', query: 'اطلع هاليفي' });
    s = press(s, 'bs');
    expect(currentView(s).screen).toBe('events');
    expect(currentView(s).cursor).toBe(event);
  });

  it('moves with arrows and j/k, clamped to the list', () => {
    const last = analysis.events.length - 1;
    expect(currentView(press(initialState(), 'j', 'j', 'k')).cursor).toBe(1);
    expect(currentView(press(initialState(), 'up')).cursor).toBe(0);
    expect(currentView(press(initialState(), ...Array.from({ length: last + 5 }, () => 'down'))).cursor).toBe(last);
    expect(currentView(press(initialState(), 'G')).cursor).toBe(last);
    expect(currentView(press(initialState(), 'G', 'g')).cursor).toBe(0);
  });

  it('cycles the relation filter with f and resets the list cursor', () => {
    const seen: Array<string | null> = [];
    let s = press(initialState(), 'j');
    for (let i = 0; i < 5; i += 1) {
      s = press(s, 'f');
      seen.push(s.filter);
      expect(currentView(s).cursor).toBe(0);
    }
    expect(seen).toEqual(['shared', 'partial', 'conflict', 'unique', null]);
    expect(press(initialState(), 'f').status).toBe('filter: shared');
  });

  it('Tab switches panes; Enter in the article pane of the events list opens that article', () => {
    let s = press(initialState(), ...toMeeting(), 'tab');
    expect(currentView(s).pane).toBe(1);
    s = press(s, 'down', 'enter');
    expect(currentView(s)).toMatchObject({ screen: 'article', event, article: 1 });
    expect(currentView(press(initialState(), 'tab', 'stab')).pane).toBe(0);
  });

  it('claim screen: Tab picks the outlet column, Enter opens its article at that claim, Enter there comes back', () => {
    let s = press(initialState(), ...toMeeting(), 'enter', '/', 'اطلع هاليفي', 'enter', 'enter', 'tab');
    const column = buildClaimView(analysis.comparisons[event], halevi)!.columns[1];
    expect(currentView(s).pane).toBe(1);
    s = press(s, 'enter');
    const v = currentView(s);
    expect(v).toMatchObject({ screen: 'article', article: column.article });
    expect(buildArticleView(analysis.comparisons[event], v.article)!.claims[v.cursor].id).toBe(column.claimId);
    s = press(s, 'enter');
    expect(currentView(s)).toMatchObject({ screen: 'claim', row: halevi });
  });

  it('claim screen: right and left step through the matrix rows and keep the matrix cursor in step', () => {
    let s = press(initialState(), ...toMeeting(), 'enter', 'enter');
    const rows = visibleRows(analysis, event, '', null);
    expect(currentView(s).row).toBe(rows[0].id);
    s = press(s, 'right', 'right');
    expect(currentView(s).row).toBe(rows[2].id);
    s = press(s, 'left');
    expect(currentView(s).row).toBe(rows[1].id);
    expect(currentView(press(s, 'esc')).cursor).toBe(1);
  });

  it('scrolls a free pane no further than the layout allows', () => {
    const s = press(initialState(), ...toMeeting(), 'enter', 'enter', 'down', 'down', 'down', 'down', 'pgdn');
    expect(currentView(s).sub).toBe(3);
    expect(currentView(press(s, 'up')).sub).toBe(2);
  });

  it('search in an article jumps to the first claim that matches', () => {
    const s = press(initialState(), ...toMeeting(), 'tab', 'down', 'enter', '/', 'أوتشا');
    const v = currentView(s);
    const claim = analysis.comparisons[event].articles[1].claims.find((c) => c.id === buildArticleView(analysis.comparisons[event], 1)!.claims[v.cursor].id)!;
    expect(claim.text).toContain('أوتشا');
  });

  it('in search mode q and j are typed, not obeyed; Esc clears the search', () => {
    let s = press(initialState(), '/', 'qj');
    expect(s.effect).toBeNull();
    expect(currentView(s).query).toBe('qj');
    s = press(s, 'bs');
    expect(currentView(s).query).toBe('q');
    s = press(s, 'esc');
    expect(s.mode).toBe('browse');
    expect(currentView(s).query).toBe('');
  });

  it('Esc on the events list clears search and filter', () => {
    const s = press(initialState(), 'f', '/', 'بلينكن', 'enter', 'esc');
    expect(s.filter).toBeNull();
    expect(currentView(s).query).toBe('');
    expect(s.status).toBe('search and filter cleared');
  });

  it('e asks to export the event under the cursor or on screen; the hook reports back', () => {
    let s = press(initialState(), ...toMeeting(), 'e');
    expect(s.effect).toEqual({ kind: 'export', event });
    s = effectDone(s, 'exported');
    expect(s.effect).toBeNull();
    expect(s.status).toBe('exported');
    expect(press(s, 'enter', 'e').effect).toEqual({ kind: 'export', event });
  });

  it('? shows help, any key closes it, q too (it does not quit from the help screen); q quits elsewhere', () => {
    const help = press(initialState(), '?');
    expect(help.help).toBe(true);
    expect(press(help, 'down').help).toBe(false);
    const closed = press(help, 'q');
    expect([closed.help, closed.effect]).toEqual([false, null]);
    expect(press(initialState(), 'q').effect).toEqual({ kind: 'quit' });
  });

  it('the help lists every key the reducer knows', () => {
    const text = HELP_KEYS.map(([k]) => k).join(' ');
    for (const k of ['↑', '↓', 'k', 'j', 'Enter', 'Esc', 'Backspace', 'Tab', '/', 'f', 'e', '?', 'q', '←', '→', 'PgUp', 'PgDn', 'g', 'G']) expect(text.split(/\s+/)).toContain(k);
  });
});

describe('keysFromInk', () => {
  const key = (over: Partial<Key> = {}): Key =>
    ({ upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false, ...over }) as Key;

  it.each([
    ['a burst of keys from a script', 'jjj\r', key(), [{ name: 'char', char: 'j' }, { name: 'char', char: 'j' }, { name: 'char', char: 'j' }, { name: 'enter' }]],
    ['Backspace sent as DEL (Ink: delete)', '', key({ delete: true }), [{ name: 'backspace' }]],
    ['Shift+Tab', '', key({ tab: true, shift: true }), [{ name: 'shiftTab' }]],
    ['Escape (Ink also sets meta)', '', key({ escape: true, meta: true }), [{ name: 'escape' }]],
    ['pasted Arabic for the search', 'هاليفي', key(), [...'هاليفي'].map((c) => ({ name: 'char', char: c }))],
    ['Ctrl+letter', 'c', key({ ctrl: true }), []],
  ])('%s', (_name, input, k, expected) => {
    expect(keysFromInk(input, k)).toEqual(expected);
  });
});
