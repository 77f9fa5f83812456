// reports/ holds the reports of the example corpus; this test regenerates them into a temporary
// folder and fails when the committed ones are stale.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORTS_DIR, generateExampleReports } from '../../scripts/reports.js';
import { tmp } from './helpers.js';

const UPDATE = 'reports/ is stale: run `npm run reports` (or `npx tsx scripts/reports.ts`) and review the diff (`git diff reports/`) before committing.';

function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

describe('reports/ (golden files of the example corpus)', () => {
  it('matches a fresh regeneration byte for byte', async () => {
    const fresh = tmp();
    const written = await generateExampleReports(fresh);
    expect(written, 'the generator returns the files it wrote').toEqual(listFiles(fresh));
    expect(listFiles(REPORTS_DIR), UPDATE).toEqual(written);
    for (const f of written) {
      const committed = readFileSync(path.join(REPORTS_DIR, f), 'utf8');
      const regenerated = readFileSync(path.join(fresh, f), 'utf8');
      if (committed !== regenerated) expect.fail(`${f} differs. ${UPDATE}`);
    }
  });

  it('holds no machine path and no timestamp', () => {
    for (const f of listFiles(REPORTS_DIR)) {
      const content = readFileSync(path.join(REPORTS_DIR, f), 'utf8');
      expect(content, f).not.toContain(path.resolve(REPORTS_DIR, '..'));
      expect(content, f).not.toMatch(/\/(home|tmp|Users|work)\//);
      expect(content, f).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
    }
  });
});
