// Per-article framing: loaded words, labels, names for the dead and the conflict, hedges,
// reporting verbs by stance, scare quotes, agency and cited sources, each flag naming its rule.
import type { FramingCategory, FramingFlag, FramingProfile, Language } from '../types.js';
import { findAgency } from './agency.js';
import { builtinEntries } from './builtin-lexicon.js';
import type { FramingLexiconEntry, LexiconEntry } from './lexicon-types.js';
import { arabicExceptions, englishExceptions } from './lexicons/exceptions.js';
import { compileLexicon, matchLexicon, type CompiledLexicon, type LexiconMatch } from './match-lexicon.js';
import { findScareQuotes } from './scare-quotes.js';
import { findSources, isSourceName, newSourceState, sourceFlag, summarizeSources, type SourceMention } from './sources.js';
import type { TokenStream } from '../text/token-stream.js';
import { wordsOf, type WordedRange } from './words.js';

export type { FramingLexiconEntry } from './lexicon-types.js';
export { parseLexiconFile, lexiconCategories } from './lexicon-file.js';

export interface FramingOptions {
  /** User entries (from `--lexicon FILE`); they win over built-in entries on the same words. */
  extraLexicon?: FramingLexiconEntry[];
}

/** What framing reads of an article besides its text: its token stream, when already built. */
export interface FramingInput {
  /** The article's token stream (`articleTokens`); built from the ranges when absent. */
  tokens?: TokenStream;
}

/** The built-in lexicon: terms and reporting verbs, Arabic and English. */
export const builtinLexicon: readonly FramingLexiconEntry[] = builtinEntries;

const BLOCKING = { ar: arabicExceptions, en: englishExceptions };
let builtinCompiled: CompiledLexicon | null = null;
const withExtra = new WeakMap<readonly FramingLexiconEntry[], CompiledLexicon>();

function lexiconFor(extra: readonly FramingLexiconEntry[] | undefined): CompiledLexicon {
  if (!extra || extra.length === 0) {
    builtinCompiled ??= compileLexicon([], builtinEntries, BLOCKING);
    return builtinCompiled;
  }
  let lex = withExtra.get(extra);
  if (!lex) {
    lex = compileLexicon(extra as readonly LexiconEntry[], builtinEntries, BLOCKING);
    withExtra.set(extra, lex);
  }
  return lex;
}

/** Ranges clamped to the text, sorted and merged, so no word is analysed twice. */
function cleanRanges(ranges: ReadonlyArray<readonly [number, number]>, length: number): Array<[number, number]> {
  const sorted = ranges
    .map(([a, b]) => [Math.max(0, Math.min(a, length)), Math.max(0, Math.min(b, length))] as [number, number])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

function lexiconFlag(text: string, range: WordedRange, m: LexiconMatch): FramingFlag {
  const start = range.words[m.first].start;
  const end = range.words[m.last].end;
  const e = m.entry.entry;
  return { start, end, text: text.slice(start, end), category: e.category, rule: m.entry.rule, value: e.value ?? null, gloss: e.gloss };
}

/**
 * How one article frames its story. `ranges` are the parts of `text` to analyse (boilerplate
 * excluded); every flag's offsets point into `text`, and its `text` is the exact slice. The words
 * are read from `input.tokens`, the article's token stream, when given.
 */
export function profileFraming(
  articleId: string,
  text: string,
  ranges: ReadonlyArray<readonly [number, number]>,
  language: Language,
  options: FramingOptions = {},
  input: FramingInput = {},
): FramingProfile {
  const lex = lexiconFor(options.extraLexicon);
  const scripts = { ar: language !== 'en', en: language !== 'ar' };
  const flags: FramingFlag[] = [];
  const mentions: SourceMention[] = [];
  const state = newSourceState();
  // Appended item by item, not push(...list): one range of a long line can give more matches
  // than a call takes arguments (300,000 loaded words overflowed the stack, issue 15).
  const add = <T>(to: T[], items: readonly T[]): void => {
    for (const item of items) to.push(item);
  };
  for (const [from, to] of cleanRanges(ranges, text.length)) {
    const range = wordsOf(text, from, to, input.tokens);
    // 1. Lexicon terms and reporting verbs.
    const matches = matchLexicon(range, lex, scripts);
    add(flags, matches.map((m) => lexiconFlag(text, range, m)));
    // 2. Scare quotes, which need the terms and reporting verbs around them.
    add(flags, findScareQuotes(text, range, { matches, isSourceName }));
    // 3. Agency of violence.
    add(flags, findAgency(text, range, scripts));
    // 4. Cited sources, with back-references carried across ranges.
    const verbs = matches.filter((m) => m.entry.entry.category === 'reporting-verb');
    const cited = findSources(text, range, verbs, scripts, state);
    add(mentions, cited);
    add(flags, cited.map((m) => sourceFlag(text, range, m)));
  }
  flags.sort((a, b) => a.start - b.start || a.end - b.end || a.category.localeCompare(b.category));
  const counts: Partial<Record<FramingCategory, number>> = {};
  for (const f of flags) counts[f.category] = (counts[f.category] ?? 0) + 1;
  return { articleId, counts, flags, sources: summarizeSources(mentions) };
}
