import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusAnalysis } from '../../src/types.js';
import { opensUi } from '../../cli/commands/browse.js';
import { renderCorpusText } from '../../src/report/corpus-text.js';
import { runCli } from '../support/cli.js';
import { meetingEvent, seedAnalysis } from './seed-analysis.js';

let analysis: CorpusAnalysis;
beforeAll(async () => {
  analysis = await seedAnalysis();
});

describe('claimdiff browse off a terminal', () => {
  it.each([[['browse']], [[]]])('%j prints the text report of every event instead of waiting for keys', async (argv) => {
    const r = await runCli(argv);
    expect(r.code).toBe(0);
    const meeting = analysis.events[meetingEvent(analysis)];
    expect(r.stdout).toMatch(new RegExp(`^${meeting.id} \\| 2024-02-07 \\| 2 articles from 2 outlets \\| `, 'm'));
    expect(r.stdout).toContain('Articles no other input covers (3)');
    expect(r.stdout).toContain('Claim groups (! conflict, ~ partial, = shared)');
    expect(r.stdout).toContain('وأطلع هاليفي بلينكن على عمليات الجيش الإسرائيلي');
    expect(r.stdout).not.toMatch(/\u001b/);
  });

  it('prints the same text report as compare with the same selection (two outlets or more by default)', async () => {
    const r = await runCli(['browse']);
    expect(r.stdout).toBe((await runCli(['compare', '--min-outlets', '2'])).stdout);
    // Off a terminal the whole selection is compared, as compare does.
    const all = await runCli(['browse', '--min-outlets', '1']);
    expect(all.stdout).toBe((await runCli(['compare'])).stdout);
    expect(all.stdout.split('\n')[0]).toBe(renderCorpusText(analysis).split('\n')[0]);
  });

  it('opens one event by --event (an event id or an article id) and all inputs as one by --one-event', async () => {
    const meeting = analysis.events[meetingEvent(analysis)];
    for (const id of [meeting.id, meeting.articles[0]]) {
      const r = await runCli(['browse', '--event', id]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^5 articles in 4 events: 2 articles compared in 1 event \(1 covered by more than one article\)/);
      expect(r.stdout).toContain('وأطلع هاليفي بلينكن على عمليات الجيش الإسرائيلي');
    }
    const unknown = await runCli(['browse', '--event', 'e00000000']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^claimdiff: --event e00000000: no event has the id "e00000000" or holds an article with that id in these inputs; run 'claimdiff events'/);
    const one = await runCli(['browse', '--one-event']);
    expect(one.stdout).toMatch(/^5 articles compared in 1 event: 1 covered by more than one article/);
  });

  it('rejects an unknown --bidi mode with exit code 2', async () => {
    const r = await runCli(['browse', '--bidi', 'sideways']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Invalid values|Choices/);
  });
});

describe('opensUi', () => {
  const tty = Object.assign(new Readable({ read() {} }), { isTTY: true });
  it.each([
    ['a terminal on both ends', true, tty, undefined, true],
    ['output piped', false, tty, undefined, false],
    ['input piped', true, new Readable({ read() {} }), undefined, false],
    ['an article read from stdin', true, tty, ['<stdin>'], false],
  ] as const)('%s -> %s', (_name, isTTY, stdin, inputs, expected) => {
    expect(opensUi({ isTTY, stdin }, inputs)).toBe(expected);
  });
});
