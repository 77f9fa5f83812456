// A sentence's attribution and entities in one pass: both read the same words and the same entity matches.
import type { Attribution, Entity, Language, Quote } from '../types.js';
import type { TokenStream } from '../text/token-stream.js';
import { matchEntities, toEntity } from './entities/index.js';
import { findQuotes } from './quotes.js';
import { scanWords } from './words.js';
import { attributeScanned, attributionLanguage } from './attribution/index.js';

/** The parts of a claim that `findClaimParts` finds together. */
export interface ClaimParts {
  attribution: Attribution | null;
  entities: Entity[];
}

/**
 * Finds what `findAttribution(text, start, end, language, previous)` and
 * `findEntities(text, start, end, language)` find, scanning the words and matching entities once.
 * `quotes` are the sentence's quotations, when the caller has found them already; `stream` is the
 * article's token stream, when the caller has built it.
 */
export function findClaimParts(
  text: string,
  start: number,
  end: number,
  language: Language,
  previous: Attribution | null = null,
  quotes: readonly Quote[] = findQuotes(text, start, end),
  stream?: TokenStream,
): ClaimParts {
  const tokens = scanWords(text, start, end, stream);
  const lang = attributionLanguage(text, start, end, language);
  const matches = matchEntities(text, tokens, lang);
  // The entities are matched in the language as given: for `unknown` that includes English
  // capitalised names even in Arabic text, which the Arabic grammar leaves out, so match again.
  const named = language === 'unknown' && lang === 'ar' ? matchEntities(text, tokens, language) : matches;
  return {
    attribution: attributeScanned(text, tokens, matches, quotes, lang, previous),
    entities: named.map(toEntity),
  };
}
