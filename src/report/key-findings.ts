// Key findings of one event, built only from its Comparison through the event view model: what
// only each outlet reports (the most salient few), the conflicts with each outlet's value and
// source, the figures that need attention, the strongest framing contrasts on the same fact, and
// whom each outlet cites, and (when the comparison records origins) how many independent origins
// stand behind the facts the outlets share. Every view (text, Markdown, HTML, the terminal UI) shows these first.
import type { Claim, FramingCategory, FramingFlag, SourceCitation } from '../types.js';
import type { ClaimRef, EventModel, GroupView } from './event-model.js';
import { buildFigureRows, FIGURE_ALERTS, figureAmount, inertLine, type FigureRow } from './figures-view.js';

/** How many of an outlet's own claims the findings name; the rest are counted and linked. */
export const ONLY_SHOWN = 3;
/** How many framing contrasts and cited sources per outlet the findings show. */
export const CONTRASTS_SHOWN = 5;
export const SOURCES_SHOWN = 4;
/** How many shared facts resting on one origin the findings name. */
export const ONE_ORIGIN_SHOWN = 4;

/** What only one outlet reports: its count and the most salient few. */
export interface OnlyFinding {
  /** Index of the article. */
  article: number;
  total: number;
  top: ClaimRef[];
  /**
   * The article this one repeats (the same text filed again by its outlet, as the origins stage
   * records it): its claims are that article's, so the findings name it instead of listing them twice.
   */
  repeats: number | null;
}

/** One outlet's side of a conflict. */
export interface ConflictSide {
  article: number;
  /** The value as a reader says it (`at least 116`, `95`, `الأربعاء`). */
  value: string;
  /** Who the outlet attributes it to, when its sentence says. */
  source: string | null;
  /** The claim that states it. */
  ref: ClaimRef | null;
}

/** A point where the outlets give competing values. */
export interface ConflictFinding {
  /** `figures` (an entry of the figures table) or `claims` (a claim group's competing values). */
  from: 'figures' | 'claims';
  /** The figure entry id (`f1`) or the claim group id (`g2`). */
  id: string;
  /** What is disputed, in English: `killed`, `wounded (in أوتار براديش)`, `a date`, `who said it`. */
  what: string;
  sides: ConflictSide[];
  /** Why it is a conflict (the figures stage's reason), when there is one. */
  reason: string | null;
}

/** A framing category the findings compare on the same fact. */
export type ContrastKind = 'victim-term' | 'agency' | 'label' | 'stance' | 'scare-quote';

/** One outlet's words of one kind in a claim group. */
export interface ContrastSide {
  article: number;
  /** Its flags of that kind (none when it words the fact without them). */
  flags: FramingFlag[];
  /** Its claim in the group. */
  ref: ClaimRef | null;
}

/** Two or more outlets wording the same fact differently. */
export interface FramingContrast {
  kind: ContrastKind;
  group: GroupView;
  sides: ContrastSide[];
  /** Higher is stronger: the kind's weight, doubled when every side has words of that kind. */
  strength: number;
}

/** Whom one outlet cites, most cited first. */
export interface CitationFinding {
  article: number;
  total: number;
  top: SourceCitation[];
}

/** How many independent origins stand behind the facts two or more outlets share. */
export interface OriginsFinding {
  /** Claim groups two or more outlets carry whose origins are recorded. */
  groups: number;
  /** Of them, those two or more independent origins stand behind. */
  confirmed: number;
  /** Those several outlets carry on one origin only (one agency's dispatch, one text), with that origin in words. */
  oneOrigin: Array<{ group: GroupView; label: string }>;
  /** Those whose outlets quote one source through different origins: a shared source, not independent confirmation. */
  sharedSource: GroupView[];
}

export interface KeyFindings {
  /** Per article (article order). */
  only: OnlyFinding[];
  conflicts: ConflictFinding[];
  /** Figure entries with a conflict, an update or an absence, in that order. */
  figureAlerts: FigureRow[];
  /** All figure entries (conflicts, updates, absences first), for the table after the findings. */
  figures: FigureRow[];
  contrasts: FramingContrast[];
  /** Per article; empty when the comparison has no framing data. */
  citations: CitationFinding[];
  /** Claim groups reported by more than one outlet. */
  inCommon: number;
  /** Independent origins behind the shared facts; null when the comparison records no origins. */
  origins: OriginsFinding | null;
}

// --- what only one outlet reports ------------------------------------------------------------

/** Words of a claim (letters or digits), for the length part of salience. */
function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * How much a reader needs a claim that only one outlet reports: figures that count something, named
 * people, places and organisations, a statement attributed to someone or quoted, and the lead of
 * the article weigh most; headings (the title again) and fragments least.
 */
export function claimSalience(claim: Claim, position: number, count: number): number {
  const counts = claim.numbers.filter((n) => !n.isDateLike).length;
  const names = new Set(claim.entities.map((e) => e.key)).size;
  const words = wordCount(claim.text);
  let score = Math.min(2, counts) * 1.5 + Math.min(3, names) * 0.6;
  if (claim.attribution?.speaker) score += 1;
  if (claim.quotes.length > 0) score += 0.5;
  score += count > 1 ? 1 - position / (count - 1) : 1; // the lead first, the last paragraph last
  if (claim.kind === 'heading') score -= 2;
  if (words < 6) score -= 1.5;
  return score;
}

function onlyFindings(model: EventModel): OnlyFinding[] {
  return model.unique.map((refs, article) => {
    const count = model.comparison.articles[article].claims.length;
    const top = refs
      .map((ref) => ({ ref, score: claimSalience(ref.claim, ref.n - 1, count) }))
      .sort((x, y) => y.score - x.score || x.ref.n - y.ref.n)
      .slice(0, ONLY_SHOWN)
      .map((s) => s.ref)
      .sort((x, y) => x.n - y.n);
    const repeats = model.articleOrigins[article]?.duplicateOf ?? null;
    return { article, total: refs.length, top: repeats === null ? top : [], repeats };
  });
}

// --- conflicts -------------------------------------------------------------------------------

/** Who a claim attributes itself to: the speaker, and through whom when the text says. */
function claimSource(claim: Claim): string | null {
  const a = claim.attribution;
  if (!a?.speaker) return null;
  return a.channel ? `${inertLine(a.speaker)} (via ${inertLine(a.channel)})` : inertLine(a.speaker);
}

const CONFLICT_WHAT: Record<string, string> = {
  number: 'a figure',
  date: 'a date',
  place: 'a place',
  negation: 'whether it happened',
  attribution: 'who said it',
  antonym: 'opposite words',
};

function figureConflicts(model: EventModel, rows: readonly FigureRow[]): ConflictFinding[] {
  return rows
    .filter((r) => r.entry.relation === 'conflict')
    .map((r) => ({
      from: 'figures' as const,
      id: r.entry.id,
      what: r.label,
      sides: r.cells
        .filter((c): c is NonNullable<typeof c> => c !== null && c.compared !== null)
        .map((c) => ({ article: c.article, value: figureAmount(c.compared!), source: c.compared!.source ? inertLine(c.compared!.source) : null, ref: model.refs.get(c.compared!.claim) ?? null })),
      reason: inertLine(r.entry.reason),
    }));
}

/**
 * The competing values of the conflicting claim groups, one finding per group and kind, each outlet
 * once per value. Competing numbers of two claims that one entry of the figures table weighs are
 * left to the figures table, whose verdict reads qualifiers and scopes (`more than 40` and `more
 * than 30` agree there).
 */
function claimConflicts(model: EventModel, covered: (a: string, b: string) => boolean): ConflictFinding[] {
  const out: ConflictFinding[] = [];
  for (const view of model.groups) {
    if (view.group.relation !== 'conflict') continue;
    const byKind = new Map<string, ConflictSide[]>();
    for (const d of view.group.diffs) {
      for (const c of d.conflicts) {
        if (c.kind === 'number' && covered(d.a, d.b)) continue;
        const sides = byKind.get(c.kind) ?? [];
        for (const [claimId, value] of [[d.a, c.a], [d.b, c.b]] as const) {
          const ref = model.refs.get(claimId) ?? null;
          const article = ref?.article ?? -1;
          const shown = inertLine(value) || '—';
          if (article < 0 || sides.some((s) => s.article === article && s.value === shown)) continue;
          sides.push({ article, value: shown, source: ref ? claimSource(ref.claim) : null, ref });
        }
        byKind.set(c.kind, sides);
      }
    }
    for (const [kind, sides] of byKind) {
      if (new Set(sides.map((s) => s.article)).size < 2) continue;
      out.push({ from: 'claims', id: view.group.id, what: CONFLICT_WHAT[kind] ?? kind, sides: sides.sort((x, y) => x.article - y.article), reason: null });
    }
  }
  return out;
}

// --- framing contrasts -----------------------------------------------------------------------

/** The kinds compared, with their weight: naming the dead and the actor weigh most. */
const CONTRAST_WEIGHT: Record<ContrastKind, number> = { 'victim-term': 5, agency: 4, label: 4, stance: 3, 'scare-quote': 3 };

/**
 * Which kind a flag counts for, or null: reporting verbs and hedges count for stance only when they
 * distance, assert or opine; a neutral name for the dead (قتلى, killed) is no contrast with none.
 */
function contrastKind(flag: FramingFlag): ContrastKind | null {
  switch (flag.category as FramingCategory) {
    case 'victim-term':
      return flag.value === 'neutral' ? null : 'victim-term';
    case 'agency':
    case 'label':
    case 'scare-quote':
      return flag.category as ContrastKind;
    case 'reporting-verb':
    case 'hedge':
      return flag.value === 'distancing' || flag.value === 'asserting' || flag.value === 'opinion' ? 'stance' : null;
    default:
      return null;
  }
}

/** What a side's flags of one kind amount to, for comparing sides: values where the kind has them, else the words. */
function signature(kind: ContrastKind, flags: readonly FramingFlag[]): string {
  const keys = flags.map((f) => (kind === 'label' || kind === 'scare-quote' ? f.rule : (f.value ?? f.rule)));
  return [...new Set(keys)].sort().join('|');
}

function framingContrasts(model: EventModel): FramingContrast[] {
  const out: FramingContrast[] = [];
  for (const view of model.groups) {
    const articles = [...new Set(view.members.map((m) => m.article))];
    if (articles.length < 2 || !view.framing) continue;
    const flagsOf = new Map<string, FramingFlag[]>(view.framing.members.map((m) => [m.claimId, m.flags]));
    for (const kind of Object.keys(CONTRAST_WEIGHT) as ContrastKind[]) {
      const sides: ContrastSide[] = articles.map((article) => {
        const members = view.members.filter((m) => m.article === article);
        const flags = members.flatMap((m) => (flagsOf.get(m.claim.id) ?? []).filter((f) => contrastKind(f) === kind));
        return { article, flags, ref: members[0] ?? null };
      });
      const signatures = new Set(sides.map((s) => signature(kind, s.flags)));
      if (signatures.size < 2) continue;
      // Who acts is a contrast only when some side names an actor (or a backer): a passive against a
      // sentence that does not tell the act at all says nothing.
      if (kind === 'agency' && !sides.some((s) => s.flags.some((f) => f.value === 'agent' || f.value === 'backer'))) continue;
      const everySide = sides.every((s) => s.flags.length > 0);
      out.push({ kind, group: view, sides, strength: CONTRAST_WEIGHT[kind] * (everySide ? 2 : 1) });
    }
  }
  // Strongest first; among equals, the group a reader meets first.
  const order = new Map(model.groups.map((g, i) => [g.group.id, i]));
  return out.sort((x, y) => y.strength - x.strength || (order.get(x.group.group.id) ?? 0) - (order.get(y.group.group.id) ?? 0)).slice(0, CONTRASTS_SHOWN);
}

// --- sources ---------------------------------------------------------------------------------

function citationFindings(model: EventModel): CitationFinding[] {
  const profiles = model.comparison.framing?.profiles;
  if (!profiles) return [];
  return model.comparison.articles.map((a, article) => {
    const sources = [...(profiles.find((p) => p.articleId === a.id)?.sources ?? [])].sort((x, y) => y.count - x.count);
    return { article, total: sources.length, top: sources.slice(0, SOURCES_SHOWN) };
  });
}

// --- independent origins behind shared facts -----------------------------------------------

/** Counts each shared group's independent origins; the groups that rest on one origin are named. */
function originsFinding(model: EventModel): OriginsFinding | null {
  if (model.articleOrigins.length === 0) return null;
  const carried = model.groups.filter((g) => g.independence && g.independence.outlets > 1);
  return {
    groups: carried.length,
    confirmed: carried.filter((g) => g.independence!.independent > 1).length,
    oneOrigin: carried.filter((g) => g.independence!.independent === 1).map((g) => ({ group: g, label: g.independence!.origins[0]?.label ?? 'one origin' })),
    sharedSource: carried.filter((g) => g.independence!.sharedSources.length > 0),
  };
}

/** The key findings of an event, from its view model. */
export function buildKeyFindings(model: EventModel): KeyFindings {
  const figures = buildFigureRows(model.comparison);
  const figureFindings = figureConflicts(model, figures);
  const entryClaims = figures.map((r) => new Set(r.entry.values.map((v) => v.claim)));
  const covered = (a: string, b: string) => entryClaims.some((claims) => claims.has(a) && claims.has(b));
  return {
    only: onlyFindings(model),
    conflicts: [...figureFindings, ...claimConflicts(model, covered)],
    figureAlerts: figures.filter((r) => FIGURE_ALERTS.has(r.entry.relation)),
    figures,
    contrasts: framingContrasts(model),
    citations: citationFindings(model),
    inCommon: model.groups.length,
    origins: originsFinding(model),
  };
}

/**
 * The origins finding in words, without the groups' ids (each view links them its own way):
 * `10 of 12 facts reported by two or more outlets have two or more independent origins`,
 * `2 have one origin only (...)`, `in 3 the outlets quote one source through separate origins (...)`.
 */
export function originsWords(o: OriginsFinding): { confirmed: string; oneOrigin: string | null; sharedSource: string | null } {
  const have = (n: number) => (n === 1 ? 'has' : 'have');
  return {
    confirmed: `${o.confirmed.toLocaleString('en-US')} of ${plural(o.groups, 'fact')} reported by two or more outlets ${have(o.confirmed)} two or more independent origins`,
    oneOrigin: o.oneOrigin.length > 0 ? `${o.oneOrigin.length.toLocaleString('en-US')} ${have(o.oneOrigin.length)} one origin only (one text or one agency's dispatch)` : null,
    sharedSource: o.sharedSource.length > 0 ? `in ${o.sharedSource.length.toLocaleString('en-US')} the outlets quote one source through separate origins (a shared source, not independent confirmation)` : null,
  };
}

/** Names of the contrast kinds, for people. */
export const contrastName: Record<ContrastKind, string> = {
  'victim-term': 'names for the dead',
  agency: 'who is named as the actor',
  label: 'labels',
  stance: 'reporting stance',
  'scare-quote': 'scare quotes',
};

/** A side's words of a contrast, each once, as written (made inert) with its value (`مدعياً`, `distancing`). */
export function contrastFlags(side: ContrastSide): Array<{ text: string; value: string | null }> {
  const seen = new Set<string>();
  const out: Array<{ text: string; value: string | null }> = [];
  for (const f of side.flags) {
    const text = inertLine(f.text);
    const key = `${text}\u0000${f.value ?? ''}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ text, value: f.value });
    }
  }
  return out;
}

/** A side's words of a contrast as a line of text: `مدعياً (distancing)`; empty when it has none. */
export function contrastWords(side: ContrastSide): string[] {
  return contrastFlags(side).map((f) => `${f.text}${f.value ? ` (${f.value})` : ''}`);
}

/** `1 group`, `2 groups`: a count with its noun. */
export function plural(n: number, word: string, words = `${word}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : words}`;
}

export { ONLY_PARTS, type OnlyPart } from './only-parts.js';
