// Who says a claim: the speaker, the reporting verb as written and the channel, for Arabic (mostly verb-first) and English.
import type { Attribution, Language, Quote } from '../../types.js';
import { hasArabic } from '../../text/normalize.js';
import { matchEntities, type EntityMatch } from '../entities/index.js';
import { findQuotes } from '../quotes.js';
import { scanWords, type WordToken } from '../words.js';
import type { Ctx } from './context.js';
import { attribute } from './recipe.js';
import { ARABIC } from './arabic.js';
import { ENGLISH } from './english.js';

export { REPORTING_VERBS } from '../lexicons/reporting-verbs.js';
export type { ReportingVerb, ReportingStance } from '../lexicons/reporting-verbs.js';

/**
 * Finds who says the sentence `text.slice(start, end)`: the speaker as written, its folded key,
 * the reporting verb as written (without a leading و/ف) and the channel it came through.
 * A verb without a subject (`وأضاف أن`) takes the speaker of `previous`, the attribution of the
 * claim before. Returns null when the sentence names no speaker, verb or channel.
 */
export function findAttribution(
  text: string,
  start: number,
  end: number,
  language: Language,
  previous: Attribution | null = null,
): Attribution | null {
  const lang = attributionLanguage(text, start, end, language);
  const tokens = scanWords(text, start, end);
  if (!tokens.some((t) => t.isWord)) return null;
  return attributeScanned(text, tokens, matchEntities(text, tokens, lang), findQuotes(text, start, end), lang, previous);
}

/** The grammar a sentence is read with: its language, or for `unknown` its script. */
export function attributionLanguage(text: string, start: number, end: number, language: Language): 'ar' | 'en' {
  return language === 'unknown' ? (hasArabic(text.slice(start, end)) ? 'ar' : 'en') : language;
}

/** `findAttribution` for a sentence already scanned: its tokens, its entities matched in `lang`
 * and its quotations. For callers that need the tokens and entities too (see `findClaimParts`). */
export function attributeScanned(
  text: string,
  tokens: WordToken[],
  entities: EntityMatch[],
  quotes: readonly Quote[],
  lang: 'ar' | 'en',
  previous: Attribution | null,
): Attribution | null {
  if (!tokens.some((t) => t.isWord)) return null;
  const quoted = new Set<number>();
  for (const q of quotes) {
    tokens.forEach((t, i) => {
      if (t.start >= q.start && t.end <= q.end) quoted.add(i);
    });
  }
  const byFrom = new Map(entities.map((e) => [e.from, e]));
  const byTo = new Map(entities.map((e) => [e.to, e]));
  const ctx: Ctx = { text, tokens, entities, byFrom, byTo, quoted, previous, lang };
  return attribute(ctx, lang === 'ar' ? ARABIC : ENGLISH);
}
