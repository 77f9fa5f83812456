// Dates between two claims: two different days, or a month, weekday or year swapped for another
// in the same slot of the sentence (في مارس / في إبريل, الخميس / الأربعاء, 2017 / 2018).
import type { Conflict, DateMention, Token } from '../../types.js';
import { normalizeText } from '../../text/normalize.js';
import { MONTH_NAMES } from '../../text/lexicons/months.js';
import { cliticFree, contentKeys, isContent, matchKeys, once, sharesKey } from '../words.js';
import { saidOn } from '../../claims/attribution/said-on.js';
import type { ClaimFeatures } from '../../align/features.js';
import type { WordDiff } from '../../align/word-diff.js';
import { schedulingParticiples } from '../lexicons/dates.js';

const YEAR = /^(19|20)\d\d$/;
/** Month names by their normalized form (clitics off): a month swapped for another where no date was read (في مارس الماضي). */
const MONTHS = new Map<string, number>(MONTH_NAMES.filter(([m]) => !/\s/.test(m)).map(([m, n]) => [normalizeText(m), n] as const));
const monthOf = (t: Token) => cliticFree(t.norm).map((f) => MONTHS.get(f)).find((m) => m !== undefined) ?? null;

function inHunk(d: DateMention, tokens: ReadonlyArray<{ start: number }>): boolean {
  return tokens.some((t) => t.start >= d.start && t.start < d.end);
}


/**
 * Where a clause of contrast opens (في حين ستجري الانتخابات في الداخل بين يومي 26 و28, بينما,
 * whereas, while): the date after it is another slot of the story (the vote at home against the vote
 * abroad), not the day of what the sentence reports first. -1 when there is none.
 */
const contrastAt = once((f: ClaimFeatures): number => {
  const m = /(?:^|[\s،,])(?:و?في حين|و?بينما|فيما(?!\s+(?:يتعلق|يخص))|whereas|while)\s/i.exec(f.claim.text);
  return m ? m.index : -1;
});

/** How many words a relative clause may run from its pronoun to a date it holds. */
const RELATIVE_REACH = 16;

/**
 * What opens a relative clause: a relative pronoun, or a participle with the article that schedules
 * its noun (كأس العالم المقامة في روسيا بين 14 يونيو, لقاء ... المزمع إقامته في 9 يونيو, القمة
 * المرتقبة, the talks scheduled for): the date after it dates that noun, as after التي.
 */
const RELATIVE_OPENER = new RegExp(
  `(?:^|\\s)(?:التي|الذي|الذين|اللذين|اللتين|اللواتي|which|who|${schedulingParticiples.join('|')})\\s([^،,؛;.]*)$`,
  'i',
);

/**
 * A date inside a relative clause (الولايات المتحدة التي قامت بنقل سفارتها ... في 14 مايو; the
 * government he will head from 15 August): it dates what the clause tells of another actor, not
 * what the sentence reports.
 */
function inRelativeClause(f: ClaimFeatures, d: DateMention, other: ClaimFeatures): boolean {
  const before = f.claim.text.slice(0, d.start - f.claim.start);
  const m = RELATIVE_OPENER.exec(before);
  if (m === null || m[1].trim().split(/\s+/).length > RELATIVE_REACH) return false;
  // The clause's antecedent, the content word right before the pronoun: when the other claim
  // names it too, ahead of a date of its own (كأس العالم التي تقام ... / كأس العالم المقامة ...),
  // both date the same thing. Named only after its date (`pleaded guilty on June 2 ... certifying
  // Joe Biden's election`), it is not what the other's date dates (the votes delayed on January 6).
  const at = f.claim.start + (m.index ?? 0);
  const antecedent = [...f.tokens].reverse().find((t) => t.end <= at && isContent(t));
  return antecedent === undefined || !namedBeforeDate(other, antecedent, d);
}

/** Whether `other` names the word `t` says within RELATIVE_REACH words before a date of its own as precise as `d`. */
function namedBeforeDate(other: ClaimFeatures, t: Token, d: DateMention): boolean {
  const keys = new Set(matchKeys(t));
  return other.tokens.some((u, k) => {
    if (!isContent(u) || !sharesKey(u, keys)) return false;
    const reach = other.tokens[Math.min(other.tokens.length - 1, k + RELATIVE_REACH)];
    return other.claim.dates.some((e) => e.precision === d.precision && e.start >= u.end && e.start <= reach.end);
  });
}

/** Words between a noun and the year that dates it (والدكتوراه عام 1997, in the year 2014). */
const YEAR_NOUNS = new Set(['عام', 'العام', 'سنه', 'السنه', 'year'].map((w) => normalizeText(w)));

/**
 * The noun a date dates: the content word right before it, or before the `عام`, `سنة`, `year` that
 * opens it (والدكتوراه عام 1997: the doctorate); undefined when a preposition or punctuation stands
 * between (وقع في 15 مارس, ببروكسل في 15 مارس: what happened there, not a noun the date dates).
 */
function datedNoun(f: ClaimFeatures, d: DateMention): Token | undefined {
  let k = f.tokens.findIndex((t) => t.start >= d.start) - 1;
  for (let seen = 0; k >= 0 && seen < 2; k -= 1, seen += 1) {
    const t = f.tokens[k];
    if (/[^\s]/.test(f.claim.text.slice(t.end - f.claim.start, (f.tokens[k + 1]?.start ?? d.start) - f.claim.start))) return undefined;
    if (cliticFree(t.norm).some((x) => YEAR_NOUNS.has(x))) continue;
    return isContent(t) ? t : undefined;
  }
  return undefined;
}

/**
 * A date of an act the other claim names without dating it (ولد مدبولي عام 1966 ... والدكتوراه عام
 * 1997 / حصل على درجتي الماجستير والدكتوراه ... قبل أن يتولى حقيبة وزارة الاسكان في عام 2014): the
 * other's date dates another act of the story, no rival of this one.
 */
function actDatedElsewhere(f: ClaimFeatures, d: DateMention, other: ClaimFeatures): boolean {
  const noun = datedNoun(f, d);
  if (noun === undefined) return false;
  const keys = new Set(matchKeys(noun));
  return other.tokens.some((u) => isContent(u) && sharesKey(u, keys)) && !namedBeforeDate(other, noun, d);
}

/** A date the pair compares: not the day something was said, nor the date of a contrasted slot or of a relative clause, nor of an act the other names undated. */
function comparable(f: ClaimFeatures, d: DateMention, other: ClaimFeatures): boolean {
  const contrast = contrastAt(f);
  return (
    !saidOn(f.claim, f.text, d) &&
    !actDatedElsewhere(f, d, other) &&
    !(contrast >= 0 && d.start - f.claim.start > contrast) &&
    !inRelativeClause(f, d, other) &&
    !spanStart(f, d, other) &&
    (!takesEffect(f, d) || other.claim.dates.some((e) => takesEffect(other, e))) &&
    (!spanEnd(f, d) || other.claim.dates.some((e) => spanEnd(other, e)) || other.claim.dates.filter((e) => e.precision === 'day').length > 1)
  );
}

/**
 * `حتى`, `لغاية`, `until`, `through` right before a date (`يوم`, `تاريخ` or `موعد` between them
 * allowed: بعدم الانتظار حتى موعد 3 نوفمبر 2019, not to wait until the scheduled 3 November 2019),
 * as normalized (حتي, لغايه).
 */
const SPAN_END = /(?:^|\s)(?:[وف]?(?:حتي|لغايه)|until|till|through)\s+(?:(?:يوم|تاريخ|موعد)\s+|the\s+(?:scheduled\s+)?date\s+of\s+)?$/i;

/**
 * A date that closes a span (`منذ بدء التصعيد في 18 فبراير الماضي، وحتى 18 مارس`, until 18 March):
 * the end of a stretch of time the sentence measures (what was documented up to then), not when
 * what it reports happened. Compared only with another such date (postponed until 18 / until 20 March)
 * or against a claim that gives a span of its own (held from 26 until 28 March / between 26 and 29 March).
 */
function spanEnd(f: ClaimFeatures, d: DateMention): boolean {
  return SPAN_END.test(normalizeText(f.claim.text.slice(Math.max(0, d.start - f.claim.start - 16), d.start - f.claim.start)));
}

/** `ابتداء من`, `اعتبارا من`, `بدءا من`, `starting`, `effective`, `as of` right before a date. */
const TAKES_EFFECT = /(?:^|\s)(?:[وف]?(?:ابتداء|اعتبارا|بدءا|بداية)\s+من|starting(?:\s+(?:on|from))?|beginning(?:\s+(?:on|from))?|effective(?:\s+(?:on|from))?|as\s+of)\s+$/i;

/**
 * A date from which something takes effect (`قرارا في سبتمبر 2017 بالسماح للمرأة بالقيادة، ابتداء
 * من 24 يونيو`, the ban lifted as of 24 June): when a rule starts to apply, not when what the
 * sentence reports (the decree) happened. Compared only with another such date.
 */
function takesEffect(f: ClaimFeatures, d: DateMention): boolean {
  return TAKES_EFFECT.test(normalizeText(f.claim.text.slice(Math.max(0, d.start - f.claim.start - 24), d.start - f.claim.start)));
}

/**
 * A date that opens a span (`منذ الاعتداء الوحشي ... عام 2012`, since 2012): the start of a stretch
 * of time the sentence measures, not when what it reports happened. But a clause after `منذ أن`
 * (since the clashes and marches broke out on 30 March) tells an event of its own, which the date
 * dates: compared when the other claim tells that event too (`بعد مظاهرات في 31 مارس`), as a
 * relative clause's date is.
 */
function spanStart(f: ClaimFeatures, d: DateMention, other: ClaimFeatures): boolean {
  const before = f.claim.text.slice(0, d.start - f.claim.start);
  const m = /(?:^|\s)(?:[وف]?منذ|since)\s([^،,؛;.]*)$/i.exec(before);
  if (m === null || m[1].trim().split(/\s+/).filter(Boolean).length > RELATIVE_REACH) return false;
  if (!/^(?:ان|أن|that)\s/i.test(normalizeText(m[1].trim()))) return true;
  const from = f.claim.start + (m.index ?? 0);
  const told = f.tokens.filter((t) => t.start > from && t.end <= d.start && isContent(t));
  const keys = contentKeys(other);
  return !told.some((t) => sharesKey(t, keys));
}

/** True when a token stands in a date of the claim that the pair does not compare. */
function inUncompared(f: ClaimFeatures, t: Token, other: ClaimFeatures): boolean {
  return f.claim.dates.some((d) => t.start >= d.start && t.start < d.end && !comparable(f, d, other));
}

/** A year written in the date itself (`11 سبتمبر 2001`), not supplied from the article's own date. */
const WRITTEN_YEAR = /(?:^|\D)(?:19|20)\d\d(?:\D|$)/;

/**
 * Two day dates that can be one day: the same date, or the same day and month where one of them
 * gives no year (`11 سبتمبر/أيلول` and `11 سبتمبر 2001`: a year read from the report's date is a
 * guess, not a rival).
 */
function sameDay(x: DateMention, y: DateMention): boolean {
  if (x.iso === y.iso) return true;
  const written = (d: DateMention) => WRITTEN_YEAR.test(normalizeText(d.text));
  return x.iso !== null && y.iso !== null && (!written(x) || !written(y)) && x.iso.slice(5) === y.iso.slice(5);
}

/**
 * The five daily prayers, which Arabic news uses as times of day (أثناء صلاة الظهر, بعيد صلاة
 * العصر), by their normalized names with and without the article.
 */
const PRAYERS = new Map<string, string>(
  [['الفجر', 'fajr'], ['الصبح', 'fajr'], ['الظهر', 'dhuhr'], ['العصر', 'asr'], ['المغرب', 'maghrib'], ['العشاء', 'isha']].flatMap(([w, k]) => {
    const n = normalizeText(w);
    return [[n, k], [n.slice(2), k]] as Array<[string, string]>;
  }),
);
const PRAYER_NOUN = normalizeText('صلاة');

/** The prayer a claim times its event by (`صلاة ظهر اليوم`, `صلاة العصر`), with its words, or null. */
const prayerOf = once((f: ClaimFeatures): { key: string; text: string } | null => {
  for (let k = 1; k < f.tokens.length; k += 1) {
    if (!cliticFree(f.tokens[k - 1].norm).includes(PRAYER_NOUN)) continue;
    const key = PRAYERS.get(f.tokens[k].norm);
    if (key) return { key, text: `${f.tokens[k - 1].text} ${f.tokens[k].text}` };
  }
  return null;
});

/**
 * True when both claims date what they tell to a day (a date or a weekday), the pair may compare
 * those days, and they share none (`وقتل ثمانية مدنيين في الغارات السبت` / `وأسفرت الغارات والقصف الجمعة عن مقتل
 * أربعين مدنيا`): two days' tolls, two reports, whatever else differs in the wording.
 */
export function daysApart(a: ClaimFeatures, b: ClaimFeatures): boolean {
  const days = (f: ClaimFeatures, other: ClaimFeatures) => f.claim.dates.filter((d) => (d.precision === 'day' || d.precision === 'weekday') && comparable(f, d, other));
  const [da, db] = [days(a, b), days(b, a)];
  const one = (x: DateMention, y: DateMention) => (x.iso !== null && y.iso !== null ? sameDay(x, y) : normalizeText(x.text) === normalizeText(y.text));
  return da.length > 0 && db.length > 0 && !da.some((x) => db.some((y) => one(x, y)));
}

/** 2. Dates: days that differ; a coarser date or a year only when swapped in one slot; two prayers as the time of one event. */
export function dateCues(a: ClaimFeatures, b: ClaimFeatures, diff: WordDiff): Conflict[] {
  const [pa, pb] = [prayerOf(a), prayerOf(b)];
  if (pa && pb && pa.key !== pb.key) return [{ kind: 'date', a: pa.text, b: pb.text }];
  const days = (f: ClaimFeatures, other: ClaimFeatures) => f.claim.dates.filter((d) => d.precision === 'day' && d.iso && comparable(f, d, other));
  const [da, db] = [days(a, b), days(b, a)];
  if (da.length > 0 && db.length > 0) {
    const onlyA = da.filter((d) => !db.some((e) => sameDay(d, e)));
    const onlyB = db.filter((d) => !da.some((e) => sameDay(d, e)));
    if (onlyA.length > 0 && onlyB.length > 0 && onlyA.length === da.length) return [{ kind: 'date', a: onlyA[0].text, b: onlyB[0].text }];
  }
  for (const h of diff.hunks) {
    if (h.removed.length > 3 || h.added.length > 3) continue;
    const x = a.claim.dates.find((d) => inHunk(d, h.removed) && comparable(a, d, b));
    const y = b.claim.dates.find((d) => inHunk(d, h.added) && comparable(b, d, a));
    // A day the other claim also gives elsewhere (a range, بين 12 و19 حزيران, against بداية من 12 يونيو) is no rival.
    // So is a year or month the other claim also names (more in 2020 than in 2019 / from 2019, ... in 2020).
    const elsewhere = (d: DateMention, other: ClaimFeatures) =>
      d.precision === 'day' ? other.claim.dates.some((e) => e.precision === 'day' && sameDay(d, e)) : d.iso !== null && other.claim.dates.some((e) => e.precision === d.precision && e.iso === d.iso);
    if (x && y && x.precision === y.precision && (x.iso ?? x.text) !== (y.iso ?? y.text) && !(x.precision === 'day' && sameDay(x, y)) && !elsewhere(x, b) && !elsewhere(y, a)) {
      // A weekday and a date of the same day are one day; an unresolved weekday is compared by name.
      return [{ kind: 'date', a: x.text, b: y.text }];
    }
    const ma = h.removed.find((t) => monthOf(t) !== null);
    const mb = h.added.find((t) => monthOf(t) !== null);
    if (ma && mb && monthOf(ma) !== monthOf(mb) && !inUncompared(a, ma, b) && !inUncompared(b, mb, a) && !b.tokens.some((t) => monthOf(t) === monthOf(ma)) && !a.tokens.some((t) => monthOf(t) === monthOf(mb))) {
      return [{ kind: 'date', a: ma.text, b: mb.text }];
    }
    if (h.removed.length === 1 && h.added.length === 1) {
      const [p, q] = [h.removed[0], h.added[0]];
      // A year the other claim names too (4,901 more in 2020 than in 2019 / an increase from 2019, with 4,901 more in 2020) is no swap.
      const named = (f: ClaimFeatures, y: Token) => f.tokens.some((t) => t.norm === y.norm);
      if (YEAR.test(p.norm) && YEAR.test(q.norm) && p.norm !== q.norm && !inUncompared(a, p, b) && !inUncompared(b, q, a) && !named(b, p) && !named(a, q)) return [{ kind: 'date', a: p.text, b: q.text }];
    }
  }
  return [];
}
