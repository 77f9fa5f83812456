// JSON and JSON Lines records: fields, ids, offsets into the text field, and broken records.
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/ingest/index.js';
import { seedText } from '../support/seeds.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

// Two records shaped like the ANT corpus (title, time, url, src, docno, text), with seed text.
const TEXT_003 = seedText('003');
const TEXT_004 = seedText('004');
const ANT_LIKE = [
  { docno: 'AJ-blinken-003', title: 'بلينكن: حصيلة الهجوم على المدنيين في غزة مرتفعة للغاية', time: 'Wed, 07 Feb 2024 20:15:00 GMT', url: 'https://example.org/003', src: 'aa', text: TEXT_003 },
  { docno: 'AH-blinken-004', title: 'بلينكن يبحث مع نتنياهو رؤية واشنطن للأمن والسلام', time: 'Thu, 08 Feb 2024 06:00:00 +0300', url: 'https://example.org/004', src: 'alhurra', text: TEXT_004 },
];

describe('JSON Lines', () => {
  it('reads ANT-shaped records with their fields; the text is the field exactly', () => {
    const jsonl = ANT_LIKE.map((r) => JSON.stringify(r)).join('\n') + '\n';
    const { articles, problems } = parseInput(bytes(jsonl), 'data/blinken.jsonl');
    expect(problems).toEqual([]);
    expect(articles.map((a) => [a.id, a.source, a.outlet, a.outletFrom, a.date, a.dateFrom, a.url])).toEqual([
      ['AJ-blinken-003', 'data/blinken.jsonl#1', 'aa', 'field', '2024-02-07T20:15', 'field', 'https://example.org/003'],
      ['AH-blinken-004', 'data/blinken.jsonl#2', 'Alhurra', 'field', '2024-02-08T06:00', 'field', 'https://example.org/004'],
    ]);
    expect(articles[0].text).toBe(TEXT_003);
    expect(articles[0].title).toBe(ANT_LIKE[0].title);
    expect(articles[0].titleSpan).toBeNull();
  });

  it('a broken line is skipped with a problem naming it; the other lines are read', () => {
    const lines = [JSON.stringify(ANT_LIKE[0]), '{"title": "بلينكن", "text": "قال بلينكن', JSON.stringify(ANT_LIKE[1])];
    const { articles, problems } = parseInput(bytes(lines.join('\n')), 'data/blinken.jsonl');
    expect(articles.map((a) => a.id)).toEqual(['AJ-blinken-003', 'AH-blinken-004']);
    expect(problems).toHaveLength(1);
    expect(problems[0].source).toBe('data/blinken.jsonl#2');
    expect(problems[0].message).toMatch(/^data\/blinken\.jsonl: line 2 is not valid JSON \(.+\); fix or remove that line$/);
  });

  it.each([
    ['{"title": "بلينكن في عمان"}', 'line 1 has no article text (its text, body, content, paragraphs, body-paragraphs and abstract fields are missing or empty); add the text or remove the record'],
    ['{"title": "بلينكن في عمان", "text": "   "}', 'line 1 has no article text'],
    ['["بلينكن", "عمان"]', 'line 1 is not an article object'],
    ['"قال بلينكن"', 'line 1 is not an article object'],
  ])('bad record %s', (line, message) => {
    const { articles, problems } = parseInput(bytes(line), 'x.jsonl');
    expect(articles).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining(`x.jsonl: ${message}`)]);
  });

  it('ids fall back to the file name and the line number; blank lines keep the numbering', () => {
    const jsonl = `{"text": "${TEXT_004.split('\n')[0].replace(/"/g, '\\"')}"}\n\n{"id": 7, "body": "قال بلينكن إن واشنطن قلقة."}\n`;
    const { articles } = parseInput(bytes(jsonl), 'in/feed.jsonl');
    expect(articles.map((a) => [a.id, a.source])).toEqual([
      ['feed#1', 'in/feed.jsonl#1'],
      ['7', 'in/feed.jsonl#3'],
    ]);
    // Without a title field, the first line of the text is the title, and the span says where.
    expect(articles[0].titleSpan).toEqual({ start: 0, end: articles[0].title.length, text: articles[0].title });
  });

  it('repeated ids are made unique with a warning', () => {
    const jsonl = [1, 2].map(() => JSON.stringify({ id: 'blinken', text: TEXT_004 })).join('\n');
    const { articles } = parseInput(bytes(jsonl), 'dup.jsonl');
    expect(articles.map((a) => a.id)).toEqual(['blinken', 'blinken-2']);
    expect(articles[1].warnings).toContain('id "blinken" is used by an earlier article; renamed to "blinken-2"');
  });
});

describe('JSON', () => {
  it('reads one article object', () => {
    const json = JSON.stringify({ title: ANT_LIKE[0].title, content: TEXT_003, source: 'aa', date: '2024-02-07', link: 'https://example.org/003' });
    const [article] = parseInput(bytes(json), 'one.json').articles;
    expect([article.id, article.source, article.outlet, article.date, article.url, article.text]).toEqual([
      'one#1', 'one.json#1', 'aa', '2024-02-07', 'https://example.org/003', TEXT_003,
    ]);
  });

  it('reads an array; a record without text is a problem and the others are read', () => {
    const json = JSON.stringify([ANT_LIKE[0], { title: 'بلا نص' }, ANT_LIKE[1]], null, 2);
    const { articles, problems } = parseInput(bytes(json), 'list.json');
    expect(articles.map((a) => a.id)).toEqual(['AJ-blinken-003', 'AH-blinken-004']);
    expect(problems.map((p) => [p.source, p.message])).toEqual([
      ['list.json#2', 'list.json: record 2 has no article text (its text, body, content, paragraphs, body-paragraphs and abstract fields are missing or empty); add the text or remove the record'],
    ]);
  });

  it('reads NewsAPI-style {"articles": [...]} with source.name as the outlet', () => {
    const json = JSON.stringify({ status: 'ok', articles: [{ source: { id: null, name: 'Alhurra' }, title: 'بلينكن', publishedAt: '2024-06-21T08:00:00Z', content: TEXT_004 }] });
    const [article] = parseInput(bytes(json), 'newsapi.json').articles;
    expect([article.outlet, article.date]).toEqual(['Alhurra', '2024-06-21T08:00']);
  });

  it('malformed JSON is one problem that says what to do', () => {
    const { articles, problems } = parseInput(bytes('{"title": "بلينكن", "text": }'), 'broken.json');
    expect(articles).toEqual([]);
    expect(problems[0].message).toMatch(/^broken\.json: is not valid JSON \(.+\); fix the file, or name it \.jsonl if it holds one record per line$/);
  });

  it('JSON Lines saved as .json are read, with a warning', () => {
    const text = ANT_LIKE.map((r) => JSON.stringify(r)).join('\n');
    const { articles, problems } = parseInput(bytes(text), 'lines.json');
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(2);
    expect(articles[0].warnings).toContain('read as JSON Lines (one object per line); name the file .jsonl');
  });

  it('an empty list is a problem', () => {
    expect(parseInput(bytes('[]'), 'empty.json').problems[0].message).toBe('empty.json: holds no article records (an empty list); add article objects');
  });
});

describe('paragraph lists', () => {
  it('reads a text given as paragraphs of sentences (BASIL body-paragraphs), joined by blank lines', async () => {
    const { parseInput } = await import('../../src/ingest/index.js');
    const record = {
      title: 'Michael Steele Criticized for Afghanistan Comments',
      source: 'nyt',
      date: '2010-07-02',
      'body-paragraphs': [
        ['WASHINGTON — Michael Steele drew fierce criticism on Friday.', 'He apologised later.'],
        ['Republicans called for his resignation.'],
      ],
    };
    const { articles, problems } = parseInput(new TextEncoder().encode(JSON.stringify(record)), 'steele.json');
    expect(problems).toEqual([]);
    expect(articles[0].text).toBe(
      'WASHINGTON — Michael Steele drew fierce criticism on Friday. He apologised later.\n\nRepublicans called for his resignation.',
    );
    expect(articles[0]).toMatchObject({ outlet: 'The New York Times', date: '2010-07-02', language: 'en' });
  });
});

describe('fields of the wrong type: named, and usable text kept', () => {
  const LEAD = TEXT_004.split('\n')[0];
  const read = (record: unknown) => parseInput(bytes(JSON.stringify(record)), 'typed.json');

  it.each([
    [{ text: LEAD, title: { ar: 'عنوان' } }, 'typed.json#1: "title" is an object, not text; ignored', { title: LEAD }],
    [{ text: LEAD, outlet: ['x'] }, 'typed.json#1: "outlet" is a list, not text; ignored', { outletFrom: 'filename' }],
    [{ text: LEAD, title: 2024 }, 'typed.json#1: "title" is a number; read as the text "2024"', { title: '2024' }],
    [{ text: LEAD, id: { x: 1 } }, 'typed.json#1: "id" is an object, not an id; ignored', { id: 'typed#1' }],
    [{ text: LEAD, date: true }, 'typed.json#1: "date" is true, not text; ignored', { date: null }],
  ])('%j', (record, warning, fields) => {
    const { articles, problems, warnings } = read(record);
    expect(problems).toEqual([]);
    expect(warnings.map((w) => w.message)).toEqual([warning]);
    expect(articles[0]).toMatchObject({ text: LEAD, ...fields });
    expect(articles[0].warnings).toContain(warning.replace('typed.json#1: ', ''));
  });

  it('keeps the text of paragraphs around items that are not text, naming them', () => {
    const { articles, problems, warnings } = read({ paragraphs: [null, [LEAD, null], 7] });
    expect(problems).toEqual([]);
    expect(articles[0].text).toBe(LEAD);
    expect(warnings.map((w) => w.message)).toEqual(['typed.json#1: "paragraphs": left out 3 items that are not text (null at 1, null at 2.2, a number at 3)']);
  });

  it.each([
    [{ text: 12345 }, 'typed.json: the JSON value has no article text ("text" is a number, not article text; ignored); add the text or remove the record'],
    [{ text: { body: LEAD } }, 'typed.json: the JSON value has no article text ("text" is an object, not article text; ignored); add the text or remove the record'],
  ])('a record whose only text is not text is skipped and named: %j', (record, message) => {
    const { articles, problems } = read(record);
    expect(articles).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([message]);
  });

  it('a text field that is not text gives way to one that is, and says so', () => {
    const { articles, warnings } = read({ text: 12345, body: LEAD });
    expect(articles[0].text).toBe(LEAD);
    expect(warnings.map((w) => w.message)).toEqual(['typed.json#1: "text" is a number, not article text; ignored']);
  });

  it('a number id is an id, without a word (the usual docno)', () => {
    const { articles, warnings } = read({ id: 17, text: LEAD });
    expect(articles[0].id).toBe('17');
    expect(warnings).toEqual([]);
  });
});
