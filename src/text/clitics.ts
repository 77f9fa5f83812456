// Clitics, in one place: the Arabic proclitics (و ف, ب ل ك, the article ال, the future س) and the
// English possessive 's, and the forms of a word without them that each stage looks words up by.
// All functions take normalized words (`normalizeText`: ة as ه, أإآ as ا, ى as ي).
import { AR_ARTICLES } from './lexicons/stem-arabic.js';

/** What a word carries around its core: `والاحتلال` = و+ال · احتلال; `Israel's` = israel · s. */
export interface Clitics {
  /** Leading clitics, as normalized letters (`وال`, `لل`, `ب`), or ''. */
  prefix: string;
  /** The word without them: what word lists are checked against. */
  core: string;
  /** Trailing clitic: `s` for the English possessive, else ''. */
  suffix: string;
}

const ARABIC_LETTER = /^[\u0621-\u064A]/;

/** Clitic prefixes a noun may carry, longest first. `لل` (ل + ال) is also read as ل + ال.... */
export const NOUN_PREFIXES: readonly string[] = [
  'وبال', 'فبال', 'وكال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'لل', 'ال',
  'وب', 'فب', 'وك', 'ول', 'فل', 'و', 'ف', 'ب', 'ل', 'ك',
];

/** Clitic prefixes a verb may carry: و ف, then ل (لِيَقُل) or the future س. */
export const VERB_PREFIXES: readonly string[] = ['وس', 'فس', 'ول', 'فل', 'و', 'ف', 'ل', 'س'];

const isConjunction = (ch: string | undefined): boolean => ch === 'و' || ch === 'ف';

/**
 * The word without a leading conjunction و or ف, when at least `minCore` letters are left.
 * The claim finders read words as short as `وفي` (minCore 2); the framing lists only words of
 * three letters or more (minCore 3), so that `وفد` stays whole.
 */
export function withoutConjunction(norm: string, minCore = 2): string {
  return isConjunction(norm[0]) && norm.length - 1 >= minCore ? norm.slice(1) : norm;
}

/**
 * The word without the article and the particles fused to it (وبال، فال، لل ... `AR_ARTICLES`),
 * when at least three letters are left: `والفلسطينيين` -> فلسطينيين, `الله` stays. The stemmer's
 * first step.
 */
export function withoutFusedArticle(norm: string): string {
  for (const article of AR_ARTICLES) {
    if (norm.length - article.length >= 3 && norm.startsWith(article)) return norm.slice(article.length);
  }
  return norm;
}

/** The word without the article ال, when at least two letters are left (`الي` stays). */
export function withoutArticle(norm: string): string {
  return norm.startsWith('ال') && norm.length > 3 ? norm.slice(2) : norm;
}

/**
 * The word without a leading و/ف and the article (بال, كال, لل or ال), for comparing against
 * plain lists: `والقوات` -> قوات, `للمدنيين` -> مدنيين, `وقتلت` -> قتلت.
 */
export function bareWord(norm: string): string {
  let w = withoutConjunction(norm, 3);
  if (w.length > 3 && (w.startsWith('بال') || w.startsWith('كال'))) w = w.slice(3);
  else if (w.length > 3 && w.startsWith('لل')) w = w.slice(2);
  else if (w.length > 3 && w.startsWith('ال')) w = w.slice(2);
  return w;
}

/**
 * The forms of a normalized Arabic word without its leading clitics (و ف then ب ل ك, or لل for
 * ل+ال), with how many normalized characters each form drops from the start. The word itself
 * comes first. `بتل` (أبيب) keeps two letters: the gazetteer decides whether they start a name.
 */
export function cliticForms(norm: string): Array<{ form: string; cut: number }> {
  const out = [{ form: norm, cut: 0 }];
  if (!ARABIC_LETTER.test(norm)) return out;
  const bases = [{ form: norm, cut: 0 }];
  const bare = withoutConjunction(norm);
  if (bare !== norm) bases.push({ form: bare, cut: 1 });
  for (const base of bases) {
    if (base.cut > 0) out.push(base);
    const w = base.form;
    if (w.length < 3) continue;
    if (w.startsWith('لل')) out.push({ form: 'ال' + w.slice(2), cut: base.cut + 2 });
    else if (w[0] === 'ب' || w[0] === 'ل' || w[0] === 'ك') out.push({ form: w.slice(1), cut: base.cut + 1 });
  }
  return out;
}

/** Length of a preposition and article before a word (بالإضافة, للشؤون, وبالقطاع), else 0; the
 * rest must still be a word, so وكالة is not و + ك + ال. */
export function prepositionPrefix(norm: string): number {
  const m = /^([وف]?(?:[بلك]ال|لل))(.*)$/.exec(norm);
  return m && m[2].length >= 3 ? m[1].length : 0;
}

/** A reading of a word as clitic prefix + core (`والاحتلال` -> و + الاحتلال, وال + احتلال). */
export interface CliticSplit {
  prefix: string;
  core: string;
}

/** Which prefixes a lexicon word may carry: nouns (و ف ب ل ك ال and their combinations), verbs (و ف ل س), or none. */
export type CliticClass = 'noun' | 'verb' | 'none';

/**
 * The ways an Arabic word can be read as prefix + core for a clitic class, the bare word first.
 * `لل` yields both ل + ال... (للعدوان -> العدوان) and لل + rest (للحرب -> حرب). At least two
 * letters of core stay: a one-letter core is never a lexicon word.
 */
export function cliticSplits(word: string, clitics: CliticClass): CliticSplit[] {
  const out: CliticSplit[] = [{ prefix: '', core: word }];
  if (clitics === 'none') return out;
  for (const p of clitics === 'noun' ? NOUN_PREFIXES : VERB_PREFIXES) {
    if (word.length - p.length < 2 || !word.startsWith(p)) continue;
    const core = word.slice(p.length);
    out.push({ prefix: p, core });
    if (p.endsWith('لل')) out.push({ prefix: p.slice(0, -1), core: 'ال' + core });
  }
  return out;
}

/**
 * Every reading of an Arabic word under both clitic classes: noun prefixes, plus the verb
 * prefixes with the future س (وس، فس، س), the only verb prefixes nouns do not also have.
 */
export function allCliticSplits(word: string): CliticSplit[] {
  return cliticSplits(word, 'noun').concat(cliticSplits(word, 'verb').filter((s) => s.prefix.endsWith('س')));
}

/**
 * Extra look-up keys of a word for the contradiction lexicons: without one leading clitic
 * (لأدنى -> أدنى) and without a clitic plus the article (والأعلى -> أعلى), each leaving at
 * least three letters.
 */
export function lookupForms(norm: string): string[] {
  const out: string[] = [];
  if (/^[وفبلك]/.test(norm) && norm.length > 3) out.push(norm.slice(1));
  if (/^(وال|بال|فال|كال|لل)/.test(norm) && norm.length > 4) out.push(norm.slice(norm.startsWith('لل') ? 2 : 3));
  return out;
}

/**
 * The stem without an attached ب ل ك (بغزة -> غزة), or null. The stemmer never strips these
 * alone (they may be root letters: بلينكن), so callers decide with a vocabulary of their own.
 */
export function withoutPreposition(stem: string): string | null {
  if (!/^[بلك][\u0621-\u064A]/.test(stem) || stem.length < 4) return null;
  return stem.slice(1);
}

/** The English possessive: `Israel's`, `Hamas’s` (as written, before normalization drops the mark). */
const POSSESSIVE = /['’][sS]$/;

/** A Latin-script word without its possessive `'s` (`Israel's` -> Israel), else the word. */
export function withoutPossessive(word: string): string {
  return POSSESSIVE.test(word) ? word.slice(0, -2) : word;
}

/**
 * The canonical clitic split of a word, from its surface and its normalized form: an Arabic word
 * loses و/ف and the article (`bareWord`), an English one its possessive. `plain` normalizes the
 * surface without the possessive, the same way `norm` was made.
 */
export function cliticsOf(surface: string, norm: string, plain: (surface: string) => string): Clitics {
  if (ARABIC_LETTER.test(norm)) {
    const core = bareWord(norm);
    return core === norm ? { prefix: '', core, suffix: '' } : { prefix: norm.slice(0, norm.length - core.length), core, suffix: '' };
  }
  if (POSSESSIVE.test(surface) && surface.length > 2) return { prefix: '', core: plain(surface.slice(0, -2)), suffix: 's' };
  return { prefix: '', core: norm, suffix: '' };
}
