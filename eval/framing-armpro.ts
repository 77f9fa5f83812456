// Measures framing flags against ArMPro Loaded_Language spans (Arabic news paragraphs, dev split):
// token-level precision, recall and F1, per category and for the categories mapped to loaded language.
// Run: npx tsx eval/framing-armpro.ts   (data: ../shared/data/armpro, or CLAIMDIFF_DATA=/path/to/data)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { profileFraming } from '../src/framing/index.js';
import type { FramingCategory, FramingFlag } from '../src/types.js';

const DATA = process.env.CLAIMDIFF_DATA ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/data');
const DIR = join(DATA, 'armpro');
const SPLITS = [
  ['V2 dev', 'V2/span/ArMPro_span_dev_V2.jsonl'],
  ['V1 dev', 'V1/span/ArMPro_span_dev.jsonl'],
] as const;

/** The categories counted as loaded language, and each on its own. */
const MAPPED: FramingCategory[] = ['loaded', 'label', 'victim-term', 'conflict-name'];
const ROWS: Array<[string, FramingCategory[], string]> = [
  ['loaded', ['loaded'], 'Loaded_Language'],
  ['label', ['label'], 'Loaded_Language'],
  ['victim-term', ['victim-term'], 'Loaded_Language'],
  ['conflict-name', ['conflict-name'], 'Loaded_Language'],
  ['loaded+label', ['loaded', 'label'], 'Loaded_Language'],
  ['all four (mapped)', MAPPED, 'Loaded_Language'],
  ['label vs Name_Calling', ['label'], 'Name_Calling-Labeling'],
];

interface Paragraph {
  paragraph_id: string;
  paragraph: string;
  labels: Array<{ technique: string; start: number; end: number }>;
}

interface Tally { tp: number; fp: number; fn: number; flagged: number }

const TOKEN = /[\p{L}\p{N}]+/gu;

function overlaps(a: number, b: number, spans: ReadonlyArray<{ start: number; end: number }>): boolean {
  return spans.some((s) => s.start < b && a < s.end);
}

function score(t: Tally): string {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `${(100 * p).toFixed(1).padStart(6)} ${(100 * r).toFixed(1).padStart(6)} ${(100 * f).toFixed(1).padStart(6)}`;
}

function evaluate(name: string, file: string): void {
  const paragraphs: Paragraph[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const tallies = ROWS.map((): Tally => ({ tp: 0, fp: 0, fn: 0, flagged: 0 }));
  const para: Tally = { tp: 0, fp: 0, fn: 0, flagged: 0 };
  let tokens = 0;
  for (const p of paragraphs) {
    const text = p.paragraph;
    const flags: FramingFlag[] = profileFraming(p.paragraph_id, text, [[0, text.length]], 'ar').flags;
    const words = [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    tokens += words.length;
    ROWS.forEach(([, categories, technique], r) => {
      const gold = p.labels.filter((l) => l.technique === technique);
      const pred = flags.filter((f) => categories.includes(f.category));
      for (const w of words) {
        const g = overlaps(w.start, w.end, gold);
        const f = overlaps(w.start, w.end, pred);
        if (f) tallies[r].flagged += 1;
        if (g && f) tallies[r].tp += 1;
        else if (f) tallies[r].fp += 1;
        else if (g) tallies[r].fn += 1;
      }
    });
    // Paragraph level: does the paragraph contain loaded language at all?
    const g = p.labels.some((l) => l.technique === 'Loaded_Language');
    const f = flags.some((x) => MAPPED.includes(x.category));
    if (g && f) para.tp += 1;
    else if (f) para.fp += 1;
    else if (g) para.fn += 1;
  }
  console.log(`\nArMPro ${name}: ${paragraphs.length} paragraphs, ${tokens} tokens (token-level, %)`);
  console.log(`${'flags'.padEnd(24)} ${'gold'.padEnd(22)} ${'tokens'.padStart(6)}      P      R     F1`);
  ROWS.forEach(([label, , technique], r) => {
    console.log(`${label.padEnd(24)} ${technique.padEnd(22)} ${String(tallies[r].flagged).padStart(6)} ${score(tallies[r])}`);
  });
  console.log(`${'paragraph has loaded'.padEnd(24)} ${'Loaded_Language'.padEnd(22)} ${String(para.tp + para.fp).padStart(6)} ${score(para)}`);
}

if (!existsSync(DIR)) {
  console.log(`skipped: ArMPro data not found at ${DIR}`);
  process.exit(0);
}
for (const [name, rel] of SPLITS) {
  const file = join(DIR, rel);
  if (existsSync(file)) evaluate(name, file);
  else console.log(`skipped: ${file} not found`);
}
