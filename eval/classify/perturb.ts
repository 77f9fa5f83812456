// Edits of a real sentence for the relation model's training pairs. Conflicting edits change what
// the sentence states about the fact it shares with another outlet's sentence: a figure, a
// negation, a place, an actor, a nationality, a speaker, a word for its opposite, a day. Agreeing
// edits change only how it is said: a figure rounded or qualified (43,350 -> more than 43,000), a
// figure said vaguely (عشرات), a capital named by its country. Each edit is a rule, applied the same
// way every time: the training pairs, and so the weights, are deterministic.
import type { Claim, Entity, Token } from '../../src/types.js';
import { normalizeText } from '../../src/text/normalize.js';
import { antonymSides, nationalityOf } from '../../src/classify/cues.js';
import { antonymPairs } from '../../src/classify/lexicons/antonyms.js';
import { nationalityWords } from '../../src/classify/lexicons/nationalities.js';
import { CAPITALS } from '../../src/classify/lexicons/capitals.js';
import { WEEKDAY_NAMES } from '../../src/text/lexicons/months.js';

/** A sentence to edit: its text (offsets relative to the claim), claim and tokens. */
export interface Sentence {
  claim: Claim;
  tokens: Token[];
}

/** Pools of names to swap in, gathered from other events (persons, places, organisations). */
export interface NamePools {
  person: string[];
  place: string[];
  organization: string[];
}

/** Replaces `[start, end)` (article offsets) of the claim's text. */
function replace(s: Sentence, start: number, end: number, by: string): string {
  const text = s.claim.text;
  return text.slice(0, start - s.claim.start) + by + text.slice(end - s.claim.start);
}

const stemsOf = (tokens: readonly Token[]) => new Set(tokens.map((t) => t.stem));
const DIGITS = /^[0-9٠-٩,.]+$/;
const toLatin = (x: string) => x.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));

/** A figure of the sentence written in digits that the other sentence also gives (an edit must touch what both state). */
function digitFigure(s: Sentence, other: Sentence) {
  const figures = s.claim.numbers.filter((n) => !n.isDateLike && DIGITS.test(n.text) && n.value >= 1 && !s.claim.dates.some((d) => d.start < n.end && n.start < d.end));
  return figures.find((n) => other.claim.numbers.some((m) => !m.isDateLike && Math.abs(m.value - n.value) <= 0.02 * n.value));
}

/** A figure changed beyond any rounding: 4 -> 7, 31 -> 48, 27708 -> 41563. */
export function changeFigure(s: Sentence, other: Sentence): string | null {
  const n = digitFigure(s, other);
  if (!n) return null;
  const v = Number(toLatin(n.text).replace(/,/g, ''));
  if (!Number.isFinite(v)) return null;
  const changed = v < 10 ? v + 3 : Math.round(v * 1.55) + 1;
  return replace(s, n.start, n.end, String(changed));
}

/** A figure said as the other might round or qualify it (agreeing): 43,350 -> أكثر من 43000. */
export function roundFigure(s: Sentence, other: Sentence, language: string): string | null {
  const n = digitFigure(s, other);
  if (!n || n.qualifier !== 'exact') return null;
  const v = Number(toLatin(n.text).replace(/,/g, ''));
  if (!(v >= 120)) return null;
  const unit = 10 ** Math.max(1, String(Math.round(v)).length - 2);
  const down = Math.floor(v / unit) * unit;
  if (down === v) return null;
  return replace(s, n.start, n.end, language === 'en' ? `more than ${down}` : `أكثر من ${down}`);
}

/** A figure said vaguely (agreeing): 48 -> عشرات, 350 -> مئات, 4000 -> آلاف. */
export function vagueFigure(s: Sentence, other: Sentence, language: string): string | null {
  const n = digitFigure(s, other);
  if (!n || n.qualifier !== 'exact') return null;
  const v = n.value;
  const word = v >= 20 && v < 100 ? ['عشرات', 'dozens of'] : v >= 200 && v < 1000 ? ['مئات', 'hundreds of'] : v >= 2000 && v < 10000 ? ['آلاف', 'thousands of'] : null;
  if (!word) return null;
  return replace(s, n.start, n.end, language === 'en' ? word[1] : word[0]);
}

/** An Arabic past verb in the imperfect after لم (قتل -> لم يقتل, أعلن -> لم يعلن); English "not" after an auxiliary. */
export function negate(s: Sentence, other: Sentence, language: string): string | null {
  const shared = stemsOf(other.tokens);
  if (language === 'en') {
    const aux = s.tokens.find((t) => /^(is|are|was|were|has|have|had|will|would|could|can)$/.test(t.norm));
    if (aux) return replace(s, aux.start, aux.end, `${aux.text} not`);
    const verb = s.tokens.find((t) => /ed$/.test(t.norm) && t.norm.length > 4 && shared.has(t.stem));
    return verb ? replace(s, verb.start, verb.end, `did not ${verb.text.replace(/e?d$/, '')}`) : null;
  }
  // The first content word both sentences share among the first six, read as a verb.
  const verb = s.tokens.slice(0, 6).find((t) => !t.isStop && !t.isNumber && shared.has(t.stem) && /^[\u0621-\u064A]{3,5}$/.test(t.norm.replace(/^و/, '')));
  if (!verb) return null;
  const conj = verb.norm.startsWith('و') && verb.norm.length > 3 ? 'و' : '';
  const bare = verb.text.slice(conj.length).replace(/^[أإا]/, '');
  return replace(s, verb.start, verb.end, `${conj}لم ي${bare}`);
}

/** Deterministic pick from a pool, skipping names the two sentences already hold. */
function pick(pool: readonly string[], seed: number, avoid: (name: string) => boolean): string | null {
  for (let k = 0; k < pool.length; k += 1) {
    const name = pool[(seed + k * 7) % pool.length];
    if (!avoid(name)) return name;
  }
  return null;
}

function seedOf(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i += 1) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
}

/** A named entity of one type swapped for another of the same type (a place, a person, an organisation). */
export function swapEntity(s: Sentence, other: Sentence, type: Entity['type'], pools: NamePools): string | null {
  if (type === 'other') return null;
  const keys = new Set(other.claim.entities.map((e) => e.key));
  const e = s.claim.entities.find((x) => x.type === type && keys.has(x.key));
  if (!e) return null;
  const pool = pools[type];
  const both = normalizeText(s.claim.text + ' ' + other.claim.text);
  const by = pick(pool, seedOf(s.claim.text), (name) => both.includes(normalizeText(name)) || normalizeText(name) === normalizeText(e.text));
  return by ? replace(s, e.start, e.end, by) : null;
}

/** A nationality adjective both sentences use swapped for another, its article and ending kept (الأمريكية -> الروسية). */
export function swapNationality(s: Sentence, other: Sentence): string | null {
  const bases = nationalityWords.filter((w) => /[\u0621-\u064A]/.test(w) && !w.includes(' ')).map((w) => [w, normalizeText(w)] as const);
  const theirs = new Set(other.tokens.map(nationalityOf).filter((n) => n !== null));
  for (const t of s.tokens) {
    const mine = nationalityOf(t);
    if (mine === null || !theirs.has(mine)) continue;
    const hit = bases.find(([, b]) => t.norm.includes(b) && t.norm.length - b.length <= 4);
    if (!hit) continue;
    const at = t.norm.indexOf(hit[1]);
    // Another nationality, not a religion.
    const others = bases.filter(([, b]) => b !== hit[1] && !['مسلم', 'سني', 'شيعي', 'يهودي', 'مسيحي'].includes(normalizeText(b)));
    const [by] = others[seedOf(t.text) % others.length];
    const ending = t.norm.slice(at + hit[1].length).replace(/ه$/, 'ة');
    return replace(s, t.start, t.end, t.text.slice(0, at) + by + ending);
  }
  return null;
}

/** A word both sentences use swapped for its opposite (ارتفع -> انخفض), with its clitic kept. */
export function swapOpposite(s: Sentence, other: Sentence): string | null {
  const shared = stemsOf(other.tokens);
  for (const t of s.tokens) {
    if (!shared.has(t.stem)) continue;
    const sides = antonymSides(t);
    if (sides.length === 0) continue;
    const [row, side] = sides[0];
    const forms = antonymPairs[row][1 - side];
    const lead = /^[وف]/.test(t.norm) && t.norm.length > 3 ? t.text[0] : '';
    const first = t.norm.replace(/^[وف]/, '')[0];
    const by = forms.find((f) => normalizeText(f)[0] === first) ?? forms[0];
    return replace(s, t.start, t.end, lead + by);
  }
  return null;
}

/** A weekday both sentences give swapped for the day before it (الخميس -> الأربعاء). */
export function swapWeekday(s: Sentence, other: Sentence): string | null {
  const names = WEEKDAY_NAMES.map(([w, d]) => [normalizeText(w), d] as const);
  const theirs = new Set(other.tokens.map((t) => t.norm.replace(/^و/, '')));
  for (const t of s.tokens) {
    const bare = t.norm.replace(/^و/, '');
    const hit = names.find(([w]) => w === bare);
    if (!hit || !theirs.has(bare)) continue;
    const by = WEEKDAY_NAMES.find(([, d]) => d === (hit[1] + 6) % 7)![0];
    return replace(s, t.start, t.end, (t.norm.startsWith('و') ? 'و' : '') + by);
  }
  return null;
}

/** A capital named by its country (agreeing): كابول -> أفغانستان. */
export function capitalToCountry(s: Sentence): string | null {
  for (const e of s.claim.entities) {
    const row = CAPITALS.find(([, capitals]) => capitals.some((c) => normalizeText(c) === normalizeText(e.text)));
    if (!row) continue;
    const country = row[0].find((c) => /[\u0621-\u064A]/.test(c) === /[\u0621-\u064A]/.test(e.text));
    if (country) return replace(s, e.start, e.end, country);
  }
  return null;
}
