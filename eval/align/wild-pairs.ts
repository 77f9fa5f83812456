// Claim groups read by hand on random ANT events (eval/wild/groups-*.json) as labelled pairs for the
// link model. The annotated events are one story each; random events mix stories and days, where
// two sentences sharing the topic are easily grouped: the read pairs are pairs an earlier model
// grouped, each read as one fact or two, so they teach which high scorers are false. Each event's
// candidate pairs are described in their own event (context features included), as the aligner
// describes them; only the read pairs are labelled.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from '../../src/compare.js';
import { restates, scoreCandidatePairs, type ScoredPair } from '../../src/align/align.js';
import type { ClaimFeatures } from '../../src/align/features.js';
import { groupLinks } from '../../src/align/group.js';
import { linksOfOneOccurrence } from '../../src/align/occurrences.js';
import type { Article, ArticleResult } from '../../src/types.js';
import { allsidesArticles, DATA, docnoOf, readAntCorpus, ROOT, type SampledEvent } from '../shared.js';
import type { EventPairs } from './dataset.js';
import { WILD_WEIGHT, type TrainingEvent } from './recipe.js';

export type Anchor = [docno: string, firstWords: string];
/**
 * One member as read: `same` says whether it states the group's main fact; `also` names other facts
 * it states (two members sharing a label state that fact together).
 */
export interface ReadMember { anchor: Anchor; outlet: string; same: boolean | null; also?: string[] }
export interface ReadGroup { event: string; fact: string; why: string; link: number | null; decidedBy: string[]; members: ReadMember[] }
export interface GroupFile { about: string; read: string; events: SampledEvent[]; groups: ReadGroup[] }

/** How many first words of a claim name it in a sample file. */
export const ANCHOR_WORDS = 6;
export const anchorKey = (a: Anchor): string => a.join('|');
export const pairKey = (a: Anchor, b: Anchor): string => [anchorKey(a), anchorKey(b)].sort().join(' <> ');
/** A claim's anchor: its article's docno and its first words. */
export const anchorOf = (articleId: string, text: string): Anchor => [docnoOf(articleId), text.split(/\s+/).slice(0, ANCHOR_WORDS).join(' ')];

/** Every pair of members of different articles in a group. */
export function memberPairs<M extends { anchor: Anchor }>(members: readonly M[]): Array<[M, M]> {
  const out: Array<[M, M]> = [];
  members.forEach((a, k) => members.slice(k + 1).forEach((b) => {
    if (a.anchor[0] !== b.anchor[0]) out.push([a, b]);
  }));
  return out;
}

/** Whether two read members state one fact: both the group's, or another both name in `also`; null when either is unread. */
function oneFact(a: ReadMember, b: ReadMember): boolean | null {
  if (a.same === null || b.same === null) return null;
  return (a.same && b.same) || (a.also ?? []).some((f) => (b.also ?? []).includes(f));
}

/** Each read pair's verdict by pair key; a pair read in several groups states one fact when any reading says so. */
export function verdicts(groups: readonly ReadGroup[]): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const g of groups) {
    for (const [a, b] of memberPairs(g.members)) {
      const v = oneFact(a, b);
      if (v === null) continue;
      const key = pairKey(a.anchor, b.anchor);
      out.set(key, out.get(key) === true || v);
    }
  }
  return out;
}

export function readGroupFile(file: string): GroupFile {
  return JSON.parse(readFileSync(file, 'utf8')) as GroupFile;
}

/** One read event: every candidate pair with its vector, and the read ones labelled. */
export interface WildEvent {
  name: string;
  results: ArticleResult[];
  features: ClaimFeatures[];
  /** Every candidate pair (grouping needs them all). */
  all: ScoredPair[];
  /** Each candidate's pair key (its two claims' anchors). */
  keys: string[];
  /** The verdicts of the sample, by pair key. */
  verdict: Map<string, boolean>;
  /** The read candidates, as training data (1: read as one fact). */
  pairs: ScoredPair[];
  labels: number[];
}

/**
 * The events of a read sample, described by the current code. A read pair that is no longer a
 * candidate (its claims cut differently now) teaches nothing and is left out.
 */
export function wildEvents(corpus: ReadonlyMap<string, Article>, file: string, floor: number, maxCandidates: number): WildEvent[] {
  const read = readGroupFile(file);
  const verdict = verdicts(read.groups);
  return read.events.map((e) => {
    const results = e.articles.map((d) => {
      const article = corpus.get(d);
      if (!article) throw new Error(`${file}: article ${d} is not in the corpus`);
      return analyzeArticle(article);
    });
    const { features, pairs: all } = scoreCandidatePairs(results, floor, maxCandidates);
    const anchor = features.map((f) => anchorOf(results[f.article].id, f.claim.text));
    const keys = all.map((p) => pairKey(anchor[p.i], anchor[p.j]));
    const pairs: ScoredPair[] = [];
    const labels: number[] = [];
    all.forEach((p, k) => {
      const v = verdict.get(keys[k]);
      if (v === undefined) return;
      pairs.push(p);
      labels.push(v ? 1 : 0);
    });
    return { name: e.event, results, features, all, keys, verdict, pairs, labels };
  });
}

/** Read pairs a grouping keeps: how many read as one fact, how many as different facts. */
export interface WildCounts { trueKept: number; falseKept: number }

/**
 * Groups a read event from link probabilities (one per candidate of `all`) as the aligner does
 * (groups of two outlets or more) and counts the read pairs that sit in a group, each pair once.
 */
export function scoreWildGrouping(e: WildEvent, probs: readonly number[], threshold: number, joinMin: number): WildCounts {
  const links = linksOfOneOccurrence(e.all.map((p, n) => ({ i: p.i, j: p.j, p: probs[n] })), e.features, (a) => e.results[a].date);
  const article = (c: number) => e.features[c].article;
  const outlet = (c: number) => e.results[article(c)].outlet ?? `#${article(c)}`;
  const groups = groupLinks(links, article, { threshold, joinMin }, (a, b) => restates(e.features[a], e.features[b])).filter(
    (members) => new Set(members.map(outlet)).size >= 2,
  );
  const anchor = (c: number) => anchorOf(e.results[article(c)].id, e.features[c].claim.text);
  const seen = new Set<string>();
  const counts: WildCounts = { trueKept: 0, falseKept: 0 };
  for (const g of groups) {
    for (const [a, b] of memberPairs(g.map((c) => ({ anchor: anchor(c) })))) {
      const key = pairKey(a.anchor, b.anchor);
      if (seen.has(key)) continue;
      seen.add(key);
      const v = e.verdict.get(key);
      if (v === true) counts.trueKept += 1;
      else if (v === false) counts.falseKept += 1;
    }
  }
  return counts;
}

/** The events' read pairs as training data, in the shape the link recipe fits. */
export function asTraining(events: readonly WildEvent[]): Array<Pick<EventPairs, 'pairs' | 'labels'>> {
  return events.map((e) => ({ pairs: e.pairs, labels: e.labels }));
}

/** The development sample the link model trains on (never a held-out sample). */
export const WILD_DEV_FILE = path.join(ROOT, 'eval', 'wild', 'groups-dev.json');

/**
 * The read development sample's events (and those of the samples `also` names: an experiment,
 * `eval/align-wild-cv.ts --also`), described by the current code, or null (after one line
 * saying why) when the corpus or the sample is absent.
 */
export function devWildEvents(floor: number, maxCandidates: number, also: readonly string[] = []): WildEvent[] | null {
  const dir = path.join(DATA, 'ant-corpus-multisource');
  if (!existsSync(dir) || !existsSync(WILD_DEV_FILE)) {
    console.log(`skipped: the read wild groups (${path.relative(ROOT, WILD_DEV_FILE)} with ../shared/data/ant-corpus-multisource) are absent`);
    return null;
  }
  const corpus = readAntCorpus(dir);
  // A read AllSides sample (English first paragraphs) names articles of the AllSides crawl.
  if (also.some((f) => path.basename(f).includes('allsides'))) for (const [id, a] of allsidesArticles() ?? []) corpus.set(id, a);
  return [WILD_DEV_FILE, ...also].flatMap((file) => wildEvents(corpus, file, floor, maxCandidates));
}

/** The read development sample as the link recipe trains on it (each event weighing `WILD_WEIGHT`); [] when absent. */
export function wildTrainingEvents(floor: number, maxCandidates: number): TrainingEvent[] {
  return asTraining(devWildEvents(floor, maxCandidates) ?? []).map((e) => ({ ...e, weight: WILD_WEIGHT }));
}
