// Roles swapped between two named actors: the same two countries or people in both claims, but
// who acts on whom, or what goes where, is the other way round (ميركل تحذر ترامب / ترامب يحذر
// ميركل; غاز قبرص لمصر / غاز مصري لقبرص). A converse is general grammar, not a word list: the
// role of a name is the preposition or clitic before it (ل، إلى، من، على، ب, to, from, against),
// and two unmarked names read in order (the first acts, the second is acted on).
import type { Conflict, Token } from '../../types.js';
import type { ClaimFeatures } from '../../align/features.js';
import { normalizeText } from '../../text/normalize.js';
import { nationalityOf } from '../cues.js';
import { datelineEnd } from './places.js';
import { isWrittenPlace, mayEndName, nameKeyOf } from './names.js';
import { contentKeys, isContent, once, sharesKey } from '../words.js';

/** A name in a claim: the actor it stands for, where it starts, and the role its marker gives it. */
export interface Mention {
  key: string;
  /** Index of its first token. */
  at: number;
  /** `to`, `from`, `on`, `by`, `in`, `about`, or `none` (no marker); `with` and `and` join two actors. */
  role: string;
  text: string;
  /** How many tokens the name spans. */
  length: number;
  /** A nationality adjective (مصري، الأوروبية): it describes a noun, and moves with it. */
  nisba: boolean;
}

/** Prepositions standing before a name, by the role they give it. */
const PREPOSITIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    إلى: 'to', الى: 'to', ل: 'to', لدى: 'to', نحو: 'to', تجاه: 'to', to: 'to', toward: 'to', towards: 'to', for: 'to',
    من: 'from', from: 'from',
    على: 'on', ضد: 'on', against: 'on', on: 'on',
    في: 'in', فى: 'in', ب: 'in', in: 'in', at: 'in',
    عن: 'about', about: 'about', by: 'by',
    // The agent of a passive (من قبل، من جانب، عن طريق، على يد، بأمر من).
    قبل: 'by', جانب: 'by', طريق: 'by', يد: 'by', بأمر: 'by',
    مع: 'with', بين: 'with', with: 'with', between: 'with', and: 'with', و: 'with',
  }).map(([k, v]) => [normalizeText(k), v]),
);

/** Clitics a name may carry, and the role each gives (ل and لل: to; ب: in; و: joined to the name before). */
const CLITIC = /^(و|ف)?(لل|بال|كال|وال|ل|ب|ك)?(.+)$/;
const CLITIC_ROLE: Readonly<Record<string, string>> = { لل: 'to', ل: 'to', بال: 'in', ب: 'in', كال: 'none', ك: 'none', وال: 'none' };

/** Words of two names are joined by these when they are one actor's parts (كوريا الجنوبية). */
const MAX_NAME_WORDS = 3;

/** Nisba endings: عراقية -> عراق, أميركياً -> أميرك. */
const NISBA = /(?:يين|يون|يات|يه|يا|ي)$/;

/** The actor a nationality word stands for: its country when the lexicons know it (مصري -> مصر), else the nationality. */
function nationalityKey(t: Token): string | null {
  const nationality = nationalityOf(t);
  if (nationality === null) return null;
  const base = t.norm.replace(/^[وفبل]?ال/, '').replace(NISBA, '');
  for (const form of [base, `${base}ا`, `ال${base}`, `${base}ه`]) {
    const key = base.length >= 2 ? nameKeyOf(form) : null;
    if (key !== null) return key;
  }
  return `nationality:${nationality}`;
}

/** A name starting at token k: its key, length in tokens and the role its clitic gives, or null. */
interface Name {
  key: string;
  length: number;
  clitic: string | null;
  joined: boolean;
  nisba: boolean;
}

function nameAt(tokens: readonly Token[], k: number): Name | null {
  const t = tokens[k];
  if (t.isStop || t.isNumber || t.norm.length < 2) return null;
  const m = CLITIC.exec(t.norm)!;
  // The word as written first (واشنطن is no و + اشنطن), then without its clitics.
  const forms: Array<[string, string | null, boolean]> = [[t.norm, null, false]];
  if (m[2] && m[3].length >= 2) forms.push([['لل', 'بال', 'كال', 'وال'].includes(m[2]) ? `ال${m[3]}` : m[3], m[2], m[1] === 'و']);
  if (m[1] && !m[2] && m[3].length >= 2) forms.push([m[3], null, m[1] === 'و']);
  for (let n = Math.min(MAX_NAME_WORDS, tokens.length - k); n >= 1; n -= 1) {
    // No known name of n words ends with this word: no form of the first can make one.
    if (n > 1 && !mayEndName(tokens[k + n - 1].norm)) continue;
    // The words after the first, joined once for every form of the first (each claim's every word is tried).
    let rest = '';
    for (let r = k + 1; r < k + n; r += 1) rest += ` ${tokens[r].norm}`;
    for (const [form, clitic, joined] of forms) {
      const key = nameKeyOf(form + rest);
      // A one-word hit on a numeral-like word is no name (ملياري is not Miller).
      // A folded adjective finds its country (مصري -> مصر): it is still an adjective.
      if (key !== null && !(n === 1 && /^(مليار|مليون|الف|الاف)/.test(form))) return { key, length: n, clitic, joined, nisba: n === 1 && nationalityOf(t) !== null && !isWrittenPlace(form) };
    }
  }
  const key = nationalityKey(t);
  return key === null ? null : { key, length: 1, clitic: null, joined: false, nisba: true };
}

/** A marked entity as a name, with the clitic its first word carries (للأمم المتحدة: to). */
function entityName(t: Token, entity: { key: string; length: number } | undefined): Name | null {
  if (entity === undefined) return null;
  const m = CLITIC.exec(t.norm)!;
  const clitic = m[2] && m[3].length >= 3 ? m[2] : null;
  return { ...entity, clitic, joined: false, nisba: false };
}

/** The names of a claim outside its dateline, in order, each with its role. */
export const mentionsOf = once((f: ClaimFeatures): Mention[] => {
  const tokens = f.tokens;
  const dateline = datelineEnd(f.claim);
  const out: Mention[] = [];
  // Names the entity finder marked that the lexicons do not know (ميركل, إيرباص): the entity's key, by its first token.
  const entityAt = new Map<number, { key: string; length: number }>();
  for (const e of f.claim.entities) {
    if (e.type === 'other') continue;
    // By overlap: an entity may start after its word's clitic (للأمم المتحدة).
    const inside = (t: Token) => t.end > e.start && t.start < e.end;
    const first = tokens.findIndex(inside);
    const length = tokens.filter(inside).length;
    if (first >= 0 && !entityAt.has(first)) entityAt.set(first, { key: e.key, length });
  }
  for (let k = 0; k < tokens.length; k += 1) {
    if (tokens[k].end <= dateline) continue;
    const name = nameAt(tokens, k) ?? entityName(tokens[k], entityAt.get(k));
    if (name === null) continue;
    const before = k > 0 ? PREPOSITIONS.get(tokens[k - 1].norm) : undefined;
    const role = name.joined ? 'with' : before ?? (name.clitic ? CLITIC_ROLE[name.clitic] ?? 'none' : 'none');
    out.push({ key: name.key, at: k, role, text: tokens.slice(k, k + name.length).map((x) => x.text).join(' '), length: name.length, nisba: name.nisba });
    k += name.length - 1;
  }
  return out;
});

/** Content words of `x` outside its names (that `y` lacks in any form, when `y` is given). */
function otherWords(x: ClaimFeatures, mentions: readonly Mention[], y?: ClaimFeatures): Token[] {
  const names = new Set(mentions.flatMap((m) => Array.from({ length: m.length }, (_, j) => m.at + j)));
  const keys = y ? contentKeys(y) : null;
  return x.tokens.filter((t, k) => isContent(t) && !names.has(k) && (keys === null || !sharesKey(t, keys)));
}

/**
 * The first pair of actors both claims name once each whose roles are exchanged: each takes the
 * other's marker (غاز قبرص لمصر / غاز مصري لقبرص), or both unmarked in the opposite order (ميركل
 * تحذر ترامب / ترامب يحذر ميركل). Actors joined by و, مع, بين (the two together) are no swap.
 */
export function roleSwapCue(a: ClaimFeatures, b: ClaimFeatures): Conflict | null {
  const [ma, mb] = [mentionsOf(a), mentionsOf(b)];
  // The same frame around the names: a different verb on both sides is a converse of another kind
  // (بلينكن يلتقي نتنياهو / نتنياهو يستقبل بلينكن say the same), not roles swapped.
  if (otherWords(a, ma).length > 0 && otherWords(b, mb).length > 0 && otherWords(a, ma, b).length > 0 && otherWords(b, mb, a).length > 0) return null;
  const once = (list: readonly Mention[]) => {
    const counts = new Map<string, number>();
    for (const m of list) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
    return new Map(list.filter((m) => counts.get(m.key) === 1).map((m) => [m.key, m] as const));
  };
  const [onceA, onceB] = [once(ma), once(mb)];
  const shared = [...onceA.keys()].filter((k) => onceB.has(k));
  for (let i = 0; i < shared.length; i += 1) {
    for (let j = i + 1; j < shared.length; j += 1) {
      const [xa, ya, xb, yb] = [onceA.get(shared[i])!, onceA.get(shared[j])!, onceB.get(shared[i])!, onceB.get(shared[j])!];
      if ([xa, ya, xb, yb].some((m) => m.role === 'with')) continue;
      const exchanged = xa.role !== ya.role && xa.role === yb.role && ya.role === xb.role;
      // Order alone says who acts only between names: an adjective moves with its noun (شركة صينية ... أميركا / رعب أميركي ... شركة صينية).
      const reversed = [xa, ya, xb, yb].every((m) => m.role === 'none' && !m.nisba) && xa.at < ya.at !== xb.at < yb.at;
      if (exchanged || reversed) {
        const [firstA, secondA] = xa.at < ya.at ? [xa, ya] : [ya, xa];
        const [firstB, secondB] = xb.at < yb.at ? [xb, yb] : [yb, xb];
        return { kind: 'wording', a: `${firstA.text} … ${secondA.text}`, b: `${firstB.text} … ${secondB.text}` };
      }
    }
  }
  return null;
}

/**
 * The group a figure counts, told by the actor named right after its counted noun (150 دبلوماسيا
 * روسيا: Russia's diplomats; 23 دبلوماسيا بريطانيا: Britain's), as the noun's token and the actor's
 * key; null when the figure is not written `figure noun actor`, or the actor carries a preposition
 * (قتل 20 شخصا في سوريا: where, not whose).
 */
function countedGroup(f: ClaimFeatures, value: string): { noun: Token; actor: string } | null {
  const tokens = f.tokens;
  for (let k = 0; k + 2 < tokens.length; k += 1) {
    if (tokens[k].text !== value) continue;
    const [noun, next] = [tokens[k + 1], tokens[k + 2]];
    if (!isContent(noun) || /[،,.؛;:]/.test(f.text.slice(tokens[k].end, next.start))) continue;
    const name = nameAt(tokens, k + 2);
    if (name !== null && name.clitic === null && !name.joined) return { noun, actor: name.key };
  }
  return null;
}

/**
 * True when two rival figures count the same noun of two different actors (150 دبلوماسيا روسيا /
 * 23 دبلوماسيا بريطانيا: the diplomats Britain and its allies expelled, those Russia expelled in
 * return): two groups, two acts, not rival values of one count.
 */
export function countedGroupsApart(a: ClaimFeatures, b: ClaimFeatures, figure: Conflict): boolean {
  const [ga, gb] = [countedGroup(a, figure.a), countedGroup(b, figure.b)];
  return ga !== null && gb !== null && ga.actor !== gb.actor && sharesKey(ga.noun, contentKeys({ tokens: [gb.noun] }));
}
