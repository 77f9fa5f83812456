// Writes report files: one per event and an index, named from sanitized event ids, never outside
// the output folder whatever an id or title holds, and never over a file claimdiff did not write.
import path from 'node:path';
import type { Comparison, CorpusAnalysis, EventGroup } from '../src/types.js';
import { renderEventHtml, renderIndexPageHtml } from '../src/report/html.js';
import { renderEventMarkdown, renderIndexPageMarkdown } from '../src/report/markdown.js';
import { indexRow, renderIndexPageJson, type CorpusIndex, type IndexRow } from '../src/report/index-page.js';
import { safeFileName } from '../src/report/escape.js';
import { compareJson, toJsonText } from '../src/report/json.js';
import type { OnlyPart } from '../src/report/key-findings.js';
import { safeOutput } from './io.js';
import { checkOutputs, makeOutputFolder, MANIFEST_NAME, NO_INPUTS, writeOutputs, type OutputFile, type WritePolicy } from './safe-write.js';
import type { UnreviewedDisplay } from '../src/report/review-view.js';

import type { ReportFormat } from './report-formats.js';

export { reportFormats, type ReportFormat } from './report-formats.js';

/** Display options of the reports. */
export interface ReportOptions {
  /** Markdown and JSON: only this part (`--only`). */
  only?: OnlyPart | null;
  /** HTML and Markdown, with a review applied: show, mark or hide what no one reviewed (`--unreviewed`). */
  unreviewed?: UnreviewedDisplay;
}

/** One event's report in a format; JSON is the `claimdiff.compare/1` contract itself (with the review's fields when one was applied). */
export function renderEventReport(comparison: Comparison, event: EventGroup | null, format: ReportFormat, options: ReportOptions = {}): string {
  if (format === 'html') return renderEventHtml(comparison, event, options.unreviewed ?? 'show');
  if (format === 'md') return renderEventMarkdown(comparison, event, { only: options.only ?? null, unreviewed: options.unreviewed });
  return toJsonText(compareJson(comparison, options.only ?? null));
}

function renderIndex(index: CorpusIndex, format: ReportFormat): string {
  if (format === 'html') return renderIndexPageHtml(index);
  if (format === 'md') return renderIndexPageMarkdown(index);
  return renderIndexPageJson(index);
}

/**
 * The file name of each event's report: its id and date made safe, unique within the corpus
 * (a clash gets the event's number), and never `index`, which names the index page.
 */
export function reportFileNames(analysis: Pick<CorpusAnalysis, 'events'>, format: ReportFormat): string[] {
  const taken = new Set(['index']);
  return analysis.events.map((event, i) => {
    let base = safeFileName(`${event.id}${event.date ? `-${event.date}` : ''}`, 60, 'event');
    if (taken.has(base.toLowerCase())) base = `${base}-${i + 1}`;
    while (taken.has(base.toLowerCase())) base = `${base}-x`;
    taken.add(base.toLowerCase());
    return `${base}.${format}`;
  });
}

/** A name that would leave the folder is a bug (names come from safeFileName), not a user mistake. */
function checkInside(outDir: string, name: string): void {
  const root = path.resolve(outDir);
  const rel = path.relative(root, path.resolve(root, name));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel) || rel.includes(path.sep)) {
    throw new Error(`report file name ${JSON.stringify(name)} would leave ${outDir}`);
  }
}

/** Writes the files (checked first, so a refusal writes nothing); the paths as `outDir` spells them. */
function writeFiles(outDir: string, files: ReadonlyArray<{ name: string; content: string }>, format: ReportFormat, policy: WritePolicy): string[] {
  for (const f of files) checkInside(outDir, f.name);
  const kind = format === 'json' ? 'json' : 'text';
  const safe = files.map((f) => ({ name: f.name, content: safeOutput(f.content, kind) }));
  return writeOutputs(outDir, safe, policy, 'report folder').written.map((f) => path.join(outDir, path.basename(f)));
}

/**
 * Writes every event's report and the index; returns the written paths: the reports, the
 * folder's manifest (see safe-write.ts), and the index last.
 */
export function writeReports(analysis: CorpusAnalysis, outDir: string, format: ReportFormat, policy: WritePolicy = NO_INPUTS, options: ReportOptions = {}): string[] {
  return writeCorpusReports(analysis.events, analysis.notCompared ?? [], (i) => analysis.comparisons[i], outDir, format, policy, options);
}

/** Called with each batch of comparisons once written (warnings, conflicts, progress). */
export type OnCompared = (comparisons: readonly Comparison[], done: number, total: number) => void;

/**
 * Writes a report per event and the index, comparing each event only when its report is due
 * (`compare(i)`): every name is checked before the first file is written, so a refusal writes
 * nothing; then the events are compared, rendered and written a batch at a time and only their
 * index rows kept, so a corpus of thousands of events never holds all its comparisons or pages in
 * memory. Returns the written paths: the reports, the folder's manifest, and the index last.
 */
export function writeCorpusReports(
  events: readonly EventGroup[],
  notCompared: readonly EventGroup[],
  compare: (index: number) => Comparison,
  outDir: string,
  format: ReportFormat,
  policy: WritePolicy = NO_INPUTS,
  options: ReportOptions = {},
  onCompared?: OnCompared,
): string[] {
  const names = reportFileNames({ events: [...events] }, format);
  const index = `index.${format}`;
  for (const name of [...names, index]) checkInside(outDir, name);
  makeOutputFolder(outDir, 'report folder');
  checkOutputs(outDir, [...names, index], policy);
  const written: string[] = [];
  const rows: IndexRow[] = [];
  for (let from = 0; from < names.length; from += WRITE_BATCH) {
    const batch = events.slice(from, from + WRITE_BATCH).map((event, k) => ({ event, name: names[from + k], comparison: compare(from + k) }));
    const files = batch.map((b) => ({ name: b.name, content: renderEventReport(b.comparison, b.event, format, options) }));
    written.push(...writeFiles(outDir, files, format, policy));
    for (const b of batch) rows.push(indexRow(b.event, b.comparison, b.name));
    onCompared?.(batch.map((b) => b.comparison), from + batch.length, names.length);
  }
  written.push(...writeFiles(outDir, [{ name: index, content: renderIndex({ rows, notCompared: [...notCompared] }, format) }], format, policy));
  return [...written.slice(0, -1), path.join(outDir, MANIFEST_NAME), ...written.slice(-1)];
}

/** Reports rendered and written together: enough to keep the manifest's rewrites few, few enough to keep memory flat. */
const WRITE_BATCH = 50;

/** Writes one event's report, under the name `writeReports` gives it; returns the written path. */
export function writeEventReport(analysis: CorpusAnalysis, eventIndex: number, outDir: string, format: ReportFormat, policy: WritePolicy = NO_INPUTS, options: ReportOptions = {}): string[] {
  const event = analysis.events[eventIndex];
  if (!event) throw new RangeError(`no event ${eventIndex} (the corpus has ${analysis.events.length})`);
  const name = reportFileNames(analysis, format)[eventIndex];
  return writeFiles(outDir, [{ name, content: renderEventReport(analysis.comparisons[eventIndex], event, format, options) }], format, policy);
}
