// 6. English capitalised names: runs of capitalised words, without leading function words and
// nationalities, typed by a title before them, an organisation suffix or a place preposition.
import type { Entity } from '../../types.js';
import { foldName, foldWord } from '../../text/transliteration.js';
import { wordSet } from '../../text/word-sets.js';
import {
  EN_TITLES, EN_NATIONALITIES, EN_NOT_NAMES, EN_ORG_SUFFIXES, EN_DOCUMENT_SUFFIXES, EN_PLACE_PREPOSITIONS,
} from '../lexicons/entity-words.js';
import type { WordToken } from '../words.js';
import { makeMatch, type EntityMatch, type GazetteerMatches } from './match.js';

const EN_TITLE_SET = wordSet(EN_TITLES);
const EN_NATIONALITY_SET = wordSet(EN_NATIONALITIES);
const EN_NOT_NAME_SET = wordSet(EN_NOT_NAMES);
const EN_ORG_SUFFIX_SET = wordSet(EN_ORG_SUFFIXES);
const EN_DOCUMENT_SUFFIX_SET = wordSet(EN_DOCUMENT_SUFFIXES);
const EN_PLACE_PREPOSITION_SET = wordSet(EN_PLACE_PREPOSITIONS);

/** Generational suffixes after a surname (`John G. Roberts Jr.`, `Robert S. Mueller III`): no key. */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

const isCapitalised = (t: WordToken | undefined): boolean => t !== undefined && t.isWord && !t.isArabic && /^\p{Lu}/u.test(t.text);

/** A middle initial at `k` (`E.` in `Susan E. Rice`): one capital letter and a full stop between
 * two capitalised words of a name. It marks a person and is no part of the key. */
const isMiddleInitial = (tokens: WordToken[], k: number): boolean =>
  /^\p{Lu}$/u.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === '.' && tokens[k + 1].start === tokens[k].end &&
  isCapitalised(tokens[k + 2]) && !EN_NOT_NAME_SET.has(tokens[k + 2].base);

export function matchCapitalised(text: string, tokens: WordToken[], gazetteer: GazetteerMatches): EntityMatch[] {
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
    const initials = new Set<number>();
    let knownAfter: EntityMatch | null = null;
    let k = i + 1;
    while (k < tokens.length && !covered.has(k)) {
      if (isMiddleInitial(tokens, k) && covered.has(k + 2)) {
        // `Donald J. Trump`: the name is the gazetteer's, its given name and initial part of its phrase.
        const g = gazetteer.get(k + 2);
        if (g && g.type === 'person') knownAfter = g;
        break;
      } else if (isMiddleInitial(tokens, k)) {
        initials.add(k);
        k += 2;
      } else if (isCapitalised(tokens[k])) k += 1;
      else if (tokens[k].norm === 'of' && isCapitalised(tokens[k + 1]) && !covered.has(k + 1)) k += 2;
      else break;
    }
    const runEnd = k;
    i = runEnd;
    if (knownAfter) {
      knownAfter.phraseFrom = Math.min(knownAfter.phraseFrom, runStart);
      continue;
    }
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
    // The words of the name, without middle initials and their full stops.
    let words = tokens.slice(from, to).filter((w, n) => w.isWord && !initials.has(from + n));
    // One letter (`N.Y.`) or a lone sentence-initial word (`Officials`) is no name.
    if (words.length === 1 && words[0].text.length < 2) continue;
    const sentenceStart = tokens.slice(0, from).every((w) => !w.isWord);
    if (sentenceStart && words.length === 1 && !titled) continue;
    const prev = tokens[runStart - 1];
    // A middle initial makes a person (`Susan E. Rice`), keyed like the untitled name without it.
    const person = titled || initials.size > 0;
    if (person) {
      // A person's name ends at a possessive (`Mitt Romney's Medicare plan`) or before `of`
      // (`James T. Hodgkinson of Belleville`).
      const of = words.findIndex((w) => w.norm === 'of');
      if (of > 0) {
        to = tokens.indexOf(words[of]);
        words = words.slice(0, of);
      }
      const owner = words.slice(0, -1).findIndex((w) => /['’]s$/.test(w.text));
      if (owner >= 0) {
        to = tokens.indexOf(words[owner]) + 1;
        words = words.slice(0, owner + 1);
      }
    }
    const type: Entity['type'] = person
      ? 'person'
      : EN_ORG_SUFFIX_SET.has(last)
        ? 'organization'
        : prev && EN_PLACE_PREPOSITION_SET.has(prev.norm)
          ? 'place'
          : 'other';
    const norms = words.map((w) => w.base);
    // A titled person is keyed by the surname (`Secretary Kerry` is `Kerry`); an untitled run by all
    // its words (`Susan Rice`, `Susan E. Rice`), since without a title it may be a place or a body
    // (`Capitol Hill`, `North Korea`). Neither key holds a generational suffix (`Mueller III`).
    let surname = norms.length - 1;
    while (surname > 0 && NAME_SUFFIXES.has(norms[surname])) surname -= 1;
    const key = titled ? foldWord(norms[surname]) : foldName(norms.slice(0, surname + 1).join(' '));
    const m = makeMatch(text, tokens, from, to, type, key, runStart);
    if (/['’]s$/.test(tokens[to - 1].text)) {
      m.end -= 2;
      m.text = text.slice(m.start, m.end);
    }
    out.push(m);
  }
  return out;
}
