// What an event report shows, worked out once from a Comparison for the HTML and Markdown views:
// claim labels and anchors, groups in reading order (conflicts first), the coverage matrix,
// figures per outlet, and framing summaries. It reads the comparison only; nothing is re-analysed.
import type {
  ArticleResult,
  Claim,
  ClaimGroup,
  Comparison,
  EventGroup,
  FramingCategory,
  FramingFlag,
  GroupFraming,
  Relation,
  SourceCitation,
} from '../types.js';
import { articleLetter, outletName } from './labels.js';

/** A claim as the report cites it: `A9` is the 9th claim of article A. */
export interface ClaimRef {
  claim: Claim;
  /** Index of the article in `comparison.articles`. */
  article: number;
  letter: string;
  /** 1-based position of the claim in its article. */
  n: number;
  /** `A9`. */
  label: string;
  /** The HTML id of the claim in the full text: derived from the letter and number, never from the untrusted article id. */
  anchor: string;
}

export interface GroupView {
  group: ClaimGroup;
  members: ClaimRef[];
  framing: GroupFraming | null;
}

/** One row of the coverage matrix: a claim group, or a claim only one outlet reported. */
export interface MatrixRow {
  kind: Relation | 'unique';
  /** `g3` for a group, `A12` for a unique claim. */
  id: string;
  /** Per article (in article order), the claims it contributes to this row. */
  cells: ClaimRef[][];
  /** The first member, whose wording labels the row. */
  lead: ClaimRef;
}

/** What each outlet reported, counted in claims. */
export interface OutletFigures {
  claims: number;
  shared: number;
  partial: number;
  conflict: number;
  unique: number;
}

export interface EventModel {
  comparison: Comparison;
  event: EventGroup | null;
  /** The report's heading: the event label, or the first article's title for a single comparison. */
  title: string;
  date: string | null;
  letters: string[];
  outlets: string[];
  refs: Map<string, ClaimRef>;
  /** Group id -> HTML id of its section (`group-3`), from its position: group ids are data, not trusted as ids. */
  groupAnchors: Map<string, string>;
  /** Groups in reading order: conflicts, then partial, then shared; within each, by the first member's place. */
  groups: GroupView[];
  /** Per article, its claims no other outlet reported, in text order. */
  unique: ClaimRef[][];
  matrix: MatrixRow[];
  figures: OutletFigures[];
  totals: { claims: number; groups: number } & Record<Relation | 'unique', number>;
}

const RELATION_ORDER: Record<Relation, number> = { conflict: 0, partial: 1, shared: 2 };

/** Relation names for people. */
export const relationName: Record<Relation | 'unique', string> = {
  shared: 'shared',
  partial: 'partial',
  conflict: 'conflicting',
  unique: 'only one outlet',
};

/** What each relation means, for legends. */
export const relationMeaning: Record<Relation | 'unique', string> = {
  shared: 'the outlets state the same thing',
  partial: 'the same fact, one side adds or changes detail',
  conflict: 'the outlets give competing values',
  unique: 'reported by one outlet, omitted by the others',
};

export function buildEventModel(comparison: Comparison, event: EventGroup | null): EventModel {
  const letters = comparison.articles.map((_, i) => articleLetter(i));
  const refs = new Map<string, ClaimRef>();
  comparison.articles.forEach((a, article) => {
    a.claims.forEach((claim, i) => {
      const letter = letters[article];
      refs.set(claim.id, { claim, article, letter, n: i + 1, label: `${letter}${i + 1}`, anchor: `claim-${letter}${i + 1}` });
    });
  });
  const refOf = (id: string): ClaimRef | undefined => refs.get(id);
  const place = (r: ClaimRef): number => r.article * 1e6 + r.n;

  const framingByGroup = new Map((comparison.framing?.groups ?? []).map((g) => [g.groupId, g]));
  const groups: GroupView[] = comparison.groups
    .map((group) => {
      const members = group.members.map(refOf).filter((r): r is ClaimRef => r !== undefined);
      members.sort((x, y) => place(x) - place(y));
      return { group, members, framing: framingByGroup.get(group.id) ?? null };
    })
    .filter((g) => g.members.length > 0)
    .sort((x, y) => RELATION_ORDER[x.group.relation] - RELATION_ORDER[y.group.relation] || place(x.members[0]) - place(y.members[0]));

  const unique = comparison.articles.map((a) =>
    (comparison.unique[a.id] ?? [])
      .map(refOf)
      .filter((r): r is ClaimRef => r !== undefined)
      .sort((x, y) => x.n - y.n),
  );

  const matrix: MatrixRow[] = [
    ...groups.map((g) => ({
      kind: g.group.relation,
      id: g.group.id,
      cells: comparison.articles.map((_, i) => g.members.filter((m) => m.article === i)),
      lead: g.members[0],
    })),
    ...unique.flat().map((r) => ({
      kind: 'unique' as const,
      id: r.label,
      cells: comparison.articles.map((_, i) => (i === r.article ? [r] : [])),
      lead: r,
    })),
  ];

  const figures: OutletFigures[] = comparison.articles.map((a, i) => {
    const f: OutletFigures = { claims: a.claims.length, shared: 0, partial: 0, conflict: 0, unique: unique[i].length };
    for (const g of groups) f[g.group.relation] += g.members.filter((m) => m.article === i).length;
    return f;
  });

  const totals = { claims: 0, groups: groups.length, shared: 0, partial: 0, conflict: 0, unique: 0 };
  for (const a of comparison.articles) totals.claims += a.claims.length;
  for (const g of groups) totals[g.group.relation] += 1;
  for (const u of unique) totals.unique += u.length;

  return {
    comparison,
    event,
    title: event?.label || comparison.articles[0]?.title || 'Comparison',
    date: event?.date ?? firstDate(comparison.articles),
    letters,
    outlets: comparison.articles.map(outletName),
    refs,
    groupAnchors: new Map(comparison.groups.map((g, i) => [g.id, `group-${i + 1}`])),
    groups,
    unique,
    matrix,
    figures,
    totals,
  };
}

function firstDate(articles: readonly ArticleResult[]): string | null {
  const dates = articles.map((a) => a.date).filter((d): d is string => d !== null).sort();
  return dates[0] ?? null;
}

/** How many claims of an event are shared, partial, conflicting or unique: the index page's shares. */
export function claimShares(comparison: Comparison): Record<Relation | 'unique', number> {
  const shares = { shared: 0, partial: 0, conflict: 0, unique: 0 };
  for (const g of comparison.groups) shares[g.relation] += g.members.length;
  for (const ids of Object.values(comparison.unique)) shares.unique += ids.length;
  return shares;
}

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

/** Text pieces of an article with the claims and removed spans that cover them, for the full-text view. */
export type TextPiece =
  | { kind: 'text'; text: string }
  | { kind: 'claim'; text: string; ref: ClaimRef }
  | { kind: 'removed'; text: string; reason: string };

/**
 * The article text cut at its claims and removed spans. Spans come from the data, so they are
 * clamped to the text, and one that overlaps an earlier span is left out rather than duplicating text.
 */
export function textPieces(article: ArticleResult, refs: Map<string, ClaimRef>): TextPiece[] {
  const text = article.text;
  type Span = { start: number; end: number; piece: (t: string) => TextPiece };
  const spans: Span[] = [
    ...article.claims.map((c) => ({ start: c.start, end: c.end, piece: (t: string): TextPiece => ({ kind: 'claim', text: t, ref: refs.get(c.id)! }) })),
    ...article.removed.map((r) => ({ start: r.start, end: r.end, piece: (t: string): TextPiece => ({ kind: 'removed', text: t, reason: r.reason }) })),
  ]
    .map((s) => ({ ...s, start: Math.max(0, Math.min(s.start, text.length)), end: Math.max(0, Math.min(s.end, text.length)) }))
    .filter((s) => s.end > s.start)
    .sort((x, y) => x.start - y.start || y.end - x.end);
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    if (s.start > at) pieces.push({ kind: 'text', text: text.slice(at, s.start) });
    pieces.push(s.piece(text.slice(s.start, s.end)));
    at = s.end;
  }
  if (at < text.length) pieces.push({ kind: 'text', text: text.slice(at) });
  return pieces;
}

/** `A · outlet`: how the reports name an article next to its letter. */
export function outletLabel(model: EventModel, article: number): string {
  return `${model.letters[article]} · ${model.outlets[article]}`;
}
