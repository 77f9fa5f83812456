// Named entities of a sentence: gazetteer names (with clitics and spelling variants), names after titles, English capitalised names.
import type { Entity, Language } from '../types.js';
import { normalizeText, normalizeWithMap } from '../text/normalize.js';
import { GAZETTEER, type GazetteerEntry } from './lexicons/gazetteer.js';
import {
  AR_TITLES, AR_DESCRIPTORS, AR_PLACE_NOUNS, AR_ORG_NOUNS, EN_TITLES, EN_NATIONALITIES, EN_NOT_NAMES,
  EN_ORG_SUFFIXES, EN_DOCUMENT_SUFFIXES, EN_PLACE_PREPOSITIONS,
} from './lexicons/entity-words.js';
import {
  BOUNDARY, COMPLEMENTIZERS, GIVEN_NAMES, NOT_NAMES, OUTLET_NOUNS, POST_NATIONALITY, SOURCE_NOUNS, TIME_WORDS,
} from './word-classes.js';
import { REPORTING_VERBS } from './lexicons/reporting-verbs.js';
import { cliticForms, withoutConjunction, withoutArticle, prepositionPrefix } from '../text/clitics.js';
import { foldName, foldWord } from '../text/transliteration.js';
import { wordSet } from '../text/word-sets.js';
import type { TokenStream } from '../text/token-stream.js';
import { scanWords, isComma, type WordToken } from './words.js';

/** An entity with where it stands among the sentence's tokens, for the attribution finder. */
export interface EntityMatch extends Entity {
  /** Token indexes of the name: `from` to `to` (exclusive). */
  from: number;
  to: number;
  /** Token index where a title phrase before the name begins (`وزير الخارجية الأمريكي` before
   * `أنتوني بلينكن`); equals `from` when there is none. */
  phraseFrom: number;
  /** A news outlet or agency (`أكسيوس`, `قناة 13`). */
  outlet: boolean;
}

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

// ---------------------------------------------------------------------------------------------
// Word classes, normalized once.

const norm = (list: readonly string[]): Set<string> => wordSet(list);
const TITLES = norm(AR_TITLES);
const DESCRIPTORS = norm(AR_DESCRIPTORS);
const PLACE_NOUNS = norm(AR_PLACE_NOUNS);
const ORG_NOUNS = norm(AR_ORG_NOUNS);
const VERB_FORMS = norm(REPORTING_VERBS.filter((v) => v.language === 'ar').flatMap((v) => v.forms));
const EN_TITLE_SET = norm(EN_TITLES);
const EN_NATIONALITY_SET = norm(EN_NATIONALITIES);
const EN_NOT_NAME_SET = norm(EN_NOT_NAMES);
const EN_ORG_SUFFIX_SET = norm(EN_ORG_SUFFIXES);
const EN_DOCUMENT_SUFFIX_SET = norm(EN_DOCUMENT_SUFFIXES);
const EN_PLACE_PREPOSITION_SET = norm(EN_PLACE_PREPOSITIONS);

/** Name-stem keys of places (إسرائيل, أمريكا), to recognise their adjectives (الإسرائيلي, الأميركية). */
const PLACE_STEMS = new Set(
  GAZETTEER.filter((g) => g.type === 'place')
    .flatMap((g) => g.ar)
    .map(normalizeText)
    .filter((a) => !a.includes(' '))
    .map(foldWord)
    .concat(['عرب', 'غرب']),
);

/** True for a nationality adjective (الأمريكي, إسرائيلي, الفلسطينيين) of a known place. */
export function isNisba(word: string): boolean {
  const w = withoutArticle(withoutConjunction(word));
  const m = /^(.{3,}?)(يين|يون|يه|ي)$/.exec(w);
  return m !== null && PLACE_STEMS.has(foldWord(m[1]));
}

const QUOTE_MARKS = new Set(['"', '«', '»', '“', '”', '„', '‹', '›']);

/** True when the token is a quotation mark. */
export function isQuoteMark(t: WordToken | undefined): boolean {
  return t !== undefined && !t.isWord && QUOTE_MARKS.has(t.text);
}

/** The index of the mark that closes the quotation opened at `i`, when it closes within `words` words. */
export function closingQuote(tokens: WordToken[], i: number, words: number): number {
  let seen = 0;
  for (let k = i + 1; k < tokens.length; k += 1) {
    if (isQuoteMark(tokens[k])) return seen > 0 ? k : -1;
    if (tokens[k].isWord) seen += 1;
    else if (tokens[k].text !== '-' && tokens[k].text !== '.') return -1;
    if (seen > words) return -1;
  }
  return -1;
}

/** The word without a conjunction; for title and noun lists also without ل/ب (لوزير, بمدينة). */
function bareForms(t: WordToken): string[] {
  return cliticForms(t.norm).map((f) => f.form);
}

/** True when the normalized word, as it stands, is a title. */
export function isTitleWord(norm: string): boolean {
  return TITLES.has(norm);
}

/** True when the Arabic word at `i` is a title (وزير, ومدير, المتحدث). */
export function isTitle(tokens: WordToken[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.isArabic && bareForms(t).some((f) => TITLES.has(f) || TITLES.has(withoutArticle(f)));
}

/** True for a word after which a name does not continue: punctuation, particles, time words. */
export function isBoundary(tokens: WordToken[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || !t.isWord) return true;
  if (!t.isArabic) return false;
  // على and the name علي are one word once normalized; the spelling with ي is the name.
  if (t.norm === 'علي' && t.text.endsWith('ي')) return false;
  const bare = withoutConjunction(t.norm);
  return (
    COMPLEMENTIZERS.has(t.norm) || BOUNDARY.has(t.norm) || TIME_WORDS.has(t.norm) || TIME_WORDS.has(bare) ||
    VERB_FORMS.has(bare) || VERB_FORMS.has(t.norm) || isTitle(tokens, k) || /^\p{N}/u.test(t.text)
  );
}

/** True for a word that can be part of a person's name: not a particle, title, descriptor,
 * nationality, common noun or reporting verb, and without the article. */
function isNameLike(tokens: WordToken[], k: number, gazetteer: Map<number, EntityMatch>): boolean {
  const t = tokens[k];
  if (t === undefined || !t.isWord || !t.isArabic || /\p{N}/u.test(t.text)) return false;
  if (t.norm.length < 2 || t.norm.startsWith('ال')) return false;
  if (isBoundary(tokens, k) || isNisba(t.norm)) return false;
  const forms = bareForms(t);
  for (const set of [DESCRIPTORS, NOT_NAMES, OUTLET_NOUNS, PLACE_NOUNS, ORG_NOUNS, SOURCE_NOUNS]) {
    if (forms.some((f) => set.has(f))) return false;
  }
  // ل/ب before the article is a preposition (للشؤون, بالقطاع).
  if (prepositionPrefix(t.norm) > 0) return false;
  const g = gazetteer.get(k);
  return g === undefined || g.type === 'person';
}

// ---------------------------------------------------------------------------------------------
// 1. Gazetteer.

interface Alias {
  tokens: WordToken[];
  entry: GazetteerEntry;
  key: string;
  /** Persons and outlets are foreign names: match their transliteration variants too. */
  loose: boolean;
}

const ALIASES: Map<string, Alias[]> = buildAliases();

function buildAliases(): Map<string, Alias[]> {
  const index = new Map<string, Alias[]>();
  for (const entry of GAZETTEER) {
    const key = foldName(normalizeText(entry.ar[0] ?? entry.en[0]));
    const loose = entry.type === 'person' || entry.outlet === true;
    for (const form of [...entry.ar, ...entry.en.map((e) => e.replace(/^the /i, ''))]) {
      const tokens = scanWords(form, 0, form.length);
      const first = foldWord(tokens[0].base);
      const list = index.get(first) ?? [];
      list.push({ tokens, entry, key, loose });
      index.set(first, list);
    }
  }
  return index;
}

/** Last-letter class, so that folding does not merge a name with its adjective (إسرائيل / إسرائيلي). */
const ending = (w: string): string => {
  const last = w[w.length - 1];
  return 'يوها'.includes(last) ? last : '-';
};

function wordMatches(text: WordToken, textNorm: string, alias: WordToken, loose: boolean): boolean {
  if (!alias.isWord || !text.isWord) return text.norm === alias.norm;
  if (!alias.isArabic) {
    if (textNorm !== alias.norm) return false;
    // Acronyms keep their case (US is not us); proper names start with a capital.
    if (alias.text.length > 1 && alias.text === alias.text.toUpperCase()) return text.text.replace(/['’]s$/, '') === alias.text;
    return !/^\p{Lu}/u.test(alias.text) || /^\p{Lu}/u.test(text.text);
  }
  if (textNorm === alias.norm) return true;
  // The article may be added to a name (الموساد for موساد); dropping it from a name is only safe
  // for foreign names (أقصى is "farthest", الأقصى the mosque).
  if (textNorm.startsWith('ال') && withoutArticle(textNorm) === alias.norm) return true;
  if (!loose) return false;
  if (alias.norm.startsWith('ال') && withoutArticle(alias.norm) === textNorm) return true;
  return textNorm.length >= 4 && ending(textNorm) === ending(alias.norm) && variantOf(withoutArticle(textNorm), withoutArticle(alias.norm));
}

/** Spelling variants of one foreign name: the same after mapping ج/غ/ق and collapsing doubled
 * letters, or apart by one long vowel (هليفي / هاليفي, نتانياهو / نتنياهو), not more: مليار is not ميلر. */
function variantOf(a: string, b: string): boolean {
  const skeleton = (w: string): string => w.replace(/ء/g, '').replace(/[جغق]/g, 'غ').replace(/(.)\1+/g, '$1');
  const x = skeleton(a);
  const y = skeleton(b);
  if (x === y) return true;
  if (Math.abs(x.length - y.length) !== 1) return false;
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  for (let i = 1; i < long.length; i += 1) {
    if ('اوي'.includes(long[i]) && long.slice(0, i) + long.slice(i + 1) === short) return true;
  }
  return false;
}

/** The longest gazetteer match starting at each token, keyed by token index. */
function matchGazetteer(text: string, tokens: WordToken[]): Map<number, EntityMatch> {
  const found = new Map<number, EntityMatch>();
  let coveredTo = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (!t.isWord) continue;
    let best: { alias: Alias; cut: number; to: number } | null = null;
    for (const { form, cut } of cliticForms(t.base)) {
      for (const alias of ALIASES.get(foldWord(form)) ?? []) {
        if (!wordMatches(t, form, alias.tokens[0], alias.loose)) continue;
        let k = i + 1;
        let ok = true;
        for (const next of alias.tokens.slice(1)) {
          if (k >= tokens.length || !wordMatches(tokens[k], tokens[k].base, next, alias.loose)) {
            ok = false;
            break;
          }
          k += 1;
        }
        if (ok && (best === null || k > best.to)) best = { alias, cut, to: k };
      }
    }
    if (best === null) continue;
    const startAt = t.start + offsetOf(t.text, best.cut);
    const last = tokens[best.to - 1];
    const endAt = /['’]s$/.test(last.text) && !last.isArabic ? last.end - 2 : last.end;
    const match: EntityMatch = {
      start: startAt,
      end: endAt,
      text: text.slice(startAt, endAt),
      key: best.alias.key,
      type: best.alias.entry.type,
      from: i,
      to: best.to,
      phraseFrom: i,
      outlet: best.alias.entry.outlet === true,
    };
    // A shorter match inside a longer one (غزة inside قطاع غزة) is not kept.
    if (i >= coveredTo) found.set(i, match);
    coveredTo = Math.max(coveredTo, best.to);
  }
  return found;
}

/** Offset in the original word of the `cut`-th normalized character (clitics may carry diacritics). */
function offsetOf(word: string, cut: number): number {
  return cut === 0 ? 0 : normalizeWithMap(word).offsets[cut];
}

/** An entity made of tokens `from`..`to` (exclusive), without a leading clitic on the first word. */
function makeMatch(
  text: string,
  tokens: WordToken[],
  from: number,
  to: number,
  type: Entity['type'],
  key: string,
  phraseFrom = from,
  outlet = false,
): EntityMatch {
  const first = tokens[from];
  const cut = first.isArabic ? cutOf(first.norm) : 0;
  const s = first.start + offsetOf(first.text, cut);
  const e = tokens[to - 1].end;
  return { start: s, end: e, text: text.slice(s, e), key, type, from, to, phraseFrom, outlet };
}

/** A name's first word keeps its letters; only a conjunction و/ف before a known given name is cut. */
function cutOf(n: string): number {
  return (n[0] === 'و' || n[0] === 'ف') && GIVEN_NAMES.has(n.slice(1)) ? 1 : 0;
}

/** The key of a person's name: a gazetteer person inside it, else its last word folded. */
function personKey(tokens: WordToken[], from: number, to: number, gazetteer: Map<number, EntityMatch>): string {
  for (let k = from; k < to; k += 1) {
    const g = gazetteer.get(k);
    if (g && g.type === 'person') return g.key;
  }
  // A surname of one or two letters once folded (ماي -> م) says too little: keep the whole name.
  const last = foldWord(tokens[to - 1].base);
  return last.length >= 3 ? last : foldName(tokens.slice(from, to).map((t) => t.base).join(' '));
}

// ---------------------------------------------------------------------------------------------
// 2. Outlets and organisations introduced by a noun.

function matchNamedByNoun(text: string, tokens: WordToken[], gazetteer: Map<number, EntityMatch>): EntityMatch[] {
  const out: EntityMatch[] = [];
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const t = tokens[i];
    if (!t.isArabic) continue;
    const forms = bareForms(t);
    const outlet = forms.some((f) => OUTLET_NOUNS.has(f));
    if (!outlet && !forms.some((f) => ORG_NOUNS.has(f))) continue;
    const next = tokens[i + 1];
    // قناة 13, القناة 12: the number names the channel.
    if (outlet && /^\p{N}+$/u.test(next.text) && /قناه/.test(t.norm)) {
      if (!gazetteer.has(i)) out.push(makeMatch(text, tokens, i, i + 2, 'organization', foldName('قناه ' + next.norm), i, true));
      continue;
    }
    // موقع "أكسيوس", حركة "حماس": a short name in quotation marks.
    if (isQuoteMark(next)) {
      const close = closingQuote(tokens, i + 1, 4);
      if (close < 0 || gazetteer.has(i + 2)) continue;
      const inner = tokens.slice(i + 2, close).map((w) => w.base).join(' ');
      out.push(makeMatch(text, tokens, i + 2, close, 'organization', foldName(inner), i, outlet));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 3. Names after titles.

/** Given names, `عبد` and `أبو` start a name; `عبد العاطي`, `أبو مازن` continue with the article. */
const NAME_JOINERS = new Set(['عبد', 'ابو', 'بن', 'ابن', 'ال']);

/** A run of 1-3 name words from `k`, or null. A run is a name when it holds a gazetteer person or
 * starts with a given name, or when a boundary (a comma, a particle, a time word) follows it. */
function nameRun(
  tokens: WordToken[],
  k: number,
  gazetteer: Map<number, EntityMatch>,
  max = 2,
): { to: number; known: boolean } | null {
  const from = k;
  let known = false;
  while (k < tokens.length && k - from < max + 1) {
    // A word past `max` only after a joiner (بدر عبد العاطي), not `مايك بومبيو لمدة`.
    if (k - from >= max && !NAME_JOINERS.has(tokens[k - 1].norm) && !gazetteer.has(k)) break;
    const g = gazetteer.get(k);
    if (g && g.type === 'person') {
      k = g.to;
      known = true;
      break;
    }
    // A word starting with و is the next item of a list (وقيلت, ومن), not a name.
    if (/^[وف]/.test(tokens[k].norm) && !GIVEN_NAMES.has(withoutConjunction(tokens[k].norm))) break;
    if (isNameLike(tokens, k, gazetteer)) {
      k += 1;
      continue;
    }
    // A family name with the article after one name word (أيمن الصفدي, حسين الشيخ, بدر عبد العاطي).
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (
      k > from && t.isArabic && t.norm.startsWith('ال') && !TIME_WORDS.has(t.norm) && !isNisba(t.norm) &&
      !gazetteer.has(k) &&
      !DESCRIPTORS.has(t.norm) && (k - from === 1 || NAME_JOINERS.has(prev.norm)) && isBoundary(tokens, k + 1)
    ) {
      k += 1;
    }
    break;
  }
  if (k === from) return null;
  const given = GIVEN_NAMES.has(withoutConjunction(tokens[from].norm)) || GIVEN_NAMES.has(tokens[from].norm);
  return known || given || isBoundary(tokens, k) ? { to: k, known: known || given } : null;
}

function matchTitledNames(text: string, tokens: WordToken[], gazetteer: Map<number, EntityMatch>): EntityMatch[] {
  const out: EntityMatch[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isTitle(tokens, i)) continue;
    // The name before its title: `مع بدر عبد العاطي، وزير الخارجية المصري`.
    const before = nameBeforeTitle(tokens, i, gazetteer);
    if (before) out.push(makeMatch(text, tokens, before.from, before.to, 'person', personKey(tokens, before.from, before.to, gazetteer)));
    const name = nameAfterTitle(tokens, i, gazetteer);
    if (name === null) continue;
    // A gazetteer person after a title: record the title phrase on it.
    const known = gazetteer.get(name.from);
    if (known && known.to === name.to) {
      known.phraseFrom = i;
      continue;
    }
    out.push(makeMatch(text, tokens, name.from, name.to, 'person', personKey(tokens, name.from, name.to, gazetteer), i));
  }
  return out;
}

/** A name of two or three words set off by a comma before a title (`بيتر سيارتو، وزير الخارجية`). */
function nameBeforeTitle(
  tokens: WordToken[],
  i: number,
  gazetteer: Map<number, EntityMatch>,
): { from: number; to: number } | null {
  const comma = tokens[i - 1];
  if (comma === undefined || !isComma(comma)) return null;
  const to = i - 1;
  let from = to;
  // A family name with the article may end the name (عبد العاطي).
  const last = tokens[from - 1];
  if (last && last.isArabic && last.norm.startsWith('ال') && !isNisba(last.norm) && !gazetteer.has(from - 1) &&
    !DESCRIPTORS.has(last.norm) && !TIME_WORDS.has(last.norm)) from -= 1;
  while (from - 1 >= 0 && to - from < 3 && isNameLike(tokens, from - 1, gazetteer) && !/^[وف]/.test(tokens[from - 1].norm)) from -= 1;
  if (to - from < 2 || tokens[from].norm.startsWith('ال')) return null;
  // Not the end of a longer noun phrase (`الجيش الإسرائيلي، وزير`): the word before has no article.
  const prev = tokens[from - 1];
  return prev === undefined || !prev.isArabic || !prev.norm.startsWith('ال') ? { from, to } : null;
}

/** The name a title at `i` introduces: after its descriptors (`وزير الخارجية الأمريكي`, `مدير
 * "الشاباك"`, `رئيس أركان الجيش الإسرائيلي`), or after the comma that closes them. */
export function nameAfterTitle(
  tokens: WordToken[],
  i: number,
  gazetteer: Map<number, EntityMatch>,
): { from: number; to: number } | null {
  let j = i + 1;
  let afterNationality = false;
  while (j < tokens.length && j - i <= 10) {
    const t = tokens[j];
    if (!t.isWord) {
      // A short quoted name among the descriptors: مدير "الشاباك".
      if (isQuoteMark(t) && !afterNationality) {
        const close = closingQuote(tokens, j, 3);
        if (close > 0) {
          j = close + 1;
          continue;
        }
      }
      break;
    }
    const g = gazetteer.get(j);
    if (g && g.type === 'person') return { from: j, to: g.to };
    if (g) {
      if (afterNationality) break;
      j = g.to;
      continue;
    }
    if (!t.isArabic) break;
    const bare = withoutConjunction(t.norm);
    if (isNisba(t.norm)) {
      afterNationality = true;
      j += 1;
      continue;
    }
    if (afterNationality && POST_NATIONALITY.has(t.norm)) {
      j += 1;
      continue;
    }
    const descriptor =
      (t.norm.startsWith('ال') && !TIME_WORDS.has(t.norm)) || DESCRIPTORS.has(bare) || DESCRIPTORS.has(t.norm);
    if (descriptor && !afterNationality) {
      j += 1;
      continue;
    }
    if (isNameLike(tokens, j, gazetteer)) {
      const run = nameRun(tokens, j, gazetteer);
      // One unknown word right after the title is too often a verb or a noun (الرئيس تردد).
      if (run && j === i + 1 && run.to - j === 1 && !run.known) return null;
      return run ? { from: j, to: run.to } : null;
    }
    break;
  }
  return appositionName(tokens, j, gazetteer);
}

/** A name set off by commas after a title phrase: `وزير الخارجية الأميركي، أنتوني بلينكن،`, also
 * after a place phrase: `المبعوث الخاص ... في الشرق الأوسط، ديفيد ساترفيلد،`. */
function appositionName(
  tokens: WordToken[],
  j: number,
  gazetteer: Map<number, EntityMatch>,
): { from: number; to: number } | null {
  let k = j;
  // Up to the comma, over at most a short prepositional phrase without a verb or quotation.
  for (let words = 0; k < tokens.length && !isComma(tokens[k]); k += 1) {
    const t = tokens[k];
    if (!t.isWord || COMPLEMENTIZERS.has(t.norm) || VERB_FORMS.has(withoutConjunction(t.norm))) return null;
    if ((words += 1) > 6) return null;
  }
  if (k >= tokens.length) return null;
  const run = nameRun(tokens, k + 1, gazetteer);
  if (run === null) return null;
  const closes = run.to >= tokens.length || !tokens[run.to].isWord;
  return run.known || (run.to - (k + 1) >= 2 && closes) ? { from: k + 1, to: run.to } : null;
}

// ---------------------------------------------------------------------------------------------
// 4. Given names; 5. place nouns.

function matchGivenNames(text: string, tokens: WordToken[], gazetteer: Map<number, EntityMatch>): EntityMatch[] {
  const out: EntityMatch[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (!t.isArabic || gazetteer.has(i) || !GIVEN_NAMES.has(withoutConjunction(t.norm))) continue;
    const run = nameRun(tokens, i + 1, gazetteer, 1);
    if (run === null) continue;
    out.push(makeMatch(text, tokens, i, run.to, 'person', personKey(tokens, i, run.to, gazetteer)));
    i = run.to - 1;
  }
  return out;
}

function matchPlaceNouns(text: string, tokens: WordToken[], gazetteer: Map<number, EntityMatch>): EntityMatch[] {
  const out: EntityMatch[] = [];
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const t = tokens[i];
    if (!t.isArabic || !bareForms(t).some((f) => PLACE_NOUNS.has(f)) || gazetteer.has(i + 1)) continue;
    // مخيم النصيرات, حي الرمال: camps and quarters are often named with the article.
    const articleOk = /مخيم|حي$/.test(t.norm);
    let k = i + 1;
    while (k < tokens.length && k - i <= 2) {
      const w = tokens[k];
      const ok = isNameLike(tokens, k, gazetteer) ||
        (articleOk && w.isArabic && w.norm.startsWith('ال') && !isNisba(w.norm) && !TIME_WORDS.has(w.norm));
      if (!ok) break;
      k += 1;
    }
    if (k > i + 1 && isBoundary(tokens, k)) {
      const name = tokens.slice(i + 1, k).map((w) => w.base).join(' ');
      out.push(makeMatch(text, tokens, i + 1, k, 'place', foldName(name), i));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 6. English capitalised names.

const isCapitalised = (t: WordToken | undefined): boolean => t !== undefined && t.isWord && !t.isArabic && /^\p{Lu}/u.test(t.text);

function matchCapitalised(text: string, tokens: WordToken[], gazetteer: Map<number, EntityMatch>): EntityMatch[] {
  const out: EntityMatch[] = [];
  const covered = new Set<number>();
  for (const g of gazetteer.values()) for (let k = g.from; k < g.to; k += 1) covered.add(k);
  const lower = (x: number): string => tokens[x].base;
  const isTitleAt = (x: number): boolean => EN_TITLE_SET.has(lower(x)) && !['of', 'the', 'for'].includes(lower(x));
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i]) || covered.has(i)) {
      i += 1;
      continue;
    }
    // 1. The run: capitalised words, joined by `of` (Times of Israel).
    const runStart = i;
    let k = i + 1;
    while (k < tokens.length && !covered.has(k)) {
      if (isCapitalised(tokens[k])) k += 1;
      else if (tokens[k].norm === 'of' && isCapitalised(tokens[k + 1]) && !covered.has(k + 1)) k += 2;
      else break;
    }
    const runEnd = k;
    i = runEnd;
    // 2. Leading function words (The, In, But) and nationalities (Israeli, Democratic).
    let from = runStart;
    while (from < runEnd && (EN_NOT_NAME_SET.has(lower(from)) || EN_NATIONALITY_SET.has(lower(from)))) from += 1;
    let to = runEnd;
    while (to > from && (tokens[to - 1].norm === 'of' || EN_NOT_NAME_SET.has(lower(to - 1)))) to -= 1;
    if (to <= from) continue;
    const last = lower(to - 1);
    const institution = EN_ORG_SUFFIX_SET.has(last) || EN_DOCUMENT_SUFFIX_SET.has(last);
    // 3. Titles: a person's name follows the last title word (`Senate Minority Leader Harry Reid`,
    //    `Secretary of State Antony Blinken`); `Mr.` and a lower-case title before the run count too
    //    (`press secretary Josh Earnest`). Not in an institution's name (`Defense Ministry`).
    let titled = false;
    if (!institution && tokens.slice(from, to).every((w) => EN_TITLE_SET.has(w.norm) || EN_NATIONALITY_SET.has(w.norm))) {
      // The run is only a title (`Israeli Prime Minister`): it belongs to the person after it.
      const g = gazetteer.get(runEnd);
      if (g && g.type === 'person') g.phraseFrom = runStart;
      continue;
    }
    if (!institution) {
      let x = to - 1;
      while (x >= from && !isTitleAt(x)) x -= 1;
      if (x >= from && x < to - 1) {
        titled = true;
        from = x + 1;
      }
      const before = tokens[runStart - 1];
      const beforeTitle = before && before.isWord && isTitleAt(runStart - 1);
      const abbreviation = before && before.text === '.' && runStart >= 2 && isTitleAt(runStart - 2);
      if (beforeTitle || abbreviation) titled = true;
      if (titled) {
        // `Nancy Pelosi of California`: the name ends before `of`.
        const of = tokens.slice(from, to).findIndex((w) => w.norm === 'of');
        if (of > 0) to = from + of;
      }
    }
    if (to <= from) continue;
    const words = tokens.slice(from, to);
    // One letter (`N.Y.`) or a lone sentence-initial word (`Officials`) is no name.
    if (words.length === 1 && words[0].text.length < 2) continue;
    const sentenceStart = tokens.slice(0, from).every((w) => !w.isWord);
    if (sentenceStart && words.length === 1 && !titled) continue;
    const prev = tokens[runStart - 1];
    const type: Entity['type'] = titled
      ? 'person'
      : EN_ORG_SUFFIX_SET.has(last)
        ? 'organization'
        : prev && EN_PLACE_PREPOSITION_SET.has(prev.norm)
          ? 'place'
          : 'other';
    const norms = words.map((w) => w.base);
    const key = type === 'person' ? foldWord(norms[norms.length - 1]) : foldName(norms.join(' '));
    const m = makeMatch(text, tokens, from, to, type, key, runStart);
    if (/['’]s$/.test(tokens[to - 1].text)) {
      m.end -= 2;
      m.text = text.slice(m.start, m.end);
    }
    out.push(m);
  }
  return out;
}
