// The review file: decisions on the India sandstorm event written, read back and written again
// byte for byte, valid against schemas/review-1.schema.json; files that are not review files are
// refused with one line by the reader and by the schema alike.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import type { Comparison, ReviewFile } from '../../src/types.js';
import {
  claimTarget,
  emptyReview,
  figureTarget,
  flagTarget,
  groupTarget,
  markPair,
  pairTarget,
  parseReview,
  serializeReview,
  setNote,
  setQuantity,
  setRelation,
  toggleVerdict,
  type Reviewer,
} from '../../src/review/index.js';
import { ROOT } from '../support/seeds.js';
import { claimWith, partsGroup, sandstorm, tollGroup } from './fixture.js';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/review-1.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
const who: Reviewer = { by: 'مدقق', at: '2026-01-05T10:00:00Z' };

let comparison: Comparison;
let review: ReviewFile;

beforeAll(async () => {
  comparison = (await sandstorm()).comparisons[0];
  const c = comparison;
  const flag = c.framing!.profiles[0].flags[0];
  const [hundred, fr] = [claimWith(c, /100/, 'BB'), c.articles[1].claims[0]];
  review = toggleVerdict(emptyReview(), groupTarget(c, tollGroup(c)), 'confirmed', who);
  review = setRelation(review, groupTarget(c, partsGroup(c)), 'partial', who);
  review = setNote(review, groupTarget(c, partsGroup(c)), 'أرقام الولايات، لا حصيلة منافسة', who);
  review = markPair(review, pairTarget(hundred, fr), true, who);
  review = toggleVerdict(review, flagTarget(c.articles[0].id, flag), 'dismissed', who);
  review = setQuantity(review, figureTarget(c.figures!.find((f) => f.quantity === 'wounded')!), 'casualties', who);
  review = toggleVerdict(review, claimTarget(hundred), 'disputed', who);
});

describe('the review file', () => {
  it('reads back what it wrote, and writes it again byte for byte', () => {
    const text = serializeReview(review);
    const read = parseReview(text);
    expect(read.entries).toEqual(review.entries);
    expect(serializeReview(read)).toBe(text);
    // Entries in id order, whatever order they were made in.
    const keys = Object.keys(JSON.parse(text).entries as object);
    expect(keys).toEqual([...keys].sort());
    expect(keys).toHaveLength(6);
  });

  it('is valid against its JSON Schema', () => {
    const ok = validate(JSON.parse(serializeReview(review)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('keeps the fields a later version adds', () => {
    const text = serializeReview(review).replace('"entries": {', '"reviewers": ["desk"],\n  "entries": {');
    expect(serializeReview(parseReview(text))).toContain('"reviewers"');
  });

  const bad: Array<[string, string, RegExp]> = [
    ['not JSON', '{"schema": "claimdiff.review/1", "entries": {', /is not valid JSON/],
    ['a list', '[]', /is not a claimdiff review file/],
    ['a compare output', '{"schema": "claimdiff.compare/1", "articles": []}', /is not a claimdiff review file/],
    ['a later version', '{"schema": "claimdiff.review/2", "entries": {}}', /is a "claimdiff.review\/2" file; this claimdiff reads claimdiff.review\/1/],
    ['no entries', '{"schema": "claimdiff.review/1"}', /has no "entries" object/],
    ['an unknown kind', '{"schema": "claimdiff.review/1", "entries": {"g1": {"kind": "event", "articles": []}}}', /entry "g1": kind "event" is not one of/],
    ['a dismissed group', '{"schema": "claimdiff.review/1", "entries": {"g1": {"kind": "group", "verdict": "dismissed", "articles": []}}}', /entry "g1": verdict "dismissed" is not one of confirmed, disputed/],
    ['a relation that is not one', '{"schema": "claimdiff.review/1", "entries": {"g1": {"kind": "group", "relation": "same", "articles": []}}}', /relation "same" is not one of/],
    ['a pair of one claim', '{"schema": "claimdiff.review/1", "entries": {"a + b": {"kind": "pair", "same": true, "articles": [], "claims": [{"id": "a", "article": "x", "text": "t"}]}}}', /a pair needs its two claims/],
  ];

  it.each(bad)('refuses %s with one line saying what is wrong', (_, text, message) => {
    expect(() => parseReview(text)).toThrow(message);
    try {
      parseReview(text);
    } catch (err) {
      expect((err as Error).message).not.toContain('\n');
    }
  });

  it.each(bad.filter(([name]) => name !== 'not JSON'))('and the schema refuses %s too', (_, text) => {
    expect(validate(JSON.parse(text))).toBe(false);
  });
});
