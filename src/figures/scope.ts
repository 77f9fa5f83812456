// Where and when a figure belongs: the part of the event's area it covers, whether it is this
// event's count, a running total, or another incident's, and whether the text marks it as an early
// or an updated report. Numbered rules, each with the general knowledge behind it.
import type { Mention, Sentence } from './sentence.js';
import { sameClause } from './sentence.js';
import {
  AFTER_WORDS, AREA_HEADS, DIRECTIONS, EARLIER_FIGURE_MARKERS, EVERY_WORDS, EXPECTATION_WORDS, FROM_WORDS, INCIDENT_NOUNS, OCCASION_NOUNS,
  INITIAL_CUES, LOCATIVES, NOT_PLACES, OTHER_INCIDENT_WORDS, OTHER_TIME_ADJECTIVES, OTHER_ADJECTIVES, FRONT_NOUNS, PAST_WORDS, PLACE_BACK_REFERENCES,
  RECURRING_WORDS, SINCE_WORDS, START_WORDS, THIS_WORDS, TIME_NOUNS, TO_WORDS, UPDATED_CUES, SPAN_WORDS, LONG_TIME_NOUNS,
  FIGURE_TAIL_WORDS, SUPERLATIVES, ANNIVERSARY_WORDS, TOLL_NOUNS, UNDERTAKING_NOUNS, RESULT_WORDS, POSTPOSED_AREA_HEADS, RETALIATION_WORDS, RELATIVE_WORDS,
  RECENTLY_WORDS, SINCE_THEN_WORDS, CAUSE_OPENERS,
} from './lexicons/context.js';
import { QUANTITIES } from './lexicons/quantities.js';
import { WordTable, isIn, nounKey, placeKey, wordSet } from './words.js';
import { isStopword } from '../text/stopwords.js';
import { normalizeText } from '../text/normalize.js';
import { isDateWord } from '../text/date-words.js';
import type { ScanToken } from '../text/scan.js';

const HEADS = wordSet(AREA_HEADS);
/** A cheap test on the raw sentence: could it name an area after an area noun? */
const MAY_NAME_AREA = /ولاي|منطق|مناطق|مقاطع|محافظ|إقليم|اقليم|قري|بلد|مدين|حي |ضاحي|مخيم|ساحل|سواحل|state|province|region|district|county|village|town|city|neighbo|camp|coast/i;
const LOCATIVE = wordSet(LOCATIVES);
const DIRECTION = wordSet(DIRECTIONS);
const BACK = wordSet(PLACE_BACK_REFERENCES);
const NOT_PLACE = wordSet([...NOT_PLACES, ...INCIDENT_NOUNS]);
const INCIDENT = wordSet(INCIDENT_NOUNS);
const OTHER_TIME = wordSet(OTHER_TIME_ADJECTIVES);
/** Another incident's: an adjective of another time or another one, and the nouns it may stand by. */
const OTHER_ONE = wordSet([...OTHER_TIME_ADJECTIVES, ...OTHER_ADJECTIVES]);
const INCIDENT_OR_FRONT = wordSet([...INCIDENT_NOUNS, ...FRONT_NOUNS]);
const OCCASION = wordSet(OCCASION_NOUNS);
const AFTER = wordSet(AFTER_WORDS);
const FROM = wordSet(FROM_WORDS);
const TO = wordSet(TO_WORDS);
const INITIAL = wordSet(INITIAL_CUES);
const UPDATED = wordSet(UPDATED_CUES);
const EXPECT = wordSet(EXPECTATION_WORDS);
const EARLIER_MARK = wordSet(EARLIER_FIGURE_MARKERS);
const PAST = wordSet(PAST_WORDS);
const TIME = wordSet(TIME_NOUNS);
const RECURRING = wordSet(RECURRING_WORDS);
const EVERY = wordSet(EVERY_WORDS);
const OTHER_INCIDENT = wordSet(OTHER_INCIDENT_WORDS);
const SINCE = wordSet(SINCE_WORDS);
const SINCE_THEN = wordSet(SINCE_THEN_WORDS);
const CAUSE_OPENER = wordSet(CAUSE_OPENERS);
const START = wordSet(START_WORDS);
/** How far after `منذ` a date still says since when (`منذ كثفت الحكومة عملياتها العسكرية ضد الغوطة الشرقية في 18 فبراير`). */
const SINCE_DATE_REACH = 10;
/** How far after the figure that `منذ` may stand (`وقتل أكثر من 1100 شخص وأصيب 4 آلاف منذ`). */
const SINCE_FIGURE_REACH = 8;
const THIS = wordSet(THIS_WORDS);
/** Casualty words: `منذ مقتل 100 شخص` dates a figure to an earlier incident. */
const CASUALTY = wordSet(QUANTITIES.filter((q) => q.grows).flatMap((q) => [...q.cues, ...q.nouns]));
const SPAN = wordSet(SPAN_WORDS);
const ANNIVERSARY = wordSet(ANNIVERSARY_WORDS);
const RECENTLY = wordSet(RECENTLY_WORDS);
/** Every word that can start a period cue in `periodOf`. */
const TRIGGERS = wordSet([
  ...ANNIVERSARY_WORDS, ...SINCE_WORDS, ...PAST_WORDS, ...OTHER_TIME_ADJECTIVES, ...RECURRING_WORDS, ...EVERY_WORDS,
  ...OTHER_INCIDENT_WORDS, ...THIS_WORDS, ...START_WORDS, ...SPAN_WORDS, ...UNDERTAKING_NOUNS, ...RECENTLY_WORDS, ...OTHER_ADJECTIVES,
]);
const SUPERLATIVE = wordSet(SUPERLATIVES);
const UNDERTAKING = new WordTable(UNDERTAKING_NOUNS.map((w) => [w, true] as const), false);
const RESULT = new WordTable(RESULT_WORDS.map((w) => [w, true] as const), false);
/**
 * How far before a figure the undertaking that gives its whole toll may stand (`وتقول تقديرات إن
 * الحرب في اليمن أدت إلى مقتل حوالي 10 آلاف`; a two-word place and a two-word qualifier: `وأدت
 * العمليات العسكرية في الغوطة الشرقية إلى سقوط أكثر من ألف قتيل`).
 */
const UNDERTAKING_REACH = 10;
const LONG_TIME = wordSet(LONG_TIME_NOUNS);
/** Words between a figure and its day (`مقتل فلسطينيين اثنين، الثلاثاء`): qualifiers and the counted noun's cue. */
const TAIL_OR_CUE = wordSet([...FIGURE_TAIL_WORDS, ...QUANTITIES.flatMap((q) => q.cues)]);
const LATIN = /^[a-z]/;
const TOLL = wordSet(TOLL_NOUNS);
/** How far before its figure a toll may be named (`the death toll from flooding in Western Europe rose above 150`). */
const TOLL_REACH = 9;
/** How far after the toll noun its place may stand (`the toll across the border in Belgium`). */
const TOLL_PLACE_REACH = 5;

/** A place a figure is scoped to: as written, and its key. */
export interface Place {
  text: string;
  key: string;
  /** Named after an area noun (`ولاية`, `state of`): always a part of the event's area. */
  headed: boolean;
  /** Read through a word that points back (`حيث`, `فيه`), which may point to a time instead (`في وقت قتل فيه`). */
  back?: boolean;
}

function isWordToken(t: ScanToken | undefined): t is ScanToken {
  return t !== undefined && t.kind === 'word';
}

/** Whether a token can be (part of) a place name: not a function word, an incident noun, a date or an adjective. */
function nameWord(s: Sentence, t: ScanToken | undefined, first: boolean, known: ReadonlySet<string>): boolean {
  if (!isWordToken(t) || t.norm.length < 2) return false;
  if (isStopword(t.norm, 'unknown') || NOT_PLACE.has(t.norm) || isDateWord(t.norm) || HEADS.has(t.norm) || DIRECTION.has(t.norm)) return false;
  if (LATIN.test(t.norm)) return /^\p{Lu}/u.test(s.text[t.start]);
  if (known.has(placeKey(t.norm))) return true;
  // Arabic adjectives (`الصحراوية`, `ريفية`) end in the nisba; names after the first word are not definite.
  if (/(يه|ي)$/.test(t.norm) && !first) return false;
  if (/يه$/.test(t.norm)) return false;
  return first || !t.norm.startsWith('ال');
}

/** A place with the last token of its name. */
type Located = Place & { last: number };

/** A place name starting at token k: one or two name words (`أوتار براديش`), or null. */
function nameAt(s: Sentence, k: number, known: ReadonlySet<string>, needKnown: boolean): Located | null {
  // English `the state of Rajasthan`.
  if (s.tokens[k]?.norm === 'of') k += 1;
  if (!nameWord(s, s.tokens[k], true, known)) return null;
  let end = k;
  if (nameWord(s, s.tokens[k + 1], false, known) && s.tokens[k + 1].gap === 1) end = k + 1;
  const text = s.text.slice(s.tokens[k].start, s.tokens[end].end);
  const key = placeKey(s.tokens.slice(k, end + 1).map((t) => t.norm).join(' '));
  if (needKnown && !known.has(key) && !known.has(placeKey(s.tokens[k].norm))) return null;
  return { text, key, headed: false, last: end };
}

const ENGLISH_HEADS = new Set(POSTPOSED_AREA_HEADS);
/** Capitalised words of an English area's name before its noun, at most. */
const ENGLISH_NAME_WORDS = 3;

/**
 * An English area named before its noun, at token k: `Rhineland-Palatinate state`, `neighboring
 * North Rhine-Westphalia state` (one lower-case word may qualify it), or null.
 */
function areaBeforeHead(s: Sentence, k: number): Located | null {
  const capital = (j: number) => isWordToken(s.tokens[j]) && LATIN.test(s.tokens[j].norm) && /^\p{Lu}/u.test(s.text[s.tokens[j].start]) && !isStopword(s.tokens[j].norm, 'unknown');
  let j = k;
  if (isWordToken(s.tokens[j]) && LATIN.test(s.tokens[j].norm) && !capital(j) && capital(j + 1)) j += 1;
  let end = j;
  while (end < j + ENGLISH_NAME_WORDS && capital(end) && s.tokens[end].gap === 1) end += 1;
  const head = s.tokens[end];
  if (end === j || !isWordToken(head) || !ENGLISH_HEADS.has(head.norm) || /^\p{Lu}/u.test(s.text[head.start])) return null;
  const key = placeKey(s.tokens.slice(j, end).map((t) => t.norm).join(' '));
  return { text: s.text.slice(s.tokens[j].start, head.end), key, headed: true, last: end };
}

/** A place at token k: `ولاية راجستان`, `منطقة أغرا`, `جنوبي الهند`, `Rhineland-Palatinate state`, or a known name; null otherwise. */
function placeAt(s: Sentence, k: number, known: ReadonlySet<string>): Located | null {
  const t = s.tokens[k];
  if (!isWordToken(t)) return null;
  if (LATIN.test(t.norm)) {
    const area = areaBeforeHead(s, k);
    if (area) return area;
  }
  if (HEADS.has(t.norm)) {
    // `الولاية`, `بالمدينة`: the article makes it a back-reference, not a name's noun.
    if (!LATIN.test(t.norm) && /^(و|ف)?(ب|ل|ك)?ال/.test(t.norm)) return null;
    let j = k + 1;
    // Adjectives between the noun and the name: `العاصمة الأفغانية كابول`.
    while (isWordToken(s.tokens[j]) && /يه$/.test(s.tokens[j].norm) && j < k + 3) j += 1;
    const name = nameAt(s, j, known, false);
    if (!name) return null;
    // `ولايات أوتار براديش وراجستان والبنجاب`: a list of areas is one scope of its own.
    let last = name.last;
    const keys = [name.key];
    while (isWordToken(s.tokens[last + 1]) && s.tokens[last + 1].norm.startsWith('و') && s.tokens[last + 1].norm.length > 3) {
      const next = s.tokens[last + 1];
      if (!nameWord(s, { ...next, norm: next.norm.slice(1) }, true, known)) break;
      keys.push(placeKey(next.norm.slice(1)));
      last += 1;
      while (nameWord(s, s.tokens[last + 1], false, known) && s.tokens[last + 1].gap === 1 && !s.tokens[last + 1].norm.startsWith('و')) last += 1;
    }
    if (keys.length > 1) return { text: s.text.slice(s.tokens[j].start, s.tokens[last].end), key: keys.join('+'), headed: true, last };
    return { ...name, headed: true };
  }
  if (DIRECTION.has(t.norm)) {
    const name = nameAt(s, k + 1, known, false);
    return name ? { text: s.text.slice(t.start, s.tokens[name.last].end), key: `${t.norm.replace(/ي$/, '')}:${name.key}`, headed: true, last: name.last } : null;
  }
  return nameAt(s, k, known, !LATIN.test(t.norm));
}

/**
 * 1. The place a figure is scoped to, in its clause: right after it (`64 شخصا في أوتار براديش`,
 * `21 شخصا جنوبي الهند`), through a word that points back (`حيث`, `هناك`, `فيها`: the place named
 * before), or an area named as the clause's subject (`وسجلت منطقة أغرا ... مقتل أكثر من 40`).
 * `known` holds the keys of the places the event's articles name (gazetteer or area nouns);
 * `placeBack` gives the place a back-reference points to.
 */
export function placeOf(s: Sentence, m: Mention, known: ReadonlySet<string>, pointedTo: () => Place | null): Place | null {
  const placeBack = (): Place | null => {
    const p = pointedTo();
    return p ? { text: p.text, key: p.key, headed: p.headed, back: true } : null;
  };
  const strip = (p: Located | null): Place | null => (p ? { text: p.text, key: p.key, headed: p.headed } : null);
  let k = Math.max(m.last, m.countsAt) + 1;
  // Past the figure's own words: `على الأقل`, `قتلوا`, `حتفهم`, `were killed` (three at most).
  for (let skipped = 0; skipped < 3 && isWordToken(s.tokens[k]) && sameClause(s, k, m.last); skipped += 1) {
    const t = s.tokens[k];
    if (LOCATIVE.has(t.norm) || DIRECTION.has(t.norm) || HEADS.has(t.norm) || BACK.has(t.norm)) break;
    // `a death toll of 63 for Rhineland-Palatinate state`: the area a toll is given for.
    if (t.norm === 'for' && areaBeforeHead(s, k + 1)) break;
    if (!LATIN.test(t.norm) && (t.norm.startsWith('ب') || t.norm.startsWith('في')) && known.has(placeKey(t.norm.slice(1)))) break;
    k += 1;
  }
  const t = s.tokens[k];
  if (isWordToken(t) && sameClause(s, k, m.last)) {
    if (LOCATIVE.has(t.norm)) {
      const p = placeAt(s, k + 1, known);
      if (p) return strip(p);
    } else if (t.norm === 'for') {
      const p = areaBeforeHead(s, k + 1);
      if (p) return strip(p);
    } else if (DIRECTION.has(t.norm) || HEADS.has(t.norm)) {
      const p = placeAt(s, k, known);
      if (p) return strip(p);
    } else if (BACK.has(t.norm)) return placeBack();
    else if (!LATIN.test(t.norm) && t.norm.startsWith('ب') && t.norm.length > 3) {
      // `بغزة`, `بكابول`: the preposition attached to a known name.
      const key = placeKey(t.norm.slice(1));
      if (known.has(key)) return { text: s.text.slice(t.start, t.end), key, headed: false };
    }
  }
  // `قُتل 11 شخصا بانفجار استهدف قافلة للقوات الرومانية في مدينة قندهار`: the incident they died in,
  // right after the figure, and the place its clause names for it.
  const incidentPlace = placeOfIncidentAfter(s, m, known);
  if (incidentPlace) return strip(incidentPlace);
  // `حيث قتل أكثر من 30 شخصا`, `وقتل فيها 43 شخصا`: the place named before.
  for (let j = m.first - 1; j >= 0 && j >= m.first - 4 && sameClause(s, j, m.first); j -= 1) {
    if (isIn(BACK, s.tokens[j])) return placeBack();
  }
  if (isIn(BACK, s.tokens[m.first - 1]) || (s.tokens[m.first - 2]?.norm === ',' && isIn(BACK, s.tokens[m.first - 3]))) return placeBack();
  // `the death toll in Germany climbed to at least 143`, `حصيلة القتلى في ألمانيا ارتفعت إلى`: the
  // toll's own place, named between the toll and its figure.
  for (let j = m.first - 1; j >= 0 && j >= m.first - TOLL_REACH && sameClause(s, j, m.first); j -= 1) {
    if (!isIn(TOLL, s.tokens[j])) continue;
    for (let k = j + 1; k < m.first && k <= j + TOLL_PLACE_REACH; k += 1) {
      const p = isIn(LOCATIVE, s.tokens[k]) ? placeAt(s, k + 1, known) : null;
      if (p && p.last < m.first) return strip(p);
    }
    break;
  }
  // `جمعة دامية شهدتها الضفة الغربية وقطاع غزة، أسفرت عن مقتل 10`: the places that saw the incident.
  const seen = witnessedPlace(s, m, known);
  if (seen) return seen;
  // An area named as the subject right after the clause's verb: `وسجلت منطقة أغرا ... مقتل أكثر من 40`.
  let clauseStart = m.first;
  while (clauseStart > 0 && sameClause(s, clauseStart - 1, m.first)) clauseStart -= 1;
  for (const j of [clauseStart, clauseStart + 1]) {
    if (j < m.first && isIn(HEADS, s.tokens[j]) && !isIn(LOCATIVE, s.tokens[j - 1])) {
      const p = placeAt(s, j, known);
      if (p) return strip(p);
    }
  }
  return null;
}

/** How many words after the incident noun its place may stand (`بانفجار استهدف قافلة للقوات الرومانية في مدينة قندهار`). */
const INCIDENT_PLACE_REACH = 8;

/**
 * The place of the incident named right after a figure (`بانفجار`, `في هجوم`, `in a blast`): the
 * first place after a locative in the figure's clause, with no other figure between.
 */
function placeOfIncidentAfter(s: Sentence, m: Mention, known: ReadonlySet<string>): Located | null {
  let k = Math.max(m.last, m.countsAt) + 1;
  const t = s.tokens[k];
  if (!isWordToken(t) || !sameClause(s, k, m.last)) return null;
  if (isIn(LOCATIVE, t) || t.norm === 'a' || t.norm === 'an') k += isIn(LOCATIVE, t) && (s.tokens[k + 1]?.norm === 'a' || s.tokens[k + 1]?.norm === 'an') ? 2 : 1;
  else if (LATIN.test(t.norm) || !t.norm.startsWith('ب')) return null;
  if (!isIn(INCIDENT, s.tokens[k])) return null;
  for (let j = k + 1; j <= k + INCIDENT_PLACE_REACH && sameClause(s, j, k); j += 1) {
    if (s.tokens[j].kind === 'num') return null;
    if (isIn(LOCATIVE, s.tokens[j])) return placeAt(s, j + 1, known);
  }
  return null;
}

/** `شهد` (saw, witnessed), with its object pronoun: Arabic names where something happened as the subject of this verb. */
const WITNESSED = /^و?شهد(ت|ته|تها|ها|وا)?$/;
/** How far before a figure the verb of witnessing may stand, and how many words its place may take. */
const WITNESSED_REACH = 15;
const WITNESSED_WORDS = 6;

/**
 * The place an incident happened in, named as the subject of `شهد` before the figure with no other
 * figure between (`بعد جمعة دامية شهدتها الضفة الغربية وقطاع غزة، أسفرت عن مقتل 10 أشخاص`): one
 * place it names is that place; two or more (a list) are one wider area of their own, never the
 * event's main place alone (10 killed in the West Bank and Gaza are no rival of 9 in Gaza).
 */
function witnessedPlace(s: Sentence, m: Mention, known: ReadonlySet<string>): Place | null {
  for (let k = m.first - 1; k >= 0 && k >= m.first - WITNESSED_REACH; k -= 1) {
    const t = s.tokens[k];
    if (t.kind === 'num') return null;
    if (!isWordToken(t) || !WITNESSED.test(t.norm)) continue;
    // Names behind `و` (`وقطاع غزة`) are read without it; the place ends at a function word (`والتي`).
    const bare = (w: ScanToken) => (w.norm.length > 3 && w.norm.startsWith('و') && !LATIN.test(w.norm) ? { ...w, norm: w.norm.slice(1) } : w);
    let end = k + 1;
    while (end < m.first && end < k + 1 + WITNESSED_WORDS && isWordToken(s.tokens[end]) && !isStopword(bare(s.tokens[end]).norm, 'unknown')) end += 1;
    if (end === k + 1) return null;
    const words = s.tokens.slice(k + 1, end).map(bare);
    const named = placesIn({ ...s, tokens: words } as Sentence, known);
    if (named.length === 0) return null;
    // `الضفة الغربية وقطاع غزة`: names joined by `و` are a list, though the gazetteer may know one of them only.
    const parts: string[][] = [];
    for (const w of s.tokens.slice(k + 1, end)) {
      if (parts.length > 0 && w.norm === bare(w).norm) parts[parts.length - 1].push(w.norm);
      else parts.push([bare(w).norm]);
    }
    if (parts.length === 1) return { text: named[0].text, key: named[0].key, headed: named[0].headed };
    return { text: s.text.slice(s.tokens[k + 1].start, s.tokens[end - 1].end), key: parts.map((p) => placeKey(p.join(' '))).join('+'), headed: true };
  }
  return null;
}

/** A place named in a sentence, with the tokens it spans. */
export interface PlaceMention extends Place {
  first: number;
  last: number;
}

/** The places a sentence names, in order (for `حيث`, `هناك` in this or the next sentence). */
export function placesIn(s: Sentence, known: ReadonlySet<string>): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let k = 0; k < s.tokens.length; k += 1) {
    const t = s.tokens[k];
    if (!isWordToken(t)) continue;
    const p = HEADS.has(t.norm) ? placeAt(s, k, known) : null;
    if (p) {
      out.push({ text: p.text, key: p.key, headed: true, first: k, last: p.last });
      k = p.last;
      continue;
    }
    // `الكندية`, `الأفغاني` are adjectives of a place, not the place (their folded key is the country's).
    if (/(يه|ي|يين|يون)$/.test(t.norm) && t.norm.length > 4) continue;
    const bare = t.norm.length > 3 && 'بل'.includes(t.norm[0]) ? placeKey(t.norm.slice(1)) : null;
    const key = known.has(placeKey(t.norm)) ? placeKey(t.norm) : bare && known.has(bare) ? bare : null;
    if (key) out.push({ text: s.text.slice(t.start, t.end), key, headed: false, first: k, last: k });
  }
  return out;
}

/**
 * The place `حيث`/`هناك` points to from token `at`: the last place named before it, or the head
 * of a chain (`أغرا في أوتار براديش، حيث`: Agra); else the previous sentence's last place.
 */
export function placeBefore(places: readonly PlaceMention[], at: number, previousSentence: Place | null): Place | null {
  let i = places.length - 1;
  while (i >= 0 && places[i].first >= at) i -= 1;
  if (i < 0) return previousSentence;
  while (i > 0 && places[i].first - places[i - 1].last <= 2) i -= 1;
  return places[i];
}

/** The names after area nouns (`ولاية راجستان`, `قرية خيراغار`, `the state of Rajasthan`): the event's own gazetteer. */
export function namedAreas(s: Sentence): string[] {
  const keys: string[] = [];
  if (!MAY_NAME_AREA.test(s.claim.text)) return keys;
  for (let k = 0; k < s.tokens.length; k += 1) {
    if (!isIn(HEADS, s.tokens[k])) continue;
    const p = placeAt(s, k, new Set());
    if (p) keys.push(p.key, ...(p.key.includes(' ') && !p.key.includes(':') ? [placeKey(s.tokens[k + 1].norm)] : []));
  }
  return keys;
}

export type Period = 'event' | 'cumulative' | 'earlier';

/**
 * 2. Whether a figure is this event's, from the words around it: cues before it in its sentence,
 * or after it in its clause. `منذ 7 أكتوبر`, `منذ بدء الحرب`, `this year`, `في غضون ستة أسابيع`: a
 * running total (`cumulative`). Another incident (`earlier`, left out of the table): a past time
 * (`الشهر الماضي`, `last year`), a recurring total (`كل سنة`, `annually`), another incident (`حادث
 * مماثل`, `the previous attack`), `منذ مقتل 100 شخص` (the deadliest since ...). Also returns the
 * dates in the same reach (ISO), for `datedPeriod` once the event's day is known.
 */
export function periodOf(s: Sentence, m: Mention): { period: Period; dates: string[] } {
  if (retaliatedFor(s, m)) return { period: 'earlier', dates: [] };
  const inScope = (k: number) => k < m.first || (k > m.last && sameClause(s, k, m.last));
  let cumulative = false;
  const done = (period: Period) => ({ period, dates: [] });
  // `في أعنف أعمال عنف تشهدها المنطقة الحدودية مع إسرائيل منذ بدء موجة الاحتجاجات`: after the
  // figure, a superlative anywhere between it and `منذ`, in its clause, compares.
  const superlativeBefore = (k: number) =>
    [1, 2, 3].some((d) => isIn(SUPERLATIVE, s.tokens[k - d])) ||
    (k > m.last && s.tokens.some((t, j) => j > m.last && j < k && isIn(SUPERLATIVE, t) && sameClause(s, j, k)));
  // Where the sentence's dates start, as token indexes: `منذ 22 أيار/مايو`, `منذ كثفت الحكومة
  // عملياتها ... في 18 فبراير` say since when the figure counts.
  // Only close after the figure (`العاصمة المؤقتة ... منذ سيطرة الحوثيين على صنعاء في 2014` tells
  // of a city named two clauses on), and not when a figure follows in its clause, whose span it is
  // (`مقتل فلسطينيين اثنين، الثلاثاء، ... ليرتفع عدد القتلى منذ الاثنين إلى 62`).
  const dated = s.claim.dates.filter((d) => d.iso).map((d) => [tokenIndex(s, d.start), tokenIndex(s, d.end - 1)] as const);
  const inDate = (j: number) => dated.some(([a, b]) => a <= j && j <= b);
  const figureAfter = (k: number) => {
    for (let j = k + 1; j < s.tokens.length && sameClause(s, k, j); j += 1) if (s.tokens[j].kind === 'num' && !inDate(j)) return true;
    return false;
  };
  const sinceDated = (k: number) =>
    k - m.last <= SINCE_FIGURE_REACH && dated.some(([at]) => at > k && at <= k + SINCE_DATE_REACH && sameClause(s, k, at)) && !figureAfter(k);
  for (let k = 0; k < s.tokens.length; k += 1) {
    const t = s.tokens[k];
    // One lookup for the words that can start a cue; the rest of the sentence is passed over.
    if (!isWordToken(t) || !TRIGGERS.has(t.norm)) continue;
    // `... أكثر من 27 ألفاً و700 فلسطيني، معظمهم من النساء والأطفال، منذ بدء الحرب`: a running
    // total wherever the sentence says since when (but `أسوأ هجوم منذ بدء الحرب` only compares).
    // So does a date after `منذ` in its clause, after the figure: `يرتفع عدد القتلى إلى 179 منذ 22
    // أيار`, `وقتل أكثر من 1100 شخص وأصيب 4 آلاف منذ كثفت الحكومة عملياتها ... في 18 فبراير`.
    if (k > m.last && SINCE.has(t.norm) && !superlativeBefore(k) && (sinceDated(k) || (!inScope(k) && isIn(START, s.tokens[k + 1])))) cumulative = true;
    if (!inScope(k)) continue;
    const next = s.tokens[k + 1];
    const prev = s.tokens[k - 1];
    // `ذكرى مقتل 6 فلسطينيين`: the anniversary of an earlier incident's toll.
    if (isIn(ANNIVERSARY, t) && k < m.first && (isIn(CASUALTY, next) || isIn(CASUALTY, s.tokens[k + 2]))) return done('earlier');
    if (SINCE.has(t.norm)) {
      // `منذ مقتل 100 شخص`: since an earlier incident's toll.
      if (isIn(CASUALTY, next) || (next?.norm === 'the' && isIn(CASUALTY, s.tokens[k + 2]))) {
        if (k < m.first) return done('earlier');
        continue;
      }
      if (k < m.first && !superlativeBefore(k)) cumulative = true;
      // `وفاة أكثر من ألفي شخص منذ نحو عام`, `since the start of`, after the figure: a total over that time.
      if (k > m.last && !superlativeBefore(k) && [1, 2, 3].some((d) => isIn(LONG_TIME, s.tokens[k + d]) || isIn(START, s.tokens[k + d]))) cumulative = true;
      continue;
    }
    // `الشهر الماضي`, `last month` date the figure, but `الأعنف منذ العام الماضي` only compares.
    // `منذ 22 أيار/مايو الفائت`: since a date written in two calendars, a few words back.
    // `منذ اندلاع هذه الموجة من الاحتجاجات في 30 آذار/مارس الماضي إلى 36`: the since-date may stand
    // several words after `منذ`, in its clause.
    const sinceBefore = (j: number) =>
      [0, 1, 2, 3].some((d) => isIn(SINCE, s.tokens[j - d])) ||
      Array.from({ length: SINCE_DATE_REACH - 3 }, (_, d) => j - d - 4).some((i) => i >= 0 && isIn(SINCE, s.tokens[i]) && sameClause(s, i, j));
    if (isIn(PAST, t) && prev && (isIn(TIME, prev) || isDateWord(prev.norm)) && !sinceBefore(k - 2)) return done('earlier');
    if (LATIN.test(t.norm) && isIn(PAST, t) && isIn(TIME, next) && !sinceBefore(k - 1)) return done('earlier');
    // `هجوم سابق`, `آخر تفجير`, `the previous attack`, `في غارة أخرى`, `وعلى جبهة أخرى`: another incident.
    if (isIn(OTHER_ONE, t) && (isIn(INCIDENT_OR_FRONT, prev) || isIn(INCIDENT_OR_FRONT, next))) return done('earlier');
    // `في أيام جمع سابقة ... وأصابت المئات`, `on previous Fridays`: other occasions (not `last`,
    // which in `last Friday` names the latest, perhaps this one).
    if (isIn(OTHER_TIME, t) && t.norm !== 'last' && [1, 2].some((d) => isIn(OCCASION, s.tokens[k - d]))) return done('earlier');
    if (isIn(RECURRING, t) || (EVERY.has(t.norm) && isIn(TIME, next))) return done('earlier');
    // `خمسة أشخاص احتجزوا مؤخرا`, `were recently detained`: background, in the figure's own clause.
    if (isIn(RECENTLY, t) && sameClause(s, k, m.first)) return done('earlier');
    if (isIn(OTHER_INCIDENT, t)) return done('earlier');
    if (isIn(THIS, t) && isIn(TIME, next) && /(عام|سنه|year)$/.test(next.norm) && k < m.first) cumulative = true;
    // After the figure, a superlative before `منذ بدء` compares (`مقتل 62 ... في أعنف أعمال عنف ...
    // منذ بدء موجة الاحتجاجات`); before it the phrase may frame the sentence and is left as it was.
    if (isIn(START, t) && isIn(SINCE, prev) && !(k > m.last && superlativeBefore(k - 1))) cumulative = true;
    // `في غضون ستة أسابيع`, `خلال الأشهر الماضية`, `over the past six weeks`: a total over a stretch of time.
    // Only right around the figure, and not after a superlative (`أدمى يوم خلال سنوات` compares).
    const close = k < m.first ? sameClause(s, k, m.first) : k <= m.last + 6;
    const superlative = [1, 2, 3].some((d) => isIn(SUPERLATIVE, s.tokens[k - d]));
    if (close && !superlative && isIn(SPAN, t) && [1, 2, 3].some((d) => isIn(LONG_TIME, s.tokens[k + d]))) cumulative = true;
    // `وأدت الحرب في اليمن إلى مقتل نحو 10 آلاف`, `the war has killed 10,000`: the whole toll of a
    // war or a campaign, the word of result between the two or just before the undertaking.
    if (k < m.first && m.first - k <= UNDERTAKING_REACH && sameClause(s, k, m.first) && isIn(UNDERTAKING, t)) {
      const results = [-2, -1, ...Array.from({ length: m.first - k - 1 }, (_, d) => d + 1)].some((d) => isIn(RESULT, s.tokens[k + d]));
      if (results) cumulative = true;
    }
  }
  // `وقضى 55 لاجئا ... في حادثين منفصلين`, `in two separate incidents`: a sum over incidents, no
  // rival of the toll of either.
  if (separateIncidents(s, m)) cumulative = true;
  const dates: string[] = [];
  // Bare years the date reader leaves to the number reader (`في مطلع 2016`).
  for (const n of s.claim.numbers) {
    const year = n.qualifier === 'exact' && Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2100 && /^\d{4}$/.test(n.text);
    if (!year || !(n.isDateLike || n.counts === null) || !(n.start < m.start)) continue;
    const at = tokenIndex(s, n.start);
    if (!isIn(SINCE, s.tokens[at - 1]) && !isIn(SINCE, s.tokens[at - 2]) && !s.claim.dates.some((d) => d.start <= n.start && n.end <= d.end)) dates.push(String(n.value));
  }
  // `وقتل 26 مسلحا ...، جراء ضربات صاروخية استهدفت في نهاية نيسان/أبريل قواعد`: the clause right
  // after the figure's that opens with a cause tells the incident they died in, and its date theirs.
  const causeClause = (k: number) => {
    const open = s.tokens.findIndex((t, j) => j > m.last && !sameClause(s, j, m.last) && t.kind === 'word');
    return open > 0 && isIn(CAUSE_OPENER, s.tokens[open]) && s.clause[open] === s.clause[m.last] + 1 && sameClause(s, open, k);
  };
  for (const d of s.claim.dates) {
    if (!d.iso || !(d.start < m.start || sameClause(s, tokenIndex(s, d.start), m.last) || causeClause(tokenIndex(s, d.start)))) continue;
    // `منذ 2015`, `since 2015`: a comparison or a running total, not the figure's date; so is the
    // date of what a span runs from (`منذ اندلاع احتجاجات "مسيرة العودة" في 30 آذار/مارس`).
    if (spanStart(s, m, tokenIndex(s, d.start), tokenIndex(s, d.end - 1))) continue;
    dates.push(d.iso);
  }
  return { period: cumulative ? 'cumulative' : 'event', dates };
}

/**
 * Whether the date at tokens [at, end] is where the figure's span starts, not the figure's day:
 * right after `منذ` (`منذ 2015`, `since 2015`); a few words after it, in its clause, with the figure
 * not between them (`منذ اندلاع احتجاجات "مسيرة العودة" في 30 آذار/مارس ... إلى 36`, `وقتل 1100 شخص
 * منذ كثفت الحكومة عملياتها ... في 18 فبراير`); or before `منذ ذلك`, `since then` that opens the
 * figure's clause and points back to it (`وبدأت "مسيرة العودة الكبرى" ... في 30 مارس، ومنذ ذلك
 * التاريخ قتل 33 فلسطينيا`).
 */
function spanStart(s: Sentence, m: Mention, at: number, end: number): boolean {
  if (isIn(SINCE, s.tokens[at - 1]) || isIn(SINCE, s.tokens[at - 2])) return true;
  for (let k = Math.max(0, at - SINCE_DATE_REACH); k < at; k += 1) {
    if (isIn(SINCE, s.tokens[k]) && sameClause(s, k, at) && (k > m.last || at < m.first)) return true;
  }
  for (let k = end + 1; k < m.first && k - end <= SINCE_DATE_REACH; k += 1) {
    if (isIn(SINCE, s.tokens[k]) && isIn(SINCE_THEN, s.tokens[k + 1]) && sameClause(s, k, m.first)) return true;
  }
  return false;
}

/** `منفصلين`, `separate`: said of incidents, they are several, each with its own toll. */
const SEPARATE = /^(منفصل(ين|تين|ه|ان|تان)|separate)$/;
const INCIDENT_WORD = new WordTable(INCIDENT_NOUNS.map((w) => [w, true] as const), false);

/**
 * Whether the figure's clause says it counts separate incidents (`في حادثين منفصلين`, `in two
 * separate attacks`): an incident noun, in the dual or plural, right before `separate` (Arabic) or
 * after it (English).
 */
function separateIncidents(s: Sentence, m: Mention): boolean {
  for (let k = m.last + 1; k < s.tokens.length && sameClause(s, k, m.last); k += 1) {
    if (!SEPARATE.test(s.tokens[k].norm)) continue;
    const noun = s.tokens[k].norm === 'separate' ? s.tokens[k + 1] : s.tokens[k - 1];
    if (!isWordToken(noun)) continue;
    const bare = noun.norm.replace(/(ين|ان|تين|تان)$/, '');
    if (INCIDENT_WORD.has(noun.norm) || INCIDENT_WORD.has(bare) || INCIDENT_WORD.has(`${bare}ه`)) return true;
  }
  return false;
}

const RETALIATION = wordSet(RETALIATION_WORDS);
const RELATIVE = wordSet(RELATIVE_WORDS);
/** How many words after a word of retaliation its incident noun may stand (`retaliation for the suicide bombing`). */
const RETALIATED_REACH = 4;

/**
 * Whether the figure counts the incident another is retaliation for: a word of retaliation, the
 * incident noun right after it, and the figure in a relative clause on that noun, in one clause
 * (`as part of the American retaliation for the suicide bombing at the Kabul airport that killed
 * scores of people`: scores is the bombing's toll, not the drone strike's).
 */
function retaliatedFor(s: Sentence, m: Mention): boolean {
  for (let k = m.first - 1; k >= 0 && sameClause(s, k, m.first); k -= 1) {
    if (!isIn(RETALIATION, s.tokens[k])) continue;
    for (let j = k + 1; j <= k + RETALIATED_REACH && j < m.first; j += 1) {
      if (!isIn(INCIDENT, s.tokens[j])) continue;
      for (let r = j + 1; r < m.first; r += 1) if (isIn(RELATIVE, s.tokens[r])) return true;
    }
    return false;
  }
  return false;
}

/** How many words from its incident noun a day of the sentence before may stand (`وقعت المجزرة يوم 14 فبراير`). */
const INCIDENT_DAY_REACH = 3;
/** Incident nouns by their key, which singular and plural share (`مجزرة`, `هجمات` / `هجوم`). */
const INCIDENT_KEYS = new WordTable(INCIDENT_NOUNS.map((w) => [w, nounKey(normalizeText(w).toLowerCase())] as const));
/** `المجزرة`, `بالهجوم`, `the massacre`: an incident noun with its article, pointing to one already named. */
function definiteIncident(s: Sentence, k: number): string | undefined {
  const t = s.tokens[k];
  if (!isWordToken(t)) return undefined;
  const definite = LATIN.test(t.norm) ? s.tokens[k - 1]?.norm === 'the' : /^(و|ف)?(ب|ل|ك)?ال/.test(t.norm);
  return definite ? INCIDENT_KEYS.get(t.norm) : undefined;
}

/**
 * The days the sentence before gives an incident that this sentence names again with the article
 * and dates no other way (`وقعت المجزرة يوم 14 فبراير 2018 ... . وراح ضحية المجزرة 17 شخصا و12
 * جريحا`: the massacre's toll, of 14 February). Like `هناك` for a place, the definite noun points
 * back: a background incident told over two sentences keeps its day, so its toll is not the event's.
 */
export function incidentDatesBefore(s: Sentence, previous: Sentence | undefined): string[] {
  if (!previous || s.claim.dates.some((d) => d.iso)) return [];
  // Only a day told next to the incident (`وقعت المجزرة يوم 14 فبراير`), not one of a clause on it
  // (`الهجوم الذي دفع الولايات المتحدة ... في 14 من نيسان إلى شن غارات` dates the strikes).
  const dated = new Map<string, string>();
  for (const d of previous.claim.dates) {
    if (!d.iso || d.iso.length !== 10) continue;
    const at = tokenIndex(previous, d.start);
    for (let k = Math.max(0, at - INCIDENT_DAY_REACH); k <= at + INCIDENT_DAY_REACH && k < previous.tokens.length; k += 1) {
      const key = isWordToken(previous.tokens[k]) ? INCIDENT_KEYS.get(previous.tokens[k].norm) : undefined;
      if (key !== undefined && sameClause(previous, k, at)) dated.set(key, d.iso);
    }
  }
  if (dated.size === 0) return [];
  for (let k = 0; k < s.tokens.length; k += 1) {
    const key = definiteIncident(s, k);
    if (key !== undefined && dated.has(key)) return [dated.get(key)!];
  }
  return [];
}

/**
 * A figure's period from the dates near it, once the event's day is known: a date two or more days
 * before it, or an earlier month or year, is another incident (`في 11 أبريل/نيسان، قتل فيها 19
 * شخصا`); the event's own year or month (`عام 2018`) makes a running total. Null: no change.
 */
export function datedPeriod(dates: readonly string[], eventDay: string): Period | null {
  let period: Period | null = null;
  for (const iso of dates) {
    if (before(iso, eventDay)) return 'earlier';
    if (iso.length <= 7 && eventDay.startsWith(iso)) period = 'cumulative';
  }
  return period;
}

/**
 * `في الغارات`, `in the strikes on`: the incident the figure's dead died in, between the figure and
 * its day (`وقتل ثمانية مدنيين في الغارات السبت`): the day dates that incident, so the figure too.
 */
function incidentOf(between: readonly ScanToken[]): boolean {
  const [first, ...rest] = between;
  return isIn(LOCATIVE, first) && rest.some((t) => isIn(INCIDENT, t)) && rest.every((t) => t.kind === 'punct' || isIn(INCIDENT, t) || t.norm === 'the' || t.norm === 'on');
}

/**
 * The day a figure is dated to, when the text says it next to the figure (`مقتل فلسطينيين اثنين،
 * الثلاثاء،`) or names only one day before it in the sentence: two figures of different days are
 * two incidents, never compared.
 */
export function dayOf(s: Sentence, m: Mention): string | null {
  const days = s.claim.dates.filter((d) => d.iso && d.iso.length === 10);
  const end = Math.max(m.last, m.countsAt);
  for (const d of days) {
    const at = tokenIndex(s, d.start);
    const between = s.tokens.slice(end + 1, at);
    const near = at > end && at <= end + 4 && (between.every((t) => t.kind === 'punct' || isIn(TAIL_OR_CUE, t)) || incidentOf(between));
    if (near || (at > m.first - 6 && at < m.first && sameClause(s, at, m.first))) return d.iso!;
  }
  const before = days.filter((d) => d.start < m.start);
  return before.length === 1 && new Set(before.map((d) => d.iso)).size === 1 ? before[0].iso : null;
}

function tokenIndex(s: Sentence, offset: number): number {
  const i = s.tokens.findIndex((t) => t.end > offset);
  return i < 0 ? s.tokens.length - 1 : i;
}

/** Whether an ISO date (day, month or year) lies before the event: a day two or more days before, an earlier month or year. */
function before(iso: string, eventDay: string): boolean {
  const day = eventDay.slice(0, 10);
  if (iso.length === 4) return iso < day.slice(0, 4);
  if (iso.length === 7) return iso < day.slice(0, 7);
  const a = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  const b = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(a) && Number.isFinite(b) && b - a >= 2 * 86_400_000;
}

/**
 * 3. When the text marks the report, in the figure's clause before it: `حصيلة أولية`, `earlier`,
 * `بعد أن كانت 4`, `from 4` (an early figure); `ارتفعت الحصيلة إلى`, `rose to`, `new toll`
 * (an update); `يتوقع أن ترتفع`, `could rise` are expectations, not updates.
 */
export function stageOf(s: Sentence, m: Mention): 'initial' | 'updated' | null {
  const prev = s.tokens[m.first - 1];
  // `بعد أن كانت 4`, `بعدما كان 4`.
  if (isIn(EARLIER_MARK, prev) && isIn(AFTER, s.tokens[m.first - 2])) return 'initial';
  // `من 4 إلى 6`, `from 4 to 6`: the first is the earlier figure, the second the update.
  const end = Math.max(m.last, m.countsAt);
  if (isIn(FROM, prev) && isIn(TO, s.tokens[end + 1]) && s.tokens[end + 2]?.kind === 'num') return 'initial';
  let from = m.first - 1;
  if (isIn(TO, prev) && s.tokens[m.first - 2]?.kind === 'num' && isIn(FROM, s.tokens[m.first - 3])) from = m.first - 4;
  const cue = (k: number): 'initial' | 'updated' | null | undefined => {
    const t = s.tokens[k];
    if (isIn(INITIAL, t)) return 'initial';
    if (isIn(UPDATED, t)) return [1, 2].some((d) => isIn(EXPECT, s.tokens[k - d])) ? null : 'updated';
    return undefined;
  };
  for (let k = from; k >= 0 && k >= m.first - 8 && sameClause(s, k, m.first); k -= 1) {
    if (s.tokens[k].kind === 'num') break;
    const c = cue(k);
    if (c !== undefined) return c;
  }
  // After it: `انتشال 11 جثة في حصيلة أولية`.
  for (let k = end + 1; k < s.tokens.length && k <= end + 4 && sameClause(s, k, m.last); k += 1) {
    if (s.tokens[k].kind === 'num') break;
    const c = cue(k);
    if (c === 'initial') return c;
  }
  return null;
}
