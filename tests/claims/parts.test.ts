// The attribution and entities of a sentence found in one pass (findClaimParts), on the Blinken
// seed articles: the same result as findAttribution and findEntities called one by one.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Attribution, Language } from '../../src/types.js';
import { findClaimParts, type ClaimParts } from '../../src/claims/parts.js';
import { findAttribution } from '../../src/claims/attribution/index.js';
import { findEntities } from '../../src/claims/entities/index.js';
import { segmentSentences } from '../../src/text/segment.js';

const SEEDS = join(import.meta.dirname, '../../examples/blinken');
const FILES = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

function seed(prefix: string): string {
  const file = FILES.find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(SEEDS, file), 'utf8');
}

/** The parts of every sentence of a seed, each sentence reading the attribution of the one before. */
function partsOf(text: string, language: Language): Array<{ text: string; parts: ClaimParts }> {
  let previous: Attribution | null = null;
  return segmentSentences(text).map((s) => {
    const parts = findClaimParts(text, s.start, s.end, language, previous);
    previous = parts.attribution ?? previous;
    return { text: s.text, parts };
  });
}

/** `speaker | verb | channel ; entity:type, ...` */
function format({ attribution: a, entities }: ClaimParts): string {
  const who = a ? `${a.speaker} | ${a.verb} | ${a.channel}` : 'none';
  return `${who} ; ${entities.map((e) => `${e.text}:${e.type}`).join(', ')}`;
}

describe('findClaimParts on the 7 February 2024 report (003)', () => {
  const sentences = partsOf(seed('003'), 'ar');

  it.each([
    [
      'قال وزير الخارجية الأمريكي أنتوني بلينكن',
      'وزير الخارجية الأمريكي أنتوني بلينكن | قال | null ; أنتوني بلينكن:person, قطاع غزة:place, غزة:place',
    ],
    // No subject: the speaker of the sentence before continues.
    ['وأضاف أن الولايات المتحدة', 'بلينكن | أضاف | null ; الولايات المتحدة:place, إسرائيل:place'],
    // The outlet is the channel; the source it cites is the speaker.
    [
      'وذكر الموقع، نقلاً عن مسؤول إسرائيلي مطلع',
      'مسؤول إسرائيلي مطلع | ذكر | الموقع ; بلينكن:person, نتنياهو:person, غالانت:person, الجيش الإسرائيلي:organization, ' +
        'هرتسي هاليفي:person, الشاباك:organization, رونين بار:person, الموساد:organization, ديفيد بارنياع:person',
    ],
  ])('%s', (opening, expected) => {
    const found = sentences.find((s) => s.text.startsWith(opening));
    expect(found).toBeDefined();
    expect(format(found!.parts)).toBe(expected);
  });
});

describe.each(FILES.map((f) => [f.slice(0, 3)]))('seed %s: one pass equals the two finders', (prefix) => {
  const text = seed(prefix);

  it.each([['ar'], ['unknown']] as Array<[Language]>)('language %s', (language) => {
    let previous: Attribution | null = null;
    const sentences = segmentSentences(text);
    expect(sentences.length).toBeGreaterThan(5);
    for (const s of sentences) {
      const parts = findClaimParts(text, s.start, s.end, language, previous);
      expect(parts.attribution).toEqual(findAttribution(text, s.start, s.end, language, previous));
      expect(parts.entities).toEqual(findEntities(text, s.start, s.end, language));
      previous = parts.attribution ?? previous;
    }
  });
});
