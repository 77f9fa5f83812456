// From a corpus to a finding on the command line: one event by id or by article, events by how many
// outlets cover them, one part of the output (--only), colour that article text cannot forge,
// the exit status for conflicts, outlet names from a user's table, completion and help examples.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/run.js';
import { STYLE_SEQUENCES } from '../../src/report/text-style.js';
import { runCli, type CliResult } from '../support/cli.js';
import { ROOT, seedPath } from '../support/seeds.js';
import { tmp } from '../report/helpers.js';

const SANDSTORM = path.join(ROOT, 'examples/india-sandstorm');
const BIN = path.join(ROOT, 'dist/cli/bin.js');

/** The CLI with a chosen environment and terminals (colour and progress depend on them). */
async function runWith(argv: string[], opts: { env?: Record<string, string>; isTTY?: boolean; stderrIsTTY?: boolean } = {}): Promise<CliResult & { progress: string[] }> {
  let stdout = '';
  let stderr = '';
  const progress: string[] = [];
  const code = await run(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    progress: (t) => progress.push(t),
    isTTY: opts.isTTY ?? false,
    stderrIsTTY: opts.stderrIsTTY ?? false,
    stdin: Readable.from(['']),
    columns: 100,
    env: opts.env ?? {},
  });
  return { code, stdout, stderr, progress };
}

/** Every escape sequence in a text. */
const escapes = (text: string) => [...text.matchAll(/\u001b[^a-zA-Z]*[a-zA-Z]?/g)].map((m) => m[0]);

describe('choosing the event', () => {
  it('--event takes an event id from `events`, or the id of an article the event holds', async () => {
    const events = JSON.parse((await runCli(['events', '--format', 'json'])).stdout) as { events: Array<{ id: string; articles: string[] }> };
    const feb7 = events.events.find((e) => e.articles.length === 2)!;
    const byId = await runCli(['compare', '--event', feb7.id, '--format', 'json']);
    const byArticle = await runCli(['compare', '--event', feb7.articles[1], '--format', 'json']);
    expect(byId.code).toBe(0);
    expect(byId.stdout).toBe(byArticle.stdout);
    const one = JSON.parse(byId.stdout) as { schema: string; articles: Array<{ id: string }> };
    expect(one.schema).toBe('claimdiff.compare/1');
    expect(one.articles.map((a) => a.id)).toEqual(feb7.articles);
  });

  it('gives the same event ids whatever order the inputs come in', async () => {
    const files = ['000', '001', '002', '003', '004'].map((n) => seedPath(n));
    const ids = async (list: string[]) => (JSON.parse((await runCli(['events', ...list, '--format', 'json'])).stdout) as { events: Array<{ id: string }> }).events.map((e) => e.id).sort();
    expect(await ids([...files].reverse())).toEqual(await ids(files));
  });

  it('an unknown --event is one line naming it and what to do, exit code 2', async () => {
    const r = await runCli(['compare', '--event', 'e12345678']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain("run 'claimdiff events' on the same inputs for the event ids");
  });

  it('--min-outlets leaves events of fewer outlets out of the comparison and lists them', async () => {
    const r = await runCli(['compare', '--min-outlets', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^5 articles in 4 events: 2 articles compared in 1 event \(1 covered by more than one article\); 3 not compared/);
    expect(r.stdout).toContain('Articles no other input covers (3)');
    const bad = await runCli(['compare', '--min-outlets', '1.5']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--min-outlets must be a whole number from 1 to 10000');
  });
});

describe('key findings', () => {
  it('say how many facts two or more outlets report have two or more independent origins, before the conflicts; --only leaves it out', async () => {
    const r = await runCli(['compare', SANDSTORM, '--one-event']);
    const lines = r.stdout.split('\n');
    const origins = lines.findIndex((l) => /^  Independent origins: \d+ of \d+ facts reported by two or more outlets ha(s|ve) two or more independent origins/.test(l));
    expect(origins).toBeGreaterThan(lines.findIndex((l) => l.startsWith('  In common: ')));
    expect(origins).toBeLessThan(lines.findIndex((l) => l.includes('Conflicts (')));
    expect((await runCli(['compare', SANDSTORM, '--one-event', '--only', 'conflicts'])).stdout).not.toContain('Independent origins:');
  });
});

describe('--only', () => {
  it('narrows the text to the conflicts: the disputed figures and the conflicting groups, no partial or shared group', async () => {
    const r = await runCli(['compare', SANDSTORM, '--one-event', '--only', 'conflicts']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Key findings: /);
    expect(r.stdout).toContain('! Conflicts (');
    expect(r.stdout).toMatch(/^! f[0-9a-f]{8} killed: conflict/m);
    expect(r.stdout).toMatch(/^! g[0-9a-f]{8} conflict/m);
    expect(r.stdout).not.toMatch(/^[~=] g[0-9a-f]{8} (partial|shared)/m);
    expect(r.stdout).not.toContain('Only one outlet reports');
    expect(r.stdout).not.toContain('Framing (counts per outlet)');
  });

  it.each([
    ['omissions', 'Only in [A]', 'Claim groups ('],
    ['framing', 'Framing (counts per outlet)', 'Figures ('],
    ['figures', 'Figures (', 'Claim groups ('],
  ])('--only %s keeps %s and drops %s', async (only, kept, dropped) => {
    const r = await runCli(['compare', SANDSTORM, '--one-event', '--only', only]);
    expect(r.stdout).toContain(kept);
    expect(r.stdout).not.toContain(dropped);
  });

  it('narrows the JSON and says so; the HTML report filters by itself (exit code 2)', async () => {
    const json = JSON.parse((await runCli(['compare', SANDSTORM, '--one-event', '--format', 'json', '--only', 'omissions'])).stdout) as { only: string; groups: unknown[]; unique: Record<string, string[]> };
    expect(json.only).toBe('omissions');
    expect(json.groups).toEqual([]);
    expect(Object.values(json.unique).flat().length).toBeGreaterThan(0);
    const html = await runCli(['compare', SANDSTORM, '--one-event', '--format', 'html', '--only', 'figures']);
    expect(html.code).toBe(2);
  });
});

describe('--color', () => {
  const argv = ['compare', SANDSTORM, '--one-event'];

  it.each([
    ['--color always', ['--color', 'always'], {}, false, true],
    ['--color never on a terminal', ['--color', 'never'], {}, true, false],
    ['auto off a terminal', [], {}, false, false],
    ['auto on a terminal', [], {}, true, true],
    ['auto on a terminal with NO_COLOR', [], { NO_COLOR: '1' }, true, false],
    ['auto in a pipe with FORCE_COLOR', [], { FORCE_COLOR: '1' }, false, true],
    ['auto on a terminal with FORCE_COLOR=0', [], { FORCE_COLOR: '0' }, true, false],
    ['--color always beats NO_COLOR', ['--color', 'always'], { NO_COLOR: '1' }, false, true],
  ])('%s', async (_what, flags, env, isTTY, coloured) => {
    const r = await runWith([...argv, ...flags], { env, isTTY });
    expect(r.code).toBe(0);
    expect(escapes(r.stdout).length > 0).toBe(coloured);
    for (const e of escapes(r.stdout)) expect(STYLE_SEQUENCES).toContain(e);
    // The same text with the colour taken away.
    expect(r.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe((await runWith(argv)).stdout);
  });

  it('colours the word diff: removed words red, added words green', async () => {
    const r = await runWith([...argv, '--color', 'always']);
    expect(r.stdout).toMatch(/\u001b\[31m\[-[^\u001b]+-\]\u001b\[0m/);
    expect(r.stdout).toMatch(/\u001b\[32m\{\+[^\u001b]+\+\}\u001b\[0m/);
  });

  it("passes none of an article's own escape sequences, with colour on", async () => {
    const file = path.join(tmp(), 'escapes.txt');
    const text = readFileSync(seedPath('004'), 'utf8').replace('بحث وزير', '\u001b[31mبحث\u001b[0m \u001b]52;c;aGk=\u0007وزير \u001b[2J');
    writeFileSync(file, text);
    const r = await runWith(['compare', seedPath('003'), file, '--one-event', '--color', 'always']);
    expect(r.code).toBe(0);
    for (const e of escapes(r.stdout)) expect(STYLE_SEQUENCES).toContain(e);
    expect(r.stdout).not.toContain(']52;');
    expect(r.stdout).not.toContain('\u001b[2J');
  });
});

describe('--fail-on-conflict', () => {
  it.each<[string, number, string[]]>([
    ['three outlets with competing tolls', 6, [SANDSTORM, '--one-event']],
    ['the 7 February pair, which agrees', 0, [seedPath('003'), seedPath('004')]],
  ])('%s: exit code %i', async (_what, code, inputs) => {
    expect((await runCli(['compare', ...inputs, '--fail-on-conflict'])).code).toBe(code);
    // Without the option, conflicts are no failure.
    expect((await runCli(['compare', ...inputs])).code).toBe(0);
  });
});

describe('--outlets FILE', () => {
  it.each([
    ['CSV', 'outlets.csv', 'id,name,country,lean\n003_f2b0d23337b16d42,Example Post,Qatar,\n004_a3af3706549eb725.txt,Example Times,,centre\n'],
    ['JSON', 'outlets.json', JSON.stringify({ '003_f2b0d23337b16d42': 'Example Post', '004_a3af3706549eb725.txt': { name: 'Example Times', lean: 'centre' } })],
  ])('names the outlets from a %s table', async (_kind, name, content) => {
    const dir = tmp();
    const table = path.join(dir, name);
    writeFileSync(table, content);
    const r = await runCli(['compare', seedPath('003'), seedPath('004'), '--outlets', table]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[A] Example Post');
    expect(r.stdout).toMatch(/\[B\] Example Times \(lean: centre\)/);
    expect(r.stdout).not.toContain('outlet unknown');
  });

  it('a bad line stops the command: one line naming the file and line, exit code 2', async () => {
    const table = path.join(tmp(), 'outlets.csv');
    writeFileSync(table, 'id,name\n003_f2b0d23337b16d42,\n');
    const r = await runCli(['compare', seedPath('003'), '--outlets', table]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`claimdiff: ${table}:2: no outlet name for "003_f2b0d23337b16d42" (column name / outlet); see "Outlet names" in the README for the format`);
  });

  it("the example corpus' outlets.csv names its articles, so no view shows a file name", async () => {
    const r = await runCli(['compare', '--event', '003_f2b0d23337b16d42']);
    expect(r.stdout).toContain('[A] Outlet 003');
    expect(r.stdout).not.toMatch(/003_f2b0d233…|outlet unknown/);
  });
});

describe('progress', () => {
  it('goes to stderr only when stderr is a terminal, and leaves no line behind', async () => {
    const shown = await runWith(['compare'], { stderrIsTTY: true });
    expect(shown.progress.length).toBeGreaterThan(0);
    expect(shown.progress.at(-1)).toBe('\r\u001b[K');
    const hidden = await runWith(['compare'], { isTTY: true, stderrIsTTY: false });
    expect(hidden.progress).toEqual([]);
  });
});

describe('help, completion and plurals', () => {
  it('shows examples in --help', async () => {
    const r = await runCli(['--help']);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('claimdiff compare corpus.jsonl --event e46e65a91');
    expect((await runCli(['report', '--help'])).stdout).toContain('claimdiff report corpus/ --min-outlets 3');
  });

  it('prints a completion script that completes the commands in bash', async () => {
    const r = await runCli(['completion']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('###-begin-claimdiff-completions-###');
    const bash = spawnSync('bash', ['-c', 'claimdiff() { node "$BIN" "$@"; }; source <(node "$BIN" completion); COMP_WORDS=(claimdiff comp); COMP_CWORD=1; _claimdiff_yargs_completions; echo "${COMPREPLY[@]}"'], {
      encoding: 'utf8',
      env: { ...process.env, BIN },
    });
    if (bash.error) return; // no bash here
    expect(bash.stdout.trim().split(/\s+/)).toEqual(expect.arrayContaining(['compare', 'completion']));
  });

  it('writes English separators and plurals', async () => {
    const events = await runCli(['events']);
    expect(events.stdout).toMatch(/^5 articles in 4 events \(1 with more than one article, 1 covered by two outlets or more\)/);
    expect(events.stdout).toContain('| 1 article from 1 outlet |');
    const why = events.stdout.split('\n').find((l) => l.startsWith('  why: shared terms'))!;
    expect(why).not.toContain('،');
    const one = await runCli(['compare', seedPath('003'), seedPath('004'), '--only', 'omissions']);
    expect(one.stdout).not.toMatch(/\b1 (claims|groups|articles)\b/);
  });
});
