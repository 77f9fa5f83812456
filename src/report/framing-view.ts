// The framing comparison as the reports show it: flags per outlet and category, the terms behind
// them with the claim of their first occurrence, stances, sources, and groups worded differently.
import type { ArticleResult, FramingCategory, FramingFlag, SourceCitation } from '../types.js';
import type { ClaimRef, EventModel, GroupView } from './event-model.js';

/** Framing categories in the order the reports list them. */
export const framingCategories: readonly FramingCategory[] = [
  'loaded',
  'label',
  'victim-term',
  'conflict-name',
  'hedge',
  'reporting-verb',
  'scare-quote',
  'agency',
  'source',
];

export const framingCategoryName: Record<FramingCategory, string> = {
  loaded: 'Loaded words',
  label: 'Labels for actors',
  'victim-term': 'Names for the dead',
  'conflict-name': 'Names for the conflict',
  hedge: 'Hedges and distancing',
  'reporting-verb': 'Reporting verbs',
  'scare-quote': 'Scare quotes',
  agency: 'Agency of violence',
  source: 'Sources cited',
};

/** The flags of one lexicon entry or rule in one article, with the first occurrence to link to. */
export interface TermUse {
  rule: string;
  /** The first occurrence as written. */
  text: string;
  count: number;
  value: string | null;
  gloss: string | null;
  /** The claim holding the first occurrence, when one does. */
  ref: ClaimRef | null;
}

export interface FramingView {
  /** Per article (article order); null when the framing data has no profile for it. */
  counts: Array<Partial<Record<FramingCategory, number>> | null>;
  /** Category -> per article -> terms, most frequent first. */
  terms: Map<FramingCategory, TermUse[][]>;
  /** Per article, stance or kind -> count, for reporting verbs and agency. */
  verbStances: Array<Record<string, number>>;
  agency: Array<Record<string, number>>;
  sources: SourceCitation[][];
  /** Groups whose members frame the same fact differently. */
  groups: GroupView[];
}

/** The framing comparison in report form, or null when the comparison carries no framing data. */
export function buildFramingView(model: EventModel): FramingView | null {
  const framing = model.comparison.framing;
  if (!framing) return null;
  const articles = model.comparison.articles;
  const profiles = articles.map((a) => framing.profiles.find((p) => p.articleId === a.id) ?? null);
  const terms = new Map<FramingCategory, TermUse[][]>();
  for (const category of framingCategories) {
    terms.set(
      category,
      profiles.map((p, i) => termUses(p?.flags.filter((f) => f.category === category) ?? [], articles[i], model.refs)),
    );
  }
  const tally = (category: FramingCategory) =>
    profiles.map((p) => {
      const out: Record<string, number> = {};
      for (const f of p?.flags ?? []) if (f.category === category) out[f.value ?? 'other'] = (out[f.value ?? 'other'] ?? 0) + 1;
      return out;
    });
  return {
    counts: profiles.map((p) => p?.counts ?? null),
    terms,
    verbStances: tally('reporting-verb'),
    agency: tally('agency'),
    sources: profiles.map((p) => [...(p?.sources ?? [])].sort((x, y) => y.count - x.count)),
    groups: model.groups.filter((g) => g.framing && (g.framing.members.length > 0 || g.framing.substitutions.length > 0)),
  };
}

function termUses(flags: readonly FramingFlag[], article: ArticleResult, refs: Map<string, ClaimRef>): TermUse[] {
  const byRule = new Map<string, TermUse>();
  for (const f of flags) {
    const use = byRule.get(f.rule);
    if (use) {
      use.count += 1;
      continue;
    }
    const claim = article.claims.find((c) => c.start <= f.start && f.end <= c.end);
    byRule.set(f.rule, { rule: f.rule, text: f.text, count: 1, value: f.value, gloss: f.gloss, ref: claim ? (refs.get(claim.id) ?? null) : null });
  }
  return [...byRule.values()].sort((x, y) => y.count - x.count);
}
