// The import rules of STYLE.md as a test: every import of every module under src/ and cli/ is read
// with the TypeScript parser and checked against the layer table below. A new violation fails with
// the file and the import; a known one (listed with who is moving it) must disappear, not spread.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/seeds.js';
import { checkImport, findViolations, listModules, resolveImport, type Violation } from './rules.js';

/**
 * Violations that exist on main while other work moves the code (issue 12). Each must go: when one
 * is fixed, the test fails until its line here is deleted, so the list only shrinks.
 */
const KNOWN: ReadonlyArray<Violation & { why: string }> = [
  { file: 'cli/tui/search.ts', import: '../../src/text/normalize.js', rule: 'tui', why: 'search folds the query with the analysis normalizer; the browse command should pass it in' },
];

const key = (v: Violation) => `${v.file} -> ${v.import} (${v.rule})`;

/** Each rule on real module paths: [importing file, import as written, the rule it breaks or null]. */
const CASES: ReadonlyArray<readonly [string, string, Violation['rule'] | null]> = [
  ['src/types.ts', './text/token-stream.js', 'types'],
  ['src/types.ts', 'node:fs', 'types'],
  ['src/align/align.ts', '../claims/clauses.js', null],
  ['src/align/align.ts', '../text/token-stream.js', null],
  ['src/align/align.ts', '../types.js', null],
  ['src/align/align.ts', '../classify/relation.js', 'stage-order'],
  ['src/text/token-stream.ts', '../ingest/index.js', 'stage-order'],
  ['src/classify/index.ts', '../align/align.js', null],
  ['src/classify/index.ts', '../framing/index.js', 'stage-order'],
  ['src/framing/compare.ts', '../classify/group.js', null],
  ['src/claims/extract.ts', '../options.js', 'stage-order'],
  ['src/claims/extract.ts', '../events/index.js', 'stage-order'],
  ['src/claims/extract.ts', '../report/html.js', 'stage-order'],
  ['src/events/features.ts', '../claims/extract.js', null],
  ['src/events/features.ts', '../text/normalize.js', null],
  ['src/events/features.ts', '../align/dice.js', 'events'],
  ['src/report/html.ts', './event-model.js', null],
  ['src/report/html.ts', '../types.js', null],
  ['src/report/html.ts', '../text/normalize.js', 'view'],
  ['src/report/escape.ts', '../text/controls.js', null],
  ['cli/tui/sanitize.ts', '../../src/text/controls.js', null],
  ['src/report/html.ts', '../classify/group.js', 'view'],
  ['src/report/html.ts', '../../cli/io.js', 'src-cli'],
  ['src/origins/shingles.ts', '../events/hash.js', null],
  ['src/origins/article-origin.ts', '../ingest/credits.js', null],
  ['src/origins/index.ts', '../classify/index.js', null],
  ['src/origins/index.ts', '../framing/compare.js', 'stage-order'],
  ['src/align/align.ts', '../events/hash.js', 'stage-order'],
  ['src/figures/table.ts', '../origins/index.js', null],
  ['src/compare.ts', './framing/compare.js', null],
  ['src/index.ts', './events/index.js', null],
  ['src/events/executor.ts', '../../cli/workers/pool.js', 'src-cli'],
  ['src/events/executor.ts', 'node:worker_threads', 'node'],
  ['cli/workers/pool.ts', 'node:worker_threads', null],
  ['cli/workers/pool.ts', '../../src/events/executor.js', null],
  ['src/ingest/decode.ts', 'fs', 'node'],
  ['src/align/word-diff.ts', 'diff', null],
  ['src/framing/words.ts', 'diff', 'package'],
  ['src/classify/relation.ts', 'string-similarity', 'package'],
  ['src/report/html.ts', 'react', 'package'],
  ['cli/commands/compare.ts', 'yargs', null],
  ['cli/commands/browse.ts', '../tui/start.js', null],
  ['cli/commands/browse.ts', 'ink', 'package'],
  ['cli/tui/start.tsx', 'ink', null],
  ['cli/tui/start.tsx', 'react/jsx-runtime', null],
  ['cli/tui/keys.ts', 'yargs', null],
  ['cli/tui/claim-view.ts', '../../src/types.js', null],
  ['cli/tui/claim-view.ts', '../../src/report/event-model.js', null],
  ['cli/tui/claim-view.ts', '../../src/report/html.js', 'tui'],
  ['cli/tui/claim-view.ts', '../../src/classify/group.js', 'tui'],
  ['cli/tui/claim-view.ts', '../io.js', 'tui'],
  ['src/widgets/x.ts', '../types.js', 'layer'],
];

describe('checkImport', () => {
  const exists = (p: string) => !p.includes('missing');
  it.each(CASES)('%s importing %s breaks %s', (file, specifier, rule) => {
    const target = specifier.startsWith('.') ? resolveImport(file, specifier, exists) : null;
    expect(checkImport(file, specifier, target)?.rule ?? null).toBe(rule);
  });
});

describe('import rules (STYLE.md: types, stages in order, views, packages in their place)', () => {
  const modules = listModules(ROOT);
  const violations = findViolations(ROOT, modules, (file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(path.join(ROOT, file), 'utf8'), true, true);
    return importedFiles.map((f) => f.fileName);
  });

  it('reads every module of src/ and cli/', () => {
    expect(modules.filter((m) => m.startsWith('src/')).length).toBeGreaterThan(100);
    expect(modules).toContain('src/types.ts');
    expect(modules).toContain('cli/tui/components/App.tsx');
  });

  it('finds no violation beyond the known ones', () => {
    const known = new Set(KNOWN.map(key));
    const fresh = violations.filter((v) => !known.has(key(v)));
    if (fresh.length > 0) expect.fail(`${fresh.length} import(s) break the rules:\n${fresh.map((v) => `  ${key(v)}: ${v.message}`).join('\n')}`);
  });

  it('lists no known violation that is gone (delete its line from KNOWN)', () => {
    const found = new Set(violations.map(key));
    const gone = KNOWN.filter((v) => !found.has(key(v)));
    expect(gone.map(key)).toEqual([]);
  });
});
