import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const file = (name: string, content: string) => {
  const p = path.join(mkdtempSync(path.join(tmpdir(), 'claimdiff-pairs-')), name);
  writeFileSync(p, content);
  return p;
};

describe('claimdiff pairs', () => {
  it('keeps JSONL rows and their other fields in order, adding relation and score', async () => {
    const rows = [
      { id: 'a', s1: 'استمرار احتجاجات الأردن رغم استقالة رئيس الوزراء', s2: 'توقف احتجاجات الأردن بعد استقالة رئيس الوزراء' },
      { id: 'b', s1: 'Oil prices rose sharply on Monday', s2: 'Oil prices fell sharply on Monday' },
      { id: 'c', s1: 'بلينكن يلتقي نتنياهو في القدس', s2: 'نتنياهو يستقبل بلينكن في القدس' },
    ];
    const r = await runCli(['pairs', file('p.jsonl', rows.map((x) => JSON.stringify(x)).join('\n'))]);
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(out.map((o) => o.relation)).toEqual(['conflict', 'conflict', expect.stringMatching(/shared|partial/)]);
    for (const o of out) expect(o.score).toBeGreaterThanOrEqual(0);
  });

  it.each([
    ['p.csv', 'a,b\nx,y\n', 3, /p\.csv: no column "s1" or "s2" \(its columns are "a", "b"\); the header row must name s1 and s2/],
    ['p.csv', 's1\nx\n', 3, /no column "s2" \(its columns are "s1"\)/],
    ['p.txt', 's1,s2\n', 2, /unknown format '\.txt'/],
  ])('%s: one line saying what to fix, exit %i', async (name, content, code, message) => {
    const r = await runCli(['pairs', file(name, content)]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  const GOOD = { s1: 'Oil prices rose sharply on Monday', s2: 'Oil prices fell sharply on Monday' };
  it.each([
    ['p.jsonl', [JSON.stringify(GOOD), 'not json', JSON.stringify({ s1: 'x' }), JSON.stringify(GOOD)].join('\n'), ['line 2 is not valid JSON', 'line 3 has no text in s2']],
    ['p.csv', `s1,s2\n${GOOD.s1},${GOOD.s2}\n"unclosed,x\n`, ['cannot be read as CSV']],
    ['p.csv', `s1,s2\n${GOOD.s1},${GOOD.s2}\n,only s2\n${GOOD.s1},${GOOD.s2}\n`, ['line 3 has no text in s1']],
  ])('%s: bad rows are left out and named, the others kept in order, exit 4', async (name, content, problems) => {
    const r = await runCli(['pairs', file(name, content)]);
    expect(r.code).toBe(4);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(problems.length);
    problems.forEach((p, i) => expect(lines[i]).toContain(p));
    expect(r.stdout).toContain('conflict');
    expect(r.stdout).not.toContain('only s2');
  });

  it('compares an overlong or attacked text on its usable part, and says so', async () => {
    const long = `${GOOD.s1} ${'and more words '.repeat(400)}`;
    const rows = [{ s1: long, s2: GOOD.s2 }, { s1: `\u001b]0;pwned\u0007${GOOD.s1}\u202e`, s2: GOOD.s2 }];
    const r = await runCli(['pairs', file('p.jsonl', rows.map((x) => JSON.stringify(x)).join('\n'))]);
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^claimdiff: warning: .*p\.jsonl: line 1: s1 is longer than 1000 characters; compared on its first \d+$/),
      expect.stringMatching(/^claimdiff: warning: .*p\.jsonl: line 2: removed control characters from s1$/),
    ]);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out[1].relation).toBe('conflict');
    expect(r.stdout).not.toMatch(/[\u001b\u202e]/);
  });

  it('a reviewer\'s relation column (as review export-pairs writes it) is kept; the engine\'s verdict goes beside it', async () => {
    // Seed 004's lead and its State Department statement on a Palestinian state: the reviewer called the pair shared.
    const csv = 's1,s2,relation,claim1,claim2,correction\n'
      + '"بحث وزير الخارجية الأميركي أنتوني بلينكن مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو، مؤكداً دعم بلاده لإقامة دولة فلسطينية",'
      + '"وأفادت الخارجية الأميركية في بيان، بأن بلينكن كرر موقف بلاده الداعم لإقامة دولة فلسطينية",shared,004:a,004:b,merge\n';
    const r = await runCli(['pairs', file('reviewed.csv', csv)]);
    expect(r.code).toBe(0);
    expect(r.stderr.trim()).toMatch(/^claimdiff: warning: .*reviewed\.csv: the file has its own relation or score column; kept, and claimdiff's verdict written as claimdiff_relation and claimdiff_score$/);
    const [header, row] = r.stdout.trim().split('\n');
    expect(header).toBe('s1,s2,relation,claim1,claim2,correction,claimdiff_relation,claimdiff_score');
    const cells = row.split(',');
    expect(cells.slice(2, 6)).toEqual(['shared', '004:a', '004:b', 'merge']);
    expect(cells[6]).toMatch(/^(shared|partial|conflict|unrelated)$/);
    expect(Number(cells[7])).toBeGreaterThan(0);
  });

  it('a missing file exits 3', async () => {
    const r = await runCli(['pairs', 'no/such.csv']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('no/such.csv');
  });
});
