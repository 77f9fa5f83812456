// Real multi-outlet events of the ANT corpus for the relation model's training pairs: the corpus
// grouped into events by claimdiff's own event stage, events of two outlets or more kept, and the
// articles of every annotated event (../shared/gold, eval/gold/annotations) left out, so that the
// annotated events stay unseen. Deterministic: the same corpus gives the same events in the same order.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../../src/types.js';
import { parseInput } from '../../src/ingest/index.js';
import { groupEvents } from '../../src/events/index.js';
import { ANT_DIR, goldFiles } from '../gold/load.js';
import type { GoldEvent } from '../gold/score.js';

/** Article ids (`docno`) of every annotated event, shared gold and the project's own. */
export function annotatedDocs(): Set<string> {
  const out = new Set<string>();
  for (const file of goldFiles()) {
    const gold = JSON.parse(readFileSync(file.path, 'utf8')) as { events: GoldEvent[] };
    for (const e of gold.events) {
      for (const a of e.articles) out.add(a.doc);
      for (const a of (e as { dropped_articles?: Array<{ doc: string } | string> }).dropped_articles ?? []) out.add(typeof a === 'string' ? a : a.doc);
    }
  }
  return out;
}

/** The ANT articles (ids are the corpus's `docno`), without the annotated ones; null when the corpus is absent. */
export function antArticles(): Article[] | null {
  if (!existsSync(ANT_DIR)) return null;
  const skip = annotatedDocs();
  const lines: string[] = [];
  for (const f of readdirSync(ANT_DIR).filter((x) => x.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(path.join(ANT_DIR, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as Record<string, string | null>;
      if (!r.docno || skip.has(r.docno)) continue;
      lines.push(JSON.stringify({ id: r.docno, title: r.title ?? '', text: r.text ?? '', outlet: r.src ?? null, date: r.time ?? null }));
    }
  }
  return parseInput(new TextEncoder().encode(lines.join('\n') + '\n'), 'ant.jsonl').articles;
}

/** Events of two outlets or more and at most `maxArticles` articles, each as its articles, in event order. */
export function multiOutletEvents(articles: readonly Article[], maxArticles: number): Article[][] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return groupEvents(articles)
    .filter((e) => e.outlets.length >= 2 && e.articles.length <= maxArticles)
    .map((e) => e.articles.map((id) => byId.get(id)!));
}
