// Claim groups on real events nobody annotated: the annotated events are one story each, random
// events often mix two stories or a long background, where sentences that share only the topic may
// be grouped. This replays samples of random ANT events whose multi-outlet claim groups a developer
// read member by member (eval/wild/groups-*.json: does each member state the group's main fact?)
// and counts what the current code still groups: member pairs read as one fact (kept), pairs read
// as different facts (false), and grouped pairs nobody has read (printed, to read).
//   npx tsx eval/wild-groups.ts [--file eval/wild/groups-dev.json] [--list]   (every sample unless --file; --list: every read pair still grouped)
//   npx tsx eval/wild-groups.ts --sample 25 --seed 21   a fresh sample to read: writes eval/wild/groups-21.json
//     a draw takes events of 3-8 articles from three outlets or more, none already drawn; --articles MIN-MAX and --outlets N draw from another pool (the first is read out)
//   npx tsx eval/wild-groups.ts --show [--file F]       each group of a sample with its members' whole sentences, to read
//   npx tsx eval/wild-groups.ts --allsides 40 --seed 3  40 random AllSides stories (English first paragraphs): writes eval/wild/groups-allsides-3.json
// The files hold anchors (docno and first words) only: the sentences are read from the corpus at
// run time, never copied into the repository.
// Reads ../shared/data/ant-corpus-multisource; skips with a message when it is absent.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compareArticles } from '../src/compare.js';
import type { Article, Comparison } from '../src/types.js';
import { annotatedDocs } from './gold/load.js';
import { ROOT, allsidesArticles, articlesRead, dataPath, docnoOf, describePool, eventPool, readAntCorpus, sampleAntEvents, seededRandom } from './shared.js';
import { ANCHOR_WORDS, anchorKey, memberPairs, pairKey, verdicts, type GroupFile, type ReadGroup, type ReadMember } from './align/wild-pairs.js';

/** The whole sentence of each claim of the comparisons made so far, by anchor key. */
const sentences = new Map<string, string>();

/** The multi-outlet claim groups of one event's comparison, as members to read. */
function groupsToRead(c: Comparison, event: string): ReadGroup[] {
  const claims = new Map<string, { article: string; outlet: string; text: string }>();
  for (const a of c.articles) {
    for (const claim of a.claims) {
      claims.set(claim.id, { article: docnoOf(a.id), outlet: a.outlet ?? '', text: claim.text });
      sentences.set(anchorKey([docnoOf(a.id), claim.text.split(/\s+/).slice(0, ANCHOR_WORDS).join(' ')]), claim.text);
    }
  }
  return c.groups.map((g) => ({
    event,
    fact: '',
    why: '',
    link: g.evidence.link?.probability ?? null,
    decidedBy: g.evidence.link?.decidedBy ?? [],
    members: g.members.map((id): ReadMember => {
      const m = claims.get(id)!;
      return { anchor: [m.article, m.text.split(/\s+/).slice(0, ANCHOR_WORDS).join(' ')], outlet: m.outlet, same: null };
    }),
  }));
}

function main(): void {
  const { values } = parseArgs({ options: { file: { type: 'string' }, sample: { type: 'string' }, seed: { type: 'string', default: '1' }, list: { type: 'boolean', default: false }, show: { type: 'boolean', default: false }, allsides: { type: 'string' }, articles: { type: 'string' }, outlets: { type: 'string' } } });
  const dir = dataPath('ant-corpus-multisource');
  if (!dir || !existsSync(dir)) {
    console.log('skipped: ../shared/data/ant-corpus-multisource is absent');
    return;
  }
  const corpus = readAntCorpus(dir);
  const wild = path.join(ROOT, 'eval', 'wild');
  // AllSides stories (English first paragraphs), added when a sample holds them.
  const allsides = () => {
    const articles = allsidesArticles();
    if (articles) for (const [id, a] of articles) corpus.set(id, a);
    return articles !== null;
  };
  if (values.allsides) {
    if (!allsides()) return console.log('skipped: ../shared/data/allsides-neus/raw_crawled is absent');
    // Stories of three outlets, in a seeded order; those an earlier groups sample drew are left out.
    const drawn = new Set(readdirSync(wild).filter((f) => /^groups-.+\.json$/.test(f)).flatMap((f) => (JSON.parse(readFileSync(path.join(wild, f), 'utf8')) as GroupFile).events.flatMap((e) => e.articles)));
    const stories = new Map<string, string[]>();
    for (const id of corpus.keys()) {
      const m = /^(allsides-\d+)-/.exec(id);
      if (m && !drawn.has(id)) stories.set(m[1], [...(stories.get(m[1]) ?? []), id]);
    }
    const random = seededRandom(Number(values.seed));
    const three = [...stories].filter(([, ids]) => ids.length === 3).sort(([a], [b]) => a.localeCompare(b)).map(([event, ids]) => ({ event, articles: ids.sort(), key: random() }));
    const events = three.sort((a, b) => a.key - b.key).slice(0, Number(values.allsides)).map(({ event, articles }) => ({ event, articles }));
    const groups = events.flatMap((e) => groupsToRead(compareArticles(e.articles.map((d) => corpus.get(d)!)), e.event));
    const out = path.join(wild, `groups-allsides-${values.seed}.json`);
    const about = `Multi-outlet claim groups on ${events.length} random AllSides stories (English first paragraphs of three outlets; seed ${values.seed}), to be read (npx tsx eval/wild-groups.ts --show --file <this file> prints the sentences): name each group's main fact, set each member's "same" to true when it states that fact (details may differ) or false ("also": labels of other facts it states), and say why.`;
    writeFileSync(out, JSON.stringify({ about, read: '', events, groups } satisfies GroupFile, null, 1) + '\n');
    console.log(`${events.length} stories, ${groups.length} groups with ${groups.reduce((n, g) => n + g.members.length, 0)} members to read: ${path.relative(ROOT, out)}`);
    return;
  }
  if (values.sample) {
    const events = sampleAntEvents(corpus, Number(values.sample), Number(values.seed), new Set([...articlesRead(wild), ...annotatedDocs()]), eventPool(values.articles, values.outlets));
    const groups = events.flatMap((e) => groupsToRead(compareArticles(e.articles.map((d) => corpus.get(d)!)), e.event));
    const out = path.join(wild, `groups-${values.seed}.json`);
    const about = `Multi-outlet claim groups on ${events.length} random ANT events (${describePool(eventPool(values.articles, values.outlets))}; seed ${values.seed}), to be read (npx tsx eval/wild-groups.ts --show --file <this file> prints the sentences): name each group's main fact, set each member's "same" to true when it states that fact (details may differ) or false ("also": labels of other facts it states), and say why.`;
    writeFileSync(out, JSON.stringify({ about, read: '', events, groups } satisfies GroupFile, null, 1) + '\n');
    console.log(`${events.length} events, ${groups.length} groups with ${groups.reduce((s, g) => s + g.members.length, 0)} members to read: ${path.relative(ROOT, out)}`);
    return;
  }
  const files = values.file ? [path.resolve(values.file)] : readdirSync(wild).filter((f) => /^groups-.+\.json$/.test(f)).sort().map((f) => path.join(wild, f));
  for (const file of files) {
    if (path.basename(file).includes('allsides') && !allsides()) {
      console.log(`skipped ${path.relative(ROOT, file)}: ../shared/data/allsides-neus/raw_crawled is absent`);
      continue;
    }
    (values.show ? show : replay)(corpus, file, values.list);
  }
}

/** Prints each group of a sample as read (or to read), its members with their whole sentences. */
function show(corpus: Map<string, Article>, file: string): void {
  const read = JSON.parse(readFileSync(file, 'utf8')) as GroupFile;
  for (const e of read.events) groupsToRead(compareArticles(e.articles.map((d) => corpus.get(d)!)), e.event);
  read.groups.forEach((g, k) => {
    console.log(`## ${k} ${g.event} link ${g.link ?? '-'} (${g.decidedBy.join(', ')})${g.fact ? `\n   fact: ${g.fact}` : ''}${g.why ? `\n   why: ${g.why}` : ''}`);
    for (const m of g.members) {
      const mark = m.same === null ? '?' : m.same ? 'T' : 'F';
      console.log(`  ${mark}${m.also ? ` (${m.also.join(', ')})` : ''} ${m.outlet} ${m.anchor[0]}: ${sentences.get(anchorKey(m.anchor)) ?? `${m.anchor[1]} ... (no longer a claim of the current build)`}`);
    }
  });
}

/** Replays one read sample and prints what the current code still groups of it. */
function replay(corpus: Map<string, Article>, file: string, list: boolean | undefined): void {
  const read = JSON.parse(readFileSync(file, 'utf8')) as GroupFile;
  const verdict = verdicts(read.groups);
  const counts = { trueKept: 0, trueTotal: 0, falseKept: 0, falseTotal: 0, unread: 0 };
  for (const v of verdict.values()) if (v) counts.trueTotal += 1; else counts.falseTotal += 1;
  for (const e of read.events) {
    const seen = new Set<string>();
    for (const g of groupsToRead(compareArticles(e.articles.map((d) => corpus.get(d)!)), e.event)) {
      for (const [a, b] of memberPairs(g.members)) {
        const key = pairKey(a.anchor, b.anchor);
        if (seen.has(key)) continue;
        seen.add(key);
        const v = verdict.get(key);
        const line = `${e.event}: ${a.anchor.join(' «')}» <> ${b.anchor.join(' «')}»  (${g.decidedBy.join(', ')})`;
        if (list && v !== undefined) console.log(`${v ? 'kept ' : 'false'}   ${line}`);
        if (v === true) counts.trueKept += 1;
        else if (v === false) counts.falseKept += 1;
        else {
          counts.unread += 1;
          console.log(`unread  ${line}`);
        }
      }
    }
  }
  const grouped = counts.trueKept + counts.falseKept;
  const precision = grouped > 0 ? (counts.trueKept / grouped).toFixed(2) : '-';
  console.log(`${path.relative(ROOT, file)}: ${read.events.length} events; grouped pairs read as one fact: ${counts.trueKept}/${counts.trueTotal} still grouped; read as different facts: ${counts.falseKept}/${counts.falseTotal} still grouped; not read yet: ${counts.unread}; pair precision of the read pairs still grouped: ${precision}`);
}

main();
