// The shape of a framing lexicon entry: the public part users write, and the few extra constraints
// the built-in lexicons use to stay precise on ambiguous words.
import type { FramingCategory } from '../types.js';
import type { CliticClass } from '../text/clitics.js';

/** A word or phrase to flag, with what it marks and a short English gloss. */
export interface FramingLexiconEntry {
  /** As written; matched on its normalized form, whole words, Arabic clitic prefixes allowed. */
  term: string;
  category: FramingCategory;
  /** Sub-kind: stance of a reporting verb (`neutral`, `asserting`, `distancing`), victim-term stance (`martyr`) ... */
  value?: string | null;
  gloss: string;
  language: 'ar' | 'en';
}

/** Which Arabic clitics the first word may carry: nouns و ف ب ل ك ال (and their combinations), verbs و ف ل س. */
export type { CliticClass } from '../text/clitics.js';

/** A built-in entry: the public fields plus optional constraints that keep ambiguous words precise. */
export interface LexiconEntry extends FramingLexiconEntry {
  /** Default: `verb` for reporting verbs, `noun` for everything else. */
  clitics?: CliticClass;
  /** The match is dropped when the next word (normalized) is one of these: `offensive remarks`, `البالغ عددهم`. */
  notBefore?: readonly string[];
  /** The match counts only after one of these words (normalized); `#num` stands for any number. */
  after?: readonly string[];
  /** A reporting verb that only counts when speech follows within four words (أن، إن، a colon or a quote). */
  complement?: boolean;
}

/** Extra constraints of a built-in row. */
export type EntryConstraints = Pick<LexiconEntry, 'clitics' | 'notBefore' | 'after' | 'complement'>;

/** A lexicon row as written in `lexicons/`: term, value, English gloss, optional constraints. */
export type TermRow = readonly [term: string, value: string | null, gloss: string, constraints?: EntryConstraints];

/** Rows grouped by category: the shape of every term lexicon module. */
export type TermTable = Partial<Record<FramingCategory, readonly TermRow[]>>;
