// Scare quotes: a name or short term in quotation marks that is not a quotation. Two rules:
// `scare-quote:entity` — a known state, army or organization name quoted on its own ("إسرائيل");
// `scare-quote:term` — a 1-3 word quoted framing term with no speaker in its sentence.
// Not flagged: quotations introduced by a colon or a reporting verb, titles (موقع "أكسيوس"),
// labels attributed by a describing verb (وصفها بـ"السخية"), and quotes longer than three words.
import type { FramingFlag } from '../types.js';
import { bareWord, cliticSplits, withoutConjunction } from '../text/clitics.js';
import { wordSet } from '../text/word-sets.js';
import { describingWords, scareEntities, titleNouns } from './lexicons/quote-context.js';
import { citationMarkers } from './lexicons/sources.js';
import type { LexiconMatch } from './match-lexicon.js';
import { textBetween, type WordedRange } from './words.js';

const ENTITIES = wordSet(scareEntities.ar, scareEntities.en);
const TITLES = wordSet(titleNouns.ar, titleNouns.en);
const DESCRIBING = wordSet(describingWords.ar, describingWords.en);
/** Citation markers in the sentence mean the quote is someone's wording (not the bare preposition عن). */
const MARKERS = new Set([...wordSet(citationMarkers.ar, citationMarkers.en)].filter((m) => m !== 'عن'));
const TERM_CATEGORIES = new Set(['loaded', 'label', 'conflict-name', 'victim-term', 'hedge']);
const MAX_WORDS = 3;

/** Pairs of quotation marks (token indexes in the range) on each line; all quote styles normalize to `"`. */
export function pairQuotes(range: WordedRange): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const tokens = range.tokens;
  let open = -1;
  for (let q = 0; q < tokens.length; q += 1) {
    const t = tokens[q];
    if (t.gap === 2) open = -1;
    if (t.norm !== '"') continue;
    // A mark opens when a word or mark is attached after it, closes when attached to what is before.
    const canOpen = q + 1 < tokens.length && tokens[q + 1].gap === 0 && t.text !== '»';
    const canClose = q > 0 && t.gap === 0 && t.text !== '«';
    if (open < 0) {
      if (canOpen) open = q;
    } else if (canClose) {
      pairs.push([open, q]);
      open = -1;
    } else if (canOpen) {
      // A stray mark before: restart the pair here rather than swallow the text between.
      open = q;
    }
  }
  return pairs;
}

/** Forms of a word to compare against plain lists: as written, without و/ف, without ال. */
function forms(word: string): string[] {
  return [...new Set([word, bareWord(word), withoutConjunction(word, 3)])];
}

export interface ScareQuoteContext {
  /** Lexicon matches of the range (terms and reporting verbs). */
  matches: readonly LexiconMatch[];
  /** True when the quoted words name a known source (an outlet in quotes is its name). */
  isSourceName: (words: readonly string[]) => boolean;
}

/** Scare-quote flags in one analysed range. */
export function findScareQuotes(text: string, range: WordedRange, ctx: ScareQuoteContext): FramingFlag[] {
  const w = range.words;
  const out: FramingFlag[] = [];
  let cursor = 0;
  for (const [open, close] of pairQuotes(range)) {
    // Pairs come in text order, so the first word inside is found by walking forward.
    while (cursor < w.length && w[cursor].at <= open) cursor += 1;
    const inside: number[] = [];
    for (let i = cursor; i < w.length && w[i].at < close && inside.length <= MAX_WORDS; i += 1) inside.push(i);
    if (inside.length === 0 || inside.length > MAX_WORDS) continue;
    if (/[.!?,:;]/.test(textBetween(range, open, close))) continue;
    const first = inside[0];
    const last = inside[inside.length - 1];
    const prev = first > 0 && w[first - 1].sentence === w[first].sentence ? first - 1 : -1;
    // A colon before the quote opens a quotation: قال: "...".
    if (prev >= 0 && textBetween(range, w[prev].at, open).includes(':')) continue;
    if (prev >= 0 && forms(w[prev].norm).some((f) => TITLES.has(f))) continue;
    // Three words back; after بـ ("as") the describing verb may stand further off (تصنفه الولايات المتحدة بـ"...").
    const reach = prev >= 0 && (w[prev].norm === 'ب' || w[prev].norm === 'ال') ? 8 : 3;
    const before: number[] = [];
    for (let k = prev; k >= 0 && k > prev - reach && w[k].sentence === w[first].sentence; k -= 1) before.push(k);
    if (before.some((k) => forms(w[k].norm).some((f) => DESCRIBING.has(f)))) continue;
    const words = inside.map((i) => w[i].norm);
    if (ctx.isSourceName(words)) continue;
    const start = range.tokens[open].start;
    const end = range.tokens[close].end;
    const quoted = text.slice(start, end);
    const variants = cliticSplits(words[0], 'noun').map((s) => [s.core, ...words.slice(1)].join(' '));
    if (variants.some((v) => ENTITIES.has(v))) {
      out.push({
        start, end, text: quoted, category: 'scare-quote', rule: 'scare-quote:entity', value: 'entity',
        gloss: 'a name in quotation marks that quote no one: the outlet distances itself from the name',
      });
      continue;
    }
    // The quote wraps exactly one framing term ("غير المسبوق"); a quoted phrase around a term
    // ("العواقب الكارثية") is more likely someone's wording.
    const exact = ctx.matches.some(
      (m) => m.first === first && m.last === last && TERM_CATEGORIES.has(m.entry.entry.category),
    );
    if (!exact) continue;
    const sentence = w[first].sentence;
    const commaAfter = last + 1 < w.length && /^[^\p{L}\p{N}]*"\s*,/u.test(`"${textBetween(range, close, w[last + 1].at)}`);
    const spoken = ctx.matches.some((m) => {
      if (m.entry.entry.category !== 'reporting-verb' || w[m.first].sentence !== sentence) return false;
      // A reporting verb before the quote, or right after it (`"..."، قال`; `"...," he said`).
      return m.last < first || m.first === last + 1 || (commaAfter && m.first === last + 2);
    });
    const cited = w.some((x, i) => i < first && x.sentence === sentence && forms(x.norm).some((f) => MARKERS.has(f)));
    if (spoken || cited) continue;
    out.push({
      start, end, text: quoted, category: 'scare-quote', rule: 'scare-quote:term', value: 'term',
      gloss: 'a framing term in quotation marks with no speaker: the outlet distances itself from the word',
    });
  }
  return out;
}
