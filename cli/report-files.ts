// Writes report files: one per event and an index, named from sanitized event ids, never outside
// the output folder whatever an id or title holds, and never over a file claimdiff did not write.
import path from 'node:path';
import type { Comparison, CorpusAnalysis, EventGroup } from '../src/types.js';
import { renderEventHtml, renderIndexHtml } from '../src/report/html.js';
import { renderEventMarkdown, renderIndexMarkdown } from '../src/report/markdown.js';
import { renderIndexJson } from '../src/report/index-page.js';
import { safeFileName } from '../src/report/escape.js';
import { safeOutput } from './io.js';
import { MANIFEST_NAME, NO_INPUTS, writeOutputs, type WritePolicy } from './safe-write.js';

import type { ReportFormat } from './report-formats.js';

export { reportFormats, type ReportFormat } from './report-formats.js';

/** One event's report in a format; JSON is the `claimdiff.compare/1` contract itself. */
export function renderEventReport(comparison: Comparison, event: EventGroup | null, format: ReportFormat): string {
  if (format === 'html') return renderEventHtml(comparison, event);
  if (format === 'md') return renderEventMarkdown(comparison, event);
  return `${JSON.stringify(comparison, null, 2)}\n`;
}

function renderIndex(analysis: CorpusAnalysis, files: string[], format: ReportFormat): string {
  if (format === 'html') return renderIndexHtml(analysis, files);
  if (format === 'md') return renderIndexMarkdown(analysis, files);
  return renderIndexJson(analysis, files);
}

/**
 * The file name of each event's report: its id and date made safe, unique within the corpus
 * (a clash gets the event's number), and never `index`, which names the index page.
 */
export function reportFileNames(analysis: CorpusAnalysis, format: ReportFormat): string[] {
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
export function writeReports(analysis: CorpusAnalysis, outDir: string, format: ReportFormat, policy: WritePolicy = NO_INPUTS): string[] {
  const names = reportFileNames(analysis, format);
  const files = analysis.events.map((event, i) => ({ name: names[i], content: renderEventReport(analysis.comparisons[i], event, format) }));
  files.push({ name: `index.${format}`, content: renderIndex(analysis, names, format) });
  const written = writeFiles(outDir, files, format, policy);
  return [...written.slice(0, -1), path.join(outDir, MANIFEST_NAME), ...written.slice(-1)];
}

/** Writes one event's report, under the name `writeReports` gives it; returns the written path. */
export function writeEventReport(analysis: CorpusAnalysis, eventIndex: number, outDir: string, format: ReportFormat, policy: WritePolicy = NO_INPUTS): string[] {
  const event = analysis.events[eventIndex];
  if (!event) throw new RangeError(`no event ${eventIndex} (the corpus has ${analysis.events.length})`);
  const name = reportFileNames(analysis, format)[eventIndex];
  return writeFiles(outDir, [{ name, content: renderEventReport(analysis.comparisons[eventIndex], event, format) }], format, policy);
}
