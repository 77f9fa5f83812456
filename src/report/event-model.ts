// The one view model of an event, read by the HTML and Markdown reports and the terminal UI:
// article letters and outlet names, every claim's label and its own status (as the Comparison's
// `ClaimGroup.status` says: never recomputed), groups in reading order, the coverage matrix with
// each cell's status from its members, totals and per-outlet figures. With a review applied, the
// reviewer's decisions stand in place of the engine's and the engine's stay beside them
// (review-view.ts).
import type { ArticleResult, Claim, ClaimGroup, Comparison, Conflict, EventGroup, GroupFraming, OriginSupport, PairDiff, Relation, ReviewMark } from '../types.js';
import { groupVerdictText, isReviewed, markByline, markVerdictText, reviewedComparison, type ReviewView, type UnreviewedDisplay } from './review-view.js';

/** A claim's own status: its relation within its group, or `unique` when no other outlet reports it. */
export type ClaimStatus = Relation | 'unique';

/** A coverage cell: the status of the outlet's claims in that row, or `absent` when it reports none. */
export type CellStatus = ClaimStatus | 'absent';

/** The statuses in the order the views list them. */
export const STATUSES: readonly ClaimStatus[] = ['shared', 'partial', 'conflict', 'unique'];

/**
 * Which status a view shows first, and which one a cell shows when an outlet has two claims in one
 * row with different statuses: a conflict is never hidden behind an agreement.
 */
const DISPLAY_ORDER: Record<ClaimStatus, number> = { conflict: 0, partial: 1, shared: 2, unique: 3 };

/** Symbols, so status never depends on colour alone. */
export const statusSymbol: Record<CellStatus, string> = { shared: '=', partial: '~', conflict: '!', unique: '+', absent: '·' };

/** Status names for people. */
export const statusName: Record<CellStatus, string> = {
  shared: 'shared',
  partial: 'partial',
  conflict: 'conflicting',
  unique: 'only one outlet',
  absent: 'not reported',
};

/** What each status means, for legends. */
export const statusMeaning: Record<ClaimStatus, string> = {
  shared: 'the outlets state the same thing',
  partial: 'the same fact, one side adds or changes detail',
  conflict: 'the outlets give competing values',
  unique: 'reported by one outlet, omitted by the others',
};

/** A, B, ..., Z, AA, AB ... in article order. */
export function articleLetter(index: number): string {
  let s = '';
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Longest file name shown for an article of unknown outlet before it is shortened. */
const FILE_NAME_MAX = 14;

/** The file name of an article's source without folders, record number and extension, shortened (`003_f2b0d233…`); the id for stdin. */
export function shortFileName(article: Pick<ArticleResult, 'id'> & { source?: string }): string {
  const file = article.source && article.source !== '-' && !/#\d+$/.test(article.source) ? (article.source.split(/[\\/]/).pop() ?? article.id).replace(/\.[^.]+$/, '') : article.id;
  return file.length > FILE_NAME_MAX ? `${file.slice(0, FILE_NAME_MAX - 2)}…` : file;
}

/** The outlet, or for an unknown outlet the article's file name, shortened. */
export function outletName(article: Pick<ArticleResult, 'outlet' | 'id'> & { source?: string }): string {
  return article.outlet ?? shortFileName(article);
}

/** claim id -> its article's index and the claim. */
export function claimIndex(comparison: Comparison): Map<string, { article: number; claim: Claim }> {
  const index = new Map<string, { article: number; claim: Claim }>();
  comparison.articles.forEach((a, article) => {
    for (const claim of a.claims) index.set(claim.id, { article, claim });
  });
  return index;
}

/** A claim as the views cite it: `A9` is the 9th claim of article A, with its own status. */
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
  /** Its status in its group (`ClaimGroup.status`), or `unique`. */
  status: ClaimStatus;
  /** Its group, or null for a unique claim. */
  group: ClaimGroup | null;
  /** Ids of the claims (of other articles) it conflicts with. */
  against: string[];
  /** Story order: by article, then by place in the article. */
  place: number;
  /** The reviewer's decision on the claim itself, when there is one. */
  review: ReviewMark | null;
}

/** One independent origin of a group as views name it. */
export interface OriginView {
  origin: OriginSupport;
  /** `AFP via alarabia and skynews`, `BBC's own correspondent`, `one uncredited text via A and B`. */
  label: string;
  /** Letters of the articles that carry it. */
  letters: string[];
}

/** How many independent origins stand behind a group: what a view (or a key-findings list) says about its support. */
export interface IndependenceView {
  /** Outlets that report it (an outlet that filed the same text twice counts once). */
  outlets: number;
  /** Independent origins among them. */
  independent: number;
  /** `reported by 4 outlets, 2 independent: AFP via alarabia and skynews; BBC's own correspondent`. */
  summary: string;
  origins: OriginView[];
  /** `B2, D4 quote المرصد السوري from different origins: a shared source, not independent confirmation`. */
  sharedSources: string[];
  /** `B3 and C2 carry one AFP text: their difference (number: 31 / 48) is an edit, not independent disagreement`. */
  edits: string[];
}

export interface GroupView {
  /** The group as the reviewer left it (the engine's when no review touches it). */
  group: ClaimGroup;
  /** Members in story order. */
  members: ClaimRef[];
  framing: GroupFraming | null;
  /** The engine's and the reviewer's verdicts side by side (`engine: partial; reviewer: conflict`), null when no one reviewed it. */
  verdict: string | null;
  /** The reviewer's note with who and when, or null. */
  byline: string | null;
  /** A verdict or a correction was given (with `--unreviewed mark`, the others say so). */
  reviewed: boolean;
  /** Independent origins behind it, when the comparison records them. */
  independence: IndependenceView | null;
}

/** One outlet's cell of a coverage row. */
export interface MatrixCell {
  /** The outlet's claims in this row (none when it leaves the claim out). */
  refs: ClaimRef[];
  /** Its claims' own status (the first in display order when they differ), or `absent`. */
  status: CellStatus;
  /** Its claims share their origin with another outlet's in the row (one text, one agency's dispatch): no independent confirmation. */
  copied: boolean;
}

/** One article's origin as views show it. */
export interface ArticleOriginView {
  /** Whom it credits, e.g. `AFP (byline: فرانس برس)`, or `no one`. */
  credits: string;
  /** The origin its text counts under (`AFP`, `BBC`). */
  origin: string;
  /** Index of the article it repeats (its outlet filed the same text twice), or null. */
  duplicateOf: number | null;
  /** Share of its text found in other outlets' articles, 0..1. */
  copiedShare: number;
  /** One line for the article list: `credits AFP (byline) · 93% of its text also in other outlets' articles`. */
  note: string;
}

/** One row of the coverage matrix: a claim group, or a claim only one outlet reported. */
export interface MatrixRow {
  kind: 'group' | 'unique';
  /** The group id, or the claim id of a unique claim: what a view opens. */
  id: string;
  /** `g3` for a group, `A12` for a unique claim. */
  label: string;
  /** The group's relation (its strongest pair), or `unique`. */
  status: ClaimStatus;
  /** Per article (in article order). */
  cells: MatrixCell[];
  /** Outlets and independent origins behind the row (null for a unique claim or without origins). */
  independence: { outlets: number; independent: number } | null;
  /** The first member in story order, whose wording labels the row. */
  lead: ClaimRef;
  members: ClaimRef[];
  group: GroupView | null;
  /** The verdicts side by side for a group, the reviewer's verdict for a unique claim; null when no one reviewed it. */
  verdict: string | null;
  /** The reviewer's note with who and when, or null. */
  byline: string | null;
  reviewed: boolean;
  /** A group the reviewer set aside: shown by the terminal UI (to undo it), left out of the reports' matrix. */
  setAside: boolean;
}

/** What an outlet reported, counted in claims by their own status. */
export interface OutletFigures {
  claims: number;
  shared: number;
  partial: number;
  conflict: number;
  unique: number;
}

export interface Totals {
  claims: number;
  groups: number;
  /** Claim groups by their relation. */
  groupsBy: Record<Relation, number>;
  /** Claims by their own status (they add up to `claims`). */
  claimsBy: Record<ClaimStatus, number>;
}

export interface EventModel {
  comparison: Comparison;
  event: EventGroup | null;
  /** The report's heading: a headline (the event label or an article's title), else what the event was grouped on. */
  title: string;
  /** When the heading is not a headline: its English part and the article terms it names, for views that set them apart. */
  titleParts: { lead: string; terms: string[] } | null;
  date: string | null;
  letters: string[];
  /** Per article: the outlet's name, or its file name shortened when the outlet is unknown. */
  outlets: string[];
  /** Per article: whether the outlet is known (else `outlets` holds a file name, shown once, in the list of articles). */
  named: boolean[];
  refs: Map<string, ClaimRef>;
  /** Group id -> HTML id of its section (`group-3`), from its position: group ids are data, not trusted as ids. */
  groupAnchors: Map<string, string>;
  /** Groups in reading order: conflicts, then partial, then shared; within each, by the first member's place. */
  groups: GroupView[];
  /** Per article, its claims no other outlet reported, in text order. */
  unique: ClaimRef[][];
  /** The coverage matrix in reading order: the groups as above, then the unique claims in story order. */
  matrix: MatrixRow[];
  /** The same rows in story order: by the first article that reports them, then by where it does. */
  story: MatrixRow[];
  /** Per article. */
  figures: OutletFigures[];
  totals: Totals;
  /** The review applied to the comparison, or null. */
  review: ReviewView | null;
  /** Groups the reviewer set aside, with the engine's relation. */
  setAside: GroupView[];
  /** Per article: whom it credits, the origin it counts under, a duplicate filing (empty when the comparison has no origins). */
  articleOrigins: ArticleOriginView[];
}

/** The first status in display order. */
function firstInOrder(statuses: readonly ClaimStatus[]): ClaimStatus {
  return statuses.reduce((best, s) => (DISPLAY_ORDER[s] < DISPLAY_ORDER[best] ? s : best));
}

function claimRefs(comparison: Comparison, letters: readonly string[]): Map<string, ClaimRef> {
  const refs = new Map<string, ClaimRef>();
  comparison.articles.forEach((a, article) => {
    a.claims.forEach((claim, i) => {
      const letter = letters[article];
      const label = `${letter}${i + 1}`;
      refs.set(claim.id, { claim, article, letter, n: i + 1, label, anchor: `claim-${label}`, status: 'unique', group: null, against: [], place: article * 1e6 + i, review: claim.review ?? null });
    });
  });
  for (const group of comparison.groups) {
    for (const id of group.members) {
      const ref = refs.get(id);
      if (!ref) continue;
      // The member's own status as the classify stage recorded it; a member it left out takes the group's.
      const own = group.status?.find((s) => s.claim === id);
      const status = own?.relation ?? group.relation;
      // A claim that states two facts sits in two groups: it shows its most serious status, and the
      // claims it conflicts with in any of them.
      if (ref.group === null || DISPLAY_ORDER[status] < DISPLAY_ORDER[ref.status]) {
        ref.group = group;
        ref.status = status;
      }
      for (const other of own?.against ?? []) if (!ref.against.includes(other)) ref.against.push(other);
    }
  }
  return refs;
}

/**
 * A member as a group's views show it: its status and the claims it conflicts with in that group
 * (a claim that states two facts may agree in one group and conflict in the other).
 */
function inGroup(group: ClaimGroup, ref: ClaimRef): ClaimRef {
  const own = group.status?.find((s) => s.claim === ref.claim.id);
  return { ...ref, group, status: own?.relation ?? group.relation, against: own?.against ?? [] };
}

function emptyCounts(): Record<ClaimStatus, number> {
  return { shared: 0, partial: 0, conflict: 0, unique: 0 };
}

/**
 * The view model of one event. A reviewed comparison is shown as the reviewer left it; `display`
 * says what to do with what no one reviewed (`hide`: only reviewed groups and claims are listed).
 */
export function buildEventModel(engine: Comparison, event: EventGroup | null = null, display: UnreviewedDisplay = 'show'): EventModel {
  const { comparison, review } = reviewedComparison(engine, display);
  const engineGroups = new Map([...engine.groups, ...(engine.review?.groups ?? [])].map((g) => [g.id, g]));
  const hide = review !== null && display === 'hide';
  const letters = comparison.articles.map((_, i) => articleLetter(i));
  const refs = claimRefs(comparison, letters);
  const refsOf = (ids: readonly string[]) => ids.map((id) => refs.get(id)).filter((r): r is ClaimRef => r !== undefined);
  const byPlace = (x: ClaimRef, y: ClaimRef) => x.place - y.place;

  const framingByGroup = new Map((comparison.framing?.groups ?? []).map((g) => [g.groupId, g]));
  const labelOf = (id: string) => refs.get(id)?.label ?? id;
  const groupView = (group: ClaimGroup, members: ClaimRef[]): GroupView => {
    const original = engineGroups.get(group.id) ?? group;
    return {
      group,
      members,
      framing: framingByGroup.get(group.id) ?? null,
      verdict: groupVerdictText(original),
      byline: markByline(group.review),
      reviewed: isReviewed(original),
      independence: independenceOf(group, letters, comparison, labelOf),
    };
  };
  const groups: GroupView[] = comparison.groups
    .map((group) => groupView(group, refsOf(group.members).map((r) => inGroup(group, r)).sort(byPlace)))
    .filter((g) => g.members.length > 0 && (!hide || g.reviewed))
    .sort((x, y) => DISPLAY_ORDER[x.group.relation] - DISPLAY_ORDER[y.group.relation] || byPlace(x.members[0], y.members[0]));
  const setAside = (review?.setAside ?? []).map((group) => groupView(group, refsOf(group.members).sort(byPlace))).filter((g) => g.members.length > 0);

  const unique = comparison.articles.map((a) => refsOf(comparison.unique[a.id] ?? []).filter((r) => !hide || (r.review?.verdict ?? null) !== null).sort(byPlace));

  const cellOf = (refsHere: ClaimRef[], group: ClaimGroup | null = null): MatrixCell => ({
    refs: refsHere,
    status: refsHere.length > 0 ? firstInOrder(refsHere.map((r) => r.status)) : 'absent',
    copied: group !== null && refsHere.some((r) => sharesOrigin(group, r.claim.id)),
  });
  // A group's row; a set-aside group keeps the engine's relation, each member's status as it now stands.
  const groupRow = (g: GroupView, aside: boolean): MatrixRow => ({
    kind: 'group' as const,
    id: g.group.id,
    label: g.group.id,
    status: g.group.relation,
    cells: comparison.articles.map((_, i) => cellOf(g.members.filter((m) => m.article === i), g.group)),
    independence: g.independence && { outlets: g.independence.outlets, independent: g.independence.independent },
    lead: g.members[0],
    members: g.members,
    group: g,
    verdict: g.verdict,
    byline: g.byline,
    reviewed: aside || g.reviewed,
    setAside: aside,
  });
  const matrix: MatrixRow[] = [
    ...groups.map((g) => groupRow(g, false)),
    ...unique.flat().map((r) => ({
      kind: 'unique' as const,
      id: r.claim.id,
      label: r.label,
      status: 'unique' as const,
      cells: comparison.articles.map((_, i) => cellOf(i === r.article ? [r] : [])),
      independence: null,
      lead: r,
      members: [r],
      group: null,
      verdict: markVerdictText(r.review ?? undefined),
      byline: markByline(r.review ?? undefined),
      reviewed: (r.review?.verdict ?? null) !== null,
      setAside: false,
    })),
  ];
  const asideRows: MatrixRow[] = setAside.map((g) => groupRow(g, true));

  const figures: OutletFigures[] = comparison.articles.map((a) => ({ claims: a.claims.length, ...emptyCounts() }));
  const claimsBy = emptyCounts();
  for (const ref of refs.values()) {
    figures[ref.article][ref.status] += 1;
    claimsBy[ref.status] += 1;
  }
  const groupsBy: Record<Relation, number> = { shared: 0, partial: 0, conflict: 0 };
  for (const g of groups) groupsBy[g.group.relation] += 1;

  return {
    comparison,
    event,
    ...eventTitle(comparison, event),
    date: event?.date ?? firstDate(comparison.articles),
    letters,
    outlets: comparison.articles.map(outletName),
    named: comparison.articles.map((a) => a.outlet !== null),
    refs,
    groupAnchors: new Map(comparison.groups.map((g, i) => [g.id, `group-${i + 1}`])),
    groups,
    unique,
    matrix,
    story: [...matrix, ...asideRows].sort((x, y) => byPlace(x.lead, y.lead)),
    figures,
    totals: { claims: refs.size, groups: groups.length, groupsBy, claimsBy },
    review,
    setAside,
    articleOrigins: articleOrigins(comparison),
  };
}

/** A headline: a title of at most this many characters (a longer one is the lead sentence of a file without a title line). */
const HEADLINE_MAX = 140;

/**
 * The report's heading: the event's label when it is a headline, else the first headline among the
 * articles, else what the event was grouped on (`2 outlets, 2024-02-07: نتنياهو · رفح`), never a lead cut short.
 */
export function eventTitle(comparison: Comparison, event: EventGroup | null): Pick<EventModel, 'title' | 'titleParts'> {
  const headline = (t: string | null | undefined) => Boolean(t && t.trim().length > 0 && t.trim().length <= HEADLINE_MAX && !t.trim().endsWith('…'));
  if (event && headline(event.label)) return { title: event.label, titleParts: null };
  const titled = comparison.articles.find((a) => headline(a.title));
  if (titled) return { title: titled.title, titleParts: null };
  const outlets = new Set(comparison.articles.map((a) => a.outlet ?? a.id)).size;
  const date = event?.date ?? firstDate(comparison.articles);
  const what = `${outlets} outlet${outlets === 1 ? '' : 's'}${date ? `, ${date.slice(0, 10)}` : ''}`;
  const terms = event?.evidence.terms.slice(0, 4) ?? [];
  const lead = terms.length > 0 ? `${what}:` : `Coverage compared: ${what}`;
  return { title: terms.length > 0 ? `${lead} ${terms.join(' · ')}` : lead, titleParts: { lead, terms } };
}

// --- independence --------------------------------------------------------------------------

/** `A`, `A and B`, `A, B and C`. */
function listing(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** How an origin is named: `AFP via alarabia and skynews`, `BBC's own correspondent`, `CNN`. */
export function originLabel(o: OriginSupport): string {
  switch (o.kind) {
    case 'agency':
      return `${o.name} via ${listing(o.via)}`;
    case 'agencies':
      return `unnamed agencies via ${listing(o.via)}`;
    case 'shared-text':
      return `one uncredited text via ${listing(o.via)}`;
    case 'own':
      if (o.gloss.includes('own correspondent')) return `${o.name}'s own correspondent`;
      if (o.via.length === 1 && o.via[0] !== o.name) return `${o.name}'s correspondent via ${o.via[0]}`;
      return o.gloss.includes('agencies') ? `${o.name} (with agencies it does not name)` : o.name;
  }
}

/** True when the claim's origin in the group is carried by more than one outlet. */
function sharesOrigin(group: ClaimGroup, claim: string): boolean {
  return group.origins?.independent.some((o) => o.claims.includes(claim) && o.via.length > 1) ?? false;
}

const claimDayCache = new WeakMap<Comparison, Map<string, string | null>>();
/** Each claim's report day (its article's date), built once per comparison. */
function claimDays(comparison: Comparison): Map<string, string | null> {
  let days = claimDayCache.get(comparison);
  if (!days) {
    days = new Map(comparison.articles.flatMap((a) => a.claims.map((c) => [c.id, a.date?.slice(0, 10) ?? null] as const)));
    claimDayCache.set(comparison, days);
  }
  return days;
}

function independenceOf(group: ClaimGroup, letters: readonly string[], comparison: Comparison, labelOf: (id: string) => string): IndependenceView | null {
  const o = group.origins;
  if (!o) return null;
  const index = new Map(comparison.articles.map((a, i) => [a.id, i]));
  const origins = o.independent.map((x) => ({ origin: x, label: originLabel(x), letters: x.articles.map((a) => letters[index.get(a) ?? 0]) }));
  const dayOfClaim = claimDays(comparison);
  const twice = o.independent.flatMap((x) => x.basis.filter((b) => b.includes('filed the same text twice')));
  const outlets = `${o.outlets} outlet${o.outlets === 1 ? '' : 's'}`;
  const count = `${o.count} independent`;
  const summary = `reported by ${outlets}, ${count}: ${origins.map((x) => x.label).join('; ')}${twice.length > 0 ? ` (${twice.map((t) => t.replace(/ \(.*\)/, '')).join('; ')})` : ''}`;
  return {
    outlets: o.outlets,
    independent: o.count,
    summary,
    origins,
    sharedSources: o.sharedSources.map((s) => `${listing(s.claims.map(labelOf))} quote ${s.name} from ${s.origins.length} origins: a shared source, not independent confirmation`),
    edits: o.edits.map((e) => {
      const name = o.independent.find((x) => x.key === e.origin)?.name ?? e.origin;
      const pair = `${labelOf(e.a)} and ${labelOf(e.b)}`;
      if (e.kind === 'copy') return `${pair} are one text: their difference (${e.note}) is an edit of it, not independent disagreement`;
      if (e.kind === 'agency') return `${pair} both credit ${name}: their difference (${e.note}) lies between its reports (an update or an edit), not independent disagreement`;
      // Reports of different days are a follow-up (an update, or that day's news), not a changed account.
      const [da, db] = [e.a, e.b].map((c) => dayOfClaim.get(c) ?? null);
      if (da !== null && db !== null && da !== db) return `${pair} are both ${name}'s own reports, of ${da} and ${db}: their difference (${e.note}) lies between its reports of two days (an update, or each day's news), not two sources disagreeing`;
      return `${pair} are both ${name}'s own reports: the outlet changed its account (${e.note}), not two sources disagreeing`;
    }),
  };
}

function articleOrigins(comparison: Comparison): ArticleOriginView[] {
  const recorded = comparison.origins;
  if (!recorded) return [];
  const index = new Map(comparison.articles.map((a, i) => [a.id, i]));
  const letter = (i: number) => articleLetter(i);
  return comparison.articles.map((a, i) => {
    const own = recorded.find((o) => o.article === a.id);
    const credits = (a.provenance?.credits ?? []).filter((c) => c.from !== 'text');
    const creditText = credits.length === 0 ? 'no one' : credits.map((c) => `${c.kind === 'writer' ? `writer ${c.name}` : c.name} (${c.from}: ${c.text})`).join(', ');
    const duplicateOf = own?.duplicateOf ? index.get(own.duplicateOf) ?? null : null;
    const copiedShare = own?.copiedShare ?? 0;
    const parts = [`credits ${creditText}`, `counts under ${own?.origin.name ?? outletName(a)}`];
    if (duplicateOf !== null) parts.push(`the same text as [${letter(duplicateOf)}] filed again by ${outletName(a)}: counted once`);
    if (copiedShare >= 0.05) parts.push(`${Math.round(copiedShare * 100)}% of its text also in other outlets' articles`);
    return { credits: creditText, origin: own?.origin.name ?? outletName(a), duplicateOf, copiedShare, note: parts.join(' · ') };
  });
}

function firstDate(articles: readonly ArticleResult[]): string | null {
  const dates = articles.map((a) => a.date).filter((d): d is string => d !== null).sort();
  return dates[0] ?? null;
}

/** `A · outlet`: how the views name an article next to its letter. */
export function outletLabel(model: EventModel, article: number): string {
  return `${model.letters[article]} · ${model.outlets[article]}`;
}

/**
 * How the views name an article after the list of articles: `A · Al Arabiya`, or the letter alone
 * when the outlet is unknown (its file name is shown once, in the list of articles).
 */
export function outletTag(model: EventModel, article: number): string {
  return model.named[article] ? outletLabel(model, article) : model.letters[article];
}

/** One rival value of a pair, with the claim that gives it. */
export interface RivalSide {
  ref: ClaimRef;
  text: string;
}

/** A pair's rival values, each with its claim (`A2 95 / B2 116`), in the pair's order. */
export interface RivalValues {
  kind: Conflict['kind'];
  a: RivalSide;
  b: RivalSide;
}

/** A figure that rose between two reports, earlier report first (`C2 77 -> B2 116`). */
export interface UpdateStep {
  kind: Conflict['kind'];
  earlier: RivalSide;
  later: RivalSide;
}

function rivals(model: EventModel, d: PairDiff, values: readonly Conflict[] | undefined): RivalValues[] {
  const a = model.refs.get(d.a);
  const b = model.refs.get(d.b);
  if (!a || !b || !values?.length) return [];
  return values.map((c) => ({ kind: c.kind, a: { ref: a, text: c.a }, b: { ref: b, text: c.b } }));
}

/** A pair's conflicts with the claims that give each side. */
export function conflictSides(model: EventModel, d: PairDiff): RivalValues[] {
  return rivals(model, d, d.conflicts);
}

/**
 * The rival figures of a pair that the event's figures read as a toll rising (`PairDiff.updated`,
 * kept in the pair's own order), each turned to time order: the earlier report's value first, as
 * the figures stage ordered the reports (`PairDiff.updatedLater`).
 */
export function updateSteps(model: EventModel, d: PairDiff): UpdateStep[] {
  const aLater = d.updatedLater === 'a';
  return rivals(model, d, d.updated).map(({ kind, a, b }) => (aLater ? { kind, earlier: b, later: a } : { kind, earlier: a, later: b }));
}

/** The labels (`B3`) of the claims a claim conflicts with. */
export function againstLabels(model: EventModel, ref: ClaimRef): string[] {
  return ref.against.map((id) => model.refs.get(id)?.label ?? id);
}

/**
 * The matrix as a compact string for reading and tests: the letters, then one line per row with
 * its status symbol, label and one symbol per outlet (`! g2  ~ ! !`).
 */
export function formatMatrix(model: EventModel, rows: readonly MatrixRow[] = model.matrix): string {
  const width = Math.max(3, ...rows.map((r) => r.label.length));
  const head = `${' '.repeat(width + 3)}${model.letters.join(' ')}`;
  return [head, ...rows.map((r) => `${statusSymbol[r.status]} ${r.label.padEnd(width)}  ${r.cells.map((c) => statusSymbol[c.status]).join(' ')}`)].join('\n');
}
