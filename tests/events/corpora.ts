// Readers for the shared evaluation corpora (ANT, BASIL, NewsWCL50, AllSides) and the seed
// articles: through src/ingest's parseInput where it reads the format (seeds, ANT JSONL), else
// building Article objects from the records directly (BASIL JSON, NewsWCL50 CoNLL, AllSides).
// Used by tests/events, bench/events.ts and eval/events.ts; the data is read in place, never copied.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseInput } from '../../src/ingest/index.js';
import type { Article, Language } from '../../src/types.js';

export const DATA = '/work/shared/data';
export const ANT_DIR = join(DATA, 'ant-corpus-multisource');
export const BASIL_DIR = join(DATA, 'basil');
export const NEWSWCL_DIR = join(DATA, 'newswcl50');
export const ALLSIDES_FILE = join(DATA, 'allsides-neus/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl');
export const SEED_DIR = new URL('../../examples/blinken/', import.meta.url).pathname;

/** A corpus with gold events: article id -> gold event key. */
export interface GoldCorpus {
  articles: Article[];
  gold: Map<string, string>;
}

/** An Article with the fields event grouping does not read filled with neutral values. */
export function makeArticle(fields: Partial<Article> & Pick<Article, 'id' | 'text'>): Article {
  const base: Article = {
    source: fields.id,
    title: '',
    outlet: null,
    outletFrom: null,
    date: null,
    dateFrom: null,
    url: null,
    language: 'unknown' as Language,
    encoding: 'utf-8',
    titleSpan: null,
    removed: [],
    warnings: [],
    ...fields,
  };
  return { ...base, outletFrom: base.outlet ? 'field' : null, dateFrom: base.date ? 'field' : null };
}

/** RFC 2822 (`Wed, 18 Apr 2018 23:12:19 GMT`) or ISO time -> `YYYY-MM-DDTHH:MM` in UTC, or null. */
export function isoMinute(time: string | undefined | null): string | null {
  if (!time) return null;
  const ms = Date.parse(time);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 16);
}

/** The ANT multi-source corpus, read by the project's ingest (docno -> id, src -> outlet, time -> date). */
export function loadAnt(dir = ANT_DIR): Article[] {
  const out: Article[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const path = join(dir, file);
    out.push(...parseInput(new Uint8Array(readFileSync(path)), path).articles);
  }
  return out;
}

/** BASIL: 100 events x 3 outlets; gold = triplet uuid. Events come in (year, uuid) order. */
export function loadBasil(dir = BASIL_DIR): GoldCorpus & { events: string[] } {
  const articles: Article[] = [];
  const gold = new Map<string, string>();
  const events: string[] = [];
  for (const year of readdirSync(join(dir, 'articles')).sort()) {
    for (const file of readdirSync(join(dir, 'articles', year)).filter((f) => f.endsWith('.json')).sort()) {
      const r = JSON.parse(readFileSync(join(dir, 'articles', year, file), 'utf8')) as {
        title: string; date: string; source: string; url: string; 'triplet-uuid': string; 'body-paragraphs': string[][];
      };
      const id = file.replace(/\.json$/, '');
      const text = r['body-paragraphs'].map((p) => p.join(' ')).join('\n\n');
      articles.push(makeArticle({ id, source: file, title: r.title, text, outlet: r.source.toLowerCase(), date: r.date, url: r.url, language: 'en' }));
      gold.set(id, r['triplet-uuid']);
      if (!events.includes(r['triplet-uuid'])) events.push(r['triplet-uuid']);
    }
  }
  return { articles, gold, events };
}

/** NewsWCL50: 10 events x 5 outlets from the tokenised CoNLL text; dates from the URLs when they have one. */
export function loadNewsWcl(dir = NEWSWCL_DIR): GoldCorpus {
  const urls = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'urls.tsv'), 'utf8').split('\n').slice(1)) {
    const [event, outlet, url] = line.split('\t');
    if (url) urls.set(`${event}_${outlet}`, url.trim());
  }
  const docs = new Map<string, string[][]>();
  for (const line of readFileSync(join(dir, 'cdcr/NewsWCL50.conll'), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [doc, sentence, , token] = line.split('\t');
    const key = doc.split('/').pop() ?? doc;
    const sentences = docs.get(key) ?? [];
    docs.set(key, sentences);
    const s = Number(sentence);
    (sentences[s] ??= []).push(token);
  }
  const articles: Article[] = [];
  const gold = new Map<string, string>();
  for (const [id, sentences] of docs) {
    const lines = sentences.filter(Boolean).map((t) => t.join(' '));
    const url = urls.get(id) ?? null;
    const m = url?.match(/\/(20\d\d)\/(\d\d)\/(\d\d)\//);
    articles.push(makeArticle({
      id,
      source: `NewsWCL50.conll#${id}`,
      text: lines.join('\n'),
      outlet: id.split('_')[1] ?? null,
      date: m ? `${m[1]}-${m[2]}-${m[3]}` : null,
      url,
      language: 'en',
    }));
    gold.set(id, id.split('_')[0]);
  }
  return { articles, gold };
}

/** AllSides story triples (left/centre/right title + first paragraphs); gold = story id. */
export function loadAllSides(file = ALLSIDES_FILE): GoldCorpus {
  const articles: Article[] = [];
  const gold = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: number; date: string; news: Record<string, { newsSource: string; newsTitle: string; newsLink: string; newBody: string[] }> };
    for (const [side, n] of Object.entries(r.news)) {
      const id = `as${r.id}-${side}`;
      articles.push(makeArticle({ id, title: n.newsTitle, text: n.newBody.join('\n'), outlet: n.newsSource, date: isoMinute(r.date), url: n.newsLink, language: 'en' }));
      gold.set(id, String(r.id));
    }
  }
  return { articles, gold };
}

/** The five seed articles, read by the project's ingest (ids are the file names: `003_f2b0d23337b16d42`). */
export function loadSeeds(dir = SEED_DIR): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((file) => parseInput(new Uint8Array(readFileSync(join(dir, file))), join(dir, file)).articles);
}

export const hasData = (path: string): boolean => existsSync(path);
