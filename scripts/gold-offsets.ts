// Turns an annotation file written with anchors (exact substrings, as ../shared/gold has them) into
// the form this project commits: offsets into each article's text or title, no article text.
// Run: npx tsx scripts/gold-offsets.ts IN.json OUT.json
import { readFileSync, writeFileSync } from 'node:fs';
import { basilRecords } from '../eval/gold/load.js';
import { goldFiles } from '../eval/gold/load.js';
import type { GoldRecord } from '../eval/gold/score.js';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: npx tsx scripts/gold-offsets.ts IN.json OUT.json');
  process.exit(2);
}
const gold = JSON.parse(readFileSync(input, 'utf8')) as { events: Array<Record<string, unknown> & { articles: Array<{ doc: string }>; facts: Array<{ members: Array<Record<string, unknown>> }>; framing?: Array<Record<string, unknown>> }> };
const english = gold.events[0]?.articles[0]?.doc.includes('-') && !gold.events[0].articles[0].doc.includes('News');
const records: Map<string, GoldRecord> | null = english ? basilRecords() : (goldFiles().find((f) => f.name.startsWith('ant'))?.records() ?? null);
if (!records) throw new Error('the articles are not in ../shared/data');

/** The member with `start`/`end` in place of its anchor; the anchor must be unique where it is looked for. */
function toOffsets(m: Record<string, unknown>): Record<string, unknown> {
  const { anchor, ...rest } = m as { anchor: string; doc: string; in_title?: boolean };
  const r = records!.get(rest.doc);
  if (!r) throw new Error(`no article ${rest.doc}`);
  const hay = rest.in_title ? r.title : r.text;
  const at = hay.indexOf(anchor);
  if (at < 0 || hay.indexOf(anchor, at + 1) >= 0) throw new Error(`anchor not unique in ${rest.doc}: ${anchor}`);
  return { ...rest, start: at, end: at + anchor.length };
}

for (const event of gold.events) {
  for (const fact of event.facts) fact.members = fact.members.map(toOffsets);
  if (event.framing) event.framing = event.framing.map(toOffsets);
}
writeFileSync(output, `${JSON.stringify(gold, null, 1)}\n`);
console.log(`wrote ${output}`);
