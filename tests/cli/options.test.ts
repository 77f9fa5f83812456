// Every option value is checked before any work: a wrong one is one line naming the option and
// what it accepts, exit code 2, and nothing is read or written.
import { describe, expect, it } from 'vitest';
import { checkNumber, closestCommand, COMMAND_NAMES, editDistance, rangeText } from '../../cli/options.js';
import { UsageError } from '../../cli/exit-codes.js';
import { runCli } from '../support/cli.js';
import { seedPath } from '../support/seeds.js';

describe('option values on the command line', () => {
  it.each([
    [['summary', '--max-size', '-5'], '--max-size must be a number above 0 and at most 512 (MB), not -5'],
    [['summary', '--max-size', 'abc'], "--max-size must be a number above 0 and at most 512 (MB), not 'abc'"],
    [['summary', '--max-size', '0'], '--max-size must be a number above 0 and at most 512 (MB), not 0'],
    [['summary', '--max-size', '100000'], '--max-size must be a number above 0 and at most 512 (MB), not 100000'],
    [['summary', '--max-size', '1', '--max-size', '2'], '--max-size is given 2 times; give it once'],
    [['compare', '--align-threshold', '1.5'], '--align-threshold must be a number from 0 to 1, not 1.5'],
    [['compare', '--shared-threshold', 'NaN'], "--shared-threshold must be a number from 0 to 1, not 'NaN'"],
    [['events', '--threshold', '0'], '--threshold must be a number above 0 and at most 1, not 0'],
    [['events', '--window-days', '-1'], '--window-days must be a number from 0 to 36500 (days), not -1'],
    [['events', '--window-days', 'Infinity'], "--window-days must be a number from 0 to 36500 (days), not 'Infinity'"],
    [['compare', '--format', 'json', '--format', 'text'], '--format is given 2 times; give it once'],
    [['compare', '--out', 'a.txt', '--out', 'b.txt'], '--out is given 2 times; give it once'],
    [['compare', '--out', ''], '--out needs a value'],
    [['compare', '--lexicon', ''], '--lexicon needs a value'],
    [['compare', '--out', '/etc/passwd'], '--out /etc/passwd: the folder /etc is an operating system folder; choose a folder of your own'],
    [['report', '--out', '-'], '--out - cannot be a folder (- means standard input/output); give a folder name, e.g. --out reports'],
    [['report', '--out', '/'], '--out / is the root of the file system; claimdiff does not write there, choose a folder of your own'],
    [['report', '--out', '/usr/share/x'], '--out /usr/share/x is an operating system folder; claimdiff does not write there, choose a folder of your own'],
    [['report', '--out', '/home'], '--out /home is a system folder that holds other folders; claimdiff does not write there, choose a folder of your own'],
    [['browse', '--export-dir', '-'], '--export-dir - cannot be a folder'],
    [['summary', '--keep-boilerplate=maybe'], "--keep-boilerplate is on or off: give it alone (or =true, =false), not 'maybe'"],
    [['compare', '--force=yes'], "--force is on or off: give it alone (or =true, =false), not 'yes'"],
  ])('%j: %s', async (argv, message) => {
    const r = await runCli([...argv, seedPath('003')]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toContain(`claimdiff: ${message}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('an option without its value says so', async () => {
    const r = await runCli(['compare', seedPath('003'), '--max-size']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^claimdiff: Not enough arguments following: max-size/);
  });

  it.each([
    [['summary', '--max-size', '0.5']],
    [['summary', '--max-size', '512']],
    [['compare', '--align-threshold', '0', '--shared-threshold', '1']],
    [['events', '--threshold', '1', '--window-days', '0']],
    [['compare', '--out', '-']],
  ])('%j is accepted', async (argv) => {
    const r = await runCli([...argv, seedPath('003')]);
    expect(r.code, r.stderr).toBe(0);
  });

  it('--max-size is what it says: a 7 KB article is skipped under 0.005 MB, read under 0.01', async () => {
    expect((await runCli(['summary', seedPath('003'), '--max-size', '0.005'])).code).toBe(3);
    expect((await runCli(['summary', seedPath('003'), '--max-size', '0.01'])).code).toBe(0);
  });
});

describe('the pure checks', () => {
  it.each([
    [{ min: 0, max: 1 }, 'a number from 0 to 1'],
    [{ min: 0, max: 512, above: true, unit: 'MB' }, 'a number above 0 and at most 512 (MB)'],
    [{ min: 0, max: Infinity }, 'a number 0 or more'],
  ])('rangeText(%j) = %s', (range, text) => {
    expect(rangeText(range)).toBe(text);
  });

  it.each([
    ['0.3', 0.3],
    [0.3, 0.3],
    ['1', 1],
  ])('checkNumber accepts %j', (value, n) => {
    expect(checkNumber('align-threshold', value, { min: 0, max: 1 })).toBe(n);
  });

  it.each([['', ' ', '1e400', '-0.1', [0.1, 0.2], true, null]])('checkNumber refuses %j', (...values) => {
    for (const v of values) expect(() => checkNumber('align-threshold', v, { min: 0, max: 1 })).toThrow(UsageError);
  });

  it.each([
    ['sumary', 'summary'],
    ['comapre', 'compare'],
    ['evnts', 'events'],
    ['framming', 'framing'],
    ['reprot', 'report'],
    ['pair', 'pairs'],
    ['brwose', 'browse'],
  ])('%s is closest to %s', (word, command) => {
    expect(closestCommand(word, COMMAND_NAMES)).toBe(command);
  });

  it.each([
    ['sumary', 'summary', 1],
    ['comapre', 'compare', 1],
    ['', 'pairs', 5],
  ])('editDistance(%s, %s) = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});
