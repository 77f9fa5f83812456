// 3. Names after a title (ومدير "الشاباك" رونين بار), before one (بدر عبد العاطي، وزير الخارجية) or
// set off by commas after it; 4. a given name and a surname (ديفيد ساترفيلد).
import { withoutConjunction } from '../../text/clitics.js';
import {
  COMPLEMENTIZERS, DESCRIPTORS, GIVEN_NAMES, POST_NATIONALITY, TIME_WORDS, VERB_FORMS, closingQuote, isBoundary, isNisba,
  isQuoteMark, isTitle,
} from '../word-classes.js';
import { isComma, type WordToken } from '../words.js';
import { isNameLike, makeMatch, personKey, type EntityMatch, type GazetteerMatches } from './match.js';

/** Given names, `عبد` and `أبو` start a name; `عبد العاطي`, `أبو مازن` continue with the article. */
const NAME_JOINERS = new Set(['عبد', 'ابو', 'بن', 'ابن', 'ال']);

/** A run of 1-3 name words from `k`, or null. A run is a name when it holds a gazetteer person or
 * starts with a given name, or when a boundary (a comma, a particle, a time word) follows it. */
function nameRun(
  tokens: WordToken[],
  k: number,
  gazetteer: GazetteerMatches,
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

export function matchTitledNames(text: string, tokens: WordToken[], gazetteer: GazetteerMatches): EntityMatch[] {
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
  gazetteer: GazetteerMatches,
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
  gazetteer: GazetteerMatches,
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
  gazetteer: GazetteerMatches,
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

export function matchGivenNames(text: string, tokens: WordToken[], gazetteer: GazetteerMatches): EntityMatch[] {
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
