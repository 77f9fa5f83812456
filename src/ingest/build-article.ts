// Assembles an Article from a text and what its format says about it: finds the boilerplate,
// reads the metadata, and collects the warnings.
import type { Article, Removal, Span } from '../types.js';
import { detectLanguage } from '../text/language.js';
import { removeBoilerplate } from './boilerplate.js';
import { splitLines } from './lines.js';
import { readMetadata, type RecordFields } from './metadata.js';
import { readProvenance } from './provenance.js';
import type { ParseOptions } from './problems.js';

export interface ArticleInput {
  id: string;
  source: string;
  text: string;
  encoding: string;
  fields: RecordFields;
  /** The file name without extension (`stdin` for `-`), for the last-resort outlet. */
  fileName: string | null;
  markdown?: boolean;
  /** Spans the format already knows are not the article (HTML figure captions). */
  captions?: Span[];
  warnings?: string[];
}

const UTF8 = new Set(['utf-8', 'utf-8-bom']);

export function buildArticle(input: ArticleInput, options: ParseOptions = {}): Article {
  const language = detectLanguage(input.text);
  const lines = splitLines(input.text);
  const found = mergeRemovals([
    ...removeBoilerplate(input.text, language.language, lines, input.fields.title ?? null),
    ...(input.captions ?? []).map((c) => ({ ...c, reason: 'caption' })),
  ]);
  const meta = readMetadata({
    text: input.text,
    boilerplate: found,
    fields: input.fields,
    markdown: input.markdown,
    fileName: input.fileName,
    lines,
    language,
  });
  const provenance = readProvenance({ text: input.text, removals: found, byline: input.fields.byline ?? null, outlet: meta.outlet });
  const warnings = [
    ...(UTF8.has(input.encoding) ? [] : [`decoded as ${input.encoding}; save the file as UTF-8 if the text looks wrong`]),
    ...(input.warnings ?? []),
    ...meta.warnings,
  ];
  return {
    id: input.id,
    source: input.source,
    title: meta.title,
    outlet: meta.outlet,
    outletFrom: meta.outletFrom,
    date: meta.date,
    dateFrom: meta.dateFrom,
    url: meta.url,
    language: meta.language,
    encoding: input.encoding,
    text: input.text,
    titleSpan: meta.titleSpan,
    // Boilerplate is still found when kept, so the title and outlet are read past it.
    removed: options.keepBoilerplate ? [] : found,
    warnings,
    provenance,
  };
}

/** Removals in text order, without overlaps (the earlier-starting one wins). */
function mergeRemovals(removals: Removal[]): Removal[] {
  const sorted = [...removals].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Removal[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.start < last.end) continue;
    out.push(r);
  }
  return out;
}
