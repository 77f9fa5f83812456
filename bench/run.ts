// `npm run bench`: every benchmark in its own process (so each peak memory figure is its own).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../eval/shared.js';

const only = process.argv.slice(2);
const scripts = ['ingest.ts', 'compare.ts', 'scale.ts', 'figures.ts', 'origins.ts', 'events.ts', 'hostile.ts'].filter((s) => only.length === 0 || only.some((o) => s.startsWith(o)));
let failed = 0;
for (const script of scripts) {
  const file = path.join(ROOT, 'bench', script);
  if (!existsSync(file)) continue;
  console.log(`\n== ${script}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit', cwd: ROOT });
  if (r.status !== 0) failed += 1;
}
process.exitCode = failed > 0 ? 1 : 0;
