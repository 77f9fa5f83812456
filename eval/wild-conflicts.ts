// Conflicts on real events nobody annotated: the annotated events say how many true conflicts
// claimdiff finds, not how many it invents on coverage unlike theirs. This replays a sample of
// random ANT events whose reported conflicts a developer read (eval/wild/conflicts-*.json) and
// counts what the current code still reports: read conflicts kept (true) or dropped, invented ones
// kept or gone, and conflicts nobody has read yet (printed, to read).
//   npx tsx eval/wild-conflicts.ts [--file eval/wild/conflicts-dev.json] [--list]   (every sample unless --file; --list: every read pair still reported,
//     the figures rows read false still reported and the rows read true that no longer form)
//   npx tsx eval/wild-conflicts.ts --sample 40 --seed 7   a fresh sample to read: writes eval/wild/conflicts-7.json
//     a draw takes events of 3-8 articles from three outlets or more, none already drawn; --articles MIN-MAX and --outlets N draw from another pool (the first is read out)
//   npx tsx eval/wild-conflicts.ts --basil               every BASIL story (English) no annotated event holds: writes eval/wild/conflicts-basil.json
//   npx tsx eval/wild-conflicts.ts --allsides            every crawled AllSides story (English first paragraphs): writes eval/wild/conflicts-allsides.json
// Reads ../shared/data/ant-corpus-multisource (and basil/ or allsides-neus/ for their samples); skips with a message when it is absent.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compareArticles } from '../src/compare.js';
import type { Article, Comparison } from '../src/types.js';
import { annotatedDocs, basilArticles } from './gold/load.js';
import { ROOT, allsidesArticles, articlesRead, dataPath, docnoOf, describePool, eventPool, readAntCorpus, sampleAntEvents } from './shared.js';
import { conflictPairs, pairKey, type Anchor, type Audited, type AuditedFigure, type AuditFile } from './classify/wild-replay.js';

/** The figures table's conflicts of one event's comparison. */
function figureConflicts(c: Comparison, event: string, relation: 'conflict' | 'updated' = 'conflict'): AuditedFigure[] {
  return (c.figures ?? []).filter((f) => f.relation === relation).map((f) => ({
    event, conflict: null, why: '', quantity: f.quantity,
    values: f.values.filter((v) => v.compared).map((v): Anchor => [docnoOf(v.article), v.text]),
  }));
}
const showFigure = (f: AuditedFigure): string => f.values.map((x) => x.join(' «') + '»').join(' <> ');
const figureKey = (f: AuditedFigure): string => `${f.event} ${f.quantity} ${f.values.map((v) => v.join('|')).sort().join(' ')}`;

function main(): void {
  const { values } = parseArgs({ options: { file: { type: 'string' }, sample: { type: 'string' }, seed: { type: 'string', default: '1' }, list: { type: 'boolean', default: false }, basil: { type: 'boolean', default: false }, allsides: { type: 'boolean', default: false }, articles: { type: 'string' }, outlets: { type: 'string' } } });
  const dir = dataPath('ant-corpus-multisource');
  if (!dir || !existsSync(dir)) {
    console.log('skipped: ../shared/data/ant-corpus-multisource is absent');
    return;
  }
  const corpus = readAntCorpus(dir);
  // BASIL stories (English), added to the corpus when some sample holds one.
  const basil = () => {
    const articles = basilArticles();
    if (articles) for (const [id, a] of articles) corpus.set(id, a);
    return articles !== null;
  };
  // AllSides stories (English), added when some sample holds one.
  const allsides = () => {
    const articles = allsidesArticles();
    if (articles) for (const [id, a] of articles) corpus.set(id, a);
    return articles !== null;
  };
  const devFile = path.join(ROOT, 'eval', 'wild', 'conflicts-dev.json');
  if (values.sample || values.basil || values.allsides) {
    let events: Array<{ event: string; articles: string[] }>;
    let about: string;
    let out: string;
    if (values.basil) {
      if (!basil()) return console.log('skipped: ../shared/data/basil is absent');
      const annotated = annotatedDocs();
      const stories = [...new Set([...corpus.keys()].filter((id) => /_[123]$/.test(id)).map((id) => id.replace(/_\d$/, '')))].sort();
      events = stories.filter((s) => ![1, 2, 3].some((k) => annotated.has(`${s}_${k}`))).map((s) => ({ event: s, articles: [1, 2, 3].map((k) => `${s}_${k}`).filter((id) => corpus.has(id)) }));
      about = `Conflicts on the ${events.length} BASIL stories (English, three outlets each) that no annotated event holds, to be read: set each "conflict" to true or false and say why.`;
      out = path.join(ROOT, 'eval', 'wild', 'conflicts-basil.json');
    } else if (values.allsides) {
      if (!allsides()) return console.log('skipped: ../shared/data/allsides-neus/raw_crawled is absent');
      const sides = new Map<string, string[]>();
      for (const id of corpus.keys()) {
        const m = /^(allsides-\d+)-/.exec(id);
        if (m) sides.set(m[1], [...(sides.get(m[1]) ?? []), id]);
      }
      events = [...sides].filter(([, ids]) => ids.length >= 2).map(([event, articles]) => ({ event, articles: articles.sort() })).sort((a, b) => a.event.localeCompare(b.event));
      about = `Conflicts on the ${events.length} crawled AllSides stories (English: the first paragraphs of two or three outlets, left, centre and right), to be read: set each "conflict" to true or false and say why.`;
      out = path.join(ROOT, 'eval', 'wild', 'conflicts-allsides.json');
    } else {
      events = sampleAntEvents(corpus, Number(values.sample), Number(values.seed), new Set([...articlesRead(path.dirname(devFile)), ...annotatedDocs()]), eventPool(values.articles, values.outlets));
      about = `Conflicts on ${events.length} random ANT events (${describePool(eventPool(values.articles, values.outlets))}; seed ${values.seed}), to be read: set each "conflict" to true or false and say why.`;
      out = path.join(ROOT, 'eval', 'wild', `conflicts-${values.seed}.json`);
    }
    const audited: Audited[] = [];
    const figures: AuditedFigure[] = [];
    for (const e of events) {
      const c = compareArticles(e.articles.map((d) => corpus.get(d)!));
      for (const pair of conflictPairs(c)) audited.push({ event: e.event, conflict: null, why: '', pairs: [pair] });
      figures.push(...figureConflicts(c, e.event));
    }
    writeFileSync(out, JSON.stringify({ about, read: '', events, audited, figures } satisfies AuditFile, null, 1) + '\n');
    console.log(`${events.length} events, ${audited.length} conflicting pairs and ${figures.length} figures conflicts to read: ${path.relative(ROOT, out)}`);
    return;
  }
  const wild = path.dirname(devFile);
  const files = values.file ? [path.resolve(values.file)] : readdirSync(wild).filter((f) => /^conflicts-.+\.json$/.test(f)).sort().map((f) => path.join(wild, f));
  const annotated = annotatedDocs();
  for (const file of files) {
    if (path.basename(file).includes('basil') && !basil()) {
      console.log(`skipped ${path.relative(ROOT, file)}: ../shared/data/basil is absent`);
      continue;
    }
    if (path.basename(file).includes('allsides') && !allsides()) {
      console.log(`skipped ${path.relative(ROOT, file)}: ../shared/data/allsides-neus/raw_crawled is absent`);
      continue;
    }
    replay(corpus, file, values.list, annotated);
  }
}

/** Read pairs (or figures) still reported, and read in all, by verdict. */
interface Tally { trueKept: number; trueTotal: number; falseKept: number; falseTotal: number; unread: number }
const tally = (): Tally => ({ trueKept: 0, trueTotal: 0, falseKept: 0, falseTotal: 0, unread: 0 });
function count(t: Tally, v: boolean | null | undefined, kept: boolean): void {
  if (v === true) t[kept ? 'trueKept' : 'trueTotal'] += 1;
  else if (v === false) t[kept ? 'falseKept' : 'falseTotal'] += 1;
  else if (kept) t.unread += 1;
}
const line = (t: Tally) => `read true: ${t.trueKept}/${t.trueTotal} still reported; read false: ${t.falseKept}/${t.falseTotal} still reported; not read yet: ${t.unread}`;

/** Replays one read sample and prints what the current code still reports of it. */
function replay(corpus: Map<string, Article>, file: string, list: boolean | undefined, annotated: ReadonlySet<string>): void {
  const audit = JSON.parse(readFileSync(file, 'utf8')) as AuditFile;
  // A sample may hold an annotated event (the sampler leaves them out since stop 26): the fixes were
  // checked against those, so the counts without them are printed too.
  const isAnnotated = (event: string) => audit.events.some((e) => e.event === event && e.articles.some((d) => annotated.has(d)));
  const verdict = new Map<string, boolean | null>();
  const pairEvent = new Map<string, string>();
  for (const a of audit.audited) for (const p of a.pairs) verdict.set(pairKey(p), a.conflict), pairEvent.set(pairKey(p), a.event);
  const figureVerdict = new Map((audit.figures ?? []).map((f) => [figureKey(f), f.conflict] as const));
  const all = { pairs: tally(), figures: tally() };
  // Read conflicts (figures, and pairs of the groups) now shown as an update (a later report higher, on the reports' clock).
  const updated = { true: 0, false: 0 };
  const updatedPairs = { true: 0, false: 0 };
  const outside = { pairs: tally(), figures: tally() };
  for (const [k, v] of verdict) {
    count(all.pairs, v, false);
    if (!isAnnotated(pairEvent.get(k)!)) count(outside.pairs, v, false);
  }
  for (const f of audit.figures ?? []) {
    count(all.figures, f.conflict, false);
    if (!isAnnotated(f.event)) count(outside.figures, f.conflict, false);
  }
  for (const e of audit.events) {
    const c = compareArticles(e.articles.map((d) => corpus.get(d)!));
    const mine = isAnnotated(e.event) ? [all] : [all, outside];
    const formed = new Set<string>();
    for (const f of figureConflicts(c, e.event)) {
      const v = figureVerdict.get(figureKey(f));
      formed.add(figureKey(f));
      for (const t of mine) count(t.figures, v, true);
      if (v === null || v === undefined) console.log(`unread  ${e.event} figures ${f.quantity}: ${showFigure(f)}`);
      else if (list && v === false) console.log(`false   ${e.event} figures ${f.quantity}: ${showFigure(f)}`);
    }
    for (const f of figureConflicts(c, e.event, 'updated')) {
      const v = figureVerdict.get(figureKey(f));
      if (v === true || v === false) updated[String(v) as 'true' | 'false'] += 1;
      if (v === true) formed.add(figureKey(f));
    }
    // A row read true that the table no longer forms, as a conflict or as an update (its values moved, or it is no rival now).
    if (list) for (const f of audit.figures ?? []) if (f.event === e.event && f.conflict === true && !formed.has(figureKey(f))) {
      console.log(`lost    ${e.event} figures ${f.quantity}: ${showFigure(f)}  [${f.why}]`);
    }
    for (const pair of conflictPairs(c, true)) {
      const v = verdict.get(pairKey(pair));
      if (v === true || v === false) updatedPairs[String(v) as 'true' | 'false'] += 1;
    }
    for (const pair of conflictPairs(c)) {
      const v = verdict.get(pairKey(pair));
      if (list && v !== null && v !== undefined) console.log(`${v ? 'true ' : 'false'}   ${e.event}: ${pair[0].join(' «')}» <> ${pair[1].join(' «')}»  [${pair.why}]`);
      for (const t of mine) count(t.pairs, v, true);
      if (v === null || v === undefined) console.log(`unread  ${e.event}: ${pair[0].join(' «')}» <> ${pair[1].join(' «')}»`);
    }
  }
  const asUpdates = (u: { true: number; false: number }) => (u.true + u.false > 0 ? `; shown as an update instead: read true ${u.true}, read false ${u.false}` : '');
  console.log(`${path.relative(ROOT, file)}: ${audit.events.length} events; conflicting pairs ${line(all.pairs)}${asUpdates(updatedPairs)}`);
  console.log(`  figures table: conflicts ${line(all.figures)}${asUpdates(updated)}`);
  const n = audit.events.filter((e) => isAnnotated(e.event)).length;
  if (n > 0) console.log(`  without the ${n} annotated event(s): conflicting pairs ${line(outside.pairs)}; figures table ${line(outside.figures)}`);
}

main();
