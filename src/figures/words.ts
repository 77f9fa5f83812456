// Word lookup for the figures stage: Arabic words on normalized stems behind the clitics و ف ب ل ك
// (so `ومقتل`, `بحياة`, `القتلى` find `مقتل`, `بحياة`, `قتلى`), English words as written in lower
// case; and a key for a counted noun that a broken plural shares with its singular (`عمود` / `أعمدة`).
import { normalizeText } from '../text/normalize.js';
import { stemArabic, stemEnglish } from '../text/stem.js';
import type { ScanToken } from '../text/scan.js';
import { foldWord, nameWords } from '../text/transliteration.js';
import { conceptKey } from '../align/features.js';

const LATIN = /^[a-z]/;

/** The forms a normalized Arabic word may have behind its clitics: itself, without و/ف, without ب/ل/ك. */
function arabicForms(norm: string): string[] {
  const forms = [norm];
  // Function words are short: `ولم`, `ولا` are `لم`, `لا` behind the conjunction.
  if (norm.length > 2 && (norm[0] === 'و' || norm[0] === 'ف')) forms.push(norm.slice(1));
  for (const f of [...forms]) if (f.length > 3 && 'بلك'.includes(f[0])) forms.push(f.slice(1));
  return forms;
}

/**
 * An entry's stem, or the entry itself when stemming took a first letter that may be a clitic:
 * entries are written without clitics, so the `و` of `وفيات` (deaths) is its root's, and `فيات`
 * would match `الفئات` (the groups, `الفيات` once the hamza is folded).
 */
function entryStem(norm: string): string {
  const stem = stemArabic(norm);
  const first = norm.replace(/^ال/, '')[0];
  return 'وفبلك'.includes(first) && stem[0] !== first ? norm : stem;
}

/** A lookup table from words to values; Arabic entries match any clitic form and stem of a word. */
export class WordTable<T> {
  private readonly map = new Map<string, T>();

  /** `stems: false`: words match an entry only as written behind their clitics (verbs whose stem a noun shares: `قضى`, `القضية`). */
  constructor(entries: Iterable<readonly [string, T]>, private readonly stems = true) {
    for (const [term, value] of entries) {
      const norm = normalizeText(term).toLowerCase();
      for (const key of LATIN.test(norm) || !/\p{L}/u.test(norm) || !stems ? [norm] : [norm, entryStem(norm)]) {
        if (!this.map.has(key)) this.map.set(key, value);
      }
    }
  }

  /** Lookups by word, remembered: news repeats its words, and stemming is the costly part. */
  private readonly seen = new Map<string, T | null>();

  /** The value of a normalized word, or undefined. */
  get(norm: string): T | undefined {
    const known = this.seen.get(norm);
    if (known !== undefined) return known ?? undefined;
    const found = this.lookup(norm);
    if (this.seen.size > 100_000) this.seen.clear();
    this.seen.set(norm, found ?? null);
    return found;
  }

  private lookup(norm: string): T | undefined {
    if (LATIN.test(norm) || !/\p{L}/u.test(norm)) return this.map.get(norm);
    for (const f of arabicForms(norm)) {
      const hit = this.map.get(f) ?? (this.stems ? this.map.get(stemArabic(f)) : undefined);
      if (hit !== undefined) return hit;
    }
    return undefined;
  }

  has(norm: string): boolean {
    return this.get(norm) !== undefined;
  }
}

/** A set of words, matched as `WordTable` matches them. */
export function wordSet(terms: readonly string[]): WordTable<true> {
  return new WordTable(terms.map((t) => [t, true] as const));
}

/** Whether a token is a word of the set. */
export function isIn(table: WordTable<unknown>, t: ScanToken | undefined): boolean {
  return t !== undefined && t.kind === 'word' && table.has(t.norm);
}

/**
 * A key for a counted noun that singular and plural share: Arabic by its consonants (long vowels
 * inside the stem and the `أ` of `أفعلة`/`أفعال` dropped: `عمود`, `الأعمدة` -> `عمد`), English by its
 * Porter stem.
 */
export function nounKey(norm: string): string {
  if (LATIN.test(norm)) return stemEnglish(norm);
  let w = stemArabic(norm);
  if (w.length >= 4 && w[0] === 'ا') w = w.slice(1);
  if (w.length <= 2) return w;
  return w[0] + w.slice(1, -1).replace(/[اوي]/g, '') + w[w.length - 1];
}

/**
 * A key for a place name that spelling variants share (`راجستان` / `راجاستان`, `أغرا` / `آغرا` /
 * `أغرة`). A word whose folded consonants are two letters or fewer keeps its long vowels: folded,
 * `روسيا` and `الرئيس` (or `رأس`) are both `رس`, `سوريا` and `سارة` both `سر`, and `من` a country.
 */
export function placeKey(norm: string): string {
  let key = PLACE_KEYS.get(norm);
  if (key === undefined) {
    key = nameWords(norm)
      .map((word) => {
        const w = foldWord(word);
        if (LATIN.test(w)) return w.length > 2 ? w.replace(/ه$/, '') : w;
        return w.replace(/ه$/, '').length > 2 ? w.replace(/ه$/, '') : shortPlaceKey(word);
      })
      .join(' ');
    if (PLACE_KEYS.size > 100_000) PLACE_KEYS.clear();
    PLACE_KEYS.set(norm, key);
  }
  return key;
}

/** A short name's key: the word without its article and final vowel (`سوريا` / `سورية` -> `سوري`, `لبيا`). */
function shortPlaceKey(word: string): string {
  return word.replace(/^ال(?=..)/, '').replace(/[اةهى]$/, '');
}

/** Place keys by word: every word of every sentence is tried as a place. */
const PLACE_KEYS = new Map<string, string>();

/** A content word's key: its news concept when it has one (`اعتداء`, `هجمات` -> attack), else a stem key. */
/** The news concept a word names (`الاتهامات`, `charges`: charged), or null. */
export function newsConcept(norm: string): string | null {
  if (/^[a-z]/.test(norm)) {
    const key = nounKey(norm);
    const concept = conceptKey(key);
    return concept !== key ? concept : null;
  }
  for (const form of [norm, norm.replace(/^[وف]/, ''), norm.replace(/^[وف]?[بلك]/, '')]) {
    const stem = stemArabic(form);
    const concept = conceptKey(stem);
    if (concept !== stem) return concept;
  }
  return null;
}

export function contentKey(norm: string): string {
  if (/^[a-z]/.test(norm)) return conceptKey(nounKey(norm));
  for (const form of [norm, norm.replace(/^[وف]/, ''), norm.replace(/^[وف]?[بلك]/, '')]) {
    const stem = stemArabic(form);
    const concept = conceptKey(stem);
    if (concept !== stem) return concept;
  }
  return nounKey(norm);
}
