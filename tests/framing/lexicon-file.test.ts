// User lexicon files (TSV and JSON): parsing, precise errors, and their use in profiles.
import { describe, expect, it } from 'vitest';
import { parseLexiconFile } from '../../src/framing/index.js';
import { formatFlags, profile } from './format.js';

const TSV = [
  '# my lexicon',
  '',
  'الكيان الغاصب\tlabel\tdelegitimizing\tthe usurping entity',
  'قوات الاحتلال\tlabel\t-',
  'crackdown\tloaded',
  'حملة قصف\tconflict-name\tbombing-campaign\tbombing campaign',
].join('\n');

describe('parseLexiconFile', () => {
  it('reads TSV lines, skipping comments and blank lines, inferring the language', () => {
    expect(parseLexiconFile(TSV, 'my.tsv')).toEqual([
      { term: 'الكيان الغاصب', category: 'label', value: 'delegitimizing', gloss: 'the usurping entity', language: 'ar' },
      { term: 'قوات الاحتلال', category: 'label', value: null, gloss: 'قوات الاحتلال', language: 'ar' },
      { term: 'crackdown', category: 'loaded', value: null, gloss: 'crackdown', language: 'en' },
      { term: 'حملة قصف', category: 'conflict-name', value: 'bombing-campaign', gloss: 'bombing campaign', language: 'ar' },
    ]);
  });

  it('reads a JSON array with a byte-order mark and CRLF', () => {
    const json = '\uFEFF[\r\n  { "term": "crackdown", "category": "loaded", "value": "emotive", "gloss": "harsh suppression" }\r\n]';
    expect(parseLexiconFile(json, 'my.json')).toEqual([
      { term: 'crackdown', category: 'loaded', value: 'emotive', gloss: 'harsh suppression', language: 'en' },
    ]);
  });

  it.each([
    ['an unknown category', 'crackdown\tloaded\nbrutal\temotional', 'my.tsv:2: unknown category "emotional" (expected one of loaded, label, victim-term, conflict-name, hedge, reporting-verb, agency)'],
    ['a line without a tab', '# x\ncrackdown loaded', 'my.tsv:2: expected term<TAB>category[<TAB>value[<TAB>gloss]]'],
    ['too many fields', 'a\tloaded\tb\tc\td', 'my.tsv:1: too many fields (5; at most 4: term, category, value, gloss)'],
    ['an empty term', '\tloaded', 'my.tsv:1: the term is empty'],
    ['rule categories', 'x\tscare-quote', 'my.tsv:1: unknown category "scare-quote" (expected one of loaded, label, victim-term, conflict-name, hedge, reporting-verb, agency)'],
  ])('names the file and line for %s', (_name, content, message) => {
    expect(() => parseLexiconFile(content, 'my.tsv')).toThrow(message);
  });

  it('names the line of a bad JSON entry, and of invalid JSON', () => {
    const json = '[\n  { "term": "a", "category": "loaded" },\n  { "term": "b", "category": "nope" }\n]';
    expect(() => parseLexiconFile(json, 'x.json')).toThrow(/^x\.json:3: unknown category "nope"/);
    expect(() => parseLexiconFile('[\n{ "term": "a",,\n]', 'x.json')).toThrow(/^x\.json:\d+: invalid JSON/);
    expect(() => parseLexiconFile('[1]', 'x.json')).toThrow('x.json:1: entry 1 is not an object');
  });
});

describe('extra lexicon entries in a profile', () => {
  it('adds a user phrase and wins over a built-in entry on the same words', () => {
    const extra = parseLexiconFile(TSV, 'my.tsv');
    // 004's sentence has no built-in flag on حملة قصف; the user entry adds one.
    const sentence = 'وردا على الهجوم، تعهدت إسرائيل بـ"القضاء على حماس"، وتنفذ منذ ذلك الحين حملة قصف أُتبعت بعمليات برية';
    expect(formatFlags(profile(sentence, 'ar', { extraLexicon: extra }), ['conflict-name'])).toBe(
      'conflict-name/attack الهجوم | conflict-name/bombing-campaign حملة قصف',
    );
    const overridden = profile('وقصفت قوات الاحتلال المدينة', 'ar', { extraLexicon: extra });
    expect(overridden.flags.find((f) => f.category === 'label')).toMatchObject({ text: 'قوات الاحتلال', value: null, gloss: 'قوات الاحتلال' });
    expect(profile('وقصفت قوات الاحتلال المدينة').flags.find((f) => f.category === 'label')?.value).toBe('occupation');
  });
});
