// Measures framing flags against BASIL lexical-bias spans (English; NYT, Fox News, HuffPost):
// token-level precision, recall and F1, per category and for the categories mapped to loaded language.
// Run: npx tsx eval/framing-basil.ts   (data: ../shared/data/basil, or CLAIMDIFF_DATA=/path/to/data)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { profileFraming } from '../src/framing/index.js';
import type { FramingCategory } from '../src/types.js';

const DATA = process.env.CLAIMDIFF_DATA ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/data');
const DIR = join(DATA, 'basil');

const MAPPED: FramingCategory[] = ['loaded', 'label', 'victim-term', 'conflict-name'];
const ROWS: Array<[string, FramingCategory[]]> = [
  ['loaded', ['loaded']],
  ['label', ['label']],
  ['victim-term', ['victim-term']],
  ['conflict-name', ['conflict-name']],
  ['hedge', ['hedge']],
  ['loaded+label', ['loaded', 'label']],
  ['all four (mapped)', MAPPED],
];

interface Article { title: string; source: string; 'body-paragraphs': string[][] }
interface Annotation { 'phrase-level-annotations': Array<{ bias: string; id: string; start: number; end: number; txt: string }> }
interface Tally { tp: number; fp: number; fn: number; flagged: number }

const TOKEN = /[\p{L}\p{N}]+/gu;

function score(t: Tally): string {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `${(100 * p).toFixed(1).padStart(6)} ${(100 * r).toFixed(1).padStart(6)} ${(100 * f).toFixed(1).padStart(6)}`;
}

/** The article as one text (title, blank line, paragraphs of sentences) and where each sentence starts. */
function assemble(article: Article): { text: string; titleStart: number; sentenceStarts: number[] } {
  let text = `${article.title}\n\n`;
  const sentenceStarts: number[] = [];
  article['body-paragraphs'].forEach((paragraph, p) => {
    if (p > 0) text += '\n\n';
    paragraph.forEach((sentence, s) => {
      if (s > 0) text += ' ';
      sentenceStarts.push(text.length);
      text += sentence;
    });
  });
  return { text, titleStart: 0, sentenceStarts };
}

function main(): void {
  const tallies = ROWS.map((): Tally => ({ tp: 0, fp: 0, fn: 0, flagged: 0 }));
  let articles = 0;
  let tokens = 0;
  let spans = 0;
  for (const year of readdirSync(join(DIR, 'annotations')).sort()) {
    for (const file of readdirSync(join(DIR, 'annotations', year)).sort()) {
      const articlePath = join(DIR, 'articles', year, file.replace(/_ann\.json$/, '.json'));
      if (!existsSync(articlePath)) continue;
      const article: Article = JSON.parse(readFileSync(articlePath, 'utf8'));
      const ann: Annotation = JSON.parse(readFileSync(join(DIR, 'annotations', year, file), 'utf8'));
      const { text, titleStart, sentenceStarts } = assemble(article);
      const gold = ann['phrase-level-annotations']
        .filter((a) => a.bias === 'lex')
        .map((a) => {
          const base = a.id === 'title' ? titleStart : sentenceStarts[Number(a.id.slice(1))];
          return { start: base + a.start, end: base + a.end };
        });
      spans += gold.length;
      const flags = profileFraming(file, text, [[0, text.length]], 'en').flags;
      const words = [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
      tokens += words.length;
      articles += 1;
      ROWS.forEach(([, categories], r) => {
        const pred = flags.filter((f) => categories.includes(f.category));
        for (const w of words) {
          const g = gold.some((s) => s.start < w.end && w.start < s.end);
          const f = pred.some((s) => s.start < w.end && w.start < s.end);
          if (f) tallies[r].flagged += 1;
          if (g && f) tallies[r].tp += 1;
          else if (f) tallies[r].fp += 1;
          else if (g) tallies[r].fn += 1;
        }
      });
    }
  }
  console.log(`\nBASIL: ${articles} articles, ${tokens} tokens, ${spans} lexical-bias spans (token-level, %)`);
  console.log(`${'flags'.padEnd(20)} ${'tokens'.padStart(6)}      P      R     F1`);
  ROWS.forEach(([label], r) => console.log(`${label.padEnd(20)} ${String(tallies[r].flagged).padStart(6)} ${score(tallies[r])}`));
}

if (!existsSync(join(DIR, 'annotations'))) {
  console.log(`skipped: BASIL data not found at ${DIR}`);
  process.exit(0);
}
main();
