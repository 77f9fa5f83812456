// Test helpers for the figures table: real events read from ../shared at run time (never copied
// into the repository), and compact string views of entries and values (STYLE lesson 7).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Article, ArticleResult, FigureEntry, FigureValue } from '../../src/types.js';
import { parseInput } from '../../src/ingest/index.js';
import { analyzeArticle } from '../../src/compare.js';
import { compareFraming } from '../../src/framing/compare.js';
import { compareFigures } from '../../src/figures/index.js';
import { SHARED_DATA } from '../support/seeds.js';

export const ANT_DIR = path.join(SHARED_DATA, 'ant-corpus-multisource');
export const BASIL_DIR = path.join(SHARED_DATA, 'basil', 'articles');
export const hasAnt = existsSync(ANT_DIR);
export const hasBasil = existsSync(BASIL_DIR);

interface Record {
  id: string;
  title: string;
  text: string;
  outlet: string | null;
  date: string | null;
}

/** The articles as the project's own ingest reads them from JSON records (as the gold scorer writes them). */
function ingest(records: readonly Record[]): Article[] {
  const jsonl = records.map((r) => JSON.stringify(r)).join('\n');
  return parseInput(Buffer.from(jsonl), 'event.jsonl').articles;
}

/** ANT articles by docno, in the order given. */
export function antArticles(docnos: readonly string[]): Article[] {
  const found = new Map<string, Record>();
  for (const f of readdirSync(ANT_DIR).filter((x) => x.endsWith('.jsonl'))) {
    for (const line of readFileSync(path.join(ANT_DIR, f), 'utf8').split('\n')) {
      if (!line || !docnos.some((d) => line.includes(`"${d}"`))) continue;
      const r = JSON.parse(line) as { docno: string; title: string; text: string; src: string; time: string };
      if (docnos.includes(r.docno)) found.set(r.docno, { id: r.docno, title: r.title, text: r.text, outlet: r.src, date: r.time });
    }
  }
  return ingest(docnos.map((d) => found.get(d)).filter((r): r is Record => r !== undefined));
}

/** BASIL articles by file name (`<triplet>_<n>`), paragraphs joined with a blank line. */
export function basilArticles(ids: readonly string[]): Article[] {
  const records: Record[] = [];
  for (const id of ids) {
    for (const year of readdirSync(BASIL_DIR)) {
      const file = path.join(BASIL_DIR, year, `${id}.json`);
      if (!existsSync(file)) continue;
      const d = JSON.parse(readFileSync(file, 'utf8')) as { title: string; source: string; date: string; 'body-paragraphs': Array<string | string[]> };
      const text = d['body-paragraphs'].map((p) => (Array.isArray(p) ? p.join(' ') : p)).join('\n\n');
      records.push({ id, title: d.title, text, outlet: d.source, date: d.date });
    }
  }
  return ingest(records);
}

/** The figures table of articles taken as one event, with the analysed articles. */
export function figuresOf(articles: readonly Article[]): { entries: FigureEntry[]; results: ArticleResult[] } {
  const results = articles.map(analyzeArticle);
  return { entries: compareFigures(results, compareFraming(results, [])), results };
}

const QUALIFIER: Record<string, string> = { 'at-least': '>=', 'more-than': '>', about: '~', 'less-than': '<', 'up-to': '<=' };

/** `>=4`, `31`, `[20..99]`, `[2000..]`, `none`, `unknown`, `some`. */
export function amount(v: FigureValue): string {
  if (v.qualifier === 'none' || v.qualifier === 'unknown') return v.qualifier;
  if (v.value !== null) return `${QUALIFIER[v.qualifier] ?? ''}${v.value}`;
  if (v.range && v.range[0] === 1 && v.range[1] === null) return 'some';
  return v.range ? `[${v.range[0]}..${v.range[1] ?? ''}]` : v.text;
}

/** `killed`, `killed (cumulative)`, `wounded (critical)`, `killed in أغرا`. */
export function entryName(e: FigureEntry): string {
  const scope = [e.scope.period === 'cumulative' ? 'cumulative' : null, e.scope.group].filter(Boolean);
  return `${e.quantity}${scope.length ? ` (${scope.join(', ')})` : ''}${e.scope.place ? ` in ${e.scope.place}` : ''}`;
}

/** `killed: updated | skynews >=4* | france24 [20..99] | france24 31* | BBC 31*` (compared values starred). */
export function formatEntry(e: FigureEntry, results: readonly ArticleResult[]): string {
  const outlet = new Map(results.map((a) => [a.id, a.outlet ?? a.id]));
  return [`${entryName(e)}: ${e.relation}`, ...e.values.map((v) => `${outlet.get(v.article)} ${amount(v)}${v.compared ? '*' : ''}`)].join(' | ');
}

/** The entry with a value in the sentence that contains `anchor`, and that value. */
export function valueAt(entries: readonly FigureEntry[], anchor: string, text?: string): { entry: FigureEntry; value: FigureValue } | undefined {
  for (const entry of entries) {
    for (const value of entry.values) if (value.sentence.includes(anchor) && (text === undefined || value.text === text)) return { entry, value };
  }
  return undefined;
}

/** `killed (cumulative): >1000`: the entry and amount of the value in the sentence that contains `anchor` (ANT articles), or `none`. */
export function readingOf(docs: readonly string[], anchor: string, text: string): string {
  const found = valueAt(figuresOf(antArticles(docs)).entries, anchor, text);
  return found ? `${entryName(found.entry)}: ${amount(found.value)}` : 'none';
}
