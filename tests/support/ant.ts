// Real articles of the ANT corpus and of BASIL, read at test time from ../shared/data (never
// copied into the repository), through the same ingest as the command line: a JSONL record each.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseInput } from '../../src/ingest/index.js';
import type { Article } from '../../src/types.js';
import { SEED_DIR, SHARED_DATA } from './seeds.js';

export const ANT_DIR = path.join(SHARED_DATA, 'ant-corpus-multisource');
export const BASIL_DIR = path.join(SHARED_DATA, 'basil', 'articles');
export const hasAnt = existsSync(ANT_DIR);
export const hasBasil = existsSync(BASIL_DIR);

let lines: Map<string, string> | null = null;

/** The raw JSONL line of every ANT record, by `docno`, read once. */
function antLines(): Map<string, string> {
  if (lines) return lines;
  lines = new Map();
  for (const file of readdirSync(ANT_DIR).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(path.join(ANT_DIR, file), 'utf8').split('\n')) {
      const docno = /"docno":\s*"([^"]+)"/.exec(line)?.[1];
      if (docno) lines.set(docno, line);
    }
  }
  return lines;
}

/** ANT articles by docno, in the order given, read as `claimdiff` reads a JSONL file of them. */
export function readAnt(...docnos: string[]): Article[] {
  const all = antLines();
  const text = docnos.map((d) => {
    const line = all.get(d);
    if (!line) throw new Error(`${d} is not in ${ANT_DIR}`);
    return line;
  }).join('\n');
  const { articles, problems } = parseInput(new TextEncoder().encode(text), 'ant.jsonl');
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('; '));
  return articles;
}

/** Every ANT record of an outlet file (`CNN.jsonl`), read as articles. */
export function readAntFile(file: string): Article[] {
  return parseInput(new Uint8Array(readFileSync(path.join(ANT_DIR, file))), path.join(ANT_DIR, file)).articles;
}

/** A BASIL article (`2014/b764f81f-..._1`) as a JSON record: title, paragraphs joined by blank lines, outlet. */
export function readBasil(name: string): Article {
  const r = JSON.parse(readFileSync(path.join(BASIL_DIR, `${name}.json`), 'utf8')) as { title: string; source: string; 'body-paragraphs': string[][] };
  const record = { id: path.basename(name), title: r.title, text: r['body-paragraphs'].map((p) => p.join(' ')).join('\n\n'), outlet: r.source.toLowerCase() };
  return parseInput(new TextEncoder().encode(JSON.stringify(record)), `${name}.json`).articles[0];
}

export const ALLSIDES_DIR = path.join(SHARED_DATA, 'allsides-neus', 'raw_crawled');
export const hasAllsides = existsSync(ALLSIDES_DIR);

/** The sentence holding `from` in one outlet's first paragraphs of a crawled AllSides story (`left`, `center`, `right`). */
export function allsidesSentence(story: number, side: string, from: string): string {
  const sentences = allsidesParagraph(story, side, from).split(/(?<=[.!?][”"’]?)\s+(?=[“"A-Z])/);
  return sentences.find((x) => x.includes(from)) ?? sentences.join(' ');
}

interface AllsidesStory { id: number; date?: string; news: Record<string, { newsSource?: string; newsTitle?: string; newBody?: string[] } | undefined> }

/** One crawled AllSides story by its id. */
function allsidesStory(story: number): AllsidesStory {
  for (const file of readdirSync(ALLSIDES_DIR).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(path.join(ALLSIDES_DIR, file), 'utf8').split('\n')) {
      if (line.startsWith(`{"id": ${story},`)) return JSON.parse(line) as AllsidesStory;
    }
  }
  throw new Error(`AllSides story ${story} is not in ${ALLSIDES_DIR}`);
}

/** The paragraph holding `from` in one outlet's first paragraphs of a crawled AllSides story. */
function allsidesParagraph(story: number, side: string, from: string): string {
  const found = (allsidesStory(story).news[side]?.newBody ?? []).find((p) => p.includes(from));
  if (found) return found;
  throw new Error(`"${from}" is not in AllSides story ${story} (${side}) in ${ALLSIDES_DIR}`);
}

/** A crawled AllSides story's outlets (left, centre, right) as articles: title, first paragraphs, outlet, the story's date. */
export function readAllsides(story: number): Article[] {
  const s = allsidesStory(story);
  const lines = ['left', 'center', 'right'].flatMap((side) => {
    const n = s.news[side];
    return n?.newBody?.length ? [JSON.stringify({ id: `allsides-${story}-${side}`, title: n.newsTitle ?? '', text: n.newBody.join('\n\n'), outlet: n.newsSource ?? side, date: s.date ?? null })] : [];
  });
  return parseInput(new TextEncoder().encode(lines.join('\n') + '\n'), 'allsides.jsonl').articles;
}

/** Every BASIL article name (`year/file` without `.json`). */
export function basilNames(): string[] {
  return readdirSync(BASIL_DIR).sort().flatMap((y) => readdirSync(path.join(BASIL_DIR, y)).filter((f) => f.endsWith('.json')).sort().map((f) => `${y}/${f.replace(/\.json$/, '')}`));
}

/** The example corpus (examples/blinken), every article, in file order. */
export function seedArticles(): Article[] {
  return readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => parseInput(readFileSync(path.join(SEED_DIR, f)), f).articles);
}

let antArticles: Article[] | undefined;

/** The first `n` articles of one ANT day, outlets in turn (articles of one day share many words). */
export function antDay(day: string, n: number): Article[] {
  antArticles ??= readdirSync(ANT_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => parseInput(readFileSync(path.join(ANT_DIR, f)), f).articles);
  const articles = antArticles.filter((a) => a.date?.startsWith(day));
  const outlets = [...new Set(articles.map((a) => a.outlet))];
  const picked: Article[] = [];
  for (let k = 0; picked.length < n && k < articles.length; k += 1) {
    for (const o of outlets) {
      const a = articles.filter((x) => x.outlet === o)[k];
      if (a && picked.length < n) picked.push(a);
    }
  }
  return picked;
}
