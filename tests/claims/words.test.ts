// The claim finders' words: a sentence's range of the token stream, compounds whole, hashtags dropped.
import { describe, expect, it } from 'vitest';
import { buildTokenStream } from '../../src/text/token-stream.js';
import { scanWords } from '../../src/claims/words.js';
import { seedText } from '../support/seeds.js';

const words = (text: string): string =>
  scanWords(text, 0, text.length).map((t) => `${t.isWord ? '' : '·'}${t.text}${t.base !== t.norm ? `=${t.base}` : ''}`).join(' ');

describe('scanWords', () => {
  it.each([
    ['a hyphenated title is one word', 'UN Secretary-General Antonio Guterres', 'UN Secretary-General Antonio Guterres'],
    ['a hyphenated name is one word', 'the Al-Aqsa mosque', 'the Al-Aqsa mosque'],
    ['figures keep their hyphen apart', 'an F-16 jet', 'an F ·- 16 jet'],
    ['a possessive is keyed without its s', "Israel's army", "Israel's=israel army"],
    ['a hashtag mark is dropped', 'فلاديمير #بوتين', 'فلاديمير بوتين'],
    ['a tatweel clitic and the quoted name', 'لـ"أكسيوس"', 'لـ ·" أكسيوس ·"'],
  ])('%s', (_name, text, expected) => {
    expect(words(text)).toBe(expected);
  });

  it('reads a sentence from the article stream with offsets into the article', () => {
    const text = seedText('004');
    const start = text.indexOf('"مخاوف أميركية"');
    const end = text.indexOf('\n', start);
    const fromStream = scanWords(text, start, end, buildTokenStream(text));
    expect(fromStream).toEqual(scanWords(text, start, end));
    expect(fromStream.map((t) => text.slice(t.start, t.end))).toEqual(fromStream.map((t) => t.text));
    expect(fromStream[0]).toMatchObject({ text: '"', isWord: false });
  });
});
