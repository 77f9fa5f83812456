// The plain-text report of a whole corpus: each event with more than one article compared in full
// (key findings first), then the articles no other outlet covered, then the events left out.
import type { CorpusAnalysis } from '../types.js';
import { renderCompareText, type CompareTextOptions } from './text.js';
import { eventHeading } from './events-text.js';
import { inertLine } from './figures-view.js';
import { plural } from './key-findings.js';
import { applyTextStyles, tone } from './text-style.js';
import { outletName } from './event-model.js';

export function renderCorpusText(analysis: CorpusAnalysis, options: Pick<CompareTextOptions, 'only' | 'marks' | 'unreviewed'> = {}): string {
  const byId = new Map(analysis.comparisons.flatMap((c) => c.articles.map((a) => [a.id, a] as const)));
  const out: string[] = [];
  const shared = analysis.events.map((e, i) => [e, i] as const).filter(([e]) => e.articles.length > 1);
  // A single article is an event no other input covers, whether a selection compared it or not.
  const alone = [...analysis.events, ...(analysis.notCompared ?? [])].filter((e) => e.articles.length === 1);
  const left = (analysis.notCompared ?? []).filter((e) => e.articles.length > 1);
  const total = analysis.events.length + (analysis.notCompared?.length ?? 0);
  const skipped = total - analysis.events.length;
  const read = byId.size + (analysis.notCompared ?? []).reduce((n, e) => n + e.articles.length, 0);
  out.push(
    skipped > 0
      ? `${plural(read, 'article')} in ${plural(total, 'event')}: ${plural(byId.size, 'article')} compared in ${plural(analysis.events.length, 'event')} (${shared.length} covered by more than one article); ${skipped} not compared (--min-outlets or --event)\n`
      : `${plural(byId.size, 'article')} compared in ${plural(analysis.events.length, 'event')}: ${shared.length} covered by more than one article\n`,
  );
  for (const [event, i] of shared) {
    out.push(`${'='.repeat(78)}\n${tone('heading', inertLine(eventHeading(event, byId)))}\n${'='.repeat(78)}\n`);
    out.push(renderCompareText(analysis.comparisons[i], { event, only: options.only, marks: true, unreviewed: options.unreviewed }));
  }
  if (alone.length > 0) {
    out.push(tone('heading', `Articles no other input covers (${alone.length})`));
    for (const e of alone) {
      const a = byId.get(e.articles[0]);
      if (a) out.push(`  ${e.id} | ${inertLine(a.id)} | ${a.outlet ? inertLine(a.outlet) : `${inertLine(outletName(a))} (outlet unknown)`} | ${a.date ?? 'date unknown'} | ${inertLine(a.title)}`);
      else out.push(`  ${e.id} | ${inertLine(e.articles[0])} | ${e.outlets.map(inertLine).join(', ') || 'outlet unknown'} | ${e.date ?? 'date unknown'} | ${inertLine(e.label)}`);
    }
  }
  if (left.length > 0) {
    out.push('', tone('heading', `Events not compared (${left.length}; --min-outlets or --event left them out)`));
    for (const e of left) out.push(`  ${e.id} | ${e.date ?? 'date unknown'} | ${plural(e.articles.length, 'article')} | ${inertLine(e.label)}`);
  }
  const text = out.join('\n') + '\n';
  return options.marks ? text : applyTextStyles(text, false);
}

export { corpusJson } from './json.js';
