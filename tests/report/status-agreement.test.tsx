// Issue 12's "done when": the HTML report and the terminal UI show the same status for every claim
// of a three-outlet event with a conflict. Both are rendered from one Comparison of the India
// sandstorm fixture (examples/india-sandstorm, real ANT sentences), and their markers are read back
// from the rendered output: the HTML page parsed, the Ink frames as text.
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { readInputs } from '../../cli/read-inputs.js';
import { App } from '../../cli/tui/components/App.js';
import { initialState, type NavState, type View } from '../../cli/tui/navigation.js';
import { analyzeCorpus } from '../../src/corpus.js';
import { renderEventHtml } from '../../src/report/html.js';
import { buildEventModel, statusSymbol, type ClaimStatus } from '../../src/report/event-model.js';
import type { Comparison, CorpusAnalysis } from '../../src/types.js';
import { ROOT } from '../support/seeds.js';
import { parseDocument } from './helpers.js';

const FIXTURE = path.join(ROOT, 'examples/india-sandstorm');
const SIZE = { columns: 100, rows: 60 };
const SYMBOL_STATUS = new Map(Object.entries(statusSymbol).map(([status, symbol]) => [symbol, status]));

let analysis: CorpusAnalysis;
let comparison: Comparison;
/** The group all three outlets report, with a conflict in it. */
let threeWay: Comparison['groups'][number];

beforeAll(async () => {
  const { articles, problems } = await readInputs([FIXTURE]);
  expect(problems).toEqual([]);
  analysis = await analyzeCorpus(articles);
  expect(analysis.events, 'the fixture is one event of three outlets').toHaveLength(1);
  comparison = analysis.comparisons[0];
  const found = comparison.groups.find((g) => g.relation === 'conflict' && new Set(g.members.map((m) => m.split(':')[0])).size === 3);
  if (!found) throw new Error('the fixture no longer has a three-outlet group with a conflict: choose its sentences again (examples/india-sandstorm/README.md)');
  threeWay = found;
});

afterEach(() => cleanup());

/**
 * Each claim's status as the Comparison records it: its entry in `ClaimGroup.status` (a claim in two
 * groups shows the more serious: conflict, then partial, then shared), or unique.
 */
function recorded(c: Comparison): Map<string, ClaimStatus> {
  const serious: Record<ClaimStatus, number> = { conflict: 3, partial: 2, shared: 1, unique: 0 };
  const out = new Map<string, ClaimStatus>(c.articles.flatMap((a) => a.claims.map((cl) => [cl.id, 'unique'] as const)));
  for (const g of c.groups) for (const s of g.status) if (serious[s.relation] > serious[out.get(s.claim)!]) out.set(s.claim, s.relation);
  return out;
}

/** The claim ids by label (`B3`), as both views name them. */
function idsByLabel(c: Comparison): Map<string, string> {
  return new Map([...buildEventModel(c).refs.values()].map((r) => [r.label, r.claim.id]));
}

// --- the HTML report, read back from the page ------------------------------------------------

/** Label -> status of the marker before each claim in the full texts (`B1!`, class `rel-conflict`). */
function htmlFullTextMarks(c: Comparison): Map<string, string> {
  const doc = parseDocument(renderEventHtml(c, analysis.events[0]));
  const out = new Map<string, string>();
  for (const a of doc.querySelectorAll('.fulltext .claim > a.claim-no')) {
    const [, label, symbol] = /^([A-Z]+\d+)(.)$/.exec(a.textContent ?? '')!;
    const byClass = /\brel-(\w+)/.exec(a.getAttribute('class') ?? '')![1];
    expect(SYMBOL_STATUS.get(symbol), `${label}: symbol and class agree`).toBe(byClass);
    out.set(label, byClass);
  }
  return out;
}

/** For a group's section: label -> the member's status badge; and the coverage row's cells: label -> status. */
function htmlGroup(c: Comparison, groupId: string): { members: Map<string, string>; cells: Map<string, string> } {
  const doc = parseDocument(renderEventHtml(c, analysis.events[0]));
  const anchor = `group-${c.groups.findIndex((g) => g.id === groupId) + 1}`;
  const members = new Map<string, string>();
  for (const caption of doc.querySelectorAll(`#${anchor} figure.side figcaption`)) {
    const label = /^[A-Z]+\d+/.exec(caption.querySelector('a')!.textContent ?? '')![0];
    members.set(label, /\brel-(\w+)/.exec(caption.querySelector('.member-status .rel')!.getAttribute('class')!)![1]);
  }
  const row = [...doc.querySelectorAll('#coverage tbody tr')].find((tr) => tr.querySelector('th')?.textContent === groupId)!;
  const cells = new Map<string, string>();
  for (const mark of row.querySelectorAll('a.claim-mark')) {
    const [, label, symbol] = /^([A-Z]+\d+)(.)$/.exec(mark.textContent ?? '')!;
    cells.set(label, SYMBOL_STATUS.get(symbol)!);
  }
  return { members, cells };
}

// --- the terminal UI, read back from Ink's frames ---------------------------------------------

const view = (patch: Partial<View>): View => ({ screen: 'events', event: 0, row: null, article: 0, cursor: 0, pane: 0, sub: 0, query: '', ...patch });
const stateWith = (...views: View[]): NavState => ({ ...initialState(), stack: [view({}), ...views] });
const plain = (frame: string | undefined) => (frame ?? '').replace(/\u001b\[[0-9;]*m/g, '');

function frame(state: NavState, c: CorpusAnalysis = analysis): string[] {
  const { lastFrame, unmount } = render(<App analysis={c} text={{ bidi: 'logical' }} theme={{ color: false }} size={SIZE} initialState={state} />);
  const lines = plain(lastFrame()).split('\n');
  unmount();
  return lines;
}

/** Label -> status of the `[!]` markers of every article screen, in text order. */
function tuiArticleMarks(c: CorpusAnalysis): Map<string, string> {
  const out = new Map<string, string>();
  c.comparisons[0].articles.forEach((article, k) => {
    const lines = frame(stateWith(view({ screen: 'article', article: k })), c);
    const body = lines.slice(lines.findIndex((l) => l.includes('Article text (claim')) + 1, lines.findIndex((l) => l.includes('Framing flags (')));
    const symbols = [...body.join('\n').matchAll(/\[([=~!+·])\] /g)].map((m) => m[1]);
    const claims = [...article.claims].sort((x, y) => x.start - y.start);
    expect(symbols, `one marker per claim of article ${k}`).toHaveLength(claims.length);
    claims.forEach((claim, i) => out.set(`${String.fromCharCode(65 + k)}${article.claims.indexOf(claim) + 1}`, SYMBOL_STATUS.get(symbols[i])!));
  });
  return out;
}

/** The claim screen of a group: letter -> the status in each outlet's column header. */
function tuiClaimColumns(groupId: string): Map<string, string> {
  const lines = frame(stateWith(view({ screen: 'event' }), view({ screen: 'claim', row: groupId })));
  const out = new Map<string, string>();
  for (const l of lines) {
    const m = /^[> ] \[([A-Z]+)\] .*? {2}([=~!+]) (shared|partial|conflict|unique)\b/.exec(l);
    if (m) {
      expect(SYMBOL_STATUS.get(m[2])).toBe(m[3]);
      out.set(m[1], m[3]);
    }
  }
  return out;
}

/** The event screen's coverage row of a group: one status per outlet column. */
function tuiMatrixCells(groupId: string): string[] {
  const lines = frame(stateWith(view({ screen: 'event' })));
  const row = lines.find((l) => new RegExp(`^[> ] [=~!+] ${groupId} `).test(l))!;
  // A cell is its status symbol, then `c` when another outlet in the row shares its origin.
  const cells = new RegExp(`^[> ] [=~!+] ${groupId} +((?:[=~!+·]c? +)+)`).exec(row)![1].trim().split(/ +/);
  return cells.map((s) => SYMBOL_STATUS.get(s.replace(/c$/, ''))!);
}

describe('the HTML report and the terminal UI agree on every claim of the India sandstorm event', () => {
  it('fixture: all three outlets report one fact, and two of them conflict over it', () => {
    const outlets = new Set(threeWay.members.map((m) => m.split(':')[0]));
    expect(outlets.size).toBe(3);
    expect(threeWay.status.some((s) => s.relation === 'conflict' && s.against.length > 0)).toBe(true);
  });

  it('full texts: the HTML marker and the TUI article marker of every claim are its recorded status', () => {
    const expected = recorded(comparison);
    const labels = idsByLabel(comparison);
    const html = htmlFullTextMarks(comparison);
    const tui = tuiArticleMarks(analysis);
    expect([...html.keys()].sort()).toEqual([...labels.keys()].sort());
    expect([...tui.keys()].sort()).toEqual([...labels.keys()].sort());
    for (const [label, id] of labels) {
      expect({ label, html: html.get(label), tui: tui.get(label) }).toEqual({ label, html: expected.get(id), tui: expected.get(id) });
    }
    // The event has conflicts and agreements both, so the comparison is not trivial.
    expect(new Set(html.values())).toContain('conflict');
    expect(new Set(html.values()).size).toBeGreaterThanOrEqual(3);
  });

  it('the three-outlet group: member badges, coverage cells and claim columns say what each member\u2019s status says', () => {
    const { members, cells } = htmlGroup(comparison, threeWay.id);
    const columns = tuiClaimColumns(threeWay.id);
    const matrix = tuiMatrixCells(threeWay.id);
    const model = buildEventModel(comparison);
    for (const s of threeWay.status) {
      const ref = model.refs.get(s.claim)!;
      expect({ claim: ref.label, html: members.get(ref.label), cell: cells.get(ref.label), tui: columns.get(ref.letter), matrix: matrix[ref.article] }).toEqual({
        claim: ref.label,
        html: s.relation,
        cell: s.relation,
        tui: s.relation,
        matrix: s.relation,
      });
    }
  });

  it('both views follow ClaimGroup.status, not the diffs: a status changed in the Comparison shows in both', () => {
    const edited: Comparison = structuredClone(comparison);
    // A member of one group only (a claim in two groups shows the more serious of its statuses).
    const groupsOf = (id: string) => edited.groups.filter((g) => g.members.includes(id)).length;
    const entry = edited.groups.flatMap((g) => g.status).find((s) => groupsOf(s.claim) === 1)!;
    const changed = entry.relation === 'shared' ? 'partial' : 'shared';
    entry.relation = changed;
    const label = [...idsByLabel(edited)].find(([, id]) => id === entry.claim)![0];
    const editedAnalysis: CorpusAnalysis = { events: analysis.events, comparisons: [edited] };
    expect(htmlFullTextMarks(edited).get(label)).toBe(changed);
    expect(tuiArticleMarks(editedAnalysis).get(label)).toBe(changed);
  });
});
