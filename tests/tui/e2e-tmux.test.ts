// Runs the built binary in a real terminal (tmux), on the example corpus: events list -> the
// 7 February event -> the Halevi claim group -> back, then q. Skipped when tmux or the build is
// missing (`npm test` builds first; by hand: `npm run build`).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Comparison, CorpusAnalysis } from '../../src/types.js';
import { visualLine } from '../../cli/tui/bidi.js';
import { readInputs } from '../../cli/read-inputs.js';
import { analyzeCorpus } from '../../src/corpus.js';
import { buildEventModel, statusSymbol } from '../../src/report/event-model.js';
import { ROOT } from '../support/seeds.js';
import { haleviGroup, meetingEvent, seedAnalysis } from './seed-analysis.js';

const BIN = path.join(ROOT, 'dist/cli/bin.js');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const reason = !hasTmux ? 'tmux is not installed' : !existsSync(BIN) ? 'dist/cli/bin.js is not built (run npm run build)' : '';
const SOCKET = `claimdiff-e2e-${process.pid}-${Date.now()}`;
const SESSION = 'browse';
const env = { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', NO_COLOR: '1' };
/** Where the lead reads the conflict screens without running the tests. */
const TMUX_CAPTURE = '/tmp/claimdiff-conflict-tui.txt';
/** Where the lead reads the reviewed screens. */
const REVIEW_CAPTURE = '/tmp/claimdiff-review-tui.txt';

function tmux(...args: string[]): string {
  const r = spawnSync('tmux', ['-L', SOCKET, '-f', '/dev/null', ...args], { encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`tmux ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

const capture = () => tmux('capture-pane', '-p', '-t', SESSION);
/** The screen with its attributes as SGR sequences. */
const captureStyled = () => tmux('capture-pane', '-p', '-e', '-t', SESSION);
const keys = (...k: string[]) => tmux('send-keys', '-t', SESSION, ...k);
const type = (text: string) => tmux('send-keys', '-t', SESSION, '-l', text);

/** The screen once `test` holds, polling; fails with the last screen after `timeout` ms. */
async function screenWhere(test: (screen: string) => boolean, what: string, timeout = 15_000): Promise<string> {
  const end = Date.now() + timeout;
  let screen = '';
  while (Date.now() < end) {
    screen = capture();
    if (test(screen)) return screen;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; the screen was:\n${screen}`);
}

describe.skipIf(reason !== '')(`claimdiff in a real terminal (tmux)${reason ? ` - skipped: ${reason}` : ''}`, () => {
  let analysis: CorpusAnalysis;
  beforeAll(async () => {
    analysis = await seedAnalysis();
    tmux('-u', 'new-session', '-d', '-s', SESSION, '-x', '120', '-y', '40', '-c', ROOT, 'sh');
  });
  afterAll(() => {
    try {
      tmux('kill-server');
    } catch {
      // Already gone.
    }
  });

  it('goes from the events list to the 7 February claim view and back, then q quits', async () => {
    const event = meetingEvent(analysis);
    const id = analysis.events[event].id;
    const group = haleviGroup(analysis.comparisons[event]);
    const exportDir = mkdtempSync(path.join(tmpdir(), 'claimdiff-export-'));
    // --min-outlets 1: all four events of the example corpus (by default only 7 February, the one with two outlets).
    type(`node ${BIN} --bidi visual --min-outlets 1 --export-dir ${exportDir} --export-format md; echo "claimdiff exited: $?"`);
    keys('Enter');
    await screenWhere((s) => s.includes('claimdiff › events') && s.includes(`Events (${analysis.events.length})`), 'the events list');

    keys(...Array.from({ length: event }, () => 'Down'));
    const list = await screenWhere((s) => new RegExp(`^> ${id} +2024-02-07 +2 art`, 'm').test(s), 'the cursor on the 7 February event');
    expect(list).toMatch(/Articles of /);
    keys('Enter');
    await screenWhere((s) => s.includes(`claimdiff › events › ${id} 2024-02-07`) && /Coverage: \d+ of \d+ rows/.test(s), 'the event overview');

    type('/');
    type('اطلع هاليفي');
    keys('Enter');
    await screenWhere((s) => /Coverage: 1 of \d+ rows/.test(s), 'the matrix filtered to the Halevi row');
    keys('Enter');
    const claim = await screenWhere((s) => s.includes(`› ${group}`) && s.includes('reported by [A] [B]'), 'the claim view');
    // Visual order: the Arabic is reordered for a terminal without bidi (tmux has none).
    expect(claim).toContain(visualLine('هاليفي بلينكن', 'rtl'));
    expect(claim).toMatch(/\[A\] .*│.*\[B\] /);
    // NO_COLOR: bold and inverse only, no colour; the words that differ are between braces.
    expect(captureStyled()).not.toMatch(/\u001b\[[0-9;]*?\b(3[0-7]|9[0-7]|38;|4[0-7])[;m]/);
    expect(claim).toMatch(/\{.+\}/);

    keys('e');
    const exported = await screenWhere((s) => s.includes(`exported ${id}: `), 'the export status line');
    const file = new RegExp(`exported ${id}: (\\S+\\.md)`).exec(exported)?.[1] ?? '';
    expect(path.dirname(file)).toBe(exportDir);
    expect(existsSync(file)).toBe(true);

    keys('Escape');
    await screenWhere((s) => /Coverage: 1 of \d+ rows/.test(s) && !s.includes(`› ${group}`), 'back on the event overview');
    keys('Escape');
    await screenWhere((s) => /^claimdiff › events\s*$/m.test(s), 'back on the events list');
    keys('q');
    const shell = await screenWhere((s) => s.includes('claimdiff exited: 0'), 'the shell after q');
    expect(shell).not.toContain('claimdiff › events');
  });

  it('shows the India sandstorm conflict: each outlet\u2019s own status in the matrix row and the claim columns', async () => {
    const { articles } = await readInputs([path.join(ROOT, 'examples/india-sandstorm')]);
    const model = buildEventModel((await analyzeCorpus(articles)).comparisons[0]);
    const row = model.story.findIndex((r) => r.status === 'conflict' && r.cells.every((c) => c.status !== 'absent'));
    const { label, cells, members } = model.story[row];
    type(`clear; node ${BIN} examples/india-sandstorm --bidi visual; echo "claimdiff exited: $?"`);
    keys('Enter');
    await screenWhere((s) => s.includes('Events (1)'), 'the events list');
    keys('Enter', ...Array.from({ length: row }, () => 'Down'));
    // Each cell is its symbol, then `c` when its origin is shared with another outlet in the row.
    const symbols = cells.map((c) => `${statusSymbol[c.status]}${c.copied ? 'c' : ''}`).join(' ');
    const pattern = cells.map((c) => `${statusSymbol[c.status].replace(/[+!]/g, '\\$&')}${c.copied ? 'c' : ''}`).join(' +');
    // The key findings panel stands left of the matrix on a wide terminal.
    const matrix = await screenWhere((s) => new RegExp(`(^|│ )> ! ${label} +${pattern} `, 'm').test(s), `the cursor on ${label} (${symbols})`);
    expect(matrix).toContain("cells, each outlet's own status");
    expect(matrix).toContain('! Conflicts (');
    keys('Enter');
    const claim = await screenWhere((s) => s.includes(`› ${label}`) && s.includes('Claims side by side (3 outlets)'), 'the claim view of the three outlets');
    for (const m of members) expect(claim).toMatch(new RegExp(`\\[${m.letter}\\] ${model.outlets[m.article]} +\\${statusSymbol[m.status]} ${m.status}`));
    for (const m of members.filter((x) => x.against.length > 0)) {
      expect(claim).toContain(`! conflicts with ${m.against.map((id) => model.refs.get(id)!.label).join(', ')}`);
    }
    keys('q');
    await screenWhere((s) => s.includes('claimdiff exited: 0'), 'the shell after q');
    writeFileSync(TMUX_CAPTURE, `${matrix}\n${'-'.repeat(120)}\n${claim}`);
  });

  it('records a review: confirm a conflict, dispute a group, dismiss a flag, quit, reopen, see them (and in the reports)', async () => {
    // A copy of the India sandstorm fixture: the review file is written beside it.
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'claimdiff-review-')), 'india-sandstorm');
    cpSync(path.join(ROOT, 'examples/india-sandstorm'), dir, { recursive: true });
    const { articles } = await readInputs([dir]);
    const comparison = (await analyzeCorpus(articles)).comparisons[0];
    const story = buildEventModel(comparison).story;
    const texts = new Map(comparison.articles.flatMap((a) => a.claims.map((c) => [c.id, c.text] as const)));
    const says = (g: { members: string[] }, words: RegExp) => g.members.some((m) => words.test(texts.get(m) ?? ''));
    // The death tolls (95, 116, 77): a real conflict. 95 in all, 46 then 65 in one state: parts and a rising toll, partial.
    const toll = comparison.groups.find((g) => g.relation === 'conflict' && says(g, /116 شخصا/) && says(g, /قتل 77/))!;
    const parts = comparison.groups.find((g) => g.relation === 'partial' && says(g, /مقتل 65 شخصا/))!;
    const [t, p] = [story.findIndex((r) => r.id === toll.id), story.findIndex((r) => r.id === parts.id)];
    const firstFlag = comparison.framing!.profiles[0].flags[0];
    // A stray e (export) writes to a temporary folder, never to the repository's reports/.
    const exportDir = mkdtempSync(path.join(tmpdir(), 'claimdiff-export-'));
    const open = `clear; node ${BIN} ${dir} --bidi visual --reviewer desk --export-dir ${exportDir}; echo "claimdiff exited: $?"`;

    type(open);
    keys('Enter');
    await screenWhere((s) => s.includes('Events (1)') && s.includes('reviews will be saved to'), 'the events list, reviews on');
    keys('Enter', ...Array.from({ length: t }, () => 'Down'));
    await screenWhere((s) => new RegExp(`(^|│ )> ! ${toll.id} `, 'm').test(s), `the cursor on ${toll.id}`);
    keys('c');
    await screenWhere((s) => s.includes(`${toll.id} confirmed · saved to`), 'the confirmation saved');
    keys('g', ...Array.from({ length: p }, () => 'Down'));
    await screenWhere((s) => new RegExp(`(^|│ )> ~ ${parts.id} `, 'm').test(s), `the cursor on ${parts.id}`);
    keys('d');
    await screenWhere((s) => s.includes(`${parts.id} disputed · saved to`), 'the dispute saved');
    // The flag: the first row's claim view, its first outlet's article, the flags pane.
    keys('g', 'Enter', 'Enter', 'Tab', 'x');
    await screenWhere((s) => /dismissed · saved to/.test(s) && s.includes('[dismissed]'), 'the flag dismissed');
    keys('q');
    await screenWhere((s) => s.includes('claimdiff exited: 0'), 'the shell after q');

    type(open);
    keys('Enter');
    await screenWhere((s) => s.includes('reviews from'), 'reopened with the review');
    keys('Enter');
    const matrix = await screenWhere((s) => new RegExp(`(^|│ )[> ] ! ${toll.id} +✓ `, 'm').test(s) && new RegExp(`(^|│ )[> ] ~ ${parts.id} +✗ `, 'm').test(s), 'the marks of both groups');
    expect(matrix).toContain('review marks: ✓ confirmed');
    keys('g', 'Enter');
    keys('Enter', 'Tab');
    const article = await screenWhere((s) => s.includes('[dismissed]'), 'the dismissed flag');
    expect(article).toMatch(new RegExp(`⊘ ${firstFlag.category}`));
    keys('q');
    await screenWhere((s) => s.includes('claimdiff exited: 0'), 'the shell after q');
    writeFileSync(REVIEW_CAPTURE, `${matrix}\n${'-'.repeat(120)}\n${article}`);

    // The reports show the same decisions, the engine's verdict beside the reviewer's.
    const html = spawnSync('node', [BIN, 'compare', dir, '--format', 'html'], { encoding: 'utf8' }).stdout;
    expect(html).toContain(`Group ${toll.id}`);
    expect(html).toContain('reviewer: confirmed');
    expect(html).toContain('engine: partial; reviewer: disputed, set aside');
    expect(html).toMatch(/Reviewed: 2 of \d+ claim groups/);
    const json = JSON.parse(spawnSync('node', [BIN, 'compare', dir, '--format', 'json'], { encoding: 'utf8' }).stdout) as Comparison;
    expect(json.groups.find((g) => g.id === toll.id)?.review).toMatchObject({ verdict: 'confirmed', by: 'desk', relation: 'conflict' });
    expect(json.groups.find((g) => g.id === parts.id)?.review).toMatchObject({ verdict: 'disputed', relation: null });
    expect(json.framing!.profiles[0].flags.find((f) => f.id === firstFlag.id)?.review?.verdict).toBe('dismissed');
  });

  it('shows the Arabic in logical order with --bidi logical, and by default only the events of two outlets or more', async () => {
    type(`clear; node ${BIN} --bidi logical; echo "claimdiff exited: $?"`);
    keys('Enter');
    const screen = await screenWhere((s) => s.includes('claimdiff › events') && s.includes('Events (1)'), 'the events list');
    expect(screen).toContain('بلينكن');
    expect(screen).not.toContain(visualLine('بلينكن', 'rtl'));
    keys('q');
    await screenWhere((s) => s.includes('claimdiff exited: 0'), 'the shell after q');
  });
});
