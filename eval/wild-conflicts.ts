// Conflicts on real events nobody annotated: the annotated events say how many true conflicts
// claimdiff finds, not how many it invents on coverage unlike theirs. This replays a sample of
// random ANT events whose reported conflicts a developer read (eval/wild/conflicts-*.json) and
// counts what the current code still reports: read conflicts kept (true) or dropped, invented ones
// kept or gone, and conflicts nobody has read yet (printed, to read).
//   npx tsx eval/wild-conflicts.ts [--file eval/wild/conflicts-dev.json] [--list]   (every sample unless --file; --list: every read pair still reported)
//   npx tsx eval/wild-conflicts.ts --sample 40 --seed 7   a fresh sample to read: writes eval/wild/conflicts-7.json
// Reads ../shared/data/ant-corpus-multisource; skips with a message when it is absent.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseInput } from '../src/ingest/index.js';
import { compareArticles } from '../src/compare.js';
import { groupEvents } from '../src/events/index.js';
import type { Article, Comparison } from '../src/types.js';
import { ROOT, dataPath, seededRandom } from './shared.js';

type Anchor = [docno: string, firstWords: string];
interface Audited { event: string; conflict: boolean | null; why: string; pairs: Array<[Anchor, Anchor]> }
/** A figures-table conflict: the quantity and each compared value as [docno, words]. */
interface AuditedFigure { event: string; conflict: boolean | null; why: string; quantity: string; values: Anchor[] }
interface AuditFile { about: string; read: string; events: Array<{ event: string; articles: string[] }>; audited: Audited[]; figures?: AuditedFigure[] }

const ANCHOR_WORDS = 5;

/** Every ANT record as an article, by docno, read as `claimdiff` reads the JSONL files. */
function readCorpus(dir: string): Map<string, Article> {
  const out = new Map<string, Article>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const full = path.join(dir, file);
    for (const a of parseInput(new Uint8Array(readFileSync(full)), full).articles) out.set(a.id.replace(/^.*#/, ''), a);
  }
  return out;
}

/** The docno an article id stands for (`SkyNews.jsonl#SK-...` or the docno itself). */
const docnoOf = (id: string): string => id.replace(/^.*#/, '');
const anchorOf = (c: Comparison, claimId: string): Anchor => {
  for (const a of c.articles) {
    const claim = a.claims.find((x) => x.id === claimId);
    if (claim) return [docnoOf(a.id), claim.text.split(/\s+/).slice(0, ANCHOR_WORDS).join(' ')];
  }
  throw new Error(`claim ${claimId} not found`);
};
const pairKey = ([a, b]: [Anchor, Anchor]): string => [a.join('|'), b.join('|')].sort().join(' <> ');

/** The conflicting pairs of one event's comparison, as anchors, each with the conflicts named (`kind: a / b`). */
function conflictPairs(c: Comparison): Array<[Anchor, Anchor] & { why?: string }> {
  const seen = new Map<string, [Anchor, Anchor] & { why?: string }>();
  for (const g of c.groups) {
    if (g.relation !== 'conflict') continue;
    for (const d of g.diffs) if (d.relation === 'conflict') {
      const pair: [Anchor, Anchor] & { why?: string } = [anchorOf(c, d.a), anchorOf(c, d.b)];
      pair.why = d.conflicts.map((x) => `${x.kind}: ${x.a} / ${x.b}`).join('; ');
      seen.set(pairKey(pair), pair);
    }
  }
  return [...seen.values()];
}

/** The figures table's conflicts of one event's comparison. */
function figureConflicts(c: Comparison, event: string): AuditedFigure[] {
  return (c.figures ?? []).filter((f) => f.relation === 'conflict').map((f) => ({
    event, conflict: null, why: '', quantity: f.quantity,
    values: f.values.filter((v) => v.compared).map((v): Anchor => [docnoOf(v.article), v.text]),
  }));
}
const figureKey = (f: AuditedFigure): string => `${f.event} ${f.quantity} ${f.values.map((v) => v.join('|')).sort().join(' ')}`;

function sample(corpus: Map<string, Article>, n: number, seed: number, exclude: ReadonlySet<string>): AuditFile['events'] {
  const outlets = (ids: readonly string[]) => new Set(ids.map((id) => corpus.get(id)!.outlet)).size;
  const candidates = groupEvents([...corpus.values()])
    .map((e) => e.articles.map(docnoOf))
    .filter((ids) => ids.length >= 3 && ids.length <= 8 && outlets(ids) >= 3 && !ids.some((id) => exclude.has(id)));
  const next = seededRandom(seed);
  const picked: string[][] = [];
  const pool = [...candidates];
  while (picked.length < n && pool.length > 0) picked.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
  return picked.map((articles) => ({ event: articles[0], articles }));
}

function main(): void {
  const { values } = parseArgs({ options: { file: { type: 'string' }, sample: { type: 'string' }, seed: { type: 'string', default: '1' }, list: { type: 'boolean', default: false } } });
  const dir = dataPath('ant-corpus-multisource');
  if (!dir || !existsSync(dir)) {
    console.log('skipped: ../shared/data/ant-corpus-multisource is absent');
    return;
  }
  const corpus = readCorpus(dir);
  const devFile = path.join(ROOT, 'eval', 'wild', 'conflicts-dev.json');
  if (values.sample) {
    const seen = new Set<string>();
    for (const f of readdirSync(path.dirname(devFile)).filter((x) => x.endsWith('.json'))) {
      for (const e of (JSON.parse(readFileSync(path.join(path.dirname(devFile), f), 'utf8')) as AuditFile).events) e.articles.forEach((a) => seen.add(a));
    }
    const events = sample(corpus, Number(values.sample), Number(values.seed), seen);
    const audited: Audited[] = [];
    const figures: AuditedFigure[] = [];
    for (const e of events) {
      const c = compareArticles(e.articles.map((d) => corpus.get(d)!));
      for (const pair of conflictPairs(c)) audited.push({ event: e.event, conflict: null, why: '', pairs: [pair] });
      figures.push(...figureConflicts(c, e.event));
    }
    const out = path.join(ROOT, 'eval', 'wild', `conflicts-${values.seed}.json`);
    writeFileSync(out, JSON.stringify({ about: `Conflicts on ${events.length} random ANT events (seed ${values.seed}), to be read: set each "conflict" to true or false and say why.`, read: '', events, audited, figures } satisfies AuditFile, null, 1) + '\n');
    console.log(`${events.length} events, ${audited.length} conflicting pairs and ${figures.length} figures conflicts to read: ${path.relative(ROOT, out)}`);
    return;
  }
  const wild = path.dirname(devFile);
  const files = values.file ? [path.resolve(values.file)] : readdirSync(wild).filter((f) => /^conflicts-.+\.json$/.test(f)).sort().map((f) => path.join(wild, f));
  for (const file of files) replay(corpus, file, values.list);
}

/** Replays one read sample and prints what the current code still reports of it. */
function replay(corpus: Map<string, Article>, file: string, list: boolean | undefined): void {
  const audit = JSON.parse(readFileSync(file, 'utf8')) as AuditFile;
  const verdict = new Map<string, boolean | null>();
  for (const a of audit.audited) for (const p of a.pairs) verdict.set(pairKey(p), a.conflict);
  const counts = { trueKept: 0, trueTotal: 0, falseKept: 0, falseTotal: 0, unread: 0 };
  for (const v of verdict.values()) if (v === true) counts.trueTotal += 1; else if (v === false) counts.falseTotal += 1;
  const figureVerdict = new Map((audit.figures ?? []).map((f) => [figureKey(f), f.conflict] as const));
  const figs = { trueKept: 0, trueTotal: 0, falseKept: 0, falseTotal: 0, unread: 0 };
  for (const v of figureVerdict.values()) if (v === true) figs.trueTotal += 1; else if (v === false) figs.falseTotal += 1;
  for (const e of audit.events) {
    const c = compareArticles(e.articles.map((d) => corpus.get(d)!));
    for (const f of figureConflicts(c, e.event)) {
      const v = figureVerdict.get(figureKey(f));
      if (v === true) figs.trueKept += 1;
      else if (v === false) figs.falseKept += 1;
      else {
        figs.unread += 1;
        console.log(`unread  ${e.event} figures ${f.quantity}: ${f.values.map((x) => x.join(' «') + '»').join(' <> ')}`);
      }
    }
    for (const pair of conflictPairs(c)) {
      const v = verdict.get(pairKey(pair));
      if (list && v !== null && v !== undefined) console.log(`${v ? 'true ' : 'false'}   ${e.event}: ${pair[0].join(' «')}» <> ${pair[1].join(' «')}»  [${pair.why}]`);
      if (v === true) counts.trueKept += 1;
      else if (v === false) counts.falseKept += 1;
      else {
        counts.unread += 1;
        console.log(`unread  ${e.event}: ${pair[0].join(' «')}» <> ${pair[1].join(' «')}»`);
      }
    }
  }
  console.log(`${path.relative(ROOT, file)}: ${audit.events.length} events; conflicting pairs read true: ${counts.trueKept}/${counts.trueTotal} still reported; read false: ${counts.falseKept}/${counts.falseTotal} still reported; not read yet: ${counts.unread}`);
  console.log(`  figures table: conflicts read true: ${figs.trueKept}/${figs.trueTotal} still reported; read false: ${figs.falseKept}/${figs.falseTotal} still reported; not read yet: ${figs.unread}`);
}

main();
