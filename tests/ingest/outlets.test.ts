// Outlet identity: the URL's domain and the names in fields through the table of known outlets, and
// a user's outlet table by article id, file name, domain or name. Real addresses of the shared
// corpora (ANT, BASIL) when ../shared is present.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyOutletTable, identifyOutlet, outletOfName, outletOfUrl } from '../../src/ingest/outlets.js';
import { parseInput } from '../../src/ingest/index.js';
import type { Article } from '../../src/types.js';
import { SHARED_DATA, seedPath } from '../support/seeds.js';

const ANT = path.join(SHARED_DATA, 'ant-corpus-multisource');
const BASIL = path.join(SHARED_DATA, 'basil', 'articles');

describe('the outlet of a URL', () => {
  it.each([
    ['http://www.bbc.co.uk/arabic/world-43282291', 'BBC Arabic'],
    ['https://www.bbc.com/arabic/middleeast-68226480', 'BBC Arabic'],
    ['https://www.bbc.com/news/world-us-canada-68226480', 'BBC News'],
    ['https://arabic.cnn.com/world/2018/03/12/uk-russia-spy', 'CNN Arabic'],
    ['https://edition.cnn.com/2024/02/07/politics/blinken', 'CNN'],
    ['https://www.alarabiya.net/ar/arab-and-world/2018/05/04/x', 'Al Arabiya'],
    ['http://www.france24.com/ar/20180430-kabul', 'France 24'],
    ['https://www.skynewsarabia.com/world/1040352', 'Sky News Arabia'],
    ['https://thecaucus.blogs.nytimes.com/2010/07/02/steele', 'The New York Times'],
    ['https://latino.foxnews.com/latino/politics/x', 'Fox News'],
    ['https://www.huffingtonpost.com/entry/x', 'HuffPost'],
    ['https://www.aljazeera.net/news/2024/2/7/x', 'Al Jazeera'],
  ])('%s is %s', (url, name) => {
    expect(outletOfUrl(url)?.name).toBe(name);
  });

  it.each([['https://example.org/003'], ['javascript:alert(1)'], ['not a url'], [null], ['https://notbbc.co.uk/arabic/x'], ['https://www.bbc.co.uk/arabicnews/x']])('%s names no outlet', (url) => {
    expect(outletOfUrl(url)?.name ?? null).not.toBe('BBC Arabic');
    if (url !== 'https://www.bbc.co.uk/arabicnews/x') expect(outletOfUrl(url)).toBeNull();
  });
});

describe('the outlet a field names', () => {
  it.each([
    // ANT's `src` fields beside their addresses; BASIL's `source` codes alone.
    ['BBC', 'http://www.bbc.co.uk/arabic/world-43282291', 'BBC Arabic', 'field'],
    ['alarabia', 'https://www.alarabiya.net/ar/x', 'Al Arabiya', 'field'],
    ['skynews', 'https://www.skynewsarabia.com/world/1', 'Sky News Arabia', 'field'],
    ['nyt', null, 'The New York Times', 'field'],
    ['hpo', null, 'HuffPost', 'field'],
    ['سكاي نيوز عربية', null, 'Sky News Arabia', 'field'],
    // A field that names another outlet than the address keeps its own words: a wire story republished.
    ['Reuters', 'https://www.alarabiya.net/ar/x', 'Reuters', 'field'],
    ['Some Local Paper', null, 'Some Local Paper', 'field'],
    [null, 'https://arabic.cnn.com/x', 'CNN Arabic', 'domain'],
  ])('%s at %s is %s (from %s)', (field, url, outlet, from) => {
    expect(identifyOutlet(field, url)).toMatchObject({ outlet, from });
  });

  it('leaves a name two outlets share to neither', () => {
    // `bbc` alone: BBC Arabic and BBC News both go by it.
    expect(outletOfName('bbc')).toBeNull();
    expect(outletOfName('Al-Jazeera')?.name).toBe('Al Jazeera');
  });
});

describe.skipIf(!existsSync(ANT))('the ANT corpus: every record gets its outlet by name', () => {
  it('names the five outlets from their fields and addresses', () => {
    const names = new Map<string, Set<string>>();
    for (const f of readdirSync(ANT).filter((x) => x.endsWith('.jsonl'))) {
      const lines = readFileSync(path.join(ANT, f), 'utf8').split('\n').filter(Boolean).slice(0, 200);
      const { articles } = parseInput(Buffer.from(lines.join('\n')), f);
      names.set(f, new Set(articles.map((a) => a.outlet ?? '')));
    }
    expect(Object.fromEntries([...names].map(([f, n]) => [f, [...n]]))).toEqual({
      'Alarabia.jsonl': ['Al Arabiya'],
      'BBC.jsonl': ['BBC Arabic'],
      'CNN.jsonl': ['CNN Arabic'],
      'France24.jsonl': ['France 24'],
      'SkyNews.jsonl': ['Sky News Arabia'],
    });
  });
});

describe.skipIf(!existsSync(BASIL))('BASIL: the three outlets by their codes and addresses', () => {
  it('reads fox, nyt and hpo as Fox News, The New York Times and HuffPost', () => {
    const year = readdirSync(BASIL).sort()[0];
    const files = readdirSync(path.join(BASIL, year)).filter((f) => f.endsWith('.json')).slice(0, 30);
    const outlets = new Set(files.flatMap((f) => parseInput(readFileSync(path.join(BASIL, year, f)), f).articles.map((a) => a.outlet)));
    expect([...outlets].sort()).toEqual(['Fox News', 'HuffPost', 'The New York Times']);
  });
});

describe("a user's outlet table", () => {
  const read = (n: string): Article => parseInput(readFileSync(seedPath(n)), seedPath(n)).articles[0];

  it('names articles by id, by file name, by domain and by the name read, the most specific first', () => {
    const a003 = read('003');
    const a004 = read('004');
    const onSite = { ...read('000'), id: 'x1', url: 'https://thecaucus.blogs.nytimes.com/2010/07/02/x' };
    const byName = { ...read('001'), id: 'x2' }; // outlet شينخوا from its source line
    const rows = [
      { match: '003_f2b0d23337b16d42', name: 'Outlet by id', lean: 'left' },
      { match: '004_a3af3706549eb725.txt', name: 'Outlet by file name' },
      { match: 'nytimes.com', name: 'The Times of New York', country: 'United States' },
      { match: 'شينخوا', name: 'Xinhua', country: 'China' },
    ];
    const out = applyOutletTable([a003, a004, onSite, byName], rows);
    expect(out.map((a) => [a.outlet, a.outletFrom])).toEqual([
      ['Outlet by id', 'outlets-file'],
      ['Outlet by file name', 'outlets-file'],
      ['The Times of New York', 'outlets-file'],
      ['Xinhua', 'outlets-file'],
    ]);
    expect(out[0].outletInfo).toEqual({ name: 'Outlet by id', country: null, owner: null, language: null, lean: 'left' });
    // Facts a row leaves out come from the built-in table when it knows the name.
    expect(out[3].outletInfo).toMatchObject({ name: 'Xinhua', country: 'China' });
    // The warning that no outlet was found is moot once a row names it.
    expect(a003.warnings.some((w) => w.startsWith('no outlet found'))).toBe(true);
    expect(out[0].warnings.some((w) => w.startsWith('no outlet found'))).toBe(false);
  });

  it('leaves articles no row names as they are', () => {
    const a = read('002');
    expect(applyOutletTable([a], [{ match: 'nothing.example', name: 'X' }])[0]).toBe(a);
  });
});
