import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportFileNames, writeEventReport, writeReports } from '../../cli/report-files.js';
import { UserError } from '../../cli/exit-codes.js';
import { MANIFEST_NAME } from '../../cli/safe-write.js';
import type { CorpusAnalysis } from '../../src/types.js';
import { feb7, seedCorpus, tmp } from './helpers.js';

/** The seed corpus with its event ids and dates replaced by hostile ones. */
async function hostileIds(ids: string[]): Promise<CorpusAnalysis> {
  const analysis = await seedCorpus();
  return {
    comparisons: analysis.comparisons,
    events: analysis.events.map((e, i) => ({ ...e, id: ids[i % ids.length], date: i === 0 ? '../../x' : e.date })),
  };
}

describe('report file names', () => {
  it('names the seed events after their id and date', async () => {
    const analysis = await seedCorpus();
    const names = reportFileNames(analysis, 'html');
    const feb7 = analysis.events.findIndex((e) => e.date === '2024-02-07');
    expect(names[feb7]).toBe(`${analysis.events[feb7].id}-2024-02-07.html`);
    expect(names[feb7]).toMatch(/^e[0-9a-f]{8}-2024-02-07\.html$/);
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps hostile ids inside the output folder and unique', async () => {
    const analysis = await hostileIds(['../../etc/x', 'a\u0000b\u202E/c'.repeat(20), 'index', '..']);
    const names = reportFileNames(analysis, 'md');
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) {
      expect(n).toMatch(/^[^/\\.][^/\\]*\.md$/);
      expect(n).not.toContain('..');
      expect(n).not.toMatch(/[\u0000-\u001F\u202A-\u202E]/);
      expect(n.length).toBeLessThanOrEqual(64);
    }
    expect(names).not.toContain('index.md');

    const parent = tmp();
    const out = path.join(parent, 'out', 'reports');
    const written = writeReports(analysis, out, 'md');
    expect(written).toHaveLength(analysis.events.length + 2); // the events, the manifest, the index
    for (const f of written) expect(path.relative(out, f)).not.toMatch(/^\.\.|[/\\]/);
    expect(readdirSync(parent)).toEqual(['out']);
    expect(readdirSync(path.join(parent, 'out'))).toEqual(['reports']);
    expect(readdirSync(out).sort()).toEqual(written.map((f) => path.basename(f)).sort());
    expect(existsSync(path.join(parent, 'etc'))).toBe(false);
  });
});

describe('writeReports', () => {
  it.each(['html', 'md', 'json'] as const)('writes every event and the index (%s), the index last', async (format) => {
    const analysis = await seedCorpus();
    const out = tmp();
    const written = writeReports(analysis, out, format);
    expect(written.at(-1)).toBe(path.join(out, `index.${format}`));
    expect(written.at(-2)).toBe(path.join(out, MANIFEST_NAME));
    expect(written).toHaveLength(analysis.events.length + 2);
    for (const f of written.filter((f) => !f.endsWith(MANIFEST_NAME))) expect(readFileSync(f, 'utf8').length).toBeGreaterThan(500);
    if (format === 'json') {
      const index = JSON.parse(readFileSync(written.at(-1)!, 'utf8'));
      expect(index.schema).toBe('claimdiff.events/1');
      expect(index.events.map((e: { id: string }) => e.id)).toEqual(analysis.events.map((e) => e.id));
      expect(Object.keys(index.events[0])).toEqual(expect.arrayContaining(['id', 'label', 'date', 'articles']));
      const event = JSON.parse(readFileSync(path.join(out, index.events[3].file), 'utf8'));
      expect(event.schema).toBe('claimdiff.compare/1');
      expect(event.articles.map((a: { id: string }) => a.id)).toEqual(analysis.events[3].articles);
    }
  });

  it('writes one event for the terminal UI under the same name', async () => {
    const { analysis, index } = await feb7();
    const out = tmp();
    const [file] = writeEventReport(analysis, index, out, 'html');
    expect(path.basename(file)).toBe(reportFileNames(analysis, 'html')[index]);
    expect(readFileSync(file, 'utf8')).toContain('<h1');
    expect(() => writeEventReport(analysis, 99, out, 'html')).toThrow(RangeError);
  });

  it('refuses to write through a symbolic link left in the folder', async () => {
    const { analysis, index } = await feb7();
    const out = tmp();
    const victim = path.join(tmp(), 'victim.txt');
    writeFileSync(victim, 'keep me');
    symlinkSync(victim, path.join(out, reportFileNames(analysis, 'md')[index]));
    expect(() => writeEventReport(analysis, index, out, 'md')).toThrow(UserError);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
  });

  it('says which folder it cannot create', async () => {
    const analysis = await seedCorpus();
    const file = path.join(tmp(), 'a-file');
    writeFileSync(file, '');
    expect(() => writeReports(analysis, path.join(file, 'sub'), 'html')).toThrow(/cannot create the report folder/);
  });
});
