// What the entity finders share: the match type, building a match from tokens, a person's key, and
// whether a word can be part of a name.
import type { Entity } from '../../types.js';
import { normalizeWithMap } from '../../text/normalize.js';
import { prepositionPrefix } from '../../text/clitics.js';
import { foldName, foldWord } from '../../text/transliteration.js';
import {
  DESCRIPTORS, GIVEN_NAMES, NOT_NAMES, ORG_NOUNS, OUTLET_NOUNS, PLACE_NOUNS, SOURCE_NOUNS, bareForms, isBoundary, isNisba,
} from '../word-classes.js';
import type { WordToken } from '../words.js';

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

/** The gazetteer's matches of a sentence, keyed by the index of their first token. */
export type GazetteerMatches = Map<number, EntityMatch>;

/** Offset in the original word of the `cut`-th normalized character (clitics may carry diacritics). */
export function offsetOf(word: string, cut: number): number {
  return cut === 0 ? 0 : normalizeWithMap(word).offsets[cut];
}

/** An entity made of tokens `from`..`to` (exclusive), without a leading clitic on the first word. */
export function makeMatch(
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
export function personKey(tokens: WordToken[], from: number, to: number, gazetteer: GazetteerMatches): string {
  for (let k = from; k < to; k += 1) {
    const g = gazetteer.get(k);
    if (g && g.type === 'person') return g.key;
  }
  // A surname of one or two letters once folded (ماي -> م) says too little: keep the whole name.
  const last = foldWord(tokens[to - 1].base);
  return last.length >= 3 ? last : foldName(tokens.slice(from, to).map((t) => t.base).join(' '));
}


/** True for a word that can be part of a person's name: not a particle, title, descriptor,
 * nationality, common noun or reporting verb, and without the article. */
export function isNameLike(tokens: WordToken[], k: number, gazetteer: GazetteerMatches): boolean {
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
