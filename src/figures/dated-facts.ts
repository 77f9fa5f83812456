// One fact dated differently by two outlets: sentences of different articles that state the same
// thing but give it dates that cannot both hold (March / April, Wednesday / Thursday), wherever they
// stand in the articles and whether or not the alignment groups them. Recipe:
//   1. each date of a sentence finer than a year (years are too coarse to tell facts apart), with
//      the content keys next to it (news concepts, هجوم / اعتداء, else a stem key shared by broken
//      plurals; not the date's own words, time words, reporting verbs or stopwords), and the
//      sentence's predicate and subject: its opening content word and the next (Arabic news opens
//      with its verb: `وتولى أحمد`); English sentences open with their subject and are left out;
//   2. for each two articles, the dates whose sentences open with one predicate and are each
//      other's best match, sharing two content keys or more, one of them the predicate, and one
//      subject (`وافتتحت غواتيمالا` / `افتتحت باراغواي` are two facts);
//   3. the pair conflicts when the dates differ at the precision both give and both are told as
//      background or neither is, both tell a death of earlier wounds or neither does; not the same weekday read against two articles' days, not one
//      month without a year read in two years, not days one apart next to the night or evening;
//   4. conflicting pairs that share a sentence make one entry.
import type { ArticleResult, DateMention, FigureEntry, FigureValue } from '../types.js';
import type { Sentence } from './sentence.js';
import { isStopword } from '../text/stopwords.js';
import { arabicReportingVerbs, englishReportingVerbs } from '../framing/lexicons/reporting-verbs.js';
import { EARLIER_FIGURE_MARKERS, OTHER_INCIDENT_WORDS, OTHER_TIME_ADJECTIVES, PAST_WORDS, SEQUENCE_WORDS, SINCE_WORDS } from './lexicons/context.js';
import { COMPLEMENTIZERS, NIGHT_WORDS, OF_WOUNDS_WORDS, TIME_WORDS } from './lexicons/dates.js';
import { WordTable, contentKey, newsConcept, wordSet } from './words.js';

const REPORTING = wordSet([...arabicReportingVerbs, ...englishReportingVerbs].map((r) => r[0]));
const TIME = wordSet(TIME_WORDS);
const NIGHT = wordSet(NIGHT_WORDS);
/** As written: by stem `متأثرا` would be any `تأثر` (affected). */
const OF_WOUNDS = new WordTable(OF_WOUNDS_WORDS.map((w) => [w, true] as const), false);
const OTHER_INCIDENT = wordSet([...OTHER_INCIDENT_WORDS, ...SINCE_WORDS, ...OTHER_TIME_ADJECTIVES]);
const PAST = wordSet(PAST_WORDS);
const SEQUENCE = wordSet(SEQUENCE_WORDS);
const PLUPERFECT = wordSet(EARLIER_FIGURE_MARKERS);
const COMPLEMENT = wordSet(COMPLEMENTIZERS);
const RELATIVE = new Set(['التي', 'الذي', 'الذين', 'اللتين', 'اللذين', 'which', 'that'].map((w) => w.replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي')));

/** Content words read on each side of a date: what it dates stands next to it. */
const BEFORE = 6;
const AFTER = 4;
/** Shared content keys needed. */
const MIN_SHARED = 2;

/** One date of a sentence with the content words around it. */
interface Dated {
  sentence: Sentence;
  date: DateMention;
  keys: Set<string>;
  /** A word of the sentence as written for each key, to say what the two share. */
  words: Map<string, string>;
  /** `الماضي`, `last`, or a pluperfect `وكان ... قد`: a date told as background. */
  past: boolean;
  /** Next to the night or the evening: the event may be dated to either of two days. */
  night: boolean;
  /** The key of the sentence's opening content word: in an Arabic verb-first sentence, what happened. */
  predicate: string | null;
  /** The key of the content word after it: the subject (`وافتتحت غواتيمالا`), or null. */
  subject: string | null;
  /** In a relative clause on a news concept (`الاتهامات، التي صدرت الأربعاء`): that concept, which the date dates. */
  antecedent: string | null;
  /** The key of the first content word after the date (`وجهت السلطات، الخميس، اتهاما`: charged), or null. */
  next: string | null;
  /** The amounts the sentence counts (not its dates). */
  counts: Set<number>;
  /** A death of earlier wounds (`توفي ... متأثرا بجروح`): dated by the death, not the attack. */
  ofWounds: boolean;
}

const inside = (d: DateMention, start: number, end: number) => d.start < end && start < d.end;

/**
 * 1. A sentence's dates of a month, a day or a weekday, each with the content keys around it.
 * Left out: a sentence that tells of another incident or a running span (`مماثل`, `منذ`), and a
 * date that dates a report (`أعلنت الشرطة الجمعة أن`, `said Tuesday that`), not the fact.
 */
export function datedUnits(s: Sentence): Dated[] {
  if (s.claim.kind === 'heading') return [];
  const dates = s.claim.dates.filter((d) => d.iso !== null && d.precision !== 'year');
  if (dates.length === 0) return [];
  const words = s.tokens.filter((t) => t.kind === 'word');
  const norms = words.map((t) => t.norm.toLowerCase());
  // Another incident or a span anywhere in the sentence leaves it out, but for a date in a relative
  // clause, which dates its own antecedent (`الاتهامات، التي صدرت الأربعاء، عزرا سيدوف، مدير سابق`):
  // then only the words next to the date count.
  const background = norms.some((w) => OTHER_INCIDENT.has(w));
  // The predicate: Arabic news sentences open with their verb (`وتولى أحمد ...`); English ones
  // open with their subject, so English sentences have none and are not matched here.
  // `وكانت الشرطة ... قد اعتقلت`: the auxiliary opens the sentence, the subject follows it.
  const isContent = (w: string) => w.length > 2 && !isStopword(w, 'unknown') && !TIME.has(w) && !PLUPERFECT.has(w);
  const openAt = norms.slice(0, 3).findIndex(isContent);
  const opening = openAt < 0 ? undefined : norms[openAt];
  if (!opening || /^[a-z]/.test(opening) || REPORTING.has(opening)) return [];
  const predicate = contentKey(opening);
  const subjectAt = norms.findIndex((w, k) => k > openAt && isContent(w) && !dates.some((d) => inside(d, words[k].start, words[k].end)));
  const subject = subjectAt < 0 ? null : contentKey(norms[subjectAt]);
  // A date a week or more before the article's own is told as background, whatever the words say.
  const published = s.article.date ? Date.parse(s.article.date.slice(0, 10)) : NaN;
  const long = (d: DateMention) => published - Date.parse(d.iso!.padEnd(10, '-01').slice(0, 10)) >= 7 * 86_400_000;
  const pluperfect = norms.length > 0 && PLUPERFECT.has(norms[0]);
  const ofWounds = norms.some((w) => OF_WOUNDS.get(w) === true);
  const counts = new Set(s.claim.numbers.filter((n) => !n.isDateLike && n.value !== null).map((n) => n.value));
  const units: Dated[] = [];
  for (const date of dates) {
    const at = words.findIndex((t) => t.end > date.start);
    const first = at < 0 ? words.length : at;
    let last = first;
    while (last < words.length && words[last].start < date.end) last += 1;
    // A reporting verb before the date with no `أن` / `that` between: the date of the report.
    let reported = false;
    for (let k = first - 1; k >= 0 && !COMPLEMENT.has(norms[k]); k -= 1) {
      if (dates.some((d) => d !== date && inside(d, words[k].start, words[k].end))) break;
      if (REPORTING.has(norms[k])) reported = true;
    }
    if (reported) continue;
    const near = [...norms.slice(Math.max(0, first - 2), first), ...norms.slice(first, last + 2)];
    const keys = new Set<string>();
    const written = new Map<string, string>();
    const take = (k: number) => {
      const norm = norms[k];
      if (norm.length <= 2 || isStopword(norm, 'unknown') || TIME.has(norm) || REPORTING.has(norm)) return false;
      if (dates.some((d) => inside(d, words[k].start, words[k].end))) return false;
      const key = contentKey(norm);
      keys.add(key);
      if (!written.has(key)) written.set(key, s.text.slice(words[k].start, words[k].end));
      return true;
    };
    for (let k = first - 1, n = 0; k >= 0 && n < BEFORE; k -= 1) if (take(k)) n += 1;
    // The first content word after the date is what it dates, unless `بعد`, `after` comes first:
    // `صعد ترمب الضغوط على مادورو، الاثنين، بعد الانتخابات` dates the pressure, not the election.
    let next: string | null = null;
    let sequence = false;
    for (let k = last, n = 0; k < words.length && n < AFTER; k += 1) {
      if (n === 0 && SEQUENCE.has(norms[k])) sequence = true;
      if (!take(k)) continue;
      if (n === 0 && !sequence) next = contentKey(norms[k]);
      n += 1;
    }
    // `وتطال الاتهامات، التي صدرت الأربعاء`: a relative pronoun a few words before the date, right
    // after a word naming a news concept (charges, an attack, an arrest): the date dates that.
    const pronoun = [1, 2, 3].map((d) => first - d).find((k) => k >= 0 && RELATIVE.has(norms[k]));
    const concept = pronoun !== undefined && pronoun > 0 ? newsConcept(norms[pronoun - 1]) : null;
    if (background && (concept === null || near.some((w) => OTHER_INCIDENT.has(w)))) continue;
    units.push({ sentence: s, date, keys, words: written, past: pluperfect || long(date) || near.some((w) => PAST.has(w)), night: near.some((w) => NIGHT.has(w)), predicate, subject, antecedent: concept, next, counts, ofWounds });
  }
  return units;
}

function shared(a: Dated, b: Dated): string[] {
  return [...a.keys].filter((k) => b.keys.has(k));
}

/** A date at a precision: `2018-03` for a month, the day for a day or a weekday. */
function at(d: DateMention, month: boolean): string {
  return month ? d.iso!.slice(0, 7) : d.iso!;
}

const isMonth = (d: DateMention) => d.precision === 'month' || d.iso!.length === 7;

/**
 * 3. Whether the two dates cannot both hold: they differ at the precision both give, both are told
 * as background or neither is (`الخميس الماضي`, an earlier attack, is no rival of the event's
 * `الثلاثاء`), and days one apart are not next to the night.
 */
function rivals(a: Dated, b: Dated): boolean {
  const month = isMonth(a.date) || isMonth(b.date);
  if (at(a.date, month) === at(b.date, month) || a.past !== b.past) return false;
  // `قتل قناص ... الجمعة المسعفة` / `توفي صباح الأحد شاب ... متأثرا بجروح`: a death of wounds may
  // come days after the attack, whoever died.
  if (a.ofWounds !== b.ofWounds) return false;
  // The same weekday written on both sides, or the same month without a year: only the reading of
  // which one differs (articles of different days), not what the outlets wrote.
  if (a.date.precision === 'weekday' && b.date.precision === 'weekday' && a.date.iso!.length === 10 && new Date(a.date.iso!).getUTCDay() === new Date(b.date.iso!).getUTCDay()) return false;
  const noYear = (d: DateMention) => !/\d{4}/.test(d.text);
  if (a.date.iso!.slice(5, 7) === b.date.iso!.slice(5, 7) && noYear(a.date) && noYear(b.date) && a.date.iso!.slice(0, 4) !== b.date.iso!.slice(0, 4)) return false;
  const gap = Math.abs(Date.parse(a.date.iso!.padEnd(10, '-01').slice(0, 10)) - Date.parse(b.date.iso!.padEnd(10, '-01').slice(0, 10)));
  return month || gap > 86_400_000 || !(a.night || b.night);
}

/**
 * Two sentences that count, none of their amounts in common (`وقتل ثمانية مدنيين في الغارات السبت` /
 * `وقتل 40 مدنيا على الأقل الجمعة`): two days' tolls, two facts, whatever words they share.
 */
function twoCounts(a: Dated, b: Dated): boolean {
  return a.counts.size > 0 && b.counts.size > 0 && ![...a.counts].some((n) => b.counts.has(n));
}

function value(d: Dated, article: ArticleResult): FigureValue {
  const date = d.date;
  return {
    article: article.id, claim: d.sentence.claim.id, value: null, range: null, qualifier: 'exact', text: date.text, start: date.start, end: date.end,
    sentence: d.sentence.claim.text, source: null, unit: null, stage: null, reported: article.date, compared: true, note: date.iso,
  };
}

/** The entries of facts two articles date differently (conflicts only: agreeing dates add nothing to the table). */
export function datedFactConflicts(articles: readonly ArticleResult[], sentences: readonly Sentence[][]): Array<Omit<FigureEntry, 'id'>> {
  const dated = sentences.map((list) => list.flatMap(datedUnits));
  const outlet = (d: Dated) => articles[d.sentence.articleIndex].outlet ?? articles[d.sentence.articleIndex].id;
  const conflicts: Array<{ a: Dated; b: Dated; common: string[] }> = [];
  // 2. Mutual best matches between two articles' dated sentences of one predicate.
  const bestIn = (d: Dated, others: readonly Dated[]): Dated | null => {
    let best: Dated | null = null;
    let score = 0;
    for (const o of others) {
      const n = o.predicate === d.predicate ? shared(d, o).length : 0;
      if (n > score) [best, score] = [o, n];
      else if (n === score && o.sentence !== best?.sentence) best = null; // a tie: no single match
    }
    return score > 0 ? best : null;
  };
  for (let i = 0; i < dated.length; i += 1) {
    for (let j = i + 1; j < dated.length; j += 1) {
      for (const a of dated[i]) {
        const b = bestIn(a, dated[j]);
        if (!b || bestIn(b, dated[i]) !== a) continue;
        const common = shared(a, b);
        // Two subjects after one verb (`وافتتحت غواتيمالا` / `افتتحت باراغواي`): two facts.
        const subjects = a.subject === b.subject || (a.subject !== null && b.keys.has(a.subject)) || (b.subject !== null && a.keys.has(b.subject));
        if (common.length >= MIN_SHARED && a.predicate === b.predicate && common.includes(a.predicate!) && subjects && !twoCounts(a, b) && rivals(a, b)) conflicts.push({ a, b, common });
      }
    }
  }
  // 2b. A date in a relative clause on a news concept (`الاتهامات، التي صدرت الأربعاء`) against the
  // one date of another article whose words next to it name that concept (`وجهت السلطات، الخميس،
  // اتهاما`): the same act, dated twice.
  for (let i = 0; i < dated.length; i += 1) {
    for (const a of dated[i].filter((d) => d.antecedent !== null)) {
      for (let j = 0; j < dated.length; j += 1) {
        if (j === i) continue;
        // The other date dates the act too: it opens its sentence (`اتهم`), comes right before it
        // (`الخميس، اتهاما`) or is its relative clause; not a day the concept is only near (`نيكي هيلي،
        // الاثنين، قد قالت إن واشنطن سترد على الهجوم`).
        const naming = dated[j].filter((b) => b.antecedent === a.antecedent || b.predicate === a.antecedent || b.next === a.antecedent);
        if (naming.length !== 1 || new Set(naming.map((b) => b.date.iso)).size !== 1) continue;
        const b = naming[0];
        if (rivals(a, b) && !conflicts.some((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a))) {
          conflicts.push(i < j ? { a, b, common: [a.antecedent!] } : { a: b, b: a, common: [a.antecedent!] });
        }
      }
    }
  }
  // 4. Pairs that share a sentence make one entry.
  const entries: Array<{ claims: Set<string>; values: FigureValue[]; parts: string[]; common: string[] }> = [];
  for (const c of conflicts) {
    const ids = [c.a.sentence.claim.id, c.b.sentence.claim.id];
    let e = entries.find((x) => ids.some((id) => x.claims.has(id)));
    if (!e) entries.push((e = { claims: new Set(), values: [], parts: [], common: c.common.map((k) => c.a.words.get(k)!) }));
    for (const d of [c.a, c.b]) {
      if (e.claims.has(d.sentence.claim.id)) continue;
      e.claims.add(d.sentence.claim.id);
      e.values.push(value(d, articles[d.sentence.articleIndex]));
      e.parts.push(`${d.date.text} (${outlet(d)}, ${d.date.iso})`);
    }
  }
  return entries.map((e) => ({
    quantity: 'date',
    gloss: `the date of one fact (${e.common.slice(0, 4).join(', ')})`,
    scope: { period: 'event', group: null, place: null },
    relation: 'conflict',
    reason: `the same fact dated differently: ${e.parts.join(' / ')}; the words next to the dates share ${e.common.slice(0, 6).join(', ')}`,
    latest: null,
    values: e.values,
  }));
}
