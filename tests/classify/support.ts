// Helpers for the classify tests: two sentences typed as the classify stage types an aligned pair
// (in `compare`, or as `claimdiff pairs` does), shown as one compact string; and real sentences of
// the ANT corpus, read from ../shared/data at test time (never copied into the repository).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Comparison, Language } from '../../src/types.js';
import { claimFromText } from '../../src/claims/extract.js';
import { detectLanguage } from '../../src/text/language.js';
import { alignPair, defaultAlignOptions, featuresOf } from '../../src/align/align.js';
import { classifyAlignedPair, defaultClassifyOptions, placeContext } from '../../src/classify/index.js';
import { defaultPairOptions } from '../../src/pairs.js';
import { parseInput } from '../../src/ingest/index.js';
import { extractClaims } from '../../src/claims/extract.js';
import { SHARED_DATA } from '../support/seeds.js';

/** The typed pair: relation, conflicts, evidence. */
export function typePair(a: string, b: string, options: { pairs?: boolean; context?: readonly string[] } = {}) {
  const texts = [a, b, ...(options.context ?? [])];
  const language: Language = detectLanguage(texts.join(' ')).language;
  const features = featuresOf(texts.map((text, k) => ({ text, language, claims: [claimFromText(`s${k + 1}`, text, language)] })));
  const classify = options.pairs ? defaultPairOptions.classify : defaultClassifyOptions;
  return classifyAlignedPair(features, alignPair(features, 0, 1, defaultAlignOptions), classify, placeContext(features));
}

/** `conflict (number: 4 / 6)`, `shared`, `partial`: what a reviewer reads first. */
export function relationOf(a: string, b: string, options: { pairs?: boolean; context?: readonly string[] } = {}): string {
  const pair = typePair(a, b, options);
  if (pair.relation !== 'conflict') return pair.relation;
  return `conflict (${pair.conflicts.map((c) => `${c.kind}: ${c.a || '-'} / ${c.b || '-'}`).join('; ')})`;
}

export const ANT_DIR = path.join(SHARED_DATA, 'ant-corpus-multisource');
export const hasAnt = existsSync(ANT_DIR);

let antRecords: Map<string, string> | null = null;

/** The sentence (claim) of an ANT article that contains `anchor`, as the claims stage cuts it. */
export function antSentence(docno: string, anchor: string): string {
  if (!antRecords) {
    antRecords = new Map();
    for (const f of readdirSync(ANT_DIR).filter((x) => x.endsWith('.jsonl'))) {
      for (const line of readFileSync(path.join(ANT_DIR, f), 'utf8').split('\n')) {
        if (!line.includes('"docno"')) continue;
        const r = JSON.parse(line) as { docno: string; title?: string; text?: string };
        antRecords.set(r.docno, JSON.stringify({ id: r.docno, title: r.title ?? '', text: r.text ?? '' }));
      }
    }
  }
  const record = antRecords.get(docno);
  if (!record) throw new Error(`${docno} is not in the ANT corpus`);
  const article = parseInput(new TextEncoder().encode(record + '\n'), `${docno}.jsonl`).articles[0];
  const claim = extractClaims(article).find((c) => c.text.includes(anchor));
  if (!claim) throw new Error(`no sentence of ${docno} holds «${anchor}»`);
  return claim.text;
}

/** The conflicts of one kind named between members of the comparison's groups, as `a / b`. */
export const conflictsOf = (c: Comparison, kind: string) => c.groups.flatMap((g) => g.diffs.flatMap((d) => d.conflicts)).filter((x) => x.kind === kind).map((x) => `${x.a} / ${x.b}`);
