// Pairs a person decided, as training data for the link model: a `pairs` CSV (s1, s2, relation),
// such as `claimdiff review export-pairs` writes. shared, partial and conflict say the two texts
// state one fact (a conflict is one fact told two ways: the aligner must group it), unrelated says
// they do not. `npm run train -- --pairs FILE` adds them to the annotated events as one more event.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { scoreGivenPairs, type ClaimSource } from '../../src/align/align.js';
import { claimFromText } from '../../src/claims/extract.js';
import { detectLanguage } from '../../src/text/language.js';
import type { EventPairs } from './dataset.js';

/** One decided pair: the two texts and whether they state one fact. */
export interface LabelledPair {
  s1: string;
  s2: string;
  same: boolean;
}

/** The rows read, and one line for each row left out. */
export interface LabelledPairs {
  file: string;
  rows: LabelledPair[];
  skipped: string[];
}

const SAME: Record<string, boolean> = { shared: true, partial: true, conflict: true, unrelated: false };

/** Reads a pairs CSV; throws one line naming the file when it cannot be read or lacks the columns. */
export function readLabelledPairs(file: string): LabelledPairs {
  let records: Array<Record<string, string>>;
  try {
    records = parse(readFileSync(file, 'utf8'), { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new Error(`${file}: cannot read it as a pairs CSV (${e.code ?? e.message.split('\n')[0]})`);
  }
  const columns = records.length > 0 ? Object.keys(records[0]) : [];
  const missing = ['s1', 's2', 'relation'].filter((c) => !columns.includes(c));
  if (records.length === 0 || missing.length > 0) {
    throw new Error(`${file}: a pairs CSV needs a header with s1, s2 and relation and at least one row${missing.length && records.length ? ` (missing: ${missing.join(', ')})` : ''}`);
  }
  const rows: LabelledPair[] = [];
  const skipped: string[] = [];
  records.forEach((r, k) => {
    const same = SAME[(r.relation ?? '').trim()];
    const [s1, s2] = [(r.s1 ?? '').trim(), (r.s2 ?? '').trim()];
    // Row k is on line k + 2 when no field spans lines (the header is line 1).
    if (same === undefined) skipped.push(`row ${k + 1}: relation ${JSON.stringify(r.relation ?? '')} is not shared, partial, conflict or unrelated`);
    else if (!s1 || !s2) skipped.push(`row ${k + 1}: s1 or s2 is empty`);
    else rows.push({ s1, s2, same });
  });
  return { file, rows, skipped };
}

/**
 * The pairs as one event of training data: each row's texts as two one-claim articles, described
 * by the same pair features as the aligner's candidates. Without the rest of their articles, each
 * claim is its pair's best and only candidate (the context features of a pair seen alone).
 */
export function labelledEvent(pairs: readonly LabelledPair[]): Pick<EventPairs, 'pairs' | 'labels'> {
  const sources: ClaimSource[] = pairs.flatMap((row, k) =>
    [row.s1, row.s2].map((text, side) => {
      const language = detectLanguage(text).language;
      return { text, language, claims: [claimFromText(`p${k + 1}.${side + 1}`, text, language)] };
    }),
  );
  const { pairs: scored } = scoreGivenPairs(
    sources,
    pairs.map((_, k) => ({ i: 2 * k, j: 2 * k + 1 })),
  );
  return { pairs: scored, labels: pairs.map((p) => (p.same ? 1 : 0)) };
}

/** How the link model's `trainedOn` names the pairs. */
export function describePairs(data: LabelledPairs): string {
  const same = data.rows.filter((r) => r.same).length;
  return `${data.rows.length} decided pairs from ${path.basename(data.file)} (${same} stating one fact), weighing as one event`;
}
