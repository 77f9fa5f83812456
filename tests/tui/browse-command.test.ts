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

  it('prints the same text report as compare', async () => {
    const r = await runCli(['browse']);
    expect(r.stdout).toBe(renderCorpusText(analysis));
    expect(r.stdout).toBe((await runCli(['compare'])).stdout);
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
