// Options and names shared by the commands, and the checks of their values: every value is checked
// before any work starts, and a wrong one is one line naming the option and what it accepts.
import { existsSync } from 'node:fs';
import type { Argv, Options } from 'yargs';
import type { AnalysisOverrides } from '../src/options.js';
import { UsageError } from './exit-codes.js';
import { outFileProblem } from './io.js';
import { checkOutputFolder } from './safe-write.js';
import { ONLY_PARTS } from '../src/report/only-parts.js';

/** yargs drops a lone `-` from positionals, so standard input travels under this name. */
export const STDIN_ARG = '<stdin>';

/** The range a number option accepts. */
export interface NumberRange {
  min: number;
  max: number;
  /** The minimum itself is not accepted (`--max-size 0` is no size). */
  above?: boolean;
  unit?: string;
  /** Only whole numbers (`--min-outlets 2`, not `2.5`). */
  integer?: boolean;
}

/** `a number from 0 to 1`, `a number above 0 and at most 512 (MB)`. */
export function rangeText(range: NumberRange): string {
  const max = Number.isFinite(range.max) ? (range.above ? ` and at most ${range.max}` : ` to ${range.max}`) : range.above ? '' : ' or more';
  const min = range.above ? `above ${range.min}` : Number.isFinite(range.max) ? `from ${range.min}` : `${range.min}`;
  return `${range.integer ? 'a whole number' : 'a number'} ${min}${max}${range.unit ? ` (${range.unit})` : ''}`;
}

function shown(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}

/** The value when it is one finite number within the range; else UsageError naming the option. */
export function checkNumber(name: string, value: unknown, range: NumberRange): number {
  if (Array.isArray(value)) throw new UsageError(`--${name} is given ${value.length} times; give it once`);
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  const inRange = Number.isFinite(n) && (range.above ? n > range.min : n >= range.min) && n <= range.max && (!range.integer || Number.isInteger(n));
  if (!inRange) throw new UsageError(`--${name} must be ${rangeText(range)}, not ${shown(value)}`);
  return n;
}

/** The value when it is one non-empty text (`-` given back as `-`); else UsageError naming the option. */
export function checkText(name: string, value: unknown): string {
  if (Array.isArray(value)) throw new UsageError(`--${name} is given ${value.length} times; give it once`);
  const text = value === STDIN_ARG ? '-' : String(value);
  if (text.trim() === '') throw new UsageError(`--${name} needs a value`);
  return text;
}

/** What the option helpers give yargs: a checked value of type T (yargs infers T from `coerce`). */
type Checked<T> = Options & { requiresArg: true; describe: string; coerce: (v: unknown) => T };

/** A number option that accepts only `range`; its help says the range. */
export function numberOption(name: string, describe: string, range: NumberRange): Checked<number | undefined>;
export function numberOption(name: string, describe: string, range: NumberRange, defaultValue: number): Checked<number> & { default: number };
export function numberOption(name: string, describe: string, range: NumberRange, defaultValue?: number): Checked<number | undefined> {
  return {
    requiresArg: true,
    describe: `${describe}: ${rangeText(range)}`,
    ...(defaultValue !== undefined && { default: defaultValue }),
    coerce: (v: unknown) => (v === undefined ? undefined : checkNumber(name, v, range)),
  };
}

/** A text option given at most once; `check` may refuse the value with a reason. */
export function textOption(name: string, describe: string, check?: (value: string) => string | null): Checked<string | undefined> & { type: 'string' } {
  return {
    type: 'string',
    requiresArg: true,
    describe,
    coerce: (v: unknown) => {
      if (v === undefined) return undefined;
      const text = checkText(name, v);
      const problem = check?.(text);
      if (problem) throw new UsageError(problem);
      return text;
    },
  };
}

/** An option with a fixed set of values, given at most once (yargs checks the choice). */
export function choiceOption<C extends string>(name: string, choices: readonly C[], describe: string, defaultValue: C): Checked<C> & { type: 'string'; choices: readonly C[]; default: C } {
  return {
    type: 'string',
    requiresArg: true,
    choices,
    describe,
    default: defaultValue,
    coerce: (v: unknown) => checkText(name, v ?? defaultValue) as C,
  };
}

/** An option with a fixed set of values and no default, given at most once. */
export function optionalChoice<C extends string>(name: string, choices: readonly C[], describe: string): Checked<C | undefined> & { type: 'string'; choices: readonly C[] } {
  return {
    type: 'string',
    requiresArg: true,
    choices,
    describe,
    coerce: (v: unknown) => (v === undefined ? undefined : (checkText(name, v) as C)),
  };
}

/** Largest input file: a string in V8 holds at most about 512 M characters. */
const MAX_SIZE: NumberRange = { min: 0, max: 512, above: true, unit: 'MB' };
const SHARE: NumberRange = { min: 0, max: 1 };

/** Options every command that reads articles takes. */
export function withInputOptions<T>(y: Argv<T>) {
  return y
    .positional('inputs', { type: 'string', array: true, describe: 'files, folders or - for stdin (default: the example corpus)' })
    .option('keep-boilerplate', { type: 'boolean', default: false, describe: 'analyse boilerplate too (read-also blocks, tags ...) instead of removing it' })
    .option('max-size', numberOption('max-size', 'skip input files larger than this many MB', MAX_SIZE, 50))
    .option('outlets', textOption('outlets', "outlet names for the articles: a CSV or JSON table of article id, file name or domain -> name (and country, owner, language, lean); a folder's outlets.csv is read too"));
}

/** Which events to compare: one by `--event`, or those covered by `--min-outlets` outlets. */
export function withSelectionOptions<T>(y: Argv<T>, minOutlets: number) {
  return y
    .option('event', textOption('event', "compare only this event: its id (from 'claimdiff events' on the same inputs) or the id of an article it holds"))
    .option(
      'min-outlets',
      numberOption('min-outlets', `compare only events covered by at least this many outlets (the others are listed, not compared)`, { min: 1, max: 10_000, integer: true }, minOutlets),
    );
}

/** `--only PART`: narrow the text, Markdown or JSON output to one part of the comparison. */
export function onlyOption() {
  return optionalChoice('only', ONLY_PARTS, 'only this part of the comparison: conflicts, figures, omissions (what only one outlet reports) or framing');
}

/** `--color WHEN`: colour in text output (auto: on a terminal, unless NO_COLOR; FORCE_COLOR forces it). */
export function colorOption() {
  return choiceOption('color', COLOR_CHOICES, 'colour the text output and the browser: auto (on a terminal, honouring NO_COLOR and FORCE_COLOR), always or never', 'auto');
}

export const COLOR_CHOICES = ['auto', 'always', 'never'] as const;
export type ColorChoice = (typeof COLOR_CHOICES)[number];

/**
 * Whether to colour: `always` and `never` win; `auto` colours a terminal unless NO_COLOR is set
 * (any non-empty value), and FORCE_COLOR (any value but `0` or `false`) colours anything.
 */
export function useColor(choice: ColorChoice, env: Readonly<Record<string, string | undefined>>, isTerminal: boolean): boolean {
  if (choice !== 'auto') return choice === 'always';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return isTerminal;
}

/** `--fail-on-conflict`: exit code 6 when a conflict is found, for scripts and CI. */
export function failOnConflictOption() {
  return { type: 'boolean' as const, default: false, describe: 'exit with code 6 when the outlets contradict each other (a conflicting claim group or figure)' };
}

/** `--lexicon FILE`: a user's framing lexicon. */
export function lexiconOption() {
  return textOption('lexicon', 'extra framing lexicon (TSV or JSON, see the README)');
}

/** The analysis options of the commands that align claims (compare, report). */
export function withAnalysisOptions<T>(y: Argv<T>) {
  return y
    .option('align-threshold', numberOption('align-threshold', 'minimum similarity for two claims to align', SHARE))
    .option('shared-threshold', numberOption('shared-threshold', 'minimum similarity for an aligned pair to count as shared, not partial', SHARE))
    .option('lexicon', lexiconOption());
}

/** `--out FILE` (standard output when absent or `-`) and `--force`, for the commands that print one output. */
export function withOutFileOptions<T>(y: Argv<T>) {
  return y
    .option('out', textOption('out', 'write to this file instead of stdout', outFileProblem))
    .option('force', { type: 'boolean', default: false, describe: 'replace an existing --out file that claimdiff did not write' });
}

/** A folder option (`--out DIR`, `--export-dir DIR`): not `-`, not a system folder. */
export function folderOption(name: string, describe: string, defaultValue: string): Checked<string> & { type: 'string'; default: string } {
  const option = textOption(name, describe, (v) =>
    v === '-' ? `--${name} - cannot be a folder (- means standard input/output); give a folder name, e.g. --${name} reports` : checkOutputFolder(v, `--${name}`),
  );
  return { ...option, default: defaultValue, coerce: (v: unknown) => option.coerce(v ?? defaultValue) ?? defaultValue };
}

/** The thresholds the user gave, as library overrides (the library's defaults fill the rest). */
export function analysisFromArgs(args: { 'align-threshold'?: number; 'shared-threshold'?: number }): AnalysisOverrides {
  return {
    align: args['align-threshold'] !== undefined ? { threshold: args['align-threshold'] } : {},
    classify: args['shared-threshold'] !== undefined ? { sharedThreshold: args['shared-threshold'] } : {},
  };
}

/** Edit distance with adjacent transpositions (`sumary` -> `summary` is 1, `comapre` -> `compare` 1). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The command closest to a mistyped word (ties go to the earlier command). */
export function closestCommand(word: string, commands: readonly string[]): string {
  const w = word.toLowerCase().slice(0, 40);
  return commands.reduce((best, c) => (editDistance(w, c) < editDistance(w, best) ? c : best), commands[0]);
}

/** The commands, for the suggestion when the first word is a mistyped one. */
export const COMMAND_NAMES = ['browse', 'summary', 'compare', 'events', 'framing', 'report', 'pairs', 'review', 'completion'] as const;

/**
 * `claimdiff sumary examples/blinken` must not browse a file named `sumary`: a first word that is
 * neither a command nor an existing path (nor `-`) is a mistyped command, a usage error naming
 * the closest command.
 */
export function checkCommandWord(word: string): void {
  if ((COMMAND_NAMES as readonly string[]).includes(word) || word === STDIN_ARG || word === '-' || existsSync(word)) return;
  throw new UsageError(
    `'${word}' is neither a command nor an existing file or folder; did you mean 'claimdiff ${closestCommand(word, COMMAND_NAMES)}'? (commands: ${COMMAND_NAMES.join(', ')})`,
  );
}

/** The on/off options: yargs reads `--force=maybe` as false without a word, so they are checked here. */
const FLAGS = ['keep-boilerplate', 'one-event', 'force', 'shape', 'help', 'version', 'fail-on-conflict'];

/** `--flag=value` with a value other than true or false is a usage error naming the flag. */
export function checkFlagValues(argv: readonly string[]): void {
  for (const arg of argv) {
    const m = /^--(?:no-)?([a-z-]+)=(.*)$/s.exec(arg);
    if (m && FLAGS.includes(m[1]) && m[2] !== 'true' && m[2] !== 'false') {
      throw new UsageError(`--${m[1]} is on or off: give it alone (or =true, =false), not '${m[2]}'`);
    }
  }
}
