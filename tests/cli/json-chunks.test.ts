// JSON written in chunks is the text JSON.stringify(value, null, 2) gives, to the byte: on the seed
// pair's comparison and on the values JSON.stringify treats specially.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/ingest/index.js';
import { compareArticles } from '../../src/compare.js';
import { jsonChunks } from '../../cli/json-chunks.js';
import { groupEvents } from '../../src/events/index.js';
import { eventsJson } from '../../src/report/json.js';
import { readInputs } from '../../cli/read-inputs.js';
import { seedPath } from '../support/seeds.js';

describe('jsonChunks', () => {
  it('writes the seed pair comparison exactly as JSON.stringify does, in many chunks', () => {
    const articles = ['003', '004'].flatMap((n) => parseInput(readFileSync(seedPath(n)), seedPath(n)).articles);
    const comparison = compareArticles(articles);
    const chunks = [...jsonChunks(comparison)];
    expect(chunks.length).toBeGreaterThan(50);
    expect(chunks.join('')).toBe(JSON.stringify(comparison, null, 2));
  });

  it('writes the events of the example corpus in one piece per event (the depth events uses) exactly as JSON.stringify does', async () => {
    const { articles } = await readInputs([new URL('../../examples', import.meta.url).pathname]);
    const json = eventsJson(groupEvents(articles)) as { events: unknown[] };
    const chunks = [...jsonChunks(json, 2)];
    expect(json.events.length).toBeGreaterThan(2);
    expect(chunks.filter((c) => c.trimStart().startsWith('{\n') && c.includes('"label"')).length).toBe(json.events.length);
    expect(chunks.join('')).toBe(JSON.stringify(json, null, 2));
  });

  it.each([
    ['an object with left-out members', { a: 1, b: undefined, c: () => 1, d: Symbol('x'), e: 'نص' }],
    ['an array with holes JSON writes as null', [1, undefined, () => 2, 'x']],
    ['empty containers at every level', { a: [], b: {}, c: [[], {}], d: [{ e: [] }] }],
    ['a date and an object with toJSON', { when: new Date(Date.UTC(2018, 4, 9)), x: { toJSON: () => ({ y: [1, 2] }) } }],
    ['a member that becomes undefined through toJSON', { a: { toJSON: () => undefined }, b: 2 }],
    ['text with quotes, line breaks and bidi controls', { t: 'قال "لا"\n\u202eabc', u: ['\u2028'] }],
    ['a bare string', 'قتلى'],
    ['null', null],
    ['deep nesting past the split depth', { a: { b: { c: { d: { e: [1, { f: 2 }] } } } } }],
  ])('%s', (_name, value) => {
    for (const depth of [0, 1, 2, 3, 6]) expect([...jsonChunks(value, depth)].join('')).toBe(JSON.stringify(value, null, 2));
  });
});
