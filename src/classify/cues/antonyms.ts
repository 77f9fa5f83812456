// Opposite words between two claims (ارتفع / انخفض, won / lost) from the antonym lexicon: only
// words each claim states plainly (not negated, not a denying verb, which negation handles: أكدت
// عدم / نفت is one denial), only words the other claim lacks, and only said of the same actor.
import type { Conflict, Token } from '../../types.js';
import type { ClaimFeatures } from '../../align/features.js';
import { antonymSides, findAntonym } from '../cues.js';
import { negationsOf, negatorKind } from './negation.js';
import { actorAgreement } from './actors.js';
import { cliticFree, isContent, keySet, once } from '../words.js';
import { reversalWords } from '../lexicons/negation.js';
import { normalizeText } from '../../text/normalize.js';
import { demandWords, titleElatives } from '../lexicons/antonyms.js';
import { stemKey } from '../../text/word-sets.js';

/** The stems of the elatives that with the article are titles (المرشد الأعلى, الحد الأدنى). */
const TITLE_STEMS = new Set(titleElatives.map(stemKey));
/** The article, after an optional و, ف, ب or ل (والأعلى, بالأدنى, للأعلى). */
const DEFINITE = /^[وف]?(?:ال|بال|لل|كال)/;

/** True when the token is such an elative with the article: a title, not a level. */
const isTitle = (t: Token) => TITLE_STEMS.has(t.stem) && DEFINITE.test(t.norm);

/** Tokens of `x` whose stem and form are absent from `y`. */
function onlyIn(x: readonly Token[], y: readonly Token[]): Token[] {
  const stems = new Set(y.map((t) => t.stem));
  const norms = new Set(y.map((t) => t.norm));
  return x.filter((t) => !stems.has(t.stem) && !norms.has(t.norm));
}

/** The opposite words of two claims, if any, and whether both are said of one actor (1), different ones (0) or unknown (0.5). */
export interface AntonymCue {
  conflicts: Conflict[];
  /** An opposite pair was found, whatever its actors. */
  found: boolean;
  actor: number;
}

const REVERSAL = new Set(reversalWords.map(normalizeText));
const DEMAND = new Set(demandWords.map(normalizeText));
/** What may stand between a word of asking and what is asked for (دعا إلى وقف, called for a halt, urged them to stop). */
const ASKED_LINK = new Set(['إلى', 'to', 'for', 'a', 'an', 'the', 'them', 'him', 'her', 'it'].map(normalizeText));

/** True when the word at `i` is what a word of asking right before it asks for (نداءات بالتوقف, urged to stop). */
function asked(f: ClaimFeatures, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k -= 1) {
    const t = f.tokens[k];
    if (cliticFree(t.norm).some((w) => DEMAND.has(w))) return true;
    if (!ASKED_LINK.has(t.norm.toLowerCase())) return false;
  }
  return false;
}

/**
 * Verbs of aspect: they say when another act starts, not an act of their own (بدأت مراكز الاقتراع في
 * إغلاق أبوابها, began closing, started to withdraw).
 */
const ASPECT = new Set(['بدأت', 'بدأوا', 'يبدأ', 'تبدأ', 'يبدأون', 'سيبدأ', 'ستبدأ', 'شرع', 'شرعت', 'شرعوا', 'يشرع', 'تشرع', 'begin', 'begins', 'began', 'begun', 'beginning', 'start', 'starts', 'started', 'starting'].map(normalizeText));
/** How far after a verb of aspect the act it governs may stand (its subject may come between). */
const ASPECT_REACH = 4;

/**
 * True when the word at `i` is a verb of aspect governing an act the lexicon knows the opposite of,
 * with في, ب or to before it or as an -ing form (بدأت ... في إغلاق, began closing): that act, not the
 * start, is what the sentence states.
 */
function aspectOf(f: ClaimFeatures, i: number): boolean {
  if (!ASPECT.has(f.tokens[i].norm.replace(/^[وف](?=.{3})/, '').toLowerCase())) return false;
  for (let k = i + 1; k < f.tokens.length && k <= i + ASPECT_REACH; k += 1) {
    const t = f.tokens[k];
    if (/[،,.؛;:]/.test(f.text.slice(f.tokens[k - 1].end, t.start))) return false;
    const before = f.tokens[k - 1].norm.toLowerCase();
    const governed = before === 'في' || before === 'to' || /^ب/.test(t.norm) || /ing$/.test(t.norm);
    if (governed && antonymSides(t).length > 0) return true;
  }
  return false;
}

/** A claim's plainly stated opposite words, read once per claim (each pair it is in reads them). */
const plainWords = once((f: ClaimFeatures): Token[] => {
  const negated = new Set(negationsOf(f).flatMap((n) => n.targets));
  // Lifting a ban is allowing (رفع الحظر / السماح): a word a reversal undoes is no plain side.
  const undone = (i: number) => [i - 1, i - 2].some((k) => k >= 0 && cliticFree(f.tokens[k].norm).some((w) => REVERSAL.has(w)));
  // What someone asks for (نداءات بالتوقف, urged to stop) is no plain side either.
  return f.tokens.filter((t, i) => !negated.has(i) && negatorKind(f.tokens, i) === null && antonymSides(t).length > 0 && !isTitle(t) && !undone(i) && !asked(f, i) && !aspectOf(f, i));
});

/** Rows of which a claim holds words of both sides (يرتفع بعد انخفاض): its own contrast, no cue. */
const bothSides = once((f: ClaimFeatures): Set<number> => {
  const sides = new Map<number, Set<number>>();
  for (const t of f.tokens) for (const [row, side] of antonymSides(t)) (sides.get(row) ?? sides.set(row, new Set()).get(row)!).add(side);
  return new Set([...sides].filter(([, s]) => s.size === 2).map(([row]) => row));
});

/** How many content words on each side of an opposite word say what it is said of (ارتفاع في أسعار النفط). */
const ARGUMENT_REACH = 2;
/** Words that open another clause of the sentence: an argument does not reach across them. */
const CONNECTORS = new Set(['مع', 'بعد', 'رغم', 'بسبب', 'وسط', 'قبل', 'اثر', 'عقب', 'with', 'after', 'despite', 'amid', 'as', 'while', 'before']);

/** Content keys of the words next to token `k` (what the word is said of), opposite words left out, not across a connector. */
function argumentOf(f: ClaimFeatures, k: number): Set<string> {
  const out: Token[] = [];
  for (const step of [-1, 1]) {
    let found = 0;
    for (let j = k + step; j >= 0 && j < f.tokens.length && found < ARGUMENT_REACH; j += step) {
      const t = f.tokens[j];
      if (CONNECTORS.has(t.norm.replace(/^و/, '')) || /[،,.؛;]/.test(f.text.slice(Math.min(t.end, f.tokens[k].end), Math.max(t.start, f.tokens[k].start)))) break;
      if (!isContent(t) || antonymSides(t).length > 0) continue;
      out.push(t);
      found += 1;
    }
  }
  return keySet(out);
}

/**
 * Opposite words said of the same thing where a claim holds both sides of a row (النفط يتراجع مع
 * ارتفاع الإنتاج / ارتفاع النفط مع تراجع الإنتاج): a word of one side in one claim and of the other
 * side in the other, next to the same words, and neither claim saying the same side of them.
 */
function crossedAntonym(a: ClaimFeatures, b: ClaimFeatures, wa: readonly Token[], wb: readonly Token[]): [Token, Token] | null {
  const sideOf = (f: ClaimFeatures, words: readonly Token[], row: number, side: number, args: ReadonlySet<string>) =>
    words.some((t) => antonymSides(t).some(([r, s]) => r === row && s === side) && [...argumentOf(f, f.tokens.indexOf(t))].some((k) => args.has(k)));
  for (const x of wa) {
    const ax = argumentOf(a, a.tokens.indexOf(x));
    for (const [row, side] of antonymSides(x)) {
      for (const y of wb) {
        if (!antonymSides(y).some(([r, s]) => r === row && s !== side)) continue;
        const ay = argumentOf(b, b.tokens.indexOf(y));
        if (![...ax].some((k) => ay.has(k))) continue;
        if (sideOf(b, wb, row, side, ax) || sideOf(a, wa, row, 1 - side, ay)) continue;
        return [x, y];
      }
    }
  }
  return null;
}

/** 4. Opposite words said of the same actor: of a row neither claim holds both sides of, or said of the same words. */
export function antonymCues(a: ClaimFeatures, b: ClaimFeatures): AntonymCue {
  const mixed = new Set([...bothSides(a), ...bothSides(b)]);
  const [wa, wb] = [plainWords(a), plainWords(b)];
  const pair = findAntonym(onlyIn(wa, b.tokens), onlyIn(wb, a.tokens), mixed) ?? crossedAntonym(a, b, wa, wb);
  if (!pair) return { conflicts: [], found: false, actor: 0 };
  const actor = actorAgreement(a, a.tokens.indexOf(pair[0]), b, b.tokens.indexOf(pair[1]));
  return { conflicts: actor > 0 ? [{ kind: 'antonym', a: pair[0].text, b: pair[1].text }] : [], found: true, actor };
}
