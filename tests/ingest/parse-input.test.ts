// Formats: plain text and Markdown files, format sniffing for stdin, and every kind of bad input.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatFromName, parseInput, sniffFormat } from '../../src/ingest/index.js';
import { seedPath, seedText } from '../support/seeds.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const TITLE_002 = 'بلينكن يبحث وقف إطلاق النار بغزة مع مسؤولين إسرائيليين';
const LEAD_002 = seedText('002').split('\n')[2];

describe('plain text and Markdown', () => {
  it.each(['000', '001', '002', '003', '004'])('seed %s: the text is the whole file, the id its name', (num) => {
    const path = seedPath(num);
    const { articles, problems } = parseInput(readFileSync(path), path);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0].text).toBe(seedText(num));
    expect(articles[0].source).toBe(path);
    expect(path.endsWith(`/${articles[0].id}.txt`)).toBe(true);
    expect(articles[0].encoding).toBe('utf-8');
  });

  it('a Markdown title loses its #s; the span still covers the title line', () => {
    const md = `## ${TITLE_002}\n\n${LEAD_002}\n`;
    const [article] = parseInput(bytes(md), 'notes/alhurra.md').articles;
    expect(article.title).toBe(TITLE_002);
    expect(article.titleSpan).toEqual({ start: 0, end: TITLE_002.length + 3, text: `## ${TITLE_002}` });
    expect(article.id).toBe('alhurra');
  });

  it('a .txt title keeps a leading # (only Markdown strips it)', () => {
    const [article] = parseInput(bytes(`# ${TITLE_002}\n${LEAD_002}`), 'x.txt').articles;
    expect(article.title).toBe(`# ${TITLE_002}`);
  });

  it('Windows line breaks stay in the text and out of the title', () => {
    const [article] = parseInput(bytes(`${TITLE_002}\r\n${LEAD_002}\r\n`), 'crlf.txt').articles;
    expect(article.title).toBe(TITLE_002);
    expect(article.text).toBe(`${TITLE_002}\r\n${LEAD_002}\r\n`);
  });
});

describe('formats', () => {
  it.each([
    ['a.txt', 'txt'],
    ['a.TXT', 'txt'],
    ['dir.v2/a.md', 'md'],
    ['page.htm', 'html'],
    ['page.html', 'html'],
    ['x.json', 'json'],
    ['x.jsonl', 'jsonl'],
    ['-', null],
    ['notes.rtf', null],
    ['README', null],
  ])('name %s -> %s', (name, format) => {
    expect(formatFromName(name)).toBe(format);
  });

  it.each([
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
    ['  <html lang="ar"><body></body></html>', 'html'],
    ['[{"text": "x"}]', 'json'],
    ['{"text": "x"}', 'json'],
    ['{"text": "x"}\n{"text": "y"}\n', 'jsonl'],
    [`# ${TITLE_002}\n\n${LEAD_002}`, 'md'],
    [`${TITLE_002}\n${LEAD_002}`, 'txt'],
  ])('content %s -> %s', (text, format) => {
    expect(sniffFormat(text)).toBe(format);
  });

  it('stdin is sniffed: JSON Lines on stdin give stdin#n records', () => {
    const jsonl = [LEAD_002, seedText('004').split('\n')[0]].map((text) => JSON.stringify({ text })).join('\n');
    const { articles } = parseInput(bytes(jsonl), '-');
    expect(articles.map((a) => [a.id, a.source])).toEqual([
      ['stdin#1', '-#1'],
      ['stdin#2', '-#2'],
    ]);
  });

  it('formatHint overrides the extension', () => {
    const { articles } = parseInput(bytes(JSON.stringify({ title: TITLE_002, text: LEAD_002 })), 'saved.txt', { formatHint: 'json' });
    expect(articles[0].title).toBe(TITLE_002);
    expect(articles[0].text).toBe(LEAD_002);
  });
});

describe('bad input: one problem naming the file and what to do', () => {
  it.each([
    ['empty.txt', new Uint8Array(0), 'empty.txt: the file is empty; add the article text or leave the file out'],
    ['blank.md', bytes(' \n\t\n'), 'blank.md: holds only white space; add the article text or leave the file out'],
    ['photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'photo.txt: looks like a binary file, not an article; pass .txt, .md, .html, .json or .jsonl'],
    ['broken.json', bytes('{"text": "قال بلينكن",}'), 'broken.json: is not valid JSON ('],
    ['nav.html', bytes('<html><body><nav><a href="/">الرئيسية</a></nav></body></html>'), 'nav.html: no article text found in the page; save the article text as .txt instead'],
    ['norecords.jsonl', bytes('\n\n'), 'norecords.jsonl: holds only white space; add the article text or leave the file out'],
  ])('%s', (name, input, message) => {
    const { articles, problems } = parseInput(input, `in/${name}`);
    expect(articles).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0].source).toBe(`in/${name}`);
    expect(problems[0].message.startsWith(`in/${message}`)).toBe(true);
    expect(problems[0].message).not.toContain('\n');
  });
});
