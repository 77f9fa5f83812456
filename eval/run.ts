// `npm run eval`: every quality measure in turn, each skipping cleanly when its data is absent.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './shared.js';

const scripts = ['gold.ts', 'wild-conflicts.ts', 'wild-groups.ts', 'pairs.ts', 'framing-armpro.ts', 'framing-basil.ts', 'events.ts'];
let failed = 0;
for (const script of scripts) {
  const file = path.join(ROOT, 'eval', script);
  if (!existsSync(file)) continue;
  console.log(`\n== ${script}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit', cwd: ROOT });
  if (r.status !== 0) failed += 1;
}
process.exitCode = failed > 0 ? 1 : 0;
