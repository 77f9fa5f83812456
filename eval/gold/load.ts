// The annotated events and their articles: the shared gold in ../shared/gold (anchors) and this
// project's own annotations in eval/gold/annotations (offsets, no article text). Articles are read
// the way ../shared/gold/score.py hands them to the CLI: one JSONL record per article.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../../src/types.js';
import { parseInput } from '../../src/ingest/index.js';
import { DATA, ROOT } from '../shared.js';
import type { GoldEvent, GoldRecord } from './score.js';

export const SHARED_GOLD = path.resolve(ROOT, '..', 'shared', 'gold');
export const OWN_GOLD = path.join(ROOT, 'eval', 'gold', 'annotations');
export const ANT_DIR = path.join(DATA, 'ant-corpus-multisource');

/** One annotated event ready to compare: the event, its articles as the CLI reads them, their texts by id. */
export interface GoldCase {
  /** The file it comes from, e.g. `ant-dev-1`. */
  file: string;
  language: 'ar' | 'en';
  event: GoldEvent;
  articles: Article[];
  texts: Map<string, string>;
}

/** Where each annotation file's articles are: the ANT corpus, or a JSONL file beside it. */
interface GoldFile {
  name: string;
  path: string;
  language: 'ar' | 'en';
  records: () => Map<string, GoldRecord> | null;
}

const cache = new Map<string, Map<string, GoldRecord>>();

/** Records of JSONL files keyed by `docno` or `id`, read once. */
function readRecords(files: readonly string[]): Map<string, GoldRecord> {
  const key = files.join(':');
  const hit = cache.get(key);
  if (hit) return hit;
  const out = new Map<string, GoldRecord>();
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as Record<string, string | null>;
      const id = (r.docno ?? r.id) as string;
      out.set(id, { id, title: r.title ?? '', text: r.text ?? '', outlet: r.src ?? r.outlet ?? null, date: r.time ?? r.date ?? null });
    }
  }
  cache.set(key, out);
  return out;
}

function antRecords(): Map<string, GoldRecord> | null {
  if (!existsSync(ANT_DIR)) return null;
  return readRecords(readdirSync(ANT_DIR).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(ANT_DIR, f)));
}

/** BASIL articles as the shared gold's basil-dev.jsonl gives them: paragraphs joined by a blank line, sentences by a space. */
export function basilRecords(): Map<string, GoldRecord> | null {
  const root = path.join(DATA, 'basil', 'articles');
  if (!existsSync(root)) return null;
  const hit = cache.get(root);
  if (hit) return hit;
  const out = new Map<string, GoldRecord>();
  for (const year of readdirSync(root).sort()) {
    for (const f of readdirSync(path.join(root, year)).sort()) {
      if (!f.endsWith('.json')) continue;
      const r = JSON.parse(readFileSync(path.join(root, year, f), 'utf8')) as { title: string; date?: string; source: string; 'body-paragraphs': string[][] };
      const id = f.replace(/\.json$/, '');
      const text = r['body-paragraphs'].map((p) => p.join(' ')).join('\n\n');
      out.set(id, { id, title: r.title, text, outlet: r.source.toLowerCase(), date: r.date ?? null });
    }
  }
  cache.set(root, out);
  return out;
}

/** Every BASIL article as an Article, by its file name (`<story>_<1|2|3>`), or null when BASIL is absent. */
export function basilArticles(): Map<string, Article> | null {
  const records = basilRecords();
  if (!records) return null;
  const { articles } = parseInput(new TextEncoder().encode([...records.values()].map(recordLine).join('\n') + '\n'), 'basil.jsonl');
  return new Map(articles.map((a) => [a.id.replace(/^.*#/, ''), a]));
}

/** Every annotation file there is: the shared gold's, then the project's own. */
export function goldFiles(): GoldFile[] {
  const files: GoldFile[] = [];
  for (const dir of [SHARED_GOLD, OWN_GOLD]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
      const name = f.replace(/\.json$/, '');
      const english = name.startsWith('basil');
      const jsonl = path.join(dir, `${name}.jsonl`);
      files.push({
        name,
        path: path.join(dir, f),
        language: english ? 'en' : 'ar',
        records: () => (english ? (existsSync(jsonl) ? readRecords([jsonl]) : basilRecords()) : antRecords()),
      });
    }
  }
  return files;
}

/** The JSONL line score.py writes for an article. */
function recordLine(r: GoldRecord): string {
  return JSON.stringify({ id: r.id, title: r.title, text: r.text, outlet: r.outlet, date: r.date });
}

/** The documents of every annotated event (their `doc` ids), read from the annotation files alone. */
export function annotatedDocs(): Set<string> {
  const docs = new Set<string>();
  for (const file of goldFiles()) {
    const gold = JSON.parse(readFileSync(file.path, 'utf8')) as { events: GoldEvent[] };
    for (const event of gold.events) for (const a of event.articles) docs.add(a.doc);
  }
  return docs;
}

/** The annotated events of the named files (all when none are named), skipping files whose articles are absent. */
export function loadGoldCases(names?: readonly string[]): GoldCase[] {
  const cases: GoldCase[] = [];
  for (const file of goldFiles()) {
    if (names && names.length > 0 && !names.includes(file.name)) continue;
    const records = file.records();
    if (!records) {
      console.log(`skipped: the articles of ${file.name} are not in ../shared/data`);
      continue;
    }
    const gold = JSON.parse(readFileSync(file.path, 'utf8')) as { events: GoldEvent[] };
    for (const event of gold.events) {
      const recs = event.articles.map((a) => records.get(a.doc)!);
      const jsonl = recs.map(recordLine).join('\n') + '\n';
      const { articles } = parseInput(new TextEncoder().encode(jsonl), `${event.name}.jsonl`);
      cases.push({ file: file.name, language: file.language, event, articles, texts: new Map(recs.map((r) => [r.id, r.text])) });
    }
  }
  return cases;
}
