// Ingest + text pipeline throughput on the 11,430-article ANT corpus: reading and decoding,
// boilerplate and metadata, then sentences, tokens, numbers and dates of every article.
// Run: npx tsx bench/ingest.ts
import { segmentSentences } from '../src/text/segment.js';
import { buildTokenStream, wordsIn } from '../src/text/token-stream.js';
import { findNumbers } from '../src/text/numbers.js';
import { findDates } from '../src/text/dates.js';
import { keptRanges } from '../src/claims/extract.js';
import { antFiles, peakRssMb, readAnt, seconds } from './shared.js';

const files = antFiles();
if (files) {
  const t0 = performance.now();
  const { articles, bytes } = readAnt(files);
  const t1 = performance.now();
  let sentences = 0;
  let tokens = 0;
  let numbers = 0;
  let dates = 0;
  for (const a of articles) {
    // One token stream per article over the kept text; each sentence reads its range of it.
    const ranges = keptRanges(a);
    const stream = buildTokenStream(a.text, ranges);
    for (const s of segmentSentences(a.text, ranges)) {
      sentences += 1;
      tokens += wordsIn(stream, s.start, s.end).length;
      numbers += findNumbers(a.text, s.start, s.end).length;
      dates += findDates(s.text, { reference: a.date }).length;
    }
  }
  const t2 = performance.now();
  const mb = bytes / 1024 / 1024;
  const total = (t2 - t0) / 1000;
  console.log(`ingest + text pipeline, ANT corpus: ${articles.length} articles, ${mb.toFixed(1)} MB of JSONL`);
  console.log(`  ingest (decode, JSONL, metadata, boilerplate): ${seconds(t1 - t0)}  ${(articles.length / ((t1 - t0) / 1000)).toFixed(0)} articles/s`);
  console.log(`  text (sentences, tokens, numbers, dates):      ${seconds(t2 - t1)}  (${sentences} sentences, ${tokens} tokens, ${numbers} numbers, ${dates} dates)`);
  console.log(`  total: ${seconds(t2 - t0)}  ${(articles.length / total).toFixed(0)} articles/s  ${(mb / total).toFixed(2)} MB/s  peak RSS ${peakRssMb().toFixed(0)} MB`);
}
