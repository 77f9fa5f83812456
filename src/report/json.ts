// The JSON outputs: each carries `$schema`, the `$id` of its JSON Schema in the package's schemas/
// folder, beside the `schema` name of its contract. `--only` narrows a comparison and says so.
import type { Comparison, CorpusAnalysis, EventGroup, FramingProfile, ArticleResult, ClaimGroup, PairDiff } from '../types.js';
import type { OnlyPart } from './key-findings.js';

/** The `$id` of each contract's JSON Schema (schemas/<name>.schema.json in the package). */
export const SCHEMA_IDS = {
  compare: 'urn:claimdiff:schema:compare/1',
  corpus: 'urn:claimdiff:schema:corpus/1',
  events: 'urn:claimdiff:schema:events/1',
  framing: 'urn:claimdiff:schema:framing/1',
} as const;

/** Verdicts that `--only conflicts` keeps of the figures table. */
const DISPUTED = new Set(['conflict', 'updated', 'absence']);

/** A group's pair as the JSON lists it in `groups[].diffs`: its relation and score in this group; the words are in `pairs`. */
export type PairRef = Pick<PairDiff, 'a' | 'b' | 'relation' | 'score'>;

/** One aligned pair's word-level comparison, given once in the JSON's `pairs` whatever the groups that hold it. */
export type PairWords = Pick<PairDiff, 'a' | 'b' | 'parts' | 'substitutions' | 'conflicts' | 'updated' | 'updatedLater'>;

/**
 * The groups with their diffs as references, and each pair's words once: a claim stating several
 * facts sits in several groups, and at 1,000 articles a quarter of the pairs did, each repeating its
 * word diff. A pair is known by its two claim ids (`a`, `b`), the same in the group and the table.
 */
function pairTable(groups: readonly ClaimGroup[]): { groups: Array<Omit<ClaimGroup, 'diffs'> & { diffs: PairRef[] }>; pairs: PairWords[] } {
  const pairs = new Map<string, PairWords>();
  const refs = groups.map((g) => ({
    ...g,
    diffs: g.diffs.map(({ a, b, relation, score, parts, substitutions, conflicts, updated, updatedLater }): PairRef => {
      const key = `${a}\u0000${b}`;
      if (!pairs.has(key)) pairs.set(key, { a, b, parts, substitutions, conflicts, ...(updated && { updated }), ...(updatedLater && { updatedLater }) });
      return { a, b, relation, score };
    }),
  }));
  return { groups: refs, pairs: [...pairs.values()] };
}

/**
 * A comparison as the `claimdiff.compare/1` JSON gives it, plus `$schema`: every field, except that
 * each group's `diffs` give the pairs' relation and score and the top-level `pairs` give each pair's
 * word diff, substitutions and conflicts once. With `only` it keeps the articles and options and
 * narrows the rest to that part (`only` says which): `conflicts` the conflicting groups and the
 * disputed figures, `figures` the figures table, `omissions` what only one outlet reports,
 * `framing` the framing comparison; `pairs` holds the pairs of the groups kept.
 */
export function compareJson(comparison: Comparison, only: OnlyPart | null = null): object {
  const kept = !only ? comparison.groups : only === 'conflicts' ? comparison.groups.filter((g) => g.relation === 'conflict') : [];
  const table = pairTable(kept);
  // Key order: as the Comparison, with `pairs` right after `groups`.
  const base: Record<string, unknown> = { $schema: SCHEMA_IDS.compare };
  for (const [key, value] of Object.entries(comparison)) {
    if (key !== 'groups') base[key] = value;
    else Object.assign(base, table);
  }
  if (!only) return base;
  const none = Object.fromEntries(comparison.articles.map((a) => [a.id, [] as string[]]));
  return {
    ...base,
    only,
    unique: only === 'omissions' ? comparison.unique : none,
    figures: only === 'figures' ? (comparison.figures ?? []) : only === 'conflicts' ? (comparison.figures ?? []).filter((f) => DISPUTED.has(f.relation)) : [],
    framing: only === 'framing' ? comparison.framing : { profiles: [], groups: [] },
  };
}

/** The `claimdiff.events/1` contract: events with their article ids and evidence (and those a selection did not compare). */
export function eventsJson(events: readonly EventGroup[]): object {
  return { $schema: SCHEMA_IDS.events, schema: 'claimdiff.events/1', events };
}

/** The `claimdiff.corpus/1` contract: the events, one comparison per event, and the events not compared. */
export function corpusJson(analysis: CorpusAnalysis, only: OnlyPart | null = null): object {
  return {
    $schema: SCHEMA_IDS.corpus,
    schema: 'claimdiff.corpus/1',
    events: analysis.events,
    comparisons: analysis.comparisons.map((c) => compareJson(c, only)),
    ...(analysis.notCompared && analysis.notCompared.length > 0 && { notCompared: analysis.notCompared }),
  };
}

/** The `claimdiff.framing/1` contract: each article's framing profile. */
export function framingJson(articles: readonly Pick<ArticleResult, 'id' | 'source' | 'title' | 'outlet'>[], profiles: readonly FramingProfile[]): object {
  return {
    $schema: SCHEMA_IDS.framing,
    schema: 'claimdiff.framing/1',
    articles: articles.map((a, i) => {
      const { articleId: _id, ...profile } = profiles[i];
      return { id: a.id, source: a.source, title: a.title, outlet: a.outlet, ...profile };
    }),
  };
}

/** JSON text as the command line writes it: two-space indent, a final newline. */
export function toJsonText(value: object): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
