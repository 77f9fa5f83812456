// Named entities of a sentence, as numbered steps: gazetteer names (with clitics and spelling
// variants), outlets named by a noun, names after titles, given names, places after place nouns,
// English capitalised names; the longest wins an overlap.
import type { Entity, Language } from '../../types.js';
import type { TokenStream } from '../../text/token-stream.js';
import { scanWords, type WordToken } from '../words.js';
import { matchCapitalised } from './capitalised.js';
import { matchGazetteer } from './gazetteer.js';
import type { EntityMatch } from './match.js';
import { matchNamedByNoun, matchPlaceNouns } from './noun-names.js';
import { matchGivenNames, matchTitledNames } from './titled-names.js';

export type { EntityMatch } from './match.js';

/** Finds people, places and organisations in `text.slice(start, end)`, reading `stream` when given. */
export function findEntities(text: string, start: number, end: number, language: Language, stream?: TokenStream): Entity[] {
  return matchEntities(text, scanWords(text, start, end, stream), language).map(toEntity);
}

/** The entity as a claim carries it, without its token positions. */
export function toEntity({ start, end, text, key, type }: EntityMatch): Entity {
  return { start, end, text, key, type };
}

/** Finds the entities of a tokenized sentence, in text order, without overlaps. */
export function matchEntities(text: string, tokens: WordToken[], language: Language): EntityMatch[] {
  const gazetteer = matchGazetteer(text, tokens);
  const candidates: EntityMatch[] = [
    // 1. Gazetteer names, with clitics (وغالانت, لنتنياهو, بغزة) and spelling variants (جالانت).
    ...gazetteer.values(),
    // 2. Outlets and organisations named in quotation marks or by number (موقع "أكسيوس", قناة 13).
    ...matchNamedByNoun(text, tokens, gazetteer),
    // 3. Names after a title (ومدير "الشاباك" رونين بار), or after a comma (وزير الخارجية، أنتوني بلينكن).
    ...matchTitledNames(text, tokens, gazetteer),
    // 4. A given name and a surname (ديفيد ساترفيلد).
    ...matchGivenNames(text, tokens, gazetteer),
    // 5. A place after a place noun (مخيم جباليا).
    ...matchPlaceNouns(text, tokens, gazetteer),
    // 6. English capitalised names.
    ...(language === 'ar' ? [] : matchCapitalised(text, tokens, gazetteer)),
  ];
  // 7. Longest first; the first kept wins an overlap.
  const kept: EntityMatch[] = [];
  const order = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  for (const { c } of order) {
    if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
