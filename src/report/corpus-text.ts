// The plain-text report of a whole corpus: each event with more than one article compared in full,
// then the articles no other outlet covered.
import type { CorpusAnalysis } from '../types.js';
import { renderCompareText } from './text.js';
import { eventHeading } from './events-text.js';
import type { UnreviewedDisplay } from './review-view.js';

export function renderCorpusText(analysis: CorpusAnalysis, display: UnreviewedDisplay = 'show'): string {
  const byId = new Map(analysis.comparisons.flatMap((c) => c.articles.map((a) => [a.id, a] as const)));
  const out: string[] = [];
  const shared = analysis.events.map((e, i) => [e, i] as const).filter(([e]) => e.articles.length > 1);
  const alone = analysis.events.filter((e) => e.articles.length === 1);
  out.push(`${byId.size} articles in ${analysis.events.length} events: ${shared.length} covered by more than one article\n`);
  for (const [event, i] of shared) {
    out.push(`${'='.repeat(78)}\n${eventHeading(event, byId)}\n${'='.repeat(78)}\n`);
    out.push(renderCompareText(analysis.comparisons[i], display));
  }
  if (alone.length > 0) {
    out.push(`Articles no other input covers (${alone.length})`);
    for (const e of alone) {
      const a = byId.get(e.articles[0])!;
      out.push(`  ${e.id} | ${a.id} | ${a.outlet ?? 'outlet unknown'} | ${a.date ?? 'date unknown'} | ${a.title}`);
    }
  }
  return out.join('\n') + '\n';
}

/** The JSON of a corpus with several events: the events contract plus one comparison per event. */
export function corpusJson(analysis: CorpusAnalysis): object {
  return { schema: 'claimdiff.corpus/1', events: analysis.events, comparisons: analysis.comparisons };
}
