// The relation model's training pairs as feature vectors: ANS stance train (agree = 0, disagree =
// 1; `other` left out), and pairs built from real multi-outlet ANT events (each aligned pair of two
// outlets' sentences as an agreement, its sentence edited to contradict the other as a conflict,
// and edited to say the same thing differently as an agreement). Every pair is read as
// `claimdiff pairs` reads it: claims from the two texts, aligned, described by relation-features.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Language } from '../../src/types.js';
import { claimFromText } from '../../src/claims/extract.js';
import { detectLanguage } from '../../src/text/language.js';
import { tokenize } from '../../src/text/token-stream.js';
import { alignPair, alignClaims, defaultAlignOptions, featuresOf } from '../../src/align/align.js';
import { analyzeArticle } from '../../src/compare.js';
import { placeContext } from '../../src/classify/cues/places.js';
import { relationInput, type RelationInput } from '../../src/classify/relation-features.js';
import { dataPath } from '../shared.js';
import { antArticles, multiOutletEvents } from './ant-events.js';
import * as edit from './perturb.js';

/** A pair of texts with its label (1: they contradict each other) and where it comes from. */
export interface TextPair {
  s1: string;
  s2: string;
  label: 0 | 1;
  /** `ans`, or `ant:<edit>` (`ant:real` for an unedited pair). */
  source: string;
  /** The event (ANT) or row (ANS) it comes from, for grouped cross-validation. */
  group: string;
  /** For an edited pair: the index of the unedited pair it was made from. */
  base?: number;
}

export interface Example extends TextPair {
  input: RelationInput;
}

/** ANS stance rows of a split as labelled pairs (`other` left out); null when the data is absent. */
export function ansPairs(split: 'train' | 'dev'): TextPair[] | null {
  const dir = dataPath('ans', 'stance');
  if (!dir) return null;
  const rows = parse(readFileSync(path.join(dir, `${split}.csv`), 'utf8'), { columns: true }) as Array<{ s1: string; s2: string; stance: string }>;
  return rows
    .map((r, k) => ({ r, k }))
    .filter(({ r }) => r.stance === 'agree' || r.stance === 'disagree')
    .map(({ r, k }) => ({ s1: r.s1, s2: r.s2, label: r.stance === 'disagree' ? 1 : 0, source: 'ans', group: `ans:${k}` }) as TextPair);
}

/** Describes text pairs as `claimdiff pairs` does (claims, alignment, relation features). */
export function describePairs(pairs: readonly TextPair[]): Example[] {
  const sources = pairs.flatMap((p, k) =>
    [p.s1, p.s2].map((text, side) => {
      const language = detectLanguage(text).language;
      return { text, language, claims: [claimFromText(`r${k + 1}.${side + 1}`, text, language)] };
    }),
  );
  const features = featuresOf(sources);
  return pairs.map((p, k) => {
    const [i, j] = [2 * k, 2 * k + 1];
    const aligned = alignPair(features, i, j, defaultAlignOptions);
    return { ...p, input: relationInput(features[i], features[j], aligned.diff, placeContext([features[i], features[j]])) };
  });
}

/** How many ANT events and aligned pairs per event the recipe draws on (set beforehand, not tuned). */
export const ANT_EVENTS = 400;
export const PAIRS_PER_EVENT = 12;
const MAX_ARTICLES = 8;

type Sentence = edit.Sentence;

function sentence(text: string, language: Language): Sentence {
  const claim = claimFromText('s', text, language);
  return { claim, tokens: tokenize(text, 0, text.length) };
}

/**
 * Training pairs from real ANT events: for each aligned pair of two outlets' sentences (A, B), the
 * pair itself (an agreement), then A edited to contradict B, and A edited to agree with B in other
 * words, each against B. The edits rotate so that every kind is drawn on.
 */
export function antPairs(): TextPair[] | null {
  const articles = antArticles();
  if (!articles) return null;
  const events = multiOutletEvents(articles, MAX_ARTICLES);
  // Events spread over the whole corpus: every k-th, in corpus order.
  const step = Math.max(1, Math.floor(events.length / ANT_EVENTS));
  const chosen = events.filter((_, k) => k % step === 0).slice(0, ANT_EVENTS);
  const pools: edit.NamePools = { person: [], place: [], organization: [] };
  const seen = { person: new Set<string>(), place: new Set<string>(), organization: new Set<string>() };
  const aligned: Array<{ a: string; b: string; group: string }> = [];
  for (const event of chosen) {
    const results = event.map(analyzeArticle);
    for (const r of results) {
      for (const c of r.claims) {
        for (const e of c.entities) {
          if (e.type === 'other' || seen[e.type].has(e.key)) continue;
          seen[e.type].add(e.key);
          pools[e.type].push(e.text);
        }
      }
    }
    const alignment = alignClaims(results);
    const pairs = alignment.groups.flatMap((g) => g.pairs).map((p) => [alignment.features[p.i].claim.text, alignment.features[p.j].claim.text] as const);
    const unique = [...new Map(pairs.map(([a, b]) => [`${a}\u0000${b}`, [a, b] as const])).values()];
    for (const [a, b] of unique.slice(0, PAIRS_PER_EVENT)) aligned.push({ a, b, group: `ant:${event[0].id}` });
  }
  const conflicting: Array<[string, (s: Sentence, o: Sentence, lang: Language) => string | null]> = [
    ['figure', (s, o) => edit.changeFigure(s, o)],
    ['negation', (s, o, l) => edit.negate(s, o, l)],
    ['place', (s, o) => edit.swapEntity(s, o, 'place', pools)],
    ['person', (s, o) => edit.swapEntity(s, o, 'person', pools)],
    ['organisation', (s, o) => edit.swapEntity(s, o, 'organization', pools)],
    ['nationality', (s, o) => edit.swapNationality(s, o)],
    ['opposite', (s, o) => edit.swapOpposite(s, o)],
    ['weekday', (s, o) => edit.swapWeekday(s, o)],
  ];
  const agreeing: Array<[string, (s: Sentence, o: Sentence, lang: Language) => string | null]> = [
    ['rounded', (s, o, l) => edit.roundFigure(s, o, l)],
    ['vague', (s, o, l) => edit.vagueFigure(s, o, l)],
    ['country', (s) => edit.capitalToCountry(s)],
  ];
  const out: TextPair[] = [];
  aligned.forEach(({ a, b, group }, k) => {
    const language = detectLanguage(a).language;
    const [sa, sb] = [sentence(a, language), sentence(b, language)];
    const base = out.length;
    out.push({ s1: a, s2: b, label: 0, source: 'ant:real', group });
    // The first edit of the rotation that applies, for each kind of pair.
    for (const [list, label] of [[conflicting, 1], [agreeing, 0]] as const) {
      for (let r = 0; r < list.length; r += 1) {
        const [name, apply] = list[(k + r) % list.length];
        const edited = apply(sa, sb, language);
        if (edited === null || edited === a) continue;
        out.push({ s1: edited, s2: b, label, source: `ant:${name}`, group, base });
        break;
      }
    }
    // Both negated: two outlets that both say something did not happen agree.
    if (k % 4 === 0) {
      const [na, nb] = [edit.negate(sa, sb, language), edit.negate(sb, sa, language)];
      if (na && nb) out.push({ s1: na, s2: nb, label: 0, source: 'ant:both-negated', group, base });
    }
  });
  return out;
}

/** The kinds of cue a pair has, the swapped wording left out (nearly every pair of sentences differs in some words). */
export function cueKinds(e: Example): Set<string> {
  return new Set(e.input.cues.filter((c) => c.kind !== 'wording').map((c) => c.kind));
}

/**
 * Drops edited conflicts that the cues cannot see (the edit added no cue its unedited pair lacks):
 * such a pair looks exactly like an agreement to the model and would only teach it noise.
 */
export function visibleEdits(examples: readonly Example[]): Example[] {
  return examples.filter((e) => {
    if (e.base === undefined || e.label === 0) return true;
    const before = cueKinds(examples[e.base]);
    return [...cueKinds(e)].some((k) => !before.has(k));
  });
}
