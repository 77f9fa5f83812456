// The ANT corpus (11,430 records from five Arabic outlets, JSONL) read end to end: a real corpus
// must read cleanly. Skips when ../shared/data is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseInput, type ParseResult } from '../../src/ingest/index.js';
import { SHARED_DATA } from '../support/seeds.js';

const ANT = path.join(SHARED_DATA, 'ant-corpus-multisource');
const OUTLETS: Record<string, string> = { 'Alarabia.jsonl': 'Al Arabiya', 'BBC.jsonl': 'BBC Arabic', 'CNN.jsonl': 'CNN Arabic', 'France24.jsonl': 'France 24', 'SkyNews.jsonl': 'Sky News Arabia' };

describe.skipIf(!existsSync(ANT))('ANT corpus (skipped: ../shared/data/ant-corpus-multisource is absent)', () => {
  const results = new Map<string, ParseResult>();
  let records = 0;

  beforeAll(() => {
    for (const file of readdirSync(ANT).filter((f) => f.endsWith('.jsonl')).sort()) {
      const bytes = readFileSync(path.join(ANT, file));
      records += bytes.toString('utf8').split('\n').filter((l) => l.trim() !== '').length;
      results.set(file, parseInput(bytes, path.join(ANT, file)));
    }
  });

  const all = () => [...results.values()].flatMap((r) => r.articles);

  it('reads the five files: 11,430 records, of which one has no text and is reported', () => {
    // SOURCE.md: "One document has an empty `text`" (and an empty abstract): France24 line 1078.
    expect([...results.keys()]).toEqual(Object.keys(OUTLETS));
    expect(records).toBe(11_430);
    expect(all()).toHaveLength(11_429);
    const problems = [...results.values()].flatMap((r) => r.problems);
    expect(problems.map((p) => p.source)).toEqual([path.join(ANT, 'France24.jsonl#1078')]);
    expect(problems[0].message).toContain('line 1078 has no article text');
  });

  it('takes id, outlet, date and URL from the record fields', () => {
    for (const [file, result] of results) {
      for (const a of result.articles) {
        expect(a.outlet).toBe(OUTLETS[file]);
        expect([a.outletFrom, a.dateFrom]).toEqual(['field', 'field']);
        // The subset covers March to June 2018 (a few records are dated the day before).
        expect(a.date).toMatch(/^2018-0[2-7]-\d\dT\d\d:\d\d$/);
        expect(a.url).toMatch(/^https?:\/\//);
        expect(a.id).toMatch(/^[A-Z]{2}-(internationalNews|middleEast)-\d+-2018\d{4}$/);
      }
    }
    expect(new Set(all().map((a) => a.id)).size).toBe(all().length);
  });

  it('every article is Arabic, UTF-8, and warned about only the controls it holds and its overlong sentences', () => {
    // Some outlets leave bidi embeddings (U+202A-U+202E) in titles and text: removed, and said.
    const expected = /^(removed [\d,]+ (bidi control|control character|escape sequence)s? .*from the text \(recorded as "control"\)|removed control characters from its (title|byline)|\d+ sentences? longer than 1000 characters cut into claims at clause marks or spaces)$/;
    const odd = all().filter((a) => a.language !== 'ar' || a.encoding !== 'utf-8' || a.warnings.some((w) => !expected.test(w)));
    expect(odd.map((a) => [a.id, a.warnings])).toEqual([]);
    const warned = all().filter((a) => a.warnings.length > 0);
    expect(warned.length).toBeLessThan(all().length * 0.005);
  });

  it('removes little, and only what the page added: read-also links, credits, click-here lines, repeated paragraphs, datelines', () => {
    const removals = all().flatMap((a) => a.removed.map((r) => ({ ...r, id: a.id })));
    const reasons = new Set(removals.map((r) => r.reason));
    expect([...reasons].sort()).toEqual(['byline', 'control', 'credit', 'dateline', 'duplicate', 'read-also', 'widget']);
    for (const r of removals.filter((x) => x.reason === 'control')) expect(r.text).toMatch(/^[\u0000-\u001f\u202a-\u202e\u2066-\u2069]+$/);
    // CNN Arabic opens its leads with `دبي، الإمارات العربية المتحدة (CNN)--`: the only datelines in the corpus.
    const datelines = removals.filter((r) => r.reason === 'dateline');
    expect(datelines.length).toBeGreaterThan(1200);
    expect(datelines.every((r) => r.id.startsWith('CN-') && /\(CNN\)\s*[-—–]*$/.test(r.text))).toBe(true);
    const chars = all().reduce((n, a) => n + a.text.length, 0);
    const removed = removals.filter((r) => r.reason !== 'dateline' && r.reason !== 'byline').reduce((n, r) => n + r.end - r.start, 0);
    expect(removed / chars).toBeLessThan(0.002);
    // A dateline is a place and the outlet opening a line: short, and the lead goes on after it.
    const byId = new Map(all().map((a) => [a.id, a]));
    for (const r of datelines) {
      const text = byId.get(r.id)!.text;
      expect(r.text.length).toBeLessThanOrEqual(60);
      expect(r.start === 0 || text[r.start - 1] === '\n').toBe(true);
    }
    // BBC's `اقرأ أيضا: ...` links and France24's closing `فرانس24/ أ ف ب` credit.
    expect(removals.filter((r) => r.id.startsWith('BB-') && r.reason === 'read-also').length).toBeGreaterThan(30);
    expect(removals.filter((r) => r.id.startsWith('FR-') && r.reason === 'credit').every((r) => /^فرانس ?24 ?\//.test(r.text))).toBe(true);
    for (const r of removals) expect(r.text.length).toBeGreaterThan(0);
  });
});
