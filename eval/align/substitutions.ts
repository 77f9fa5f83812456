// Cross-outlet substitutions learned without labels, for the experiment of eval/align-vectors.ts:
// in events several outlets cover (ANT articles grouped by claimdiff's event grouping; BASIL
// triples and AllSides roundups as their sources group them), sentences of two outlets that are
// each other's closest match and share some but not all of their words are taken as restatements
// of one fact, and the stems one side has where the other has others are counted as substitutions
// (قتل / لقي، مقتل / مصرع، انفجار / تفجير). Articles of the annotated events are left out.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ClaimFeatures } from '../../src/align/features.js';
import { contentTerms } from '../../src/align/features.js';
import { tokenize } from '../../src/text/token-stream.js';
import { groupEvents } from '../../src/events/index.js';
import { parseInput } from '../../src/ingest/index.js';
import { DATA } from '../shared.js';
import { annotatedArticles } from './train-vectors.js';

/** A sentence pair counts as a restatement when its IDF-weighted overlap lies in this range (chosen a priori). */
const RESTATES = [0.4, 0.85] as const;
/** A substitution is kept when seen this often. */
const MIN_PAIRS = 4;

/** One outlet's text within an event. */
interface Coverage {
  outlet: string;
  text: string;
}

/** Multi-outlet events of the unannotated data, as lists of each outlet's texts. */
function coveredEvents(): Coverage[][] {
  const excluded = annotatedArticles();
  const events: Coverage[][] = [];
  const ant = path.join(DATA, 'ant-corpus-multisource');
  const lines: string[] = [];
  for (const f of readdirSync(ant).filter((x) => x.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(path.join(ant, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { docno: string; title: string; text: string; src: string; time: string };
      if (!excluded.docs.has(r.docno)) lines.push(JSON.stringify({ id: r.docno, title: r.title, text: r.text, outlet: r.src, date: r.time }));
    }
  }
  const { articles } = parseInput(new TextEncoder().encode(lines.join('\n') + '\n'), 'ant.jsonl');
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const e of groupEvents(articles)) {
    if (e.outlets.length < 2 || e.articles.length > 12) continue;
    events.push(e.articles.map((id) => byId.get(id)!).map((a) => ({ outlet: a.outlet ?? a.id, text: `${a.title}\n${a.text}` })));
  }
  const basil = path.join(DATA, 'basil', 'articles');
  if (existsSync(basil)) {
    const triples = new Map<string, Coverage[]>();
    for (const year of readdirSync(basil).sort()) {
      for (const f of readdirSync(path.join(basil, year)).sort()) {
        const event = f.replace(/_\d+\.json$/, '');
        if (excluded.basilEvents.has(event)) continue;
        const r = JSON.parse(readFileSync(path.join(basil, year, f), 'utf8')) as { title: string; source: string; 'body-paragraphs': string[][] };
        const list = triples.get(event) ?? [];
        list.push({ outlet: r.source, text: `${r.title}\n${r['body-paragraphs'].map((p) => p.join(' ')).join('\n')}` });
        triples.set(event, list);
      }
    }
    events.push(...triples.values());
  }
  const allsides = path.join(DATA, 'allsides-neus', 'lrc_roundup');
  if (existsSync(allsides)) {
    for (const f of ['train.source.txt', 'val.source.txt', 'test.source.txt']) {
      for (const line of readFileSync(path.join(allsides, f), 'utf8').split('\n')) {
        if (line.trim()) events.push(line.split('[SEP]').map((t, k) => ({ outlet: `source ${k}`, text: t.replace(/(TITLE|ARTICLE)=>/g, '\n') })));
      }
    }
  }
  return events;
}

/** A text's sentences as sets of content stems (three or more). */
function sentences(text: string): string[][] {
  return text
    .split(/[.!?؟\n]+/)
    .map((s) => [...new Set(contentTerms(tokenize(s)).filter((t) => !/^\d/.test(t)))])
    .filter((s) => s.length >= 3);
}

const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** Substitution strengths: `count / sqrt(n(a) n(b))` for stem pairs seen `MIN_PAIRS` times or more. */
export function learnSubstitutions(): Map<string, number> | null {
  if (!existsSync(path.join(DATA, 'ant-corpus-multisource'))) return null;
  const events = coveredEvents().map((e) => e.map((c) => ({ outlet: c.outlet, sentences: sentences(c.text) })));
  const df = new Map<string, number>();
  let count = 0;
  for (const e of events) for (const c of e) for (const s of c.sentences) {
    count += 1;
    for (const t of s) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const idf2 = (t: string) => (Math.log((count + 1) / ((df.get(t) ?? 0) + 1)) + 1) ** 2;
  const overlap = (a: string[], b: string[]) => {
    const inB = new Set(b);
    let dot = 0;
    let na = 0;
    let nb = 0;
    for (const t of a) {
      na += idf2(t);
      if (inB.has(t)) dot += idf2(t);
    }
    for (const t of b) nb += idf2(t);
    return dot / Math.sqrt(na * nb);
  };
  const together = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const e of events) {
    for (let x = 0; x < e.length; x += 1) {
      for (let y = x + 1; y < e.length; y += 1) {
        if (e[x].outlet === e[y].outlet) continue;
        const [sa, sb] = [e[x].sentences, e[y].sentences];
        const m = sa.map((s) => sb.map((t) => overlap(s, t)));
        sa.forEach((s, i) => {
          let j = -1;
          for (let k = 0; k < sb.length; k += 1) if (j < 0 || m[i][k] > m[i][j]) j = k;
          if (j < 0 || m[i][j] < RESTATES[0] || m[i][j] > RESTATES[1]) return;
          if (sa.some((_, k) => m[k][j] > m[i][j])) return;
          const t = sb[j];
          const onlyA = s.filter((w) => !t.includes(w));
          const onlyB = t.filter((w) => !s.includes(w));
          for (const w of [...onlyA, ...onlyB]) seen.set(w, (seen.get(w) ?? 0) + 1);
          for (const a of onlyA) for (const b of onlyB) together.set(pairKey(a, b), (together.get(pairKey(a, b)) ?? 0) + 1);
        });
      }
    }
  }
  const out = new Map<string, number>();
  for (const [k, c] of together) {
    if (c < MIN_PAIRS) continue;
    const [a, b] = k.split(' ');
    out.set(k, c / Math.sqrt(seen.get(a)! * seen.get(b)!));
  }
  return out;
}

/** The names of the substitution features of a pair, in the order `substitutionFeatures` returns them. */
export const SUBSTITUTION_FEATURES = ['substitutions', 'substitutedShare'] as const;

/**
 * How many of the stems one claim has and the other lacks have a learned substitute among the
 * other's own stems (log1p of the count), and the lesser share of each claim's stems so explained.
 */
export function substitutionFeatures(table: ReadonlyMap<string, number>, a: ClaimFeatures, b: ClaimFeatures): number[] {
  const side = (x: ClaimFeatures, y: ClaimFeatures) => {
    const sx = new Set(x.terms);
    const sy = new Set(y.terms);
    let found = 0;
    for (const s of sx) {
      if (sy.has(s)) continue;
      for (const t of sy) if (!sx.has(t) && table.has(pairKey(s, t))) {
        found += 1;
        break;
      }
    }
    return { found, share: sx.size ? found / sx.size : 0 };
  };
  const ab = side(a, b);
  const ba = side(b, a);
  return [Math.log1p(ab.found + ba.found), Math.min(ab.share, ba.share)];
}
