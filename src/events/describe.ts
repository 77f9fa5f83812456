// Turns groups of article indices into EventGroups: label, evidence terms, dates, outlets, copies.
import type { Article, EventGroup } from '../types.js';
import { dayOf } from './dates.js';
import { bodyRanges, newWordStream, scanWords, toInput } from './features.js';
import type { Links } from './links.js';
import type { VectorSet } from './vectors.js';
import { eventIds } from './event-id.js';

/** Evidence terms listed per event. */
const EVIDENCE_TERMS = 8;
/** A longer "title" is a first sentence (a .txt without a headline line): cut to LABEL_WORDS words. */
const MAX_TITLE = 140;
const LABEL_WORDS = 14;

export interface DescribeContext {
  articles: readonly Article[];
  vectors: VectorSet;
}

/** Characters scanned at a time when looking for spellings: most shared terms appear early. */
const SCAN_STEP = 1500;

/** Adds to `found` the original spelling of wanted term keys, as first written in the article (title first). */
/** The words scanned for spellings, reused by every call (it is emptied after each stretch). */
const spellStream = newWordStream(512);

function spellTerms(article: Article, wanted: ReadonlySet<number>, found: Map<number, string>): void {
  const stream = spellStream;
  stream.length = 0;
  const take = (source: string): void => {
    for (let i = 0; i < stream.length; i += 1) {
      const key = stream.keys[i];
      if (key !== 0 && wanted.has(key) && !found.has(key)) found.set(key, source.slice(stream.starts[i], stream.ends[i]));
    }
    stream.length = 0;
  };
  if (article.titleSpan) scanWords(article.text, article.titleSpan.start, article.titleSpan.end, stream);
  else if (article.title) scanWords(article.title, 0, article.title.length, stream);
  take(article.titleSpan ? article.text : article.title);
  const ranges = bodyRanges(toInput(article));
  for (let r = 0; r < ranges.length && found.size < wanted.size; r += 2) {
    for (let from = ranges[r]; from < ranges[r + 1] && found.size < wanted.size; ) {
      let to = Math.min(ranges[r + 1], from + SCAN_STEP);
      while (to < ranges[r + 1] && article.text.charCodeAt(to) > 0x20) to += 1; // end on a space, not inside a word
      scanWords(article.text, from, to, stream);
      take(article.text);
      from = to;
    }
  }
}

/**
 * The terms that link the group: words of the central article that other members share, ranked
 * by how many members use them and by their weight there (what they add to the link scores).
 * Numbers are left out.
 */
function sharedTerms(ctx: DescribeContext, central: number, members: readonly number[]): number[] {
  const { start, terms, weights } = ctx.vectors;
  const from = start[central];
  const size = start[central + 1] - from;
  const count = new Float64Array(size);
  const weight = new Float64Array(size);
  for (const m of members) {
    // Both term lists are ascending: one merge pass per member.
    for (let i = from, j = start[m]; i < from + size && j < start[m + 1]; ) {
      if (terms[i] === terms[j]) {
        count[i - from] += 1;
        weight[i - from] += weights[j];
        i += 1;
        j += 1;
      } else if (terms[i] < terms[j]) i += 1;
      else j += 1;
    }
  }
  const ranked: number[] = [];
  for (let i = 0; i < size; i += 1) if (count[i] >= 2 && (terms[from + i] & 1) === 0) ranked.push(i);
  ranked.sort((x, y) => count[y] * weight[y] - count[x] * weight[x] || terms[from + x] - terms[from + y]);
  return ranked.slice(0, EVIDENCE_TERMS).map((i) => terms[from + i]);
}

/** A short label from an article: its title, or the first words of its title or text when that is a sentence, or its id. */
function labelOf(article: Article): string {
  const title = article.title.trim() || article.text.trim() || article.id;
  if (title.length <= MAX_TITLE) return title;
  const words = title.split(/\s+/);
  return words.length > LABEL_WORDS ? `${words.slice(0, LABEL_WORDS).join(' ')} …` : title;
}

/** The member whose title labels the event: the most central one with a headline-sized title, else the most central. */
function labelArticle(articles: readonly Article[], members: readonly number[], centrality: ReadonlyMap<number, number>): number {
  const order = [...members].sort((x, y) => (centrality.get(y) ?? 0) - (centrality.get(x) ?? 0) || x - y);
  const headline = order.find((m) => {
    const t = articles[m].title.trim();
    return t.length > 0 && t.length <= MAX_TITLE;
  });
  return headline ?? order[0];
}

/** One EventGroup per group; groups are given as member lists in input order, sorted by first member. */
export function describeGroups(ctx: DescribeContext, groups: readonly number[][], links: Links, groupOf: Int32Array): EventGroup[] {
  // Each group's links as indices into `links`, not an object per link (a million at 100k articles).
  const inner: number[][] = groups.map(() => []);
  const index = new Map<number, number>();
  groups.forEach((g, i) => index.set(groupOf[g[0]], i));
  for (let e = 0; e < links.length; e += 1) {
    if (groupOf[links.a[e]] === groupOf[links.b[e]]) inner[index.get(groupOf[links.a[e]]) ?? 0].push(e);
  }
  const ids = eventIds(groups.map((members) => members.map((m) => ctx.articles[m].id)));
  return groups.map((members, i): EventGroup => {
    const articles = members.map((m) => ctx.articles[m]);
    const own = inner[i];
    // The most central article (largest sum of link scores inside the group) gives the label and the evidence.
    const centrality = new Map<number, number>();
    for (const e of own) {
      centrality.set(links.a[e], (centrality.get(links.a[e]) ?? 0) + links.score[e]);
      centrality.set(links.b[e], (centrality.get(links.b[e]) ?? 0) + links.score[e]);
    }
    const central = labelArticle(ctx.articles, members, centrality);
    let terms: string[] = [];
    if (members.length > 1) {
      const keys = sharedTerms(ctx, central, members);
      const wanted = new Set(keys);
      const spelled = new Map<number, string>();
      spellTerms(ctx.articles[central], wanted, spelled);
      for (const m of members) {
        if (spelled.size === wanted.size) break;
        if (m !== central) spellTerms(ctx.articles[m], wanted, spelled);
      }
      terms = keys.map((k) => spelled.get(k)).filter((t): t is string => t !== undefined);
    }
    const days = articles.map((a) => dayOf(a.date)).filter((d): d is string => d !== null).sort();
    const date = days.length === 0 ? null : days[0];
    const dateRange: [string, string] | null = days.length > 1 && days[0] !== days[days.length - 1] ? [days[0], days[days.length - 1]] : null;
    const outlets: string[] = [];
    for (const a of articles) if (a.outlet && !outlets.includes(a.outlet)) outlets.push(a.outlet);
    // The link score: the mean of the scored links among the members.
    const score = own.length === 0 ? 0 : own.reduce((s, e) => s + links.score[e], 0) / own.length;
    const nearCopies = own
      .filter((e) => links.copy[e] === 1)
      .map((e): [number, number] => (links.a[e] < links.b[e] ? [links.a[e], links.b[e]] : [links.b[e], links.a[e]]))
      .sort((x, y) => x[0] - y[0] || x[1] - y[1])
      .map(([x, y]): [string, string] => [ctx.articles[x].id, ctx.articles[y].id]);
    return {
      id: ids[i],
      label: labelOf(ctx.articles[central]),
      date,
      dateRange,
      articles: articles.map((a) => a.id),
      outlets,
      evidence: { terms, score: Math.round(score * 1000) / 1000 },
      nearCopies,
    };
  });
}
