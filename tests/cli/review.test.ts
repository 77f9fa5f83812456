// The review on the command line, on a copy of the India sandstorm fixture: `review set` records
// decisions that `compare` shows beside the engine's (text, JSON, Markdown); `review export-pairs`
// writes a pairs CSV that `claimdiff pairs` and `npm run train -- --pairs` read; a file that is not
// a review file stops with one line and is never written over, by the commands or by the UI's store.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/types.js';
import { emptyReview } from '../../src/review/index.js';
import { PAIR_FEATURES } from '../../src/align/pair-features.js';
import { ReviewStore } from '../../cli/review-file.js';
import { NO_INPUTS } from '../../cli/safe-write.js';
import { labelledEvent, readLabelledPairs } from '../../eval/align/reviewed-pairs.js';
import { runCli } from '../support/cli.js';
import { ROOT } from '../support/seeds.js';
import { claimWith, partsGroup, sandstorm, SANDSTORM, tollGroup } from '../review/fixture.js';

const GOLD = path.resolve(ROOT, '..', 'shared', 'gold');

/** A fresh copy of the fixture: the review file is written beside its articles. */
function fixtureCopy(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'claimdiff-review-cli-')), 'india-sandstorm');
  cpSync(SANDSTORM, dir, { recursive: true });
  return dir;
}

let comparison: Comparison;
let dir: string;
let csv: string;

beforeAll(async () => {
  comparison = (await sandstorm()).comparisons[0];
  dir = fixtureCopy();
  const c = comparison;
  // The two headlines' tolls (100, 77): one fact the aligner left apart. Rajasthan's districts and 46 dead in Uttar Pradesh: two facts it put together.
  const [hundred, seventySeven] = [claimWith(c, /^مقتل 100 شخص/, 'BB'), claimWith(c, /^عواصف رملية تقتل 77/, 'SK')];
  const [rajasthan, fortySix] = [claimWith(c, /ثلاث مناطق مجاورة لولاية راجاستان/), claimWith(c, /مقتل 46 شخصا/)];
  const steps = [
    // The states' tolls rising (partial) confirmed; the toll conflict (95 / 116) corrected: 116 is a later toll.
    ['review', 'set', partsGroup(c).id, dir, '--verdict', 'confirmed', '--reviewer', 'desk'],
    ['review', 'set', tollGroup(c).id, dir, '--relation', 'partial', '--note', 'حصيلة لاحقة، لا حصيلة منافسة', '--reviewer', 'desk'],
    ['review', 'set', hundred.id, dir, '--same-as', seventySeven.id, '--reviewer', 'desk'],
    ['review', 'set', rajasthan.id, dir, '--different-from', fortySix.id, '--reviewer', 'desk'],
  ];
  for (const argv of steps) {
    const r = await runCli(argv);
    expect(r.code, r.stderr).toBe(0);
  }
  csv = path.join(path.dirname(dir), 'pairs.csv');
  const r = await runCli(['review', 'export-pairs', dir, '--out', csv]);
  expect(r.code, r.stderr).toBe(0);
});

describe('claimdiff review set, then compare', () => {
  it('the text report gives the reviewer\u2019s relation beside the engine\u2019s, and how much was reviewed', async () => {
    const r = await runCli(['compare', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('engine: conflict; reviewer: partial');
    // The toll and the parts, the headlines merged into a group, the group split apart.
    expect(r.stdout).toMatch(/Reviewed: 4 of \d+ claim groups, .*2 claim pairs merged or split/);
  });

  it('the HTML report shows both verdicts and the note with who and when, isolated (its words may be Arabic)', async () => {
    const r = await runCli(['compare', dir, '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('engine: conflict; reviewer: partial');
    expect(r.stdout).toContain('reviewer: confirmed');
    expect(r.stdout).toMatch(/<bdi>note: &quot;حصيلة لاحقة، لا حصيلة منافسة&quot; \(desk, \d{4}-\d\d-\d\d\)<\/bdi>/);
  });

  it('the JSON carries each decision with who made it', async () => {
    const json = JSON.parse((await runCli(['compare', dir, '--format', 'json'])).stdout) as Comparison;
    expect(json.groups.find((g) => g.id === partsGroup(comparison).id)?.review).toMatchObject({ verdict: 'confirmed', by: 'desk' });
    expect(json.groups.find((g) => g.id === tollGroup(comparison).id)?.review).toMatchObject({ relation: 'partial', note: 'حصيلة لاحقة، لا حصيلة منافسة' });
  });

  it('--unreviewed hide leaves only the reviewed groups in the Markdown matrix', async () => {
    const md = (await runCli(['compare', dir, '--format', 'md', '--unreviewed', 'hide'])).stdout;
    const rows = md.split('\n').filter((l) => /^\| [gr][0-9a-f]{8} \|/.test(l));
    // The two groups reviewed and the reviewer's group of the two headlines; the split group is set aside.
    expect(rows.map((l) => l.split('|')[1].trim()).sort()).toEqual(expect.arrayContaining([tollGroup(comparison).id, partsGroup(comparison).id]));
    expect(rows.length).toBe(3);
  });
});

describe('--fail-on-conflict after a review', () => {
  it('exits 6 on the engine\u2019s conflicts, and 0 once the reviewer has disputed the groups and dismissed the figures', async () => {
    const copy = fixtureCopy();
    const before = await runCli(['compare', copy, '--fail-on-conflict']);
    expect(before.code).toBe(6);
    const json = JSON.parse((await runCli(['compare', copy, '--format', 'json'])).stdout) as Comparison;
    const groups = json.groups.filter((g) => g.relation === 'conflict');
    const figures = (json.figures ?? []).filter((f) => f.relation === 'conflict');
    expect(groups.length + figures.length).toBeGreaterThan(0);
    for (const [id, verdict] of [...groups.map((g) => [g.id, 'disputed']), ...figures.map((f) => [f.id, 'dismissed'])]) {
      const r = await runCli(['review', 'set', id, copy, '--verdict', verdict]);
      expect(r.code, r.stderr).toBe(0);
    }
    expect((await runCli(['compare', copy, '--fail-on-conflict'])).code).toBe(0);
    // Without the review file (another, empty one) the engine's conflicts count again.
    const empty = path.join(path.dirname(copy), 'empty-review.json');
    writeFileSync(empty, JSON.stringify(emptyReview()));
    expect((await runCli(['compare', copy, '--fail-on-conflict', '--review', empty])).code).toBe(6);
  });
});

describe('claimdiff review export-pairs', () => {
  it('writes the merges, splits and relation corrections as s1, s2, relation', () => {
    const data = readLabelledPairs(csv);
    expect(data.skipped).toEqual([]);
    const header = readFileSync(csv, 'utf8').split('\n')[0];
    expect(header.split(',').slice(0, 3)).toEqual(['s1', 's2', 'relation']);
    const split = data.rows.find((r) => /راجاستان/.test(r.s1 + r.s2) && /مقتل 46 شخصا/.test(r.s1 + r.s2));
    const merge = data.rows.find((r) => /100 شخص/.test(r.s1 + r.s2) && /تقتل 77/.test(r.s1 + r.s2));
    expect(split?.same).toBe(false);
    expect(merge?.same).toBe(true);
  });

  it('loads in claimdiff pairs: every row kept with the reviewer\u2019s relation, the engine\u2019s relation and score beside it', async () => {
    const r = await runCli(['pairs', csv]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('s1,s2,relation,claim1,claim2,correction,claimdiff_relation,claimdiff_score');
    expect(lines).toHaveLength(readLabelledPairs(csv).rows.length + 1);
    const relations = (text: string) => parse(text, { columns: true }).map((row: Record<string, string>) => row.relation);
    expect(relations(r.stdout)).toEqual(relations(readFileSync(csv, 'utf8')));
    expect(r.stderr).toMatch(/kept, and claimdiff's verdict written as claimdiff_relation and claimdiff_score/);
  });

  it('loads as link-model training data: one feature vector per pair, labelled by the decision, the same on every read', () => {
    const data = readLabelledPairs(csv);
    const event = labelledEvent(data.rows);
    expect(event.labels).toEqual(data.rows.map((r) => (r.same ? 1 : 0)));
    expect(event.pairs.every((p) => p.x.length === PAIR_FEATURES.length && [...p.x].every(Number.isFinite))).toBe(true);
    expect(labelledEvent(readLabelledPairs(csv).rows)).toEqual(event);
  });

  it('npm run train -- --pairs with a file that is not a pairs CSV: one line, exit 2, nothing written', () => {
    const bad = path.join(path.dirname(dir), 'not-pairs.csv');
    writeFileSync(bad, 'title,body\nx,y\n');
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'train.ts'), '--pairs', bad], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([`${bad}: a pairs CSV needs a header with s1, s2 and relation and at least one row (missing: s1, s2, relation)`]);
  });

  it.skipIf(!existsSync(GOLD))('npm run train -- --check --pairs: the decided pairs change the link model (checked, not written)', () => {
    const model = path.join(ROOT, 'src/align/link-model.ts');
    const before = readFileSync(model, 'utf8');
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'train.ts'), '--check', '--pairs', csv], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout, r.stderr).toMatch(/link-model\.ts: differs from a fresh fit/);
    expect(r.stdout).toMatch(/relation-model\.ts: not refitted \(--pairs adapts the link model only\)/);
    expect(readFileSync(model, 'utf8')).toBe(before);
    // Fitting runs a few hundred thousand feature rows: a guard against a hang, not a speed target.
  }, 300_000);
});

describe('a file that is not a review file', () => {
  const foreign = JSON.stringify({ schema: 'someone.else/2', entries: {} });
  it.each([
    ['not JSON', '{"schema": "claimdiff.review/1", "entries": {', /not JSON|cannot be read|JSON/],
    ['another format', foreign, /not a claimdiff review file|claimdiff\.review\/1/],
  ])('%s: compare and review set stop with one line naming it, and leave it as it was', async (_, text, says) => {
    const copy = fixtureCopy();
    const file = path.join(copy, '.claimdiff-review.json');
    writeFileSync(file, text);
    for (const argv of [
      ['compare', copy],
      ['review', 'set', tollGroup(comparison).id, copy, '--verdict', 'confirmed'],
    ]) {
      const r = await runCli(argv);
      expect(r.code).not.toBe(0);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(file);
      expect(lines[0]).toMatch(says);
      expect(readFileSync(file, 'utf8')).toBe(text);
    }
  });

  it('the terminal UI\u2019s store refuses to save over a review file that became another file meanwhile', () => {
    const file = path.join(fixtureCopy(), '.claimdiff-review.json');
    const store = new ReviewStore(file, null, NO_INPUTS);
    store.save(emptyReview());
    writeFileSync(file, 'not a review any more');
    expect(() => store.save(emptyReview())).toThrow(/no longer a claimdiff review file/);
    expect(readFileSync(file, 'utf8')).toBe('not a review any more');
  });
});
