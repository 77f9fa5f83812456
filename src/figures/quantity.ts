// What an amount counts. Recipe, first that applies:
//   1. a unit or currency as the counted word (`861 طنا`, `130 كلم في الساعة`, `14.2 مليون دولار`);
//   2. a quantity noun as the counted word (`31 قتيلا`, `54 جريحا`, `48 dead`); `القتلى والجرحى`
//      after a figure counts both (casualties);
//   3. the nearest cue in the figure's clause, before it (`قتل 31 شخصا`) or after its noun
//      (`27 شخصا قتلوا`, `116 شخصا على الأقل حتفهم`); cues joined by `و` count both (`قتل وأصيب`);
//   4. for people, the sentence's verb further back (`وقتلت إسرائيل في الحرب ...، أكثر من 27 ألفاً`);
//   5. a part of the figure before it (`بينهم 5 أطفال`, `including 5 children`), or a figure joined
//      to it by `و` that names nothing itself (`وتوفي 64 شخصا في أوتار براديش، و43 في أغرا`);
//   6. any other counted noun, as a quantity of its own (`200 عمود`, `8 سيارات`), but never people,
//      durations or ages.
import type { Mention, Sentence } from './sentence.js';
import { sameClause } from './sentence.js';
import { PERSON_NOUNS, QUANTITIES, SUBGROUPS } from './lexicons/quantities.js';
import { PER_HOUR, UNITS, type UnitRow } from './lexicons/units.js';
import {
  CLAUSE_OPENERS, CRITICAL_WORDS, DURATION_NOUNS, FIGURE_TAIL_WORDS, INCLUSION_WORDS, OWN_AMOUNT_WORDS, RATE_WORDS, SERIES_WORDS, TOTAL_MARKERS,
} from './lexicons/context.js';
import { WordTable, isIn, nounKey, wordSet } from './words.js';
import { WARRANT_WORDS } from '../text/lexicons/warrants.js';
import { isStopword } from '../text/stopwords.js';
import type { ScanToken } from '../text/scan.js';
import { MONTH_ABBR, PAIRED_MONTHS, SINGLE_MONTHS } from '../text/date-words.js';

/** What an amount counts, and how that was read. */
export interface Counted {
  /** `killed`, `wounded`, ..., `weight`, `distance`, `speed`, `money`, or `count:<noun key>`. */
  quantity: string;
  /** A second quantity the same words count (`قتل وأصيب عدد من الأشخاص`: killed and wounded). */
  also: string | null;
  unit: UnitRow | null;
  /** `speed`: a distance per hour. */
  perHour: boolean;
  group: string | null;
  /** Read from the figure before (a part, or a list): `part` when it is a part of it. */
  from: 'own' | 'list' | 'part';
}

const NOUNS = new WordTable(QUANTITIES.flatMap((q) => q.nouns.map((w) => [w, q.key] as const)));
const CUES = new WordTable(QUANTITIES.flatMap((q) => q.cues.map((w) => [w, q.key] as const)));
// Verbs, matched as written: their stems are nouns' too (`قضى` died, `القضية` the case).
const PERSON_CUES = new WordTable(QUANTITIES.flatMap((q) => (q.personCues ?? []).map((w) => [w, q.key] as const)), false);
const GROUPS = new WordTable(SUBGROUPS.flatMap((g) => g.terms.map((w) => [w, g.key] as const)));
const PERSONS = wordSet(PERSON_NOUNS);
const UNIT_WORDS = new WordTable(UNITS.flatMap((u) => u.terms.map((w) => [w, u] as const)));
const HOURLY = wordSet(PER_HOUR);
const DURATIONS = wordSet(DURATION_NOUNS);
const INCLUSION = wordSet(INCLUSION_WORDS);
const CRITICAL = wordSet(CRITICAL_WORDS);
const TAIL = wordSet(FIGURE_TAIL_WORDS);
const OPENERS = wordSet(CLAUSE_OPENERS);
const TOTALS = wordSet(TOTAL_MARKERS);
const RATES = wordSet(RATE_WORDS);
const SERIES = wordSet(SERIES_WORDS);
const AMONG = wordSet(['ضمن', 'among']);
const OWN_AMOUNT = wordSet(OWN_AMOUNT_WORDS);
const WARRANTS = wordSet(WARRANT_WORDS);
const NUMBER_OF = wordSet(['عدد']);
/** `يرتفع إلى 46 عدد القتلى`: the number a count rose to stands before the count it names. */
const RISEN_TO = wordSet(['إلى', 'الى']);
const AND = new Set(['و', 'and']);
const MINOR = wordSet(['طفيفة', 'طفيف', 'بسيطة', 'خفيفة', 'minor', 'light', 'slightly']);
const CHARGE = wordSet(['بتهمة', 'بتهم', 'لخرق', 'لانتهاك', 'لمخالفة', 'charged', 'charges', 'violating', 'breaking', 'breaching']);
/** `آخرون`, `others`: the subject of a second verb (`وجرح آخرون`). */
const OTHERS = new Set(['اخرون', 'اخرين', 'others']);
/** `اثنان منهم`, `two of whom`: a part of those just counted. */
const PARTITIVE_PRONOUNS = new Set(['منهم', 'منهن', 'منها']);
const LATIN = /^[a-z]/;
/** An Arabic word with the article, after its proclitics (`الحشد`, `بالرصاص`): a noun. */
const DEFINITE = /^(و|ف)?(ب|ل|ك)?ال/;
/** `تخطوا مرحلة الخطر`, `خارج دائرة الخطر`, `out of danger`: past the danger a critical word names. */
const PAST_DANGER = wordSet(['خارج', 'تخطى', 'تخطوا', 'تخطت', 'تجاوز', 'تجاوزوا', 'تجاوزت', 'out']);

/** Whether the counted word names people: a person noun, a sub-group, a nationality (`فلسطيني`, `Afghans`). */
function isPerson(s: Sentence, t: ScanToken | undefined): boolean {
  if (!t) return true;
  if (PERSONS.has(t.norm) || GROUPS.has(t.norm)) return true;
  if (LATIN.test(t.norm)) return /^\p{Lu}/u.test(s.text[t.start]) && t.norm.endsWith('s');
  return /(ي|يين|يون|يا)$/.test(t.norm) && t.norm.length > 4;
}

/** Whether token k is a month's name (`آذار`, `مارس`, `March`, `Sept`). */
function isMonth(s: Sentence, k: number): boolean {
  const t = word(s, k);
  return t !== undefined && (SINGLE_MONTHS.has(t.norm) || PAIRED_MONTHS.has(t.norm) || MONTH_ABBR.has(t.norm));
}

/**
 * A number that is a date's day or year (`منذ 30 آذار/مارس الماضي إلى 37`, `since March 30, 37`):
 * no figure, so the search for a figure's cue goes on past it.
 */
function inDate(s: Sentence, k: number): boolean {
  return s.tokens[k]?.kind === 'num' && (isMonth(s, k + 1) || isMonth(s, k - 1));
}

function word(s: Sentence, k: number): ScanToken | undefined {
  const t = s.tokens[k];
  return t && t.kind === 'word' ? t : undefined;
}

/**
 * A number that can be a count: a whole number. A decimal (`a magnitude 7.2 earthquake that killed
 * more than 1,400`) measures something, so the cue after it is free for the next figure.
 */
function isWhole(t: ScanToken | undefined): boolean {
  return t !== undefined && t.kind === 'num' && !/\.\d{1,2}$/.test(t.norm);
}

/** The quantity of the noun after an English nationality adjective (`Palestinian deaths`, `Afghan civilians` is none). */
function demonymBefore(s: Sentence, at: number): string | undefined {
  const t = word(s, at);
  const next = word(s, at + 1);
  if (!t || !next || !LATIN.test(t.norm) || !/^\p{Lu}\p{Ll}+(an|i|ese)$/u.test(s.text.slice(t.start, t.end))) return undefined;
  return NOUNS.get(next.norm);
}

/** The cue quantity of token k, with a second one joined by `و` (`قتل وأصيب`, `killed and injured`). */
function cueAt(s: Sentence, k: number, person: boolean, nouns = true): { quantity: string; also: string | null } | null {
  const t = word(s, k);
  if (!t) return null;
  // For people, a quantity noun names the toll too: `ارتفع عدد القتلى يوم الخميس إلى 109`.
  // A toll counts people: a figure of things (`200 عمود`, `5 seats`) takes no casualty cue.
  if (!person) return null;
  const q = CUES.get(t.norm) ?? (nouns ? NOUNS.get(t.norm) : undefined) ?? PERSON_CUES.get(t.norm);
  if (!q) return null;
  // `أوامر اعتقال بحق 300`, `arrest warrants for 300`: people sought, not held.
  if (q === 'arrested' && [k - 2, k - 1, k + 1].some((j) => isIn(WARRANTS, word(s, j)))) return null;
  const other = (j: number, attached: boolean) => {
    const u = word(s, j);
    if (!u) return null;
    if (attached && !(u.norm.startsWith('و') || AND.has(s.tokens[j - 1]?.norm ?? ''))) return null;
    const r = CUES.get(u.norm) ?? NOUNS.get(u.norm);
    // `قتلوا وجرح آخرون`, `killed and others injured`: the second verb has a subject of its own.
    const after = s.tokens[j + 1];
    if (after && (after.kind === 'num' || OTHERS.has(after.norm))) return null;
    return r && r !== q ? r : null;
  };
  // `قتل وأصيب` (the next word joins with و) or `لمقتل وإصابة` / `killed and injured`.
  // Before a verb that `و` opens, only another verb joins it: a word with the article is the object
  // of the verb before (`دهس الحشد وأصاب نحو 30 شخصا`: the crowd run over, 30 wounded, no crowd count).
  const also = other(k + 1, true) ?? (AND.has(s.tokens[k + 1]?.norm ?? '') ? other(k + 2, false) : null) ?? (t.norm.startsWith('و') && !DEFINITE.test(word(s, k - 1)?.norm ?? '') ? other(k - 1, false) : null);
  return { quantity: q, also };
}

/** Step 3 and 4: the nearest cue before the figure or after its noun, then, for people, further back. */
function cueNear(s: Sentence, m: Mention, person: boolean): { quantity: string; also: string | null } | null {
  let before: { quantity: string; also: string | null; d: number; k: number } | null = null;
  for (let k = m.first - 1, d = 1; k >= 0 && d <= 8; k -= 1) {
    const t = s.tokens[k];
    if ((t.kind === 'num' && !inDate(s, k)) || !sameClause(s, k, m.first)) break;
    if (t.kind !== 'word') continue;
    const c = cueAt(s, k, person);
    // `120 صحفيا اعتقلوا وأكثر من 180 وسيلة`: a cue right after another figure is that figure's,
    // unless `و` joins it as the next clause's verb (`قتل 3 مدنيون وأصيب 18 آخرون`: 18 wounded).
    const opensClause = t.norm.startsWith('و') && !LATIN.test(t.norm);
    if (c && !opensClause && [1, 2, 3].some((d) => isWhole(s.tokens[k - d]))) break;
    if (c) {
      before = { ...c, d, k };
      break;
    }
    if (!TAIL.has(t.norm)) d += 1;
  }
  let after: { quantity: string; also: string | null; d: number } | null = null;
  const from = Math.max(m.last, m.countsAt) + 1;
  for (let k = from, d = 1; k < s.tokens.length && d <= 4; k += 1) {
    const t = s.tokens[k];
    if (t.kind === 'num' || !sameClause(s, k, m.last) || (t.kind === 'word' && OPENERS.has(t.norm))) break;
    if (t.kind !== 'word') continue;
    const c = cueAt(s, k, person);
    // `قتل ... 26 شخصاً وأصاب 18 آخرين`: a cue joined by و begins the next figure's clause.
    if (c && t.norm.startsWith('و') && !LATIN.test(t.norm)) break;
    if (c) {
      after = { ...c, d };
      break;
    }
    if (!TAIL.has(t.norm)) d += 1;
  }
  // `50 people were killed and at least 53 others were wounded`: across `and` the cue after wins.
  // A cue that `و` itself joins (`قتل 3 مدنيون وإصيب 18 آخرون في حصيلة`) governs the figure after it.
  const own = before !== null && s.tokens[before.k].norm.startsWith('و') && !LATIN.test(s.tokens[before.k].norm);
  const joined = before !== null && s.tokens.slice(own ? before.k + 1 : Math.min(before.k, m.first - before.d) - 2, m.first).some((t) => AND.has(t.norm) || (t.kind === 'word' && t.norm.startsWith('و') && CUES.has(t.norm)));
  if (before && (!after || (before.d <= after.d && !joined))) return before;
  if (after) return after;
  if (!person) return null;
  // 4. Further back for people, across commas: the sentence's verb (`وقتلت إسرائيل ...، أكثر من 27 ألفاً و700 فلسطيني`).
  for (let k = m.first - 1, d = 0; k >= 0 && d <= 12; k -= 1) {
    const t = s.tokens[k];
    if (t.kind === 'num' && !inDate(s, k)) return null;
    if (t.kind !== 'word') continue;
    d += 1;
    // Verbs only this far back: `سقوط أعداد كبيرة من الضحايا"، كما تخشى من أن تدفع عشرات الآلاف` counts no dead.
    const c = cueAt(s, k, true, false);
    if (c) return c;
  }
  return null;
}

/** Step 1: a unit or currency. */
function unitOf(s: Sentence, m: Mention): { unit: UnitRow; perHour: boolean } | null {
  if (!m.counts) return null;
  const unit = UNIT_WORDS.get(m.counts.toLowerCase()) ?? (m.countsAt >= 0 ? UNIT_WORDS.get(s.tokens[m.countsAt].norm) : undefined);
  if (!unit) return null;
  let perHour = false;
  if (unit.quantity === 'distance' && m.countsAt >= 0) {
    for (let k = m.countsAt + 1; k <= m.countsAt + 3 && k < s.tokens.length; k += 1) {
      const t = s.tokens[k];
      if (t.kind === 'word' && HOURLY.has(t.norm)) perHour = true;
    }
  }
  return { unit, perHour };
}

/** The sub-group a figure counts: its noun (`5 أطفال`), or `critical` for the gravely wounded. */
function groupOf(s: Sentence, m: Mention): string | null {
  const noun = m.countsAt >= 0 ? word(s, m.countsAt) : undefined;
  const from = Math.max(m.last, m.countsAt) + 1;
  // A number between (`4 جرحى اثنان منهم بحالة خطيرة`) takes the words after it: two are critical.
  const numberAt = (k: number) => s.tokens[k].kind === 'num' || s.claim.numbers.some((n) => n.start <= s.tokens[k].start && s.tokens[k].end <= n.end && n.start >= m.end);
  for (let k = from; k <= from + 3 && k < s.tokens.length; k += 1) {
    if (numberAt(k)) break;
    if (isIn(CRITICAL, s.tokens[k])) {
      // `جميع المصابين الأربعة تخطوا مرحلة الخطر`: out of danger; `اثنان من المصابين الأربعة حالتهم
      // خطرة`: the figure is the whole that a number before it takes a part of, and the part is critical.
      if ([1, 2].some((d) => isIn(PAST_DANGER, s.tokens[k - d])) || partOfBefore(s, m)) break;
      return 'critical';
    }
    // `10 أشخاص أصيبوا بجروح طفيفة`: the lightly wounded; `اعتقل 7 أشخاص لخرق حظر التجول`: those
    // held on one charge. Each is a part of all the wounded or all those held.
    if (isIn(MINOR, s.tokens[k])) return 'minor';
    if (isIn(CHARGE, s.tokens[k])) return 'on a charge';
  }
  if (!noun) return null;
  // `سبعة من أفراد الأمن`, `ثمانية من عناصر الشرطة`: a general noun, then the group it belongs to.
  const next = PERSONS.has(noun.norm) ? word(s, m.countsAt + 1) : undefined;
  return GROUPS.get(noun.norm) ?? (next ? GROUPS.get(next.norm) ?? null : null);
}

/**
 * Whether the figure is the whole a number before it takes a part of: `اثنان من المصابين الأربعة`
 * (two of the four wounded), `two of the four wounded`: a number, `من`/`of`, and the figure's noun.
 */
function partOfBefore(s: Sentence, m: Mention): boolean {
  const first = m.countsAt >= 0 ? Math.min(m.first, m.countsAt) : m.first;
  const start = s.tokens[first].start;
  return s.claim.numbers.some((n) => n.end <= start && /^\s*(من|of(\s+the)?)\s+(\S+\s+)?$/.test(s.text.slice(n.end, start)));
}

/** Whether the figure is joined to the one before by `و`/`and`/a comma and little else (`، و43 شخصا`). */
function listedAfter(s: Sentence, m: Mention, previous: Mention): boolean {
  const gap = s.tokens.slice(Math.max(previous.last, previous.countsAt) + 1, m.first);
  if (gap.length > 8) return false;
  const joined = gap.some((t) => AND.has(t.norm)) || s.tokens[m.first - 1]?.norm === 'و' || (s.tokens[m.first].kind === 'word' && s.tokens[m.first].norm.startsWith('و'));
  // Only a place or a comma between: `64 شخصا في أوتار براديش، و 43 شخصا`.
  return joined && gap.every((t) => t.kind !== 'num');
}

/**
 * A partitive: the figure is some of those the text counts as killed, wounded ...: the number, then
 * `من`/`of` and a definite phrase naming a toll (`اثنين من القتلى الروس`, two of the Russian dead;
 * `اثنين من الجنود المصابين`; `two of the dead`), or a pronoun (`توفي اثنان منهم`, `two of them`,
 * `of whom`). Not `5 أشخاص من المدنيين` (the noun comes first) nor `ثلاثة من المتظاهرين` (protesters
 * counted as wounded are not a part of the wounded).
 */
function partitive(s: Sentence, m: Mention): boolean {
  // `عشرات من`, `scores of`, `dozens of` name an amount, not a part. A general noun may come
  // between: `ثمانية أشخاص من المعتقلين` (eight of the detainees).
  const general = m.countsAt === m.last + 1 && PERSONS.has(s.tokens[m.countsAt].norm);
  const of = s.tokens[(general ? m.countsAt : m.last) + 1];
  if (m.value === null || !of || of.kind !== 'word') return false;
  if (PARTITIVE_PRONOUNS.has(of.norm)) return true;
  if (of.norm === 'of' && ['them', 'whom', 'those'].includes(s.tokens[(general ? m.countsAt : m.last) + 2]?.norm ?? '')) return true;
  const at = general ? m.countsAt : m.last;
  const the = of.norm === 'of' && s.tokens[at + 2]?.norm === 'the';
  if (of.norm !== 'من' && !the) return false;
  const phrase = [at + 2, at + 3, at + 4].map((k) => word(s, k)).filter((t): t is ScanToken => t !== undefined && t.norm !== 'the');
  return phrase.slice(0, 2).some((t) => NOUNS.has(t.norm) || (LATIN.test(t.norm) && CUES.has(t.norm)));
}

/**
 * Whether the words after a counted noun split it into two quantities: `ما بين قتيل وجريح`
 * (between dead and wounded), `dead or injured`, `between killed and wounded`.
 */
function splitInto(s: Sentence, at: number): boolean {
  let k = at + 1;
  while (isIn(TAIL, s.tokens[k]) || s.tokens[k]?.kind === 'punct') k += 1;
  if (['ما', 'between', 'both'].includes(s.tokens[k]?.norm ?? '')) k += 1;
  if (['بين', 'between'].includes(s.tokens[k]?.norm ?? '')) k += 1;
  const first = word(s, k);
  const q1 = first ? NOUNS.get(first.norm) ?? CUES.get(first.norm) : undefined;
  if (!q1) return false;
  const joint = ['and', 'or', 'أو'].includes(s.tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
  const second = word(s, joint);
  if (!second || (joint === k + 1 && !second.norm.startsWith('و'))) return false;
  const q2 = NOUNS.get(second.norm) ?? CUES.get(second.norm);
  return q2 !== undefined && q2 !== q1;
}

/**
 * A later member of a list opened by an inclusion word in the same clause (`بينهم حارس وأربعة`):
 * words only between, joined by `و`/`and`; or after a first member whose qualifier a comma ends.
 */
function inList(s: Sentence, m: Mention): boolean {
  const joined = s.tokens[m.first - 1]?.norm === 'و' || s.tokens[m.first - 1]?.norm === 'and' || (s.tokens[m.first].kind === 'word' && s.tokens[m.first].norm.startsWith('و'));
  if (!joined) return false;
  // The word in the figure's clause, or the list's first member in the clause before, when a
  // qualifier of that member ends it (`بينهم 276 طفلاً دون سن الثامنة عشر، و174 مواطنة`).
  for (let k = m.first - 1, words = 0; k >= 0 && words <= 8; k -= 1) {
    const t = s.tokens[k];
    const inside = sameClause(s, k, m.first);
    if (t.kind === 'num') return !inside && [1, 2].some((d) => isInclusion(s.tokens[k - d]));
    if (t.kind !== 'word') continue;
    words += 1;
    if (inside && isInclusion(t)) return true;
  }
  return false;
}

/**
 * `بينهم`, `منهم`, `including`: a part follows. Bare `بين` is not (the stem of `بينهم` matches it):
 * `ما بين 32 و35 ألف` is a range, `من بين 67 راكبا` the whole.
 */
function isInclusion(t: ScanToken | undefined): boolean {
  return isIn(INCLUSION, t) && !/^[وف]?(ما)?بين$/.test(t!.norm);
}

/**
 * What `m` counts, or null when it counts nothing the table compares. `previous` is the figure
 * before it in the sentence with what it counts, for parts and lists.
 */
export function countedOf(s: Sentence, m: Mention, previous: { mention: Mention; counted: Counted } | null): Counted | null {
  const noun = m.countsAt >= 0 ? word(s, m.countsAt) : undefined;
  // `98 نائبا من أصل 128`, `180 votes out of 350`: the whole, a capacity, not what happened.
  const [p1, p2] = [s.tokens[m.first - 1], s.tokens[m.first - 2]];
  if ((isIn(TOTALS, p1) && (p2?.norm === 'من' || p2?.norm === 'of')) || (p1?.norm === 'of' && isIn(TOTALS, p2))) return null;
  // `المادة (26)`, `(3)`: a number alone in brackets is a label (an article of a law, a list item).
  if (s.tokens[m.first - 1]?.norm === '(' && s.tokens[m.last + 1]?.norm === ')') return null;
  // `نسبة المشاركة بلغت 49`, `turnout rate of 49`: a rate, not a count.
  if ([1, 2, 3].some((d) => isIn(RATES, s.tokens[m.first - d]))) return null;
  const base = { also: null, unit: null, perHour: false, group: groupOf(s, m), from: 'own' as const };
  // 1. Units.
  const u = unitOf(s, m);
  if (u) return { ...base, quantity: u.perHour ? 'speed' : u.unit.quantity, unit: u.unit, perHour: u.perHour, group: null };
  // `خمس عدد اللاجئين` (a fifth of the number of refugees): a fraction, not a count; but after `إلى`
  // the number is what the count rose to (`وبذلك يرتفع إلى 46 عدد القتلى الفلسطينيين`).
  if (isIn(NUMBER_OF, s.tokens[m.last + 1]) && m.countsAt !== m.last + 2) {
    return isIn(RISEN_TO, s.tokens[m.first - 1]) && m.countsAt === m.last + 1 ? countedOf(s, { ...m, countsAt: m.last + 2 }, previous) : null;
  }
  // Durations and ages (`18 عاما`, `خلال 6 ساعات`), even where the number reader took no noun.
  if ((noun && DURATIONS.has(noun.norm)) || isIn(DURATIONS, s.tokens[m.last + 1])) return null;
  // 2. A quantity noun, alone or with another (`عشرات القتلى والجرحى`); in English, after a
  // nationality that qualifies it (`at least 219 Palestinian deaths`).
  let q = noun ? NOUNS.get(noun.norm) ?? demonymBefore(s, m.countsAt) : undefined;
  // Protesters are people too: `جرح أكثر من مئة متظاهر` counts the wounded.
  if (q === 'participants') {
    const cue = cueNear(s, m, true);
    if (cue && cue.quantity !== 'participants') q = cue.quantity;
  }
  if (q) {
    const next = word(s, m.countsAt + 1);
    const other = next && next.norm.startsWith('و') ? NOUNS.get(next.norm) : undefined;
    // `عشرات القتلى والجرحى` counts both; `تسعة قتلى وإصابات عدة` gives the second its own amount.
    if (other && other !== q && !isIn(OWN_AMOUNT, s.tokens[m.countsAt + 2])) {
      return m.value !== null ? { ...base, quantity: 'casualties' } : { ...base, quantity: q, also: other };
    }
    // `خمسة ضحايا على الأقل ما بين قتيل وجريح`, `5 victims, dead or injured`: both, together.
    if (m.value !== null && splitInto(s, m.countsAt)) return { ...base, quantity: 'casualties' };
    // `اثنين من القتلى الروس`: two of the Russian dead, a part.
    return partitive(s, m) ? { ...base, quantity: q, group: base.group ? `${base.group}, part` : 'part' } : { ...base, quantity: q };
  }
  const person = noun === undefined || isPerson(s, noun);
  // 5a. A part: `بينهم 5 أطفال`, `including 5 children`, and the later members of the list the
  // word opens (`بينهم حارس معبد وأربعة عناصر في الشرطة`, `including a guard and four officers`).
  const inclusion = [1, 2].some((d) => isInclusion(s.tokens[m.first - d])) || inList(s, m);
  // A part of the figure after it: `سبع من صديقاتها حتفهم ضمن 11 شخصا`, `7 among the 11 dead`.
  const after = Math.max(m.last, m.countsAt);
  const partOfNext = [1, 2, 3, 4].some((d) => isIn(AMONG, s.tokens[after + d]) && s.tokens.slice(after + d + 1, after + d + 3).some((t) => t.kind === 'num'));
  // A breakdown in brackets right after a figure: `تسعة متهمين (خمسة رجال وأربع نساء)`.
  const bracketed = previous !== null && s.tokens[m.first - 1]?.norm === '(' && Math.max(previous.mention.last, previous.mention.countsAt) >= m.first - 2;
  if ((inclusion || bracketed) && previous && person) return { ...base, quantity: previous.counted.quantity, group: base.group ?? 'part', from: 'part' };
  // 3, 4. Cues.
  const cue = cueNear(s, m, person);
  if (cue) {
    if (cue.also && m.value !== null) return { ...base, quantity: 'casualties' };
    // A part of the figure after it takes that figure's place; a partitive or a list member keeps its own.
    const part = partOfNext ? ('part' as const) : inclusion || partitive(s, m) ? ('own' as const) : null;
    // `اثنين من الجنود المصابين`: a part of the wounded soldiers, not all of them.
    const group = part === 'own' && base.group && base.group !== 'part' ? `${base.group}, part` : base.group ?? 'part';
    return { ...base, quantity: cue.quantity, also: cue.also, ...(part ? { group, from: part } : {}) };
  }
  // 5b. A list: the figure before names the quantity.
  if (previous && person && !previous.counted.quantity.startsWith('count:') && listedAfter(s, m, previous.mention)) {
    return { ...base, quantity: previous.counted.quantity, unit: previous.counted.unit, from: 'list' };
  }
  // 6. Any other counted noun, but not a tally of a series (`في آخر ست مباريات`).
  if (!noun || person || noun.norm.length < 3 || isStopword(noun.norm, 'unknown') || isIn(SERIES, s.tokens[m.first - 1])) return null;
  return { ...base, quantity: `count:${nounKey(noun.norm)}` };
}

/** At most this many words of an English noun phrase after a figure name what it counts. */
const PHRASE_WORDS = 3;

/**
 * The keys of an English counted noun phrase: the counted word and the words after it up to a
 * function word, a participle or a mark (`two Republican senators,` -> republican senat; `three
 * Republican state senators —` -> republican state senat), empty for Arabic, which puts its
 * modifiers after the head (`مقاتلين روس`) and is keyed by the noun alone. English puts the
 * modifiers before the head, so two phrases name one set only when one is the other with words
 * after it (`47-page indictment` / `48-page indictment alleges`: a verb may follow).
 */
export function countedPhrase(s: Sentence, at: number): string[] {
  const head = word(s, at);
  if (!head || !/^[a-z]/.test(head.norm)) return [];
  const keys = [nounKey(head.norm)];
  for (let k = at + 1; keys.length < PHRASE_WORDS; k += 1) {
    const t = word(s, k);
    if (!t || t.gap === 2 || !/^[a-z]/.test(t.norm) || isStopword(t.norm, 'en') || /..(ed|ing)$/.test(t.norm)) break;
    keys.push(nounKey(t.norm));
  }
  return keys;
}
