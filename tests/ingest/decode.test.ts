// Encodings of a seed article: UTF-8 with and without BOM, UTF-16 both ways, legacy windows-1256,
// and bytes that are not text at all.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, InputError, parseInput } from '../../src/ingest/index.js';
import { encodeUtf16, encodeWindows1256 } from '../support/encodings.js';
import { seedPath, seedText } from '../support/seeds.js';

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

// The title, publication line and lead of seed 002.
const SEED = seedText('002').split('\n').slice(0, 4).join('\n');

describe('decodeText', () => {
  it.each([
    ['utf-8', () => new TextEncoder().encode(SEED)],
    ['utf-8-bom', () => concat(new Uint8Array([0xef, 0xbb, 0xbf]), new TextEncoder().encode(SEED))],
    ['utf-16le', () => encodeUtf16(SEED, 'le')],
    ['utf-16be', () => encodeUtf16(SEED, 'be')],
    ['windows-1256', () => encodeWindows1256(SEED)],
  ])('%s: decodes seed 002 exactly', (encoding, bytes) => {
    expect(decodeText(bytes())).toEqual({ text: SEED, encoding });
  });

  it.each([
    ['utf-16le', 'le'],
    ['utf-16be', 'be'],
  ] as const)('%s without a byte-order mark is recognised by its zero bytes', (encoding, endian) => {
    expect(decodeText(encodeUtf16(SEED, endian, false))).toEqual({ text: SEED, encoding });
  });

  it('honours a charset an HTML page declares', () => {
    const page = `<html><head><meta charset="windows-1256"><title>t</title></head><body><p>${SEED}</p></body></html>`;
    expect(decodeText(encodeWindows1256(page)).encoding).toBe('windows-1256');
  });

  it.each([
    ['a PNG image', concat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), new Uint8Array(200).map((_, i) => (i * 37) % 256))],
    ['control bytes', new Uint8Array(400).map((_, i) => [0x01, 0x02, 0x41, 0x1b, 0x42][i % 5])],
    ['random high bytes', new Uint8Array(400).map((_, i) => 0x80 + ((i * 53) % 32))],
  ])('%s is refused as binary', (_name, bytes) => {
    expect(() => decodeText(bytes)).toThrow(InputError);
    expect(() => decodeText(bytes)).toThrow(/looks like a binary file, not an article/);
  });
});

describe('encodings through parseInput', () => {
  it('a UTF-8 BOM is dropped: offsets count in the text without it', () => {
    const bytes = concat(new Uint8Array([0xef, 0xbb, 0xbf]), readFileSync(seedPath('003')));
    const [article] = parseInput(bytes, '003.txt').articles;
    expect(article.encoding).toBe('utf-8-bom');
    expect(article.text).toBe(seedText('003'));
    expect(article.titleSpan?.start).toBe(0);
    expect(article.warnings.some((w) => w.startsWith('decoded as'))).toBe(false);
  });

  it('a windows-1256 file is read with a warning that says so', () => {
    const [article] = parseInput(encodeWindows1256(SEED), 'alhurra-1256.txt').articles;
    expect(article.encoding).toBe('windows-1256');
    expect(article.title).toBe('بلينكن يبحث وقف إطلاق النار بغزة مع مسؤولين إسرائيليين');
    expect(article.warnings[0]).toMatch(/^decoded as windows-1256/);
  });

  it('a UTF-16 file gives the same article as its UTF-8 original', () => {
    const utf8 = parseInput(new TextEncoder().encode(SEED), 'a.txt').articles[0];
    const utf16 = parseInput(encodeUtf16(SEED, 'le'), 'a.txt').articles[0];
    expect({ ...utf16, encoding: 'x', warnings: [] }).toEqual({ ...utf8, encoding: 'x', warnings: [] });
    expect(utf16.warnings[0]).toMatch(/^decoded as utf-16le/);
  });
});

describe('binary or text: the documented rule', () => {
  const line = SEED.split('\n')[0];
  it.each([
    ['a short .txt with a few escape sequences', `\u001b[31m${line}\u001b[0m\n\u001b]0;title\u0007`],
    ['a long .txt with one escape sequence', `${SEED}\n`.repeat(20) + '\u001b[2J'],
    ['a stray NUL in a long UTF-8 text', `${SEED}\u0000${SEED}`],
  ])('%s is text', (_name, text) => {
    expect(decodeText(new TextEncoder().encode(text)).encoding).toBe('utf-8');
  });

  it.each([
    ['NULs on both sides of the bytes', new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0 : 0x41))],
    ['stray control characters above 2%', new TextEncoder().encode(`${line}${'\u0001\u0002'.repeat(20)}`)],
  ])('%s is binary', (_name, bytes) => {
    expect(() => decodeText(bytes)).toThrow(/looks like a binary file/);
  });
});
