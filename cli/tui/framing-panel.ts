// The framing panel's model: per outlet, the reporting verbs, loaded terms and labels, and cited
// sources; across outlets, the word choices that differ in the same claim. Reads the comparison's
// framing when the framing stage has run, otherwise the claims' attributions and the word diffs.
import type { Comparison, FramingCategory } from '../../src/types.js';
import { eventModel } from './event-models.js';

export interface CountedTerm {
  text: string;
  /** Reporting-verb stance, term sub-kind, or null. */
  value: string | null;
  gloss: string | null;
  count: number;
}

export interface OutletFraming {
  letter: string;
  outlet: string;
  articleId: string;
  /** Flags by category (empty without framing). */
  counts: Partial<Record<FramingCategory, number>>;
  reportingVerbs: CountedTerm[];
  /** Loaded words, labels, names for the dead and the conflict, hedges, scare quotes: category -> terms. */
  terms: Array<{ category: FramingCategory; items: CountedTerm[] }>;
  sources: Array<{ name: string; kind: string; side: string | null; count: number; via: string | null }>;
}

export interface WordChoice {
  groupId: string;
  from: string;
  to: string;
  /** Letters of the outlets that use `from` and `to`. */
  fromLetter: string;
  toLetter: string;
}

export interface FramingPanel {
  /** True when the comparison carries the framing stage's profiles. */
  hasFraming: boolean;
  outlets: OutletFraming[];
  wordChoices: WordChoice[];
}

const TERM_CATEGORIES: readonly FramingCategory[] = ['loaded', 'label', 'victim-term', 'conflict-name', 'hedge', 'scare-quote', 'agency'];

function countTerms(items: ReadonlyArray<{ text: string; value: string | null; gloss: string | null }>): CountedTerm[] {
  const byText = new Map<string, CountedTerm>();
  for (const it of items) {
    const key = `${it.text}\u0000${it.value ?? ''}`;
    const seen = byText.get(key);
    if (seen) seen.count += 1;
    else byText.set(key, { text: it.text, value: it.value, gloss: it.gloss, count: 1 });
  }
  return [...byText.values()].sort((a, b) => b.count - a.count);
}

const cache = new WeakMap<Comparison, FramingPanel>();

export function buildFramingPanel(comparison: Comparison): FramingPanel {
  const cached = cache.get(comparison);
  if (cached) return cached;
  const framing = comparison.framing;
  const model = eventModel(comparison);
  const outlets = comparison.articles.map((a, k): OutletFraming => {
    const base = { letter: model.letters[k], outlet: model.outlets[k], articleId: a.id };
    const profile = framing?.profiles.find((p) => p.articleId === a.id);
    if (profile) {
      return {
        ...base,
        counts: profile.counts,
        reportingVerbs: countTerms(profile.flags.filter((f) => f.category === 'reporting-verb')),
        terms: TERM_CATEGORIES.map((category) => ({ category, items: countTerms(profile.flags.filter((f) => f.category === category)) })).filter((t) => t.items.length > 0),
        sources: profile.sources.map((s) => ({ name: s.name, kind: s.kind, side: s.side, count: s.count, via: s.via })),
      };
    }
    // Without the framing stage: what the claims' attributions say.
    const verbs = a.claims.flatMap((c) => (c.attribution?.verb ? [{ text: c.attribution.verb, value: null, gloss: null }] : []));
    const speakers = countTerms(a.claims.flatMap((c) => (c.attribution?.speaker ? [{ text: c.attribution.speaker, value: c.attribution.channel, gloss: null }] : [])));
    return {
      ...base,
      counts: {},
      reportingVerbs: countTerms(verbs),
      terms: [],
      sources: speakers.map((s) => ({ name: s.text, kind: 'speaker', side: null, count: s.count, via: s.value })),
    };
  });
  const letterOf = (claimId: string) => model.refs.get(claimId)?.letter ?? model.letters[0];
  const wordChoices: WordChoice[] = [];
  for (const g of comparison.groups) {
    const framed = framing?.groups.find((fg) => fg.groupId === g.id);
    for (const d of g.diffs) {
      for (const s of d.substitutions) {
        if (s.kind !== 'lexical') continue;
        // With framing, keep the substitutions the framing stage kept for this group.
        if (framing && !(framed?.substitutions ?? []).some((f) => f.from === s.from && f.to === s.to)) continue;
        wordChoices.push({ groupId: g.id, from: s.from, to: s.to, fromLetter: letterOf(d.a), toLetter: letterOf(d.b) });
      }
    }
  }
  const panel = { hasFraming: Boolean(framing), outlets, wordChoices };
  cache.set(comparison, panel);
  return panel;
}
