// src/ is a pure library: it compiles without Node's types (tsconfig.src.json), so a process, a file
// or a worker thread in src/ fails this test; cli/ keeps Node's types.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/seeds.js';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

function compile(project: string): { code: number | null; output: string } {
  const r = spawnSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

describe('src/ without Node types', () => {
  it('compiles with ECMAScript and the web-platform globals only', () => {
    expect(compile(path.join(ROOT, 'tsconfig.src.json'))).toEqual({ code: 0, output: '' });
  }, 120_000);

  it('rejects a module that reaches for the process or a Node module under the same settings', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimdiff-src-types-'));
    try {
      writeFileSync(path.join(dir, 'impure.ts'), "import { readFileSync } from 'node:fs';\nexport const argv = process.argv;\nexport const read = readFileSync;\n");
      writeFileSync(
        path.join(dir, 'tsconfig.json'),
        JSON.stringify({ extends: path.join(ROOT, 'tsconfig.src.json'), compilerOptions: { rootDir: dir }, include: ['impure.ts'] }),
      );
      const { code, output } = compile(path.join(dir, 'tsconfig.json'));
      expect(code).not.toBe(0);
      expect(output).toMatch(/Cannot find module 'node:fs'/);
      expect(output).toMatch(/Cannot find name 'process'/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
