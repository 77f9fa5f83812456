// Independent confirmation on the ANT corpus: how many multi-outlet events hold copied articles or
// passages, and how many independent origins stand behind an event and behind each claim group,
// against the number of outlets. Events as `claimdiff events` groups them (library defaults); each
// is compared as `claimdiff compare` compares it, origins stage included.
//
//   npx tsx eval/origins.ts            # every event with two outlets or more
//   npx tsx eval/origins.ts --examples # also print a few events of each kind, to read by hand
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article, Comparison } from '../src/types.js';
import { parseInput } from '../src/ingest/index.js';
import { groupEvents } from '../src/events/index.js';
import { compareArticles } from '../src/compare.js';
import { dataPath } from './shared.js';

const dir = dataPath('ant-corpus-multisource');
const examples = process.argv.includes('--examples');

/** Articles of an event joined into independent origins: duplicate filings and copies of one text, or one credited origin. */
export function eventOrigins(c: Comparison): number {
  const ids = c.articles.map((a) => a.id);
  const parent = ids.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const join = (a: number, b: number) => (parent[find(b)] = find(a));
  const at = new Map(ids.map((id, i) => [id, i]));
  for (const l of c.copies ?? []) if (l.kind !== 'passages') join(at.get(l.a)!, at.get(l.b)!);
  const origins = c.origins ?? [];
  for (let i = 0; i < origins.length; i += 1) for (let j = i + 1; j < origins.length; j += 1) if (origins[i].origin.key === origins[j].origin.key) join(i, j);
  return new Set(ids.map((_, i) => find(i))).size;
}

/**
 * Outlets of an event that report independently: outlets are joined when one carries another's
 * article (a copy) or both carry articles crediting one agency.
 */
export function independentOutlets(c: Comparison): number {
  const outlets = [...new Set(c.articles.map((a) => a.outlet ?? a.id))];
  const parent = new Map(outlets.map((o) => [o, o]));
  const find = (o: string): string => (parent.get(o) === o ? o : find(parent.get(o)!));
  const join = (a: string, b: string) => parent.set(find(b), find(a));
  const outletOf = new Map(c.articles.map((a) => [a.id, a.outlet ?? a.id]));
  for (const l of c.copies ?? []) if (l.kind === 'copy') join(outletOf.get(l.a)!, outletOf.get(l.b)!);
  const byAgency = new Map<string, string>();
  for (const o of c.origins ?? []) {
    if (o.origin.kind !== 'agency') continue;
    const first = byAgency.get(o.origin.key);
    if (first) join(first, outletOf.get(o.article)!);
    else byAgency.set(o.origin.key, outletOf.get(o.article)!);
  }
  return new Set(outlets.map(find)).size;
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length);
const pct = (n: number, d: number) => `${n} (${((100 * n) / Math.max(1, d)).toFixed(1)}%)`;

if (dir) {
  const started = Date.now();
  const articles: Article[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) articles.push(...parseInput(new Uint8Array(readFileSync(path.join(dir, f))), f).articles);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const events = groupEvents(articles).filter((e) => new Set(e.articles.map((id) => byId.get(id)!.outlet)).size >= 2);

  let copyEvents = 0;
  let duplicateEvents = 0;
  let passageEvents = 0;
  let anyEvents = 0;
  const editGroups = { copy: 0, agency: 0, outlet: 0 };
  let sharedSourceGroups = 0;
  const eventOutlets: number[] = [];
  const eventIndependent: number[] = [];
  let fewerEvents = 0;
  const eventIndependentOutlets: number[] = [];
  let fewerOutletEvents = 0;
  const groupOutlets: number[] = [];
  const groupIndependent: number[] = [];
  let fewerGroups = 0;
  const shown = { copy: 0, duplicate: 0, passages: 0, edit: 0 };

  for (const e of events) {
    const c = compareArticles(e.articles.map((id) => byId.get(id)!));
    const outletOf = (id: string) => byId.get(id)!.outlet;
    const links = c.copies ?? [];
    const copy = links.filter((l) => l.kind === 'copy');
    const duplicate = links.filter((l) => l.kind === 'duplicate');
    const passages = links.filter((l) => l.kind === 'passages' && outletOf(l.a) !== outletOf(l.b));
    if (copy.length) copyEvents += 1;
    if (duplicate.length) duplicateEvents += 1;
    if (passages.length) passageEvents += 1;
    if (copy.length || duplicate.length || passages.length) anyEvents += 1;
    const outlets = new Set(c.articles.map((a) => a.outlet)).size;
    const independent = eventOrigins(c);
    eventOutlets.push(outlets);
    eventIndependent.push(independent);
    if (independent < outlets) fewerEvents += 1;
    const apart = independentOutlets(c);
    eventIndependentOutlets.push(apart);
    if (apart < outlets) fewerOutletEvents += 1;
    for (const g of c.groups) {
      const o = g.origins!;
      if (o.outlets < 2) continue;
      groupOutlets.push(o.outlets);
      groupIndependent.push(o.count);
      if (o.count < o.outlets) fewerGroups += 1;
      for (const kind of ['copy', 'agency', 'outlet'] as const) if (o.edits.some((x) => x.kind === kind)) editGroups[kind] += 1;
      if (o.sharedSources.length) sharedSourceGroups += 1;
      if (examples && o.edits.length && shown.edit++ < 3) console.log(`edit in ${e.id} ${g.id}: ${o.edits.map((x) => `${x.kind} ${x.a} / ${x.b}: ${x.note}`).join("; ")}`);
    }
    if (examples) {
      for (const [kind, list] of [['copy', copy], ['duplicate', duplicate], ['passages', passages]] as const) {
        if (list.length && shown[kind]++ < 3) console.log(`${kind} in ${e.id} (${e.label}): ${list.map((l) => `${l.a} ~ ${l.b} (${l.shareA}/${l.shareB}, ${l.passages.length} sentences)`).join('; ')}`);
      }
    }
  }

  const n = events.length;
  console.log(`ANT corpus: ${articles.length} articles, ${n} events with two outlets or more (events as \`claimdiff events\` groups them)`);
  console.log(`events holding copied text: ${pct(anyEvents, n)}`);
  console.log(`  a copied article (two outlets carry one text): ${pct(copyEvents, n)}`);
  console.log(`  a duplicate filing (one outlet files one text twice): ${pct(duplicateEvents, n)}`);
  console.log(`  copied passages between outlets (sentences in the same words): ${pct(passageEvents, n)}`);
  console.log(`per event: ${mean(eventOutlets).toFixed(2)} outlets, of which ${mean(eventIndependentOutlets).toFixed(2)} report independently (outlets carrying one text or one agency's copy joined); fewer in ${pct(fewerOutletEvents, n)}`);
  console.log(`  articles by origin: ${mean(eventIndependent).toFixed(2)} independent origins per event (an outlet's own reports and the agency copy it carries count apart); fewer origins than outlets in ${pct(fewerEvents, n)}`);
  const gn = groupOutlets.length;
  console.log(`claim groups with two outlets or more: ${gn}; ${mean(groupOutlets).toFixed(2)} outlets, ${mean(groupIndependent).toFixed(2)} independent origins on average; fewer origins than outlets in ${pct(fewerGroups, gn)}`);
  console.log(`  groups with a conflict inside one origin: ${editGroups.copy} between copies of one text, ${editGroups.agency} between reports crediting one agency, ${editGroups.outlet} between one outlet's reports`);
  console.log(`  groups where several origins quote one named source: ${pct(sharedSourceGroups, gn)}`);
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
