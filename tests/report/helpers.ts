// Shared inputs of the report tests: the seed corpus analysed once, its 7 February event, and a
// hostile article read through the real ingest pipeline.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { readInputs } from '../../cli/read-inputs.js';
import { analyzeCorpus } from '../../src/corpus.js';
import { compareArticles } from '../../src/compare.js';
import type { Article, Comparison, CorpusAnalysis } from '../../src/types.js';
import { SEED_DIR, seedPath, seedText } from '../support/seeds.js';

export const tmp = (prefix = 'claimdiff-report-') => mkdtempSync(path.join(tmpdir(), prefix));

let seedAnalysis: Promise<CorpusAnalysis> | null = null;

/** The example corpus grouped into events and compared (computed once per test file). */
export function seedCorpus(): Promise<CorpusAnalysis> {
  seedAnalysis ??= readInputs([SEED_DIR]).then(({ articles }) => analyzeCorpus(articles));
  return seedAnalysis;
}

/** The event of 7 February 2024 (articles 003 and 004) and its comparison. */
export async function feb7(): Promise<{ analysis: CorpusAnalysis; index: number; comparison: Comparison }> {
  const analysis = await seedCorpus();
  const index = analysis.events.findIndex((e) => e.articles.some((id) => id.startsWith('003_')) && e.articles.some((id) => id.startsWith('004_')));
  if (index < 0) throw new Error('the seed corpus no longer groups 003 and 004 into one event');
  return { analysis, index, comparison: analysis.comparisons[index] };
}

/** Real lines of the seeds, quoted by the tests. */
export const RAFAH_003 = 'وأشار المسؤول الإسرائيلي إلى أن بلينكن أبلغ نتنياهو وغالانت قلق إدارة';
export const RAFAH_004 = 'وأفاد موقع "أكسيوس" الأميركي نقلاً عن مسؤول إسرائيلي';
export const CHANNEL_13 = 'قناة 13';
export const TOLL_003 = '27 ألفاً و708';
export const TOLL_004 = '27 ألفاً و700';

/** Bidi embedding, override and isolate controls: none may reach a report. */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * An article built to break a report: markup, a comment, entities, attribute-breaking quotes,
 * Markdown syntax, bidi overrides, a javascript: link and a path-like id, around real sentences of
 * seed 003 so that it aligns with 003.
 */
export function hostileRecord(): Record<string, string> {
  const lines = seedText('003').split('\n').filter((l) => l.trim());
  return {
    id: '../../etc/x',
    title: '<script>window.__pwned = "title"</script>\u202Eعنوان <b>مقلوب</b>',
    outlet: '"><img src=x onerror="window.__pwned = \'outlet\'">',
    url: 'javascript:window.__pwned = "url"',
    date: '2024-02-07',
    text: [
      `${lines[6]} <script>window.__pwned = "text"</script>`,
      `<!-- ${lines[8]} --> &amp; &lt;b&gt; &#x3C;script&#x3E; ' onmouseover='window.__pwned = 1' "`,
      `\u202E${lines[9]}\u202C \u2066مقلوب\u2069 \u202D| pipe | [link](javascript:alert(1)) **bold** \`code\` $x$`,
      `# ${lines[2]}`,
      `1. ${lines[3]}`,
      `<img src="http://example.invalid/pixel.png"> <link rel="stylesheet" href="http://example.invalid/x.css"> ${lines[4]}`,
    ].join('\n'),
  };
}

/** The hostile article read by the real ingest code. */
export async function hostileArticle(): Promise<Article> {
  const dir = tmp('claimdiff-hostile-');
  const file = path.join(dir, 'hostile.json');
  writeFileSync(file, JSON.stringify(hostileRecord()));
  const { articles, problems } = await readInputs([file]);
  if (problems.length > 0 || articles.length !== 1) throw new Error(`hostile fixture not read: ${problems.map((p) => p.message).join('; ')}`);
  return articles[0];
}

/** The hostile article compared with seed 003, as one event. */
export async function hostileComparison(): Promise<Comparison> {
  const { articles } = await readInputs([seedPath('003')]);
  return compareArticles([await hostileArticle(), ...articles]);
}

/** A parsed HTML document (linkedom), for structural assertions without a browser. */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
