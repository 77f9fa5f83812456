// Finds lexicon entries in the words of a range: whole words on normalized forms, Arabic clitic
// prefixes on the first word, the longest match winning where matches overlap.
import { NOUN_PREFIXES, VERB_PREFIXES } from '../text/clitics.js';
import { wordKey } from '../text/word-sets.js';
import type { CliticClass, LexiconEntry } from './lexicon-types.js';
import { allSplits, gapBetween, wordsOf, type WordedRange } from './words.js';

/** An entry ready to match: its words and the punctuation between them, normalized. */
export interface CompiledEntry {
  entry: LexiconEntry;
  words: string[];
  /** Normalized separators between consecutive words (`' '` for spaces and hyphens). */
  gaps: string[];
  clitics: CliticClass;
  notBefore: Set<string>;
  after: Set<string>;
  /** `${category}:${term}`, or '' for a blocking phrase. */
  rule: string;
  /** Lower wins among matches of the same length: user entries 0, blocking phrases 1, built-in 2. */
  priority: number;
  blocking: boolean;
}

/** Entries by their first word, Arabic-script and Latin-script apart. */
export interface CompiledLexicon {
  ar: Map<string, CompiledEntry[]>;
  en: Map<string, CompiledEntry[]>;
}

/** A match: word indices (inclusive) in the range and the entry. */
export interface LexiconMatch {
  first: number;
  last: number;
  entry: CompiledEntry;
  /** The Arabic proclitics on the first word that are not part of the entry (`ل` in `لوكالة`), as normalized letters. */
  prefix?: string;
}

const ARABIC = /[\u0621-\u064A]/;

/** Separator between two words as compared: runs of spaces and hyphens are one space. */
function foldGap(gap: string): string {
  return gap.replace(/[\s-]+/g, ' ');
}

/** A term's words and the separators between them, read the way the text's words are read. */
export function splitTerm(term: string): { words: string[]; gaps: string[] } {
  const range = wordsOf(term, 0, term.length);
  const words = range.words.map((w) => w.norm);
  const gaps = range.words.slice(1).map((_, k) => foldGap(gapBetween(range, k, k + 1)));
  return { words, gaps };
}

function normList(list: readonly string[] | undefined): Set<string> {
  return new Set((list ?? []).map((w) => (w === '#num' ? w : wordKey(w))));
}

/** Compiles user entries, blocking phrases and built-in entries, in that order of precedence. */
export function compileLexicon(
  user: readonly LexiconEntry[],
  builtin: readonly LexiconEntry[],
  blocking: { ar: readonly string[]; en: readonly string[] },
): CompiledLexicon {
  const lex: CompiledLexicon = { ar: new Map(), en: new Map() };
  const add = (entry: LexiconEntry, priority: number, isBlocking: boolean): void => {
    const { words, gaps } = splitTerm(entry.term);
    if (words.length === 0) return;
    const script = ARABIC.test(words[0]) ? 'ar' : 'en';
    const clitics: CliticClass =
      script === 'en' ? 'none' : (entry.clitics ?? (entry.category === 'reporting-verb' ? 'verb' : 'noun'));
    const compiled: CompiledEntry = {
      entry,
      words,
      gaps,
      clitics,
      notBefore: normList(entry.notBefore),
      after: normList(entry.after),
      rule: isBlocking ? '' : `${entry.category}:${entry.term}`,
      priority,
      blocking: isBlocking,
    };
    const map = lex[script];
    const list = map.get(words[0]) ?? [];
    list.push(compiled);
    map.set(words[0], list);
  };
  for (const e of user) add(e, 0, false);
  for (const [language, terms] of [['ar', blocking.ar], ['en', blocking.en]] as const) {
    for (const term of terms) add({ term, category: 'loaded', gloss: '', language }, 1, true);
  }
  for (const e of builtin) add(e, 2, false);
  return lex;
}

const NOUNS = new Set(NOUN_PREFIXES);
const VERBS = new Set(VERB_PREFIXES);

function prefixAllowed(clitics: CliticClass, prefix: string): boolean {
  if (prefix === '') return true;
  if (clitics === 'none') return false;
  return clitics === 'noun' ? NOUNS.has(prefix) : VERBS.has(prefix);
}

/** Words that introduce speech after a reporting verb: أن/إن and their pronoun forms, `that`. */
const COMPLEMENTS = new Set([
  'ان', 'انه', 'انها', 'انهم', 'انهما', 'اننا', 'انني', 'بان', 'بانه', 'بانها', 'بانهم', 'بانهما', 'باننا', 'that',
]);

/** True when speech follows within four words: a complementizer, a colon, or a quotation of 4+ words. */
export function speechFollows(range: WordedRange, last: number): boolean {
  const words = range.words;
  for (let k = last + 1; k <= last + 4 && k < words.length; k += 1) {
    if (words[k].sentence !== words[last].sentence) return false;
    const gap = gapBetween(range, k - 1, k);
    if (gap.includes(':') || COMPLEMENTS.has(words[k].norm)) return true;
    // A quote opening here counts only when it runs on: a short one is a name (معركة "طوفان الأقصى").
    if (gap.includes('"')) return longQuoteAt(range, k);
  }
  return false;
}

/** True when the words from `k` on stay inside one quotation for at least four words. */
function longQuoteAt(range: WordedRange, k: number): boolean {
  for (let j = k + 1; j < k + 4; j += 1) {
    if (j >= range.words.length || gapBetween(range, j - 1, j).includes('"')) return false;
  }
  return true;
}

/** True when a quotation closes just before the word: `"...," she added`. */
function speechPrecedes(range: WordedRange, first: number): boolean {
  if (first === 0) return false;
  return /"/.test(gapBetween(range, first - 1, first)) || (first > 1 && /"\s*,?\s*$/.test(gapBetween(range, first - 2, first - 1)));
}

function matchAt(range: WordedRange, i: number, c: CompiledEntry): number {
  const words = range.words;
  const last = i + c.words.length - 1;
  if (last >= words.length) return -1;
  for (let k = 1; k < c.words.length; k += 1) {
    const gap = gapBetween(range, i + k - 1, i + k);
    if (gap.includes('\n') || foldGap(gap) !== c.gaps[k - 1]) return -1;
    if (words[i + k].norm !== c.words[k]) return -1;
  }
  const next = words[last + 1];
  if (next && c.notBefore.has(next.norm) && !gapBetween(range, last, last + 1).includes('\n')) return -1;
  if (c.after.size > 0) {
    const prev = words[i - 1];
    if (!prev || /[.\n]/.test(gapBetween(range, i - 1, i))) return -1;
    if (!c.after.has(prev.norm) && !(prev.isNumber && c.after.has('#num'))) return -1;
  }
  if (c.entry.complement && !speechFollows(range, last) && !(words[i].isArabic ? false : speechPrecedes(range, i))) {
    return -1;
  }
  return last;
}

/** All non-overlapping lexicon matches in the range, in text order (blocking phrases removed). */
export function matchLexicon(range: WordedRange, lex: CompiledLexicon, scripts: { ar: boolean; en: boolean }): LexiconMatch[] {
  const found: LexiconMatch[] = [];
  const splits = scripts.ar ? allSplits(range) : [];
  range.words.forEach((w, i) => {
    if (w.isNumber) return;
    if (w.isArabic) {
      if (!scripts.ar) return;
      for (const split of splits[i]) {
        for (const c of lex.ar.get(split.core) ?? []) {
          if (!prefixAllowed(c.clitics, split.prefix)) continue;
          const last = matchAt(range, i, c);
          if (last >= 0) found.push({ first: i, last, entry: c, ...(split.prefix ? { prefix: split.prefix } : {}) });
        }
      }
    } else {
      if (!scripts.en) return;
      for (const c of lex.en.get(w.norm) ?? []) {
        const last = matchAt(range, i, c);
        if (last >= 0) found.push({ first: i, last, entry: c });
      }
    }
  });
  // Longest first, then precedence, then text order; a word belongs to at most one match.
  found.sort(
    (a, b) => b.last - b.first - (a.last - a.first) || a.entry.priority - b.entry.priority || a.first - b.first,
  );
  const taken = new Set<number>();
  const kept: LexiconMatch[] = [];
  const seen = new Set<string>();
  for (const m of found) {
    const key = `${m.first}:${m.last}:${m.entry.rule}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let free = true;
    for (let k = m.first; k <= m.last && free; k += 1) free = !taken.has(k);
    if (!free) continue;
    for (let k = m.first; k <= m.last; k += 1) taken.add(k);
    if (!m.entry.blocking) kept.push(m);
  }
  return kept.sort((a, b) => a.first - b.first);
}
