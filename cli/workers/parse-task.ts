// One parsing task for any thread: parts of JSON Lines files and whole small files, read by the
// same library functions on a worker thread as on the calling one, so the articles are the same.
import { withLazyProvenance, withoutProvenance, type ProvenanceSource } from '../../src/ingest/build-article.js';
import { parseBytes, parseJsonLinesPart, type JsonLinesPart, type PartResult } from '../../src/ingest/parse-input.js';
import type { Article } from '../../src/types.js';
import { HtmlExtractorNeeded, type ParseResult } from '../../src/ingest/problems.js';

/** A part of a JSON Lines file, or a whole file that is not a page. */
export type ParseItem = { kind: 'part'; part: JsonLinesPart } | { kind: 'file'; bytes: Uint8Array; source: string };

/** Items parsed together (a few hundred KB to a few MB): what one thread does between two messages. */
export interface ParseTask {
  items: ParseItem[];
  /** Only what can cross threads: no HTML extractor (pages are read on the calling thread). */
  keepBoilerplate?: boolean;
}

/** What an item gave, or null when it must be read again whole on the calling thread (a page, a part that is not plain UTF-8). */
export type ParseOutcome = PartResult | ParseResult | null;

export function runParseTask(task: ParseTask): ParseOutcome[] {
  const options = { keepBoilerplate: task.keepBoilerplate };
  return task.items.map((item) => {
    if (item.kind === 'part') return parseJsonLinesPart(item.part, options);
    try {
      return parseBytes(item.bytes, item.source, options);
    } catch (error) {
      if (error instanceof HtmlExtractorNeeded) return null;
      throw error;
    }
  });
}

/** Calls `change` on each article of what a task gave, in order, putting back the article it returns. */
function replaceArticles(outcomes: readonly ParseOutcome[], change: (article: Article, index: number) => Article): void {
  let index = 0;
  for (const o of outcomes) {
    if (o === null) continue;
    if ('built' in o) for (const b of o.built) b.article = change(b.article, index++);
    else for (let i = 0; i < o.articles.length; i += 1) o.articles[i] = change(o.articles[i], index++);
  }
}

/**
 * Before outcomes go to another thread: each article not yet asked for its provenance is put back
 * as a copy without it, and what reading it needs is returned, article by article (null: read
 * already). A message would read every provenance on this thread, which `events` never asks for;
 * the receiving thread gives the sources back with attachProvenance.
 */
export function detachProvenance(outcomes: readonly ParseOutcome[]): Array<ProvenanceSource | null> {
  const sources: Array<ProvenanceSource | null> = [];
  replaceArticles(outcomes, (article) => {
    const detached = withoutProvenance(article);
    sources.push(detached?.source ?? null);
    return detached ? (detached.plain as Article) : article;
  });
  return sources;
}

/** After outcomes came from another thread: each article reads its provenance on first access again. */
export function attachProvenance(outcomes: readonly ParseOutcome[], sources: ReadonlyArray<ProvenanceSource | null>): void {
  replaceArticles(outcomes, (article, i) => {
    const source = sources[i];
    return source ? withLazyProvenance(article, source) : article;
  });
}

/** The task with each item's bytes copied into a buffer of its own, and those buffers, to transfer to a worker without a second copy. */
export function transferable(task: ParseTask): { task: ParseTask; buffers: ArrayBuffer[] } {
  const buffers: ArrayBuffer[] = [];
  const own = (bytes: Uint8Array): Uint8Array => {
    // A copy of just these bytes (Buffer's slice would share, and transferring would take the whole file's memory away).
    const copy = new Uint8Array(bytes);
    buffers.push(copy.buffer);
    return copy;
  };
  const items = task.items.map((item): ParseItem => (item.kind === 'part' ? { kind: 'part', part: { ...item.part, bytes: own(item.part.bytes) } } : { ...item, bytes: own(item.bytes) }));
  return { task: { ...task, items }, buffers };
}
