// The unit view of a comparison: every claim that splits into fact-sized units (units.ts) stands
// as its units, each a claim of its own (its part of the text, and the names, figures, dates and
// quotations inside it; the sentence's speaker for all), so that a sentence stating two facts is
// compared, and ranked among the other article's claims, once per fact: its second fact is no
// longer "taken" by the sentence's best match in the other article.
import type { Claim, Span } from '../types.js';
import type { ClaimFeatures } from './features.js';

/** The claims of one article in the unit view, each with the claim it comes from. */
export interface UnitViewArticle {
  claims: Claim[];
  /** For each claim of the view, the index (in the comparison's claim order) of the claim it is, or is part of. */
  parents: number[];
  /** For each claim of the view, where its claim stands in the article (its units share their claim's place). */
  places: number[];
  /** For each claim of the view, whether it is a unit of a claim that splits (not a whole claim). */
  parts: boolean[];
}

function inside<T extends Span>(list: readonly T[], start: number, end: number): T[] {
  return list.filter((s) => s.start >= start && s.end <= end);
}

/**
 * The unit view of each article, from the claims' features (their `clauses`, before align.ts lets
 * them go), in article then claim order as `features` are. Claims that do not split stand as they are.
 */
export function unitView(features: readonly ClaimFeatures[], articles: number): UnitViewArticle[] {
  const out: UnitViewArticle[] = Array.from({ length: articles }, () => ({ claims: [], parents: [], places: [], parts: [] }));
  features.forEach((f, k) => {
    const view = out[f.article];
    const c = f.claim;
    if (f.clauses.length < 2) {
      view.claims.push(c);
      view.parents.push(k);
      view.places.push(f.position.index);
      view.parts.push(false);
      return;
    }
    f.clauses.forEach((u, n) => {
      const start = u.tokens[0].start;
      const end = u.tokens[u.tokens.length - 1].end;
      view.claims.push({
        ...c,
        id: `${c.id}#${n + 1}`,
        start,
        end,
        text: f.text.slice(start, end),
        quotes: inside(c.quotes, start, end),
        numbers: inside(c.numbers, start, end),
        dates: inside(c.dates, start, end),
        entities: inside(c.entities, start, end),
      });
      view.parents.push(k);
      view.places.push(f.position.index);
      view.parts.push(true);
    });
  });
  return out;
}
