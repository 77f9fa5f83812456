// Writes report files: one per event and an index, named from sanitized event ids, and never
// outside the output folder whatever an id or title holds.
import { lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Comparison, CorpusAnalysis, EventGroup } from '../src/types.js';
import { renderEventHtml, renderIndexHtml } from '../src/report/html.js';
import { renderEventMarkdown, renderIndexMarkdown } from '../src/report/markdown.js';
import { renderIndexJson } from '../src/report/index-page.js';
import { safeFileName } from '../src/report/escape.js';
import { UserError } from './exit-codes.js';

export const reportFormats = ['html', 'md', 'json'] as const;
export type ReportFormat = (typeof reportFormats)[number];

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

/** The path of `name` inside `outDir`; a name that would leave the folder is a bug, not a user mistake. */
function inside(outDir: string, name: string): string {
  const root = path.resolve(outDir);
  const target = path.resolve(root, name);
  const rel = path.relative(root, target);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel) || rel.includes(path.sep)) {
    throw new Error(`report file name ${JSON.stringify(name)} would leave ${outDir}`);
  }
  return path.join(outDir, name);
}

function writeOne(outDir: string, name: string, content: string): string {
  const file = inside(outDir, name);
  try {
    // Writing through a link someone left in the folder could overwrite a file elsewhere.
    if (lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) {
      throw new UserError(`${file} is a symbolic link; claimdiff does not write through links, remove it or choose another --out folder`);
    }
    writeFileSync(file, content);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${file}: cannot write the report (${(err as NodeJS.ErrnoException).code ?? 'error'}); choose another --out folder`);
  }
  return file;
}

function makeFolder(outDir: string): void {
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (err) {
    throw new UserError(`${outDir}: cannot create the report folder (${(err as NodeJS.ErrnoException).code ?? 'error'}); choose another --out folder`);
  }
}

/** Writes every event's report and the index (last); returns the written paths. */
export function writeReports(analysis: CorpusAnalysis, outDir: string, format: 'html' | 'md' | 'json'): string[] {
  makeFolder(outDir);
  const names = reportFileNames(analysis, format);
  const written = analysis.events.map((event, i) => writeOne(outDir, names[i], renderEventReport(analysis.comparisons[i], event, format)));
  written.push(writeOne(outDir, `index.${format}`, renderIndex(analysis, names, format)));
  return written;
}

/** Writes one event's report, under the name `writeReports` gives it; returns the written path. */
export function writeEventReport(analysis: CorpusAnalysis, eventIndex: number, outDir: string, format: 'html' | 'md' | 'json'): string[] {
  const event = analysis.events[eventIndex];
  if (!event) throw new RangeError(`no event ${eventIndex} (the corpus has ${analysis.events.length})`);
  makeFolder(outDir);
  const name = reportFileNames(analysis, format)[eventIndex];
  return [writeOne(outDir, name, renderEventReport(analysis.comparisons[eventIndex], event, format))];
}
