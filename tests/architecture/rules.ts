// The layer table of STYLE.md and the check of one import against it. Paths are relative to the
// repository root with `/` separators; an import is given as written (`../types.js`, `node:fs`, `ink`).
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

/** The analysis stages in pipeline order (text and model are foundations): a stage imports only `types` and the stages before it. */
export const STAGES = ['text', 'model', 'ingest', 'claims', 'align', 'classify', 'origins', 'framing', 'figures', 'review'] as const;

/**
 * Stages that may also use `events`, which runs before any comparison: origins finds copies inside
 * an event with the shingles `events` uses for wire copy across a corpus.
 */
export const STAGES_USING_EVENTS = ['origins'];

/** Top-level modules of src/ that run the pipeline: they may import every stage. */
export const PIPELINE = ['src/compare.ts', 'src/corpus.ts', 'src/pairs.ts', 'src/options.ts', 'src/index.ts'];

/** What events may use: it groups articles before any comparison, on their text and claims. */
export const EVENTS_MAY_USE = ['text', 'ingest', 'claims'];

/** The one view model the terminal UI reads, besides `types`. */
export const VIEW_MODEL = 'src/report/event-model.ts';

/** The parts of the view model that the reports and the terminal UI share beside it: key findings and the figures table. */
export const SHARED_VIEWS = ['src/report/key-findings.ts', 'src/report/figures-view.ts'];

/**
 * The review step (issue 18): the terminal UI's keys record a reviewer's decisions, and it shows
 * them applied. Editing and applying a review file analyses nothing, so the UI may use it.
 */
export const REVIEW_STEP = 'src/review/';

/**
 * The control neutraliser: one definition of what untrusted text loses (escape sequences, control
 * and bidi override characters), used at ingest and by every view, so views and the terminal UI
 * may import it (issue 15).
 */
export const NEUTRALISER = 'src/text/controls.ts';

/** Packages that live in one place only: the path every importer must be under. */
export const PACKAGE_HOMES: Record<string, string> = {
  yargs: 'cli/',
  ink: 'cli/tui/',
  react: 'cli/tui/',
  diff: 'src/align/',
  'string-similarity': 'src/align/',
};

export type Layer =
  | { kind: 'types' }
  | { kind: 'stage'; name: string; rank: number }
  | { kind: 'events' }
  | { kind: 'view' }
  | { kind: 'pipeline' }
  | { kind: 'tui' }
  | { kind: 'cli' }
  | { kind: 'unknown' };

export interface Violation {
  file: string;
  import: string;
  rule: 'types' | 'stage-order' | 'events' | 'view' | 'tui' | 'src-cli' | 'package' | 'node' | 'layer';
  message?: string;
}

/** The layer a module belongs to, from its path. */
export function layerOf(file: string): Layer {
  if (file === 'src/types.ts') return { kind: 'types' };
  if (PIPELINE.includes(file)) return { kind: 'pipeline' };
  if (file.startsWith('cli/tui/')) return { kind: 'tui' };
  if (file.startsWith('cli/')) return { kind: 'cli' };
  const [root, folder] = file.split('/');
  if (root !== 'src') return { kind: 'unknown' };
  const rank = (STAGES as readonly string[]).indexOf(folder);
  if (rank >= 0) return { kind: 'stage', name: folder, rank };
  if (folder === 'events') return { kind: 'events' };
  if (folder === 'report') return { kind: 'view' };
  return { kind: 'unknown' };
}

/** The package an import names (`@scope/name`, `name`), or null for a relative import. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/')) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const BUILTINS = new Set(builtinModules);

/** The module a relative import points to: `../types.js` from `src/align/x.ts` is `src/types.ts`. */
export function resolveImport(file: string, specifier: string, exists: (p: string) => boolean): string {
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  const base = target.replace(/\.(js|jsx|ts|tsx)$/, '');
  for (const candidate of [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) if (exists(candidate)) return candidate;
  return target;
}

/** The rule one import breaks, or null. `target` is the resolved module of a relative import. */
export function checkImport(file: string, specifier: string, target: string | null): Violation | null {
  const from = layerOf(file);
  const v = (rule: Violation['rule'], message: string): Violation => ({ file, import: specifier, rule, message });
  if (from.kind === 'unknown') return v('layer', `${file} is in no layer of the table (tests/architecture/rules.ts): add its folder`);
  if (from.kind === 'types') return v('types', 'src/types.ts imports nothing');

  const pkg = packageOf(specifier);
  if (pkg !== null) {
    const name = pkg.startsWith('node:') ? pkg.slice(5) : pkg;
    if (pkg.startsWith('node:') || BUILTINS.has(name)) {
      return file.startsWith('src/') ? v('node', `src/ is a pure library: processes, files and threads live in cli/ (${pkg})`) : null;
    }
    const home = PACKAGE_HOMES[name];
    if (home && !file.startsWith(home)) return v('package', `${name} is used only under ${home}`);
    return null;
  }

  const to = layerOf(target ?? '');
  if (file.startsWith('src/') && target?.startsWith('cli/')) return v('src-cli', 'src/ never imports cli/');
  if (to.kind === 'types') return null;
  switch (from.kind) {
    case 'stage':
      if (to.kind === 'stage' && to.rank <= from.rank) return null;
      if (to.kind === 'events' && STAGES_USING_EVENTS.includes(from.name)) return null;
      return v('stage-order', `the ${from.name} stage imports only types and earlier stages (${STAGES.slice(0, from.rank + 1).join(', ')}), not ${describe(to)}`);
    case 'events':
      if (to.kind === 'events' || (to.kind === 'stage' && EVENTS_MAY_USE.includes(to.name))) return null;
      return v('events', `events uses only types and ${EVENTS_MAY_USE.join(', ')}, not ${describe(to)}`);
    case 'view':
      if (to.kind === 'view' || target === NEUTRALISER) return null;
      return v('view', `src/report renders a Comparison: it imports only types and its own modules, not ${describe(to)}`);
    case 'tui':
      if (to.kind === 'tui' || target === VIEW_MODEL || SHARED_VIEWS.includes(target ?? '') || target === NEUTRALISER || target?.startsWith(REVIEW_STEP)) return null;
      return v('tui', `the terminal UI imports only types, the view model (${VIEW_MODEL}, ${SHARED_VIEWS.join(', ')}), the review step (${REVIEW_STEP}) and cli/tui, not ${target}`);
    case 'pipeline':
    case 'cli':
      return null;
  }
}

function describe(layer: Layer): string {
  if (layer.kind === 'stage') return `the later ${layer.name} stage`;
  if (layer.kind === 'view') return 'a view (src/report)';
  if (layer.kind === 'pipeline') return 'a pipeline module (compare, corpus, pairs, options, index)';
  return layer.kind;
}

/** Every .ts/.tsx module under src/ and cli/, relative to the root. */
export function listModules(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) return walk(rel);
      return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [rel] : [];
    });
  return [...walk('src'), ...walk('cli')].sort();
}

/** Every import of every module that breaks a rule, in file order. */
export function findViolations(root: string, modules: readonly string[], importsOf: (file: string) => string[]): Violation[] {
  const known = new Set(modules);
  const out: Violation[] = [];
  for (const file of modules) {
    for (const specifier of importsOf(file)) {
      const target = packageOf(specifier) === null ? resolveImport(file, specifier, (p) => known.has(p)) : null;
      const violation = checkImport(file, specifier, target);
      if (violation) out.push(violation);
    }
  }
  return out;
}
