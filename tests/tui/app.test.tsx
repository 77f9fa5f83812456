import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import type { CorpusAnalysis } from '../../src/types.js';
import { App } from '../../cli/tui/components/App.js';
import { visualLine } from '../../cli/tui/bidi.js';
import { initialState, navigate, type NavKey, type NavState } from '../../cli/tui/navigation.js';
import { haleviGroup, meetingEvent, seedAnalysis } from './seed-analysis.js';
import { displayWidth } from '../../cli/tui/wrap.js';
import { eventModel } from '../../cli/tui/event-models.js';
import { buildEventModel, statusSymbol } from '../../src/report/event-model.js';

let analysis: CorpusAnalysis;
let event: number;
let halevi: string;

beforeAll(async () => {
  analysis = await seedAnalysis();
  event = meetingEvent(analysis);
  halevi = haleviGroup(analysis.comparisons[event]);
});

afterEach(() => cleanup());

const SIZE = { columns: 120, rows: 40 };
// Frames carry no styles off a terminal, but strip SGR codes anyway in case colour is forced.
const plain = (frame: string | undefined) => (frame ?? '').replace(/\u001b\[[0-9;]*m/g, '');
const tick = () => new Promise((r) => setTimeout(r, 20));
/** Waits (up to 5 s) until the frame holds `text`: under load Ink may take more than a tick to redraw. */
async function frameWith(lastFrame: () => string | undefined, text: string): Promise<string> {
  const end = Date.now() + 5000;
  while (!plain(lastFrame()).includes(text) && Date.now() < end) await tick();
  return plain(lastFrame());
}

/** The state after keys, as the hook would reach it. */
function after(keys: NavKey[]): NavState {
  return keys.reduce((s, k) => navigate(s, k, { analysis }), initialState());
}
const down = (n: number): NavKey[] => Array.from({ length: n }, () => ({ name: 'down' }) as NavKey);
const chars = (text: string): NavKey[] => [...text].map((char) => ({ name: 'char', char }) as NavKey);

describe('App', () => {
  it('events list: the 7 February event with its 2 articles on one row', () => {
    const { lastFrame } = render(<App analysis={analysis} text={{ bidi: 'logical' }} theme={{ color: false }} size={SIZE} />);
    const frame = plain(lastFrame());
    expect(frame).toContain('claimdiff › events');
    expect(frame).toContain(`Events (${analysis.events.length})`);
    const row = frame.split('\n').find((l) => l.includes('2024-02-07'));
    expect(row).toMatch(new RegExp(`${analysis.events[event].id} +2024-02-07 +2 art +=\\d+% ~\\d+% !\\d+% \\+\\d+%`));
    for (const l of frame.split('\n')) expect(displayWidth(l)).toBeLessThanOrEqual(SIZE.columns);
  });

  it('keys typed on stdin move the cursor and open the event overview', async () => {
    const { lastFrame, stdin } = render(<App analysis={analysis} text={{ bidi: 'logical' }} theme={{ color: false }} size={SIZE} />);
    await tick();
    stdin.write('j'.repeat(event));
    await frameWith(lastFrame, `> ${analysis.events[event].id} `);
    stdin.write('\r');
    const frame = await frameWith(lastFrame, `claimdiff › events › ${analysis.events[event].id} 2024-02-07`);
    expect(frame).toContain(`claimdiff › events › ${analysis.events[event].id} 2024-02-07`);
    expect(frame).toMatch(/Coverage: \d+ of \d+ rows/);
    // The same title as the event's reports: what the event was grouped on, not a bare count of outlets.
    const title = buildEventModel(analysis.comparisons[event], analysis.events[event]).title;
    expect(title).toMatch(/^2 outlets, 2024-02-07: \S/);
    expect(frame).toContain(title);
    // Both outlets print the Halevi sentence in the same words: each cell carries the copy mark,
    // and the row counts one independent origin for its two outlets.
    expect(frame).toMatch(new RegExp(`= ${halevi} +=c =c +1/2 +\\[A\\] وفي اللقاء بتل أبيب`));
    // The key findings first, the figures and framing a key away.
    expect(frame).toContain('[Key findings] Figures Framing');
    expect(frame).toContain('+ Only one outlet reports');
    expect(frame).toContain('Framing of the same fact');
  });

  it('at 80×24 keeps the unique count in the event summary and e export · ? help · q quit in the footer', () => {
    const open: NavKey[] = [...down(event), { name: 'enter' }];
    for (const state of [after([]), after(open), after([...open, { name: 'enter' }])]) {
      const { lastFrame, unmount } = render(<App analysis={analysis} text={{ bidi: 'visual' }} theme={{ color: false }} size={{ columns: 80, rows: 24 }} initialState={state} />);
      const lines = plain(lastFrame()).split('\n');
      expect(lines.at(-1)).toMatch(/e export · \? help · q quit\s*$/);
      unmount();
    }
    const { lastFrame } = render(<App analysis={analysis} text={{ bidi: 'visual' }} theme={{ color: false }} size={{ columns: 80, rows: 24 }} initialState={after(open)} />);
    const counts = eventModel(analysis.comparisons[event]).totals.claimsBy;
    expect(plain(lastFrame())).toContain(`+${counts.unique} unique`);
  });

  it('shows the figures table on the event screen: ← → to its tab, Enter unfolds an entry with each outlet\u2019s sentence', () => {
    const open: NavKey[] = [...down(event), { name: 'enter' }];
    const figures = after([...open, { name: 'right' }]);
    const { lastFrame, unmount } = render(<App analysis={analysis} text={{ bidi: 'logical' }} theme={{ color: false }} size={SIZE} initialState={figures} />);
    const frame = plain(lastFrame());
    expect(frame).toContain('Key findings [Figures] Framing');
    // The 27,708 / more than 27,700 toll: one row, each outlet's compared amount starred.
    expect(frame).toMatch(/= f[0-9a-f]{8} killed \(running total\) · agree/);
    expect(frame).toMatch(/\[A\] 27,708\*\s+\[B\] more than 27,700\*/);
    unmount();
    // Tab to the panel, down to the entry, Enter: its values with source and sentence.
    const entry = after([...open, { name: 'right' }, { name: 'tab' }, { name: 'down' }, { name: 'enter' }]);
    const unfolded = render(<App analysis={analysis} text={{ bidi: 'logical' }} theme={{ color: false }} size={SIZE} initialState={entry} />);
    expect(plain(unfolded.lastFrame())).toContain('السلطات الفلسطينية');
    expect(plain(unfolded.lastFrame())).toContain('2024-02-07');
  });

  it('opens an event that is compared only when opened (a loader), the list showing it pending before', async () => {
    const lazy: CorpusAnalysis = { events: analysis.events, comparisons: [] };
    const ensured: number[] = [];
    const loader = {
      articles: (i: number) => analysis.comparisons[i].articles,
      ensure: (i: number) => {
        ensured.push(i);
        lazy.comparisons[i] = analysis.comparisons[i];
      },
      background: () => () => undefined,
    };
    const { lastFrame, stdin } = render(<App analysis={lazy} loader={loader} text={{ bidi: 'logical' }} theme={{ color: false }} size={SIZE} />);
    await tick();
    expect(plain(lastFrame())).toContain('comparing…');
    expect(plain(lastFrame())).toContain(`${analysis.events.length} of ${analysis.events.length} events still being compared`);
    stdin.write('j'.repeat(event));
    await frameWith(lastFrame, `> ${analysis.events[event].id} `);
    stdin.write('\r');
    const frame = await frameWith(lastFrame, 'Coverage:');
    expect(ensured).toEqual([event]);
    expect(frame).toContain('+ Only one outlet reports');
  });

  it('claim view of the Halevi group shows both outlets\u2019 sentences (logical order, stacked)', () => {
    const state = after([...down(event), { name: 'enter' }, { name: 'char', char: '/' }, ...chars('اطلع هاليفي'), { name: 'enter' }, { name: 'enter' }]);
    const { lastFrame } = render(<App analysis={analysis} text={{ bidi: 'logical' }} theme={{ color: false }} size={SIZE} initialState={state} />);
    const frame = plain(lastFrame());
    expect(frame).toContain(`${halevi} shared`);
    expect(frame).toContain('[A] ');
    expect(frame).toContain('[B] ');
    // Without colour, the words one outlet does not share are between braces.
    expect(frame).toContain('{وفي اللقاء بتل أبيب}، أطلع هاليفي بلينكن على عمليات الجيش الإسرائيلي');
    expect(frame).toContain('أطلع هاليفي بلينكن على عمليات الجيش الإسرائيلي وخططه للأسابيع المقبلة');
    expect(frame).toContain('words: موضحاً → وقال');
    expect(frame).not.toMatch(/[\u2066-\u2069\u200e\u200f]/);
  });

  it('claim view in visual order: the same sentences side by side, Arabic reordered for the terminal', () => {
    const state = after([...down(event), { name: 'enter' }, { name: 'char', char: '/' }, ...chars('اطلع هاليفي'), { name: 'enter' }, { name: 'enter' }]);
    const { lastFrame } = render(<App analysis={analysis} text={{ bidi: 'visual' }} theme={{ color: true }} size={SIZE} initialState={state} />);
    const frame = plain(lastFrame());
    expect(frame).toContain(visualLine('هاليفي بلينكن على عمليات', 'rtl'));
    expect(frame).not.toContain('هاليفي بلينكن على عمليات');
    // Two columns on one row: each outlet's header, side by side.
    expect(frame.split('\n').some((l) => /\[A\] .*│.*\[B\] /.test(l))).toBe(true);
    expect(frame).toContain(`words: ${visualLine('موضحاً', 'rtl')} → ${visualLine('وقال', 'rtl')}`);
  });

  it('article view marks every claim with its status', () => {
    const state = after([...down(event), { name: 'tab' }, { name: 'down' }, { name: 'enter' }]);
    const { lastFrame } = render(<App analysis={analysis} text={{ bidi: 'logical' }} theme={{ color: false }} size={SIZE} initialState={state} />);
    const frame = plain(lastFrame());
    expect(frame).toContain('› article [B]');
    const comparison = analysis.comparisons[event];
    const refs = eventModel(comparison).refs;
    const first = [...comparison.articles[1].claims].sort((a, b) => a.start - b.start)[0];
    expect(first.text.startsWith('بحث وزير الخارجية الأميركي')).toBe(true);
    // The cursor starts on the first claim: `>` before its status.
    expect(frame).toContain(`>[${statusSymbol[refs.get(first.id)!.status]}] بحث وزير الخارجية الأميركي`);
    expect(frame).toContain('[=] وأطلع هاليفي بلينكن');
  });

  it('help lists every key', () => {
    const { lastFrame } = render(<App analysis={analysis} text={{ bidi: 'logical' }} theme={{ color: false }} size={SIZE} initialState={after([{ name: 'char', char: '?' }])} />);
    const frame = plain(lastFrame());
    for (const k of ['↑ ↓  k j', 'Enter', 'Esc  Backspace', 'Tab  Shift+Tab', '/', 'f', 'e', '?', 'q']) expect(frame).toContain(k);
    expect(frame).toContain('filter by relation: shared, partial, conflict, unique');
  });

  it.each([
    [50, 12],
    [80, 24],
    [200, 60],
  ])('every screen fits a %i×%i terminal', (columns, rows) => {
    const open: NavKey[] = [...down(event), { name: 'enter' }];
    const states = [
      after([]),
      after(open),
      after([...open, { name: 'tab' }]),
      after([...open, { name: 'enter' }]),
      after([...open, { name: 'enter' }, { name: 'enter' }]),
      after([{ name: 'char', char: '?' }]),
    ];
    for (const state of states) {
      for (const bidi of ['visual', 'logical'] as const) {
        const { lastFrame, unmount } = render(<App analysis={analysis} text={{ bidi }} theme={{ color: false }} size={{ columns, rows }} initialState={state} />);
        const lines = plain(lastFrame()).split('\n');
        expect(lines.length).toBeLessThanOrEqual(rows - 1);
        for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(columns);
        unmount();
      }
    }
  });

  it('says so when the terminal is too small', () => {
    const { lastFrame } = render(<App analysis={analysis} text={{ bidi: 'visual' }} theme={{ color: false }} size={{ columns: 30, rows: 8 }} />);
    expect(lastFrame()).toContain('needs a terminal of at least 40×10');
  });

  it('follows a resize of the terminal', async () => {
    const { lastFrame, stdout } = render(<App analysis={analysis} text={{ bidi: 'visual' }} theme={{ color: false }} />);
    await tick();
    expect(Math.max(...plain(lastFrame()).split('\n').map(displayWidth))).toBeGreaterThan(70);
    Object.defineProperty(stdout, 'columns', { get: () => 64, configurable: true });
    stdout.emit('resize');
    await tick();
    const lines = plain(lastFrame()).split('\n');
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(64);
    expect(lines.join('\n')).toContain('Events (');
  });

  it('shows export results in the status line', async () => {
    const asked: number[] = [];
    const { lastFrame, stdin } = render(
      <App analysis={analysis} text={{ bidi: 'logical' }} theme={{ color: false }} size={SIZE} onExport={(e) => (asked.push(e), `exported ${analysis.events[e].id}: reports/x.html`)} />,
    );
    await tick();
    stdin.write('j'.repeat(event) + 'e');
    await tick();
    expect(asked).toEqual([event]);
    expect(plain(lastFrame())).toContain(`exported ${analysis.events[event].id}: reports/x.html`);
  });
});
