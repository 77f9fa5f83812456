// Who says a claim: the speaker, the reporting verb as written and the channel, for Arabic (mostly verb-first) and English.
import type { Attribution, Language } from '../types.js';
import { hasArabic, normalizeText, normalizeWithMap } from '../text/normalize.js';
import { REPORTING_VERBS, type ReportingVerb } from './lexicons/reporting-verbs.js';
import {
  AR_COMPLEMENTIZERS, AR_BOUNDARY_WORDS, AR_TIME_WORDS, AR_CHANNEL_MARKERS, AR_CHANNEL_FILLERS,
  AR_CITING_MARKERS, AR_STATEMENT_WORDS, AR_SOURCE_NOUNS, EN_CLAUSE_WORDS, EN_VERB_MODIFIERS,
  EN_TIME_WORDS, EN_PRONOUNS, EN_DETERMINERS, EN_SOURCE_NOUNS, EN_OUTLET_NOUNS, EN_STATEMENT_WORDS,
} from './lexicons/attribution-words.js';
import { AR_OUTLET_NOUNS, AR_POST_NATIONALITY, AR_NOT_NAMES } from './lexicons/entity-words.js';
import { AR_GIVEN_NAMES } from './lexicons/gazetteer.js';
import { matchEntities, isNisba, isQuoteMark, closingQuote, isTitle, isTitleWord, type EntityMatch } from './entities.js';
import { findQuotes } from './quotes.js';
import { foldName, scanWords, withoutConjunction, prepositionPrefix, type WordToken } from './names.js';

export { REPORTING_VERBS } from './lexicons/reporting-verbs.js';
export type { ReportingVerb, ReportingStance } from './lexicons/reporting-verbs.js';

/**
 * Finds who says the sentence `text.slice(start, end)`: the speaker as written, its folded key,
 * the reporting verb as written (without a leading و/ف) and the channel it came through.
 * A verb without a subject (`وأضاف أن`) takes the speaker of `previous`, the attribution of the
 * claim before. Returns null when the sentence names no speaker, verb or channel.
 */
export function findAttribution(
  text: string,
  start: number,
  end: number,
  language: Language,
  previous: Attribution | null = null,
): Attribution | null {
  const lang = language === 'unknown' ? (hasArabic(text.slice(start, end)) ? 'ar' : 'en') : language;
  const tokens = scanWords(text, start, end);
  if (!tokens.some((t) => t.isWord)) return null;
  const quoted = new Set<number>();
  for (const q of findQuotes(text, start, end)) {
    tokens.forEach((t, i) => {
      if (t.start >= q.start && t.end <= q.end) quoted.add(i);
    });
  }
  const entities = matchEntities(text, tokens, lang);
  const byFrom = new Map(entities.map((e) => [e.from, e]));
  const byTo = new Map(entities.map((e) => [e.to, e]));
  const ctx: Ctx = { text, tokens, entities, byFrom, byTo, quoted, previous, lang };
  return attribute(ctx, lang === 'ar' ? ARABIC : ENGLISH);
}

// ---------------------------------------------------------------------------------------------
// The shared recipe; each language supplies how to find verbs, subjects and channels.

interface Ctx {
  text: string;
  tokens: WordToken[];
  entities: EntityMatch[];
  /** Entities by their first token and by the token after their last. */
  byFrom: Map<number, EntityMatch>;
  byTo: Map<number, EntityMatch>;
  /** Token indexes inside quotations: a verb there belongs to the quoted speech. */
  quoted: Set<number>;
  previous: Attribution | null;
  lang: 'ar' | 'en';
}

/** Tokens `from`..`to` (exclusive). */
interface Phrase {
  from: number;
  to: number;
  /** Where the phrase starts in the text when its first word carries a preposition (`لروايات`). */
  startAt?: number;
}

interface VerbHit {
  index: number;
  /** As written, without a leading conjunction. */
  text: string;
  entry: ReportingVerb;
  /** A present-tense form (يقول, تدعو, says). */
  imperfect: boolean;
}

/** True when no word comes before the token: the verb opens the sentence. */
const opensSentence = (ctx: Ctx, i: number): boolean => !ctx.tokens.slice(0, i).some((t) => t.isWord);

interface Channels {
  /** Where the claim came from: `أكسيوس`, `البيان الأميركي`, `statement`. */
  channel: string | null;
  /** A speaker the sentence cites through the channel: `نقلاً عن مسؤول إسرائيلي`, `citing officials`. */
  cited: Phrase | null;
  /** An agency in the dateline (`(شينخوا)`, `(Reuters) -`): the channel of a statement the sentence reports. */
  dateline: string | null;
}

interface Grammar {
  verbs(ctx: Ctx): VerbHit[];
  subjectBefore(ctx: Ctx, v: VerbHit): Phrase | null;
  subjectAfter(ctx: Ctx, v: VerbHit): Phrase | null;
  /** True when the verb, lacking a subject, still reports: it continues the speaker before it. */
  inherits(ctx: Ctx, v: VerbHit): boolean;
  /** For a verb without a subject in mid-sentence: the clause's actor before it. */
  actorBefore(ctx: Ctx, v: VerbHit): Phrase | null;
  channels(ctx: Ctx): Channels;
  /** For a citing verb (`نقلت X عن Y`, `X quoted Y as saying`): Y. */
  citedBy(ctx: Ctx, v: VerbHit, subject: Phrase): Phrase | null;
  /** The token that opens the reported content right after a subject (أن, إن, that). */
  complementAfter(ctx: Ctx, subject: Phrase, v: VerbHit): number;
  isOutlet(ctx: Ctx, p: Phrase): boolean;
  /** A headline's speaker before a colon: `بلينكن: واشنطن ملتزمة ...`. */
  headlineSpeaker(ctx: Ctx): Phrase | null;
  isPronoun(ctx: Ctx, p: Phrase): boolean;
}

function attribute(ctx: Ctx, g: Grammar): Attribution | null {
  const verbs = g.verbs(ctx);
  const found = g.channels(ctx);
  // A dateline alone does not attribute a sentence: the outlet's own lead is not a statement.
  if (verbs.length > 0) found.channel ??= found.dateline;

  // 1. The first reporting verb with an explicit subject, before it (`أن بلينكن قال`, `Blinken said`)
  //    or after it (`وقال بلينكن`, `said Blinken`).
  let main: { v: VerbHit; subject: Phrase } | null = null;
  for (const v of verbs) {
    const subject = g.subjectBefore(ctx, v) ?? g.subjectAfter(ctx, v);
    if (subject && !g.isPronoun(ctx, subject)) {
      main = { v, subject };
      break;
    }
    // `وأضاف أن بلينكن شدد ...`, `He added that Blinken said ...`: what follows a verb that
    // continues the previous speaker is that speaker's content.
    if (g.inherits(ctx, v)) break;
  }

  if (main) {
    let speaker: Phrase | null = main.subject;
    let verb = main.v.text;
    let channel: string | null = null;
    const cited = main.v.entry.cites ? g.citedBy(ctx, main.v, main.subject) : null;
    if (cited) {
      // 2. `نقلت وكالة رويترز عن مسؤول`: the subject is the channel, the cited one the speaker.
      channel = outletName(ctx, main.subject);
      speaker = cited;
    } else if (g.isOutlet(ctx, main.subject)) {
      // 3. An outlet that reports: it is the channel. What it reports may name the speaker:
      //    `نقلاً عن مسؤول إسرائيلي` or `كشفت قناة 13 أن بلينكن قال`.
      channel = outletName(ctx, main.subject);
      if (found.cited) speaker = found.cited;
      else {
        const inner = embedded(ctx, g, main.subject, main.v, verbs);
        if (inner) {
          speaker = inner.subject;
          verb = inner.v.text;
        }
      }
    } else if (found.cited) {
      // `قال مسؤول، نقلاً عن ...` is rare; the cited speaker still says it through the subject.
      channel = phraseText(ctx, main.subject);
      speaker = found.cited;
    }
    return make(ctx, speaker, verb, channel ?? found.channel);
  }

  // 4. A verb without a subject: the clause's actor (`أطلع هاليفي بلينكن ...، موضحاً`); for a verb
  //    that opens the sentence the previous claim's speaker (`وأضاف أن ...`); else no speaker.
  let unknown: VerbHit | null = null;
  for (const v of verbs) {
    const actor = g.actorBefore(ctx, v);
    if (actor) return make(ctx, actor, v.text, found.channel);
    if (found.cited) return make(ctx, found.cited, v.text, found.channel);
    if (g.inherits(ctx, v)) {
      const prev = ctx.previous;
      if (prev && prev.speaker) {
        return { speaker: prev.speaker, speakerKey: prev.speakerKey, verb: v.text, channel: found.channel ?? prev.channel };
      }
      return { speaker: null, speakerKey: null, verb: v.text, channel: found.channel };
    }
    // An imperfect verb inside an Arabic sentence describes (`قراراً يدعو إلى`); an English verb
    // without a subject is an adjective (`the reported attack`).
    if (ctx.lang === 'ar' && !v.imperfect) unknown ??= v;
  }
  if (unknown) return { speaker: null, speakerKey: null, verb: unknown.text, channel: found.channel };

  // 5. No verb: a headline's `X: ...`, a cited source, or a channel alone (`وفق البيان الأميركي`).
  const headline = g.headlineSpeaker(ctx);
  if (headline) return make(ctx, headline, null, found.channel);
  if (found.cited) return make(ctx, found.cited, null, found.channel);
  if (found.channel) return { speaker: null, speakerKey: null, verb: null, channel: found.channel };
  return null;
}

/** The speaker of what an outlet reports, when the report opens with a speaker and a speech
 * verb: `كشفت قناة 13 أن بلينكن قال`, `Channel 13 reported that Blinken said`. Not for verbs of
 * telling (`أن بلينكن أبلغ نتنياهو`): that the telling happened is what the outlet reports. */
function embedded(
  ctx: Ctx,
  g: Grammar,
  subject: Phrase,
  v: VerbHit,
  verbs: VerbHit[],
): { v: VerbHit; subject: Phrase } | null {
  const c = g.complementAfter(ctx, subject, v);
  if (c < 0) return null;
  for (const inner of verbs) {
    if (inner.index <= c || inner.entry.addressee) continue;
    const s = g.subjectBefore(ctx, inner);
    if (s && s.from === c + 1 && !g.isPronoun(ctx, s)) return { v: inner, subject: s };
  }
  return null;
}

function make(ctx: Ctx, speaker: Phrase | null, verb: string | null, channel: string | null): Attribution {
  return {
    speaker: speaker ? phraseText(ctx, speaker) : null,
    speakerKey: speaker ? speakerKey(ctx, speaker) : null,
    verb,
    channel,
  };
}

/** The speaker's key: its last person's name (بلينكن for `وزير الخارجية الأمريكي أنتوني بلينكن`),
 * else its last named organisation or outlet, else the whole phrase folded. */
function speakerKey(ctx: Ctx, p: Phrase): string {
  const inside = ctx.entities.filter((e) => e.from >= p.from && e.to <= p.to);
  const person = inside.filter((e) => e.type === 'person').pop();
  const named = person ?? inside.filter((e) => e.type !== 'place').pop() ?? inside.pop();
  if (named) return named.key;
  // The phrase as shown (without its conjunction or preposition), folded word by word.
  const words = normalizeText(phraseText(ctx, p))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !(ctx.lang === 'en' && EN_DETERMINER_SET.has(w)));
  return foldName(words.join(' '));
}

/** The phrase as written: without a leading conjunction or clitic, and without quotation marks
 * around it (`"أوتشا"` -> `أوتشا`). */
function phraseText(ctx: Ctx, p: Phrase): string {
  let from = p.from;
  let to = p.to;
  while (from < to && !ctx.tokens[from].isWord) from += 1;
  while (to > from && !ctx.tokens[to - 1].isWord) to -= 1;
  if (from >= to) return '';
  const first = ctx.tokens[from];
  let s = first.start;
  const entity = entityAt(ctx, from);
  if (entity && entity.start > first.start) s = entity.start;
  else if (p.startAt !== undefined) s = p.startAt;
  else if (first.isArabic && /^[وف]?ل/.test(first.norm) && !isActorWord(first.norm) && isActorWord(first.norm.replace(/^[وف]?ل/, ''))) {
    // `وفقا لوكالة أنباء نوفوستي`: the channel is the agency, without ل.
    s = first.start + normalizeWithMap(first.text).offsets[first.norm.indexOf('ل') + 1];
  }
  else if (first.isArabic && /^[وف]/.test(first.norm) && !isActorWord(first.norm) && isActorWord(withoutConjunction(first.norm))) {
    s = first.start + normalizeWithMap(first.text).offsets[1];
  }
  let e = ctx.tokens[to - 1].end;
  // Keep a closing mark whose opening mark is inside: `موقع "أكسيوس"`.
  const inside = ctx.text.slice(s, e);
  const next = ctx.tokens[to];
  const unbalanced = (inside.split('"').length - 1) % 2 === 1 || inside.split('«').length > inside.split('»').length;
  if (unbalanced && next && isQuoteMark(next)) e = next.end;
  return ctx.text.slice(s, e);
}

/** The outlet's name in a phrase (`أكسيوس` in `موقع "أكسيوس" الأمريكي`), else the phrase. */
function outletName(ctx: Ctx, p: Phrase): string {
  const outlet = ctx.entities.find((e) => e.from >= p.from && e.to <= p.to && e.outlet);
  return outlet ? outlet.text : phraseText(ctx, p);
}

const entityAt = (ctx: Ctx, k: number): EntityMatch | undefined => ctx.byFrom.get(k);
const entityEndingAt = (ctx: Ctx, k: number): EntityMatch | undefined => ctx.byTo.get(k + 1);
const isComma = (t: WordToken | undefined): boolean => t !== undefined && !t.isWord && (t.text === '،' || t.text === ',');

/** The verb as written without the conjunction its first `cut` normalized letters are. */
function verbText(t: WordToken, cut: number): string {
  return cut === 0 ? t.text : t.text.slice(normalizeWithMap(t.text).offsets[cut]);
}

// ---------------------------------------------------------------------------------------------
// Arabic.

const set = (words: string[]): Set<string> => new Set(words.map(normalizeText));
const AR_VERBS = new Map<string, ReportingVerb>();
const EN_VERBS = new Map<string, ReportingVerb>();
for (const entry of REPORTING_VERBS) {
  for (const form of entry.forms) (entry.language === 'ar' ? AR_VERBS : EN_VERBS).set(normalizeText(form), entry);
}
/** Present-tense forms: يقول and تقول are both listed, تابع (a past form starting with ت) has no pair. */
const AR_IMPERFECT = new Set(
  [...AR_VERBS.keys()].filter((f) => /^[يت]/.test(f) && AR_VERBS.has('ي' + f.slice(1)) && AR_VERBS.has('ت' + f.slice(1))),
);
const COMPLEMENTIZERS = set(AR_COMPLEMENTIZERS);
const BOUNDARY = set(AR_BOUNDARY_WORDS);
const TIME_WORDS = set(AR_TIME_WORDS);
const CHANNEL_MARKERS = set(AR_CHANNEL_MARKERS);
const CHANNEL_FILLERS = set(AR_CHANNEL_FILLERS);
const CITING_MARKERS = set(AR_CITING_MARKERS);
const STATEMENT_WORDS = set(AR_STATEMENT_WORDS);
const SOURCE_NOUNS = set(AR_SOURCE_NOUNS);
const OUTLET_NOUNS = set(AR_OUTLET_NOUNS);
const POST_NATIONALITY = set(AR_POST_NATIONALITY);
const GIVEN_NAMES = set(AR_GIVEN_NAMES);
const NOT_NAME_WORDS = set(AR_NOT_NAMES);
/** Words that may open a sentence before its verb: `كما أكد`, `بدوره قال`. */
const OPENERS = set(['كما', 'فيما', 'بدوره', 'بدورها', 'بدورهم', 'قد', 'وقد', 'ثم', 'كذلك', 'وكذلك', 'بينما', 'أيضا']);
const RELATIVES = set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي']);
const NEXT_COMPLEMENT = set(['على', 'إلى', 'الى', 'عن', 'من', 'بأن', 'أن', 'إن']);
const KAN = set(['كان', 'وكان', 'كانت', 'وكانت', 'فكان']);
const MODALS = set(['أن', 'ان', 'لن', 'لم', 'قد', 'سوف', 'وقد', 'ولن', 'ولم']);
const EMPHATIC = set(['ذاته', 'ذاتها', 'نفسه', 'نفسها', 'نفسهم', 'ذاتهم']);
const RESUMPTIVE = set(['فيه', 'فيها']);

/** True when a complementizer, a preposition that opens reported content, a colon or a quote comes next. */
function complementNext(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i + 1];
  return t !== undefined && (COMPLEMENTIZERS.has(t.norm) || NEXT_COMPLEMENT.has(t.norm) || t.text === ':' || isQuoteMark(t));
}

/** True when a subject can start at `k`: a name, a title, a source or outlet noun (`مسؤول`,
 * `مصادر`, `موقع`), a given name. */
function startsActor(ctx: Ctx, k: number): boolean {
  const e = entityAt(ctx, k);
  if (e && !hasPrepClitic(ctx, k)) return true;
  const t = ctx.tokens[k];
  // Both forms: وزراء is a word of its own, ومسؤولون is و + مسؤولون.
  return isTitle(ctx.tokens, k) || [t.norm, withoutConjunction(t.norm)].some(isActorWord);
}

/** True for a title, source, outlet noun or given name as a word on its own. */
function isActorWord(norm: string): boolean {
  return isTitleWord(norm) || SOURCE_NOUNS.has(norm) || OUTLET_NOUNS.has(norm) || GIVEN_NAMES.has(norm);
}

/** True when the token at `k` carries a preposition clitic before a name (`لنتنياهو`, `بغزة`),
 * the article (`للشؤون`) or an outlet or source noun (`لوكالة`, `لمصادر`). */
function hasPrepClitic(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t.isArabic) return false;
  const m = /^[وف]?[لب](.+)$/.exec(t.norm);
  if (m && !isActorWord(t.norm) && isActorWord(m[1])) return true;
  const e = entityAt(ctx, k);
  if (e && e.start > t.start) {
    const prefix = normalizeText(ctx.text.slice(t.start, e.start));
    return /[لبك]/.test(prefix);
  }
  return prepositionPrefix(t.norm) > 0;
}

/** A word after which a verb's subject cannot go on. */
function stopsSubject(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t.isArabic) return !t.isWord;
  const bare = withoutConjunction(t.norm);
  return (
    COMPLEMENTIZERS.has(t.norm) || BOUNDARY.has(t.norm) || TIME_WORDS.has(t.norm) || TIME_WORDS.has(bare) ||
    AR_VERBS.has(t.norm) || AR_VERBS.has(bare) || CHANNEL_MARKERS.has(bare) || hasPrepClitic(ctx, k) ||
    /^\p{N}/u.test(t.text)
  );
}

/** The subject phrase starting at `k`: a name, a title with its descriptors and name, a source
 * (`مسؤول إسرائيلي مطلع`), an outlet (`موقع "أكسيوس" الأمريكي`, `قناة 13 الإسرائيلية`). */
function arabicPhrase(ctx: Ctx, k: number): Phrase | null {
  const { tokens } = ctx;
  const from = k;
  let words = 0;
  let afterNationality = false;
  let person = false;
  let named = false;
  // A phrase that opens with a plain name ends where a title starts its apposition
  // (`علي أكبر ولايتي مستشار المرشد`).
  const plainStart = !isTitle(tokens, from) && !startsActor(ctx, from) && tokens[from].isWord;
  // After a definite source noun only definite adjectives follow (`الحركة الإسلامية`, not
  // `الحركة حل نفسها`); after an indefinite one anything (`مسؤول إسرائيلي مطلع`, `مسؤولو المحكمة`).
  const definite = tokens[from].isWord && withoutConjunction(tokens[from].norm).startsWith('ال') &&
    !isTitle(tokens, from) && !entityAt(ctx, from);
  while (k < tokens.length && words < 12) {
    const t = tokens[k];
    if (!t.isWord) {
      // A short name in quotation marks: `"أكسيوس"`, `موقع "أكسيوس"`, `مدير "الشاباك"`.
      if (isQuoteMark(t) && !person) {
        const close = closingQuote(tokens, k, 3);
        const quotedName = close > 0 && (entityAt(ctx, k + 1) !== undefined || k > from);
        const leading = close > 0 && k === from && (COMPLEMENTIZERS.has(tokens[close + 1]?.norm ?? '') || tokens[close + 1]?.text === ':');
        if (quotedName || leading) {
          k = close + 1;
          words += 1;
          continue;
        }
      }
      break;
    }
    const e = entityAt(ctx, k);
    if (e && !hasPrepClitic(ctx, k)) {
      if (person && !/^[وف]/.test(t.norm)) break;
      k = e.to;
      words += e.to - e.from;
      person = e.type === 'person';
      named = !person;
      continue;
    }
    if (k > from && (stopsSubject(ctx, k) || (plainStart && isTitle(tokens, k)))) break;
    // After a name, only `و` + another speaker continues (`جالانت ومسؤولون إسرائيليون آخرون`);
    // after an organisation, also its adjectives (`قناة 13 الإسرائيلية`).
    const joins = /^[وف]/.test(t.norm) && startsActor(ctx, k);
    if (person && !joins) break;
    if (named && !joins && !isNisba(t.norm) && !POST_NATIONALITY.has(t.norm)) break;
    if (joins) person = named = false;
    if (definite && k > from && !joins && !t.norm.startsWith('ال') && !EMPHATIC.has(t.norm)) break;
    if (isNisba(t.norm)) afterNationality = true;
    else if (afterNationality && t.norm.startsWith('ال') && !POST_NATIONALITY.has(t.norm)) break;
    k += 1;
    words += 1;
  }
  if (k === from) return null;
  // A name set off by commas after a title phrase without one: `وزير الخارجية الأميركي، أنتوني بلينكن،`.
  if (!person && isTitle(tokens, from)) {
    const name = ctx.entities.find((e) => e.type === 'person' && e.phraseFrom === from && e.from >= k);
    if (name && name.from - k <= 8) k = name.to;
  }
  return { from, to: k };
}

const ARABIC: Grammar = {
  verbs(ctx) {
    const hits: VerbHit[] = [];
    ctx.tokens.forEach((t, i) => {
      if (!t.isArabic || ctx.quoted.has(i)) return;
      let cut = 0;
      let entry = AR_VERBS.get(t.norm);
      if (!entry && /^[وف]/.test(t.norm)) {
        entry = AR_VERBS.get(t.norm.slice(1));
        cut = 1;
      }
      if (!entry) return;
      if (entry.ambiguous && !complementFollows(ctx, i)) return;
      const written = verbText(t, cut);
      // A damma on the first letter marks the passive (أُعلنت وفاة ...): nobody is reporting.
      if (written[1] === '\u064F') return;
      // In a relative clause (`الذي أعلن رحيله`) or a channel phrase (`حسب ما أعلنت الوكالة`); an
      // imperfect after أن, لن, لم, قد is a plan or a possibility (`من المتوقع أن يعلن`), not a report.
      const before = ctx.tokens[i - 1];
      if (before && (RELATIVES.has(before.norm) || before.norm === 'ما' || before.norm === 'لما')) return;
      const imperfect = AR_IMPERFECT.has(t.norm.slice(cut));
      if (imperfect && before && MODALS.has(before.norm)) return;
      // A feminine participle doubles as an adjective or a noun (معلومات مؤكدة, مضيفة): only with
      // its complement right after it.
      const form = t.norm.slice(cut);
      if (/ه$/.test(form) && (form[0] === 'م' || form[1] === 'ا') && !complementNext(ctx, i)) return;
      hits.push({ index: i, text: written, entry, imperfect });
    });
    return hits;
  },

  subjectBefore(ctx, v) {
    let k = v.index - 1;
    if (isComma(ctx.tokens[k])) k -= 1;
    if (k < 0) return null;
    // A name ending right before the verb (`أن بلينكن قال`), with its title phrase.
    const e = entityEndingAt(ctx, k);
    if (e) {
      const from = e.phraseFrom;
      const b = ctx.tokens[from - 1];
      if (from > 0 && !(COMPLEMENTIZERS.has(b.norm) || KAN.has(b.norm))) return null;
      if (hasPrepClitic(ctx, e.from)) return null;
      return { from, to: k + 1 };
    }
    // A source opening the sentence or the clause: `فالحكومة النمساوية أكدت`, `أن المسؤولين قالوا`.
    let b = k;
    while (b > 0 && ctx.tokens[b - 1].isWord && !COMPLEMENTIZERS.has(ctx.tokens[b - 1].norm) && !KAN.has(ctx.tokens[b - 1].norm) && k - b < 4) b -= 1;
    if (b > 0 && !(COMPLEMENTIZERS.has(ctx.tokens[b - 1].norm) || KAN.has(ctx.tokens[b - 1].norm))) return null;
    if (!startsActor(ctx, b)) return null;
    const p = arabicPhrase(ctx, b);
    return p && p.to === k + 1 ? p : null;
  },

  subjectAfter(ctx, v) {
    let k = v.index + 1;
    if (k < ctx.tokens.length && RESUMPTIVE.has(ctx.tokens[k].norm)) k += 1;
    const t = ctx.tokens[k];
    if (t === undefined) return null;
    if (t.isWord) {
      if (stopsSubject(ctx, k)) return null;
      if (!startsActor(ctx, k)) return shortSubject(ctx, k);
    } else if (!isQuoteMark(t)) return null;
    return arabicPhrase(ctx, k);
  },

  inherits(ctx, v) {
    // Only a verb that opens the sentence continues the previous speaker (`وأضاف أن`, `من جانبه،
    // أكد أن`); inside a sentence its subject is the clause's (see actorBefore), and an imperfect
    // verb there describes (`قراراً يدعو إلى`).
    if (opensSentence(ctx, v.index)) return true;
    if (v.imperfect) return false;
    const before = ctx.tokens[v.index - 1];
    if (before && before.isArabic && OPENERS.has(before.norm)) return opensSentence(ctx, v.index - 1);
    // A fronted phrase of a few words closed by a comma: `من جانبه،`, `وخلال اللقاء،`.
    return isComma(before) && ctx.tokens.slice(0, v.index - 1).filter((t) => t.isWord).length <= 5 &&
      !ctx.tokens.slice(0, v.index - 1).some((t) => t.isArabic && AR_VERBS.has(withoutConjunction(t.norm)));
  },

  actorBefore(ctx, v) {
    // An imperfect verb inside the sentence describes rather than reports.
    if (v.imperfect) return null;
    for (let k = 0; k < v.index; k += 1) {
      const t = ctx.tokens[k];
      if (!t.isArabic || ctx.quoted.has(k) || hasPrepClitic(ctx, k)) continue;
      const prev = ctx.tokens[k - 1];
      if (prev && prev.isArabic && BOUNDARY.has(prev.norm)) continue;
      const e = entityAt(ctx, k);
      // A person or a title anywhere before; any source right after the first word, where the
      // subject of a verb-first sentence stands (`ورحبت الحكومة الإسبانية ... وقالت إن`).
      const subjectSlot = k === 1 && ctx.tokens[0].isArabic && startsActor(ctx, k);
      if ((e && e.type === 'person') || isTitle(ctx.tokens, k) || subjectSlot) {
        const p = arabicPhrase(ctx, e ? e.phraseFrom : k);
        if (p && p.to <= v.index) return p;
      }
    }
    return null;
  },

  channels(ctx) {
    const { tokens } = ctx;
    let channel: string | null = null;
    let cited: Phrase | null = null;
    let outletTo: string | null = null;
    let dateline: string | null = null;
    let statement: string | null = null;
    for (let i = 0; i < tokens.length; i += 1) {
      const t = tokens[i];
      if (ctx.quoted.has(i) || !t.isWord) {
        // A dateline: `(شينخوا)` near the start.
        if (t.text === '(' && i < 10 && dateline === null) {
          const e = entityAt(ctx, i + 1);
          if (e && e.outlet && tokens[e.to]?.text === ')') dateline = e.text;
        }
        continue;
      }
      const bare = withoutConjunction(t.norm);
      // `وفق X`, `بحسب X`, `حسبما ذكر X`, `وفقاً لما جاء في X`.
      if (CHANNEL_MARKERS.has(t.norm) || CHANNEL_MARKERS.has(bare)) {
        let j = i + 1;
        while (j < tokens.length && tokens[j].isWord && CHANNEL_FILLERS.has(tokens[j].norm)) j += 1;
        // `حسب ما تكتبه الصحيفة`: the verb after ما is no part of the channel.
        if (/^ل?ما$/.test(tokens[j - 1]?.norm ?? '') && tokens[j]?.isArabic && !tokens[j].norm.startsWith('ال') && !entityAt(ctx, j)) j += 1;
        // `حسب ما ذكرت صحيفة "غارديان" البريطانية`: a named outlet reads like a subject.
        const p = j < tokens.length && tokens[j].isWord && startsActor(ctx, j) ? arabicPhrase(ctx, j) : channelPhrase(ctx, j);
        if (p) {
          if (isSourcePhrase(ctx, p) && cited === null) cited = p;
          else if (channel === null) channel = outletName(ctx, p);
        }
        continue;
      }
      // `نقلاً عن X`: X is the speaker.
      if (CITING_MARKERS.has(bare) && tokens[i + 1]?.norm === 'عن') {
        const p = arabicPhrase(ctx, i + 2);
        if (p && cited === null) cited = p;
        continue;
      }
      // `لـ"أكسيوس"`, `لوكالة رويترز`: told to an outlet.
      if (outletTo === null && (t.norm === 'ل' || /^[وف]?ل/.test(t.norm))) {
        const k = t.norm === 'ل' ? (isQuoteMark(tokens[i + 1]) ? i + 2 : i + 1) : i;
        const e = entityAt(ctx, k);
        if (e && e.outlet) outletTo = e.text;
        // `لوكالة الأنباء الفرنسية`: an outlet noun with ل.
        else if (t.norm !== 'ل' && OUTLET_NOUNS.has(t.norm.replace(/^[وف]?ل/, ''))) {
          const p = channelPhrase(ctx, i);
          if (p) outletTo = phraseText(ctx, p);
        }
      }
      // `في بيان`, `في بيان لاحق`.
      if (statement === null && STATEMENT_WORDS.has(t.norm) && tokens[i - 1]?.norm === 'في') {
        const next = tokens[i + 1];
        const adjective = next && next.isArabic && !stopsSubject(ctx, i + 1);
        statement = ctx.text.slice(t.start, adjective ? next.end : t.end);
      }
    }
    return { channel: channel ?? outletTo ?? statement, dateline, cited };
  },

  citedBy(ctx, _v, subject) {
    for (let k = subject.to; k < subject.to + 4 && k < ctx.tokens.length; k += 1) {
      if (ctx.tokens[k].norm === 'عن') return arabicPhrase(ctx, k + 1);
    }
    return null;
  },

  complementAfter(ctx, subject) {
    let k = subject.to;
    if (isComma(ctx.tokens[k])) k += 1;
    const t = ctx.tokens[k];
    return t && COMPLEMENTIZERS.has(t.norm) ? k : -1;
  },

  isOutlet(ctx, p) {
    if (ctx.entities.some((e) => e.from >= p.from && e.to <= p.to && e.outlet)) return true;
    const first = ctx.tokens[p.from];
    return [first.norm, withoutConjunction(first.norm)].some((f) => OUTLET_NOUNS.has(f) || STATEMENT_WORDS.has(f));
  },

  headlineSpeaker(ctx) {
    const colon = ctx.tokens.findIndex((t) => t.text === ':');
    if (colon <= 0 || colon > 5) return null;
    // A name, a country or an organisation, alone before the colon (not `وتابع:`).
    const named = ctx.entities.some((e) => e.from === 0 && e.to === colon);
    return named ? { from: 0, to: colon } : null;
  },

  isPronoun() {
    return false;
  },
};

/** An unknown subject of up to three words that the complement follows at once: `وقال مراسلون
 * إنه`, `وأكدت الدراسة أن` (not `وأكد التزام الولايات المتحدة باستخدام ...`, an object). */
function shortSubject(ctx: Ctx, k: number): Phrase | null {
  const { tokens } = ctx;
  const from = k;
  // The previous speaker named again by surname: `وقال هاموند لبرنامج ...`.
  const prevKey = ctx.previous?.speakerKey;
  if (prevKey && foldName(tokens[k].norm) === prevKey.split(' ').pop()) return { from, to: k + 1 };
  while (k < tokens.length && k - from < 3 && tokens[k].isArabic && !stopsSubject(ctx, k)) k += 1;
  if (k === from) return null;
  const comma = isComma(tokens[k]);
  const c = comma ? k + 1 : k;
  if (COMPLEMENTIZERS.has(tokens[c]?.norm ?? '')) return { from, to: k };
  // Over a short prepositional or time phrase: `وصرح فالفيردي بعد المباراة أن`; a partitive
  // `من` belongs to the subject: `وقالت ثلاثة من فصائل منظمة التحرير إنها`.
  const phrase = tokens[k]?.isArabic && (BOUNDARY.has(tokens[k].norm) || TIME_WORDS.has(tokens[k].norm) || hasPrepClitic(ctx, k));
  if (!comma && k - from <= 2 && phrase) {
    // Up to the complement: أن/إن, a colon or a quotation (`وقال كورتس لإذاعة (أو.آر.إف) ... "`).
    for (let j = k + 1; j < tokens.length && j <= k + 14; j += 1) {
      const w = tokens[j];
      if (COMPLEMENTIZERS.has(w.norm)) return { from, to: tokens[k].norm === 'من' ? j : k };
      if (w.text === ':' || isQuoteMark(w)) return { from, to: k };
      if (!w.isWord && !['،', ',', '(', ')', '.'].includes(w.text)) break;
      if (AR_VERBS.has(withoutConjunction(w.norm))) break;
    }
  }
  // A name set off by a comma, or followed by its title: `وقال ماتيس، في`, `قالت تيريزا ماي، رئيسة الوزراء`.
  const plain = tokens.slice(from, k).every((t) => !t.norm.startsWith('ال') && !NOT_NAME_WORDS.has(t.norm));
  if (comma && plain && (k - from === 1 || isTitle(tokens, c))) return { from, to: k };
  return null;
}

/** A reporting verb that doubles as a noun counts only with its complement close behind it. */
function complementFollows(ctx: Ctx, i: number): boolean {
  let words = 0;
  for (let k = i + 1; k < ctx.tokens.length && words <= 12; k += 1) {
    const t = ctx.tokens[k];
    if (!t.isWord) {
      if (t.text === ':' || isQuoteMark(t)) return true;
      if (t.text === '.' || t.text === '؟' || t.text === '?') return false;
      continue;
    }
    words += 1;
    if (COMPLEMENTIZERS.has(t.norm)) return true;
  }
  return false;
}

/** The channel after a marker: words up to a comma, a complementizer, a preposition or the end
 * (`البيان الأميركي`, `المصدر ذاته`, `"أكسيوس"`, `السلطات الصحية`). */
function channelPhrase(ctx: Ctx, j: number): Phrase | null {
  const { tokens } = ctx;
  let k = j;
  if (isQuoteMark(tokens[k])) k += 1;
  const from = k;
  while (k < tokens.length && k - from < 6) {
    const t = tokens[k];
    if (!t.isWord) break;
    const stop = COMPLEMENTIZERS.has(t.norm) || BOUNDARY.has(t.norm) || TIME_WORDS.has(t.norm) || hasPrepClitic(ctx, k) ||
      AR_VERBS.has(withoutConjunction(t.norm));
    if (k > from && stop) break;
    if (!t.isArabic && ctx.lang === 'ar') break;
    k += 1;
  }
  if (k === from) return null;
  // `وفقاً لروايات وسائل الإعلام`: the channel starts after the preposition ل.
  const first = tokens[from];
  if (first.isArabic && first.norm.startsWith('ل') && first.norm.length > 3 && !entityAt(ctx, from)) {
    return { from, to: k, startAt: first.start + normalizeWithMap(first.text).offsets[1] };
  }
  return { from, to: k };
}

/** A cited source is a person or an anonymous source (`مسؤول إسرائيلي`), not an outlet or a text. */
function isSourcePhrase(ctx: Ctx, p: Phrase): boolean {
  const inside = ctx.entities.filter((e) => e.from >= p.from && e.to <= p.to);
  if (inside.some((e) => e.outlet)) return false;
  if (inside.some((e) => e.type === 'person')) return true;
  const first = ctx.tokens[p.from];
  if (ctx.lang === 'en') return EN_SOURCE_PEOPLE.has(first.norm) || ctx.tokens.slice(p.from, p.to).some((t) => EN_SOURCE_PEOPLE.has(t.norm));
  // Anonymous people: مسؤول, مصادر, متحدث, دبلوماسي, شهود (not البيان, السلطات).
  return [first.norm, withoutConjunction(first.norm)].some((f) =>
    // `المصدر ذاته` refers back to a channel already named; `مصدر`, `مصادر` are people.
    /^(?:(?:ال)?(?:مسوول|مصادر|متحدث|دبلوماسي|مراسل|شهود|سكان|مسعف)|مصدر)/.test(f),
  );
}

// ---------------------------------------------------------------------------------------------
// English.

const EN_CLAUSE = new Set(EN_CLAUSE_WORDS);
const EN_MODIFIERS = new Set(EN_VERB_MODIFIERS);
const EN_TIME = new Set(EN_TIME_WORDS);
const EN_PRONOUN_SET = new Set(EN_PRONOUNS);
const EN_DETERMINER_SET = new Set(EN_DETERMINERS);
const EN_OUTLET_NOUN_SET = new Set(EN_OUTLET_NOUNS);
const EN_STATEMENT_SET = new Set(EN_STATEMENT_WORDS);
const EN_SOURCE_PEOPLE = new Set(
  EN_SOURCE_NOUNS.filter((w) => !['statement', 'report', 'reports', 'ministry', 'agency', 'government', 'army', 'military', 'police', 'authorities'].includes(w)),
);
const EN_TIME_INTRO = new Set(['on', 'last', 'this', 'late', 'early', 'earlier', 'next']);

/** Skips auxiliaries, adverbs and time phrases before a verb (`Blinken has also said`,
 * `Blinken on Wednesday said`); returns the index of the word before them. */
function skipModifiersBack(tokens: WordToken[], k: number): number {
  while (k >= 0 && tokens[k].isWord) {
    const n = tokens[k].norm;
    if (EN_MODIFIERS.has(n)) k -= 1;
    else if (EN_TIME.has(n)) {
      k -= 1;
      if (k >= 0 && EN_TIME_INTRO.has(tokens[k].norm)) k -= 1;
    } else break;
  }
  return k;
}

const ENGLISH: Grammar = {
  verbs(ctx) {
    const hits: VerbHit[] = [];
    ctx.tokens.forEach((t, i) => {
      // Verbs are written in lower case: `States` in `United States` is no verb.
      if (!t.isWord || t.isArabic || ctx.quoted.has(i) || t.text !== t.text.toLowerCase()) return;
      const entry = EN_VERBS.get(t.norm);
      if (entry) hits.push({ index: i, text: t.text, entry, imperfect: /s$/.test(t.norm) });
    });
    return hits;
  },

  subjectBefore(ctx, v) {
    const { tokens } = ctx;
    let k = skipModifiersBack(tokens, v.index - 1);
    // A parenthesis after the name: `Sen. Richard Blumenthal (D-Conn.) said`.
    if (k >= 0 && tokens[k].text === ')') {
      const open = tokens.slice(0, k).map((t) => t.text).lastIndexOf('(');
      if (open > 0 && k - open < 8) k = skipModifiersBack(tokens, open - 1);
    }
    if (k < 0 || !tokens[k].isWord) return null;
    // `its alleged role`, `the reported attack`, `countries with alleged ties`: an adjective.
    if (EN_DETERMINER_SET.has(tokens[k].norm) || EN_CLAUSE.has(tokens[k].norm)) return null;
    let from = k;
    while (from - 1 >= 0 && k - from < 8) {
      const t = tokens[from - 1];
      const e = entityEndingAt(ctx, from - 1);
      if (e) {
        from = Math.min(e.from, e.phraseFrom);
        continue;
      }
      if (!t.isWord || EN_CLAUSE.has(t.norm) || EN_VERBS.has(t.norm) || EN_PRONOUN_SET.has(t.norm)) break;
      from -= 1;
    }
    const words = tokens.slice(from, k + 1).filter((t) => t.isWord);
    if (!words.some((t) => !EN_DETERMINER_SET.has(t.norm))) return null;
    // `the reported attack`: a phrase of determiners only was rejected above; a lone lower-case word
    // that is neither a source noun nor a pronoun is an object (`the attack that killed`), not a speaker.
    if (words.length === 1 && /^\p{Ll}/u.test(words[0].text) && !EN_SOURCE_PEOPLE.has(words[0].norm) &&
      !EN_PRONOUN_SET.has(words[0].norm) && !EN_SOURCE_NOUNS.includes(words[0].norm)) return null;
    return { from, to: k + 1 };
  },

  subjectAfter(ctx, v) {
    // Inversion after a quotation: `"...," said Blinken`, `said a spokesman for the ministry`.
    const { tokens } = ctx;
    const before = tokens[v.index - 1];
    if ((v.index > 0 && before.isWord) || /ing$/.test(v.text)) return null;
    if (tokens[v.index + 1] && EN_PRONOUN_SET.has(tokens[v.index + 1].norm)) return null;
    // The inverted subject is a name or a noun phrase (`said a spokesman`), not `said ahead of the vote`.
    const first = tokens[v.index + 1];
    if (!first || !first.isWord || !(/^\p{Lu}/u.test(first.text) || EN_DETERMINER_SET.has(first.norm) || EN_SOURCE_NOUNS.includes(first.norm))) {
      return null;
    }
    let k = v.index + 1;
    const from = k;
    while (k < tokens.length && k - from < 8) {
      const t = tokens[k];
      if (!t.isWord) {
        const e = entityAt(ctx, k);
        if (e) {
          k = e.to;
          continue;
        }
        break;
      }
      if (k > from && (EN_CLAUSE.has(t.norm) || EN_TIME.has(t.norm)) && !['of', 'for'].includes(t.norm)) break;
      const e = entityAt(ctx, k);
      k = e ? e.to : k + 1;
    }
    const words = tokens.slice(from, k).filter((t) => t.isWord);
    return words.some((t) => !EN_DETERMINER_SET.has(t.norm)) ? { from, to: k } : null;
  },

  inherits(ctx, v) {
    // A participle (`, saying`) or a pronoun subject (`he added`); `the reported attack` is no report.
    if (/ing$/.test(v.text)) return true;
    const k = skipModifiersBack(ctx.tokens, v.index - 1);
    return k >= 0 && EN_PRONOUN_SET.has(ctx.tokens[k].norm);
  },

  actorBefore(ctx, v) {
    if (!/ing$/.test(v.text)) return null;
    for (const e of ctx.entities) {
      if (e.to > v.index) break;
      const prev = ctx.tokens[e.phraseFrom - 1];
      if (prev && prev.isWord && EN_CLAUSE.has(prev.norm)) continue;
      if (e.type === 'person' || e.type === 'organization') return { from: e.phraseFrom, to: e.to };
    }
    return null;
  },

  channels(ctx) {
    const { tokens } = ctx;
    let channel: string | null = null;
    let cited: Phrase | null = null;
    let statement: string | null = null;
    let dateline: string | null = null;
    for (let i = 0; i < tokens.length; i += 1) {
      const t = tokens[i];
      if (ctx.quoted.has(i)) continue;
      if (t.text === '(' && i < 4 && dateline === null) {
        const e = entityAt(ctx, i + 1);
        if (e && e.outlet && tokens[e.to]?.text === ')') dateline = e.text;
      }
      if (!t.isWord) continue;
      // `according to X`, `citing X`.
      const according = t.norm === 'according' && tokens[i + 1]?.norm === 'to';
      if (according || t.norm === 'citing') {
        const p = englishPhrase(ctx, i + (according ? 2 : 1));
        if (p) {
          if (t.norm === 'citing' || isSourcePhrase(ctx, p)) cited ??= p;
          else channel ??= outletName(ctx, p);
        }
        continue;
      }
      // `told Axios`, `told the Times of Israel`.
      if (t.norm === 'told' || t.norm === 'tells') {
        let k = i + 1;
        if (tokens[k]?.norm === 'the') k += 1;
        const e = entityAt(ctx, k);
        if (e && e.outlet) channel ??= e.text;
      }
      // `in a statement`, `in a joint statement`.
      if (EN_STATEMENT_SET.has(t.norm) && statement === null) {
        let k = i - 1;
        while (k >= 0 && tokens[k].isWord && !EN_DETERMINER_SET.has(tokens[k].norm) && !EN_CLAUSE.has(tokens[k].norm) && i - k < 3) k -= 1;
        if (k >= 0 && EN_DETERMINER_SET.has(tokens[k].norm) && tokens[k - 1]?.norm === 'in') {
          statement = ctx.text.slice(tokens[k + 1].start, t.end);
        }
      }
    }
    return { channel: channel ?? statement, dateline, cited };
  },

  citedBy(ctx, v) {
    // `X quoted Y as saying`.
    const p = englishPhrase(ctx, v.index + 1);
    return p && ctx.tokens[p.to]?.norm === 'as' ? p : null;
  },

  complementAfter(ctx, subject, v) {
    const k = subject.to === v.index ? v.index + 1 : subject.to;
    return ctx.tokens[k]?.norm === 'that' ? k : -1;
  },

  isOutlet(ctx, p) {
    if (ctx.entities.some((e) => e.from >= p.from && e.to <= p.to && e.outlet)) return true;
    return ctx.tokens.slice(p.from, p.to).some((t) => EN_OUTLET_NOUN_SET.has(t.norm));
  },

  headlineSpeaker(ctx) {
    const colon = ctx.tokens.findIndex((t) => t.text === ':');
    if (colon <= 0 || colon > 5) return null;
    return ctx.entities.some((e) => e.to <= colon && e.type !== 'place') ? { from: 0, to: colon } : null;
  },

  isPronoun(ctx, p) {
    const words = ctx.tokens.slice(p.from, p.to).filter((t) => t.isWord);
    return words.length === 1 && EN_PRONOUN_SET.has(words[0].norm);
  },
};

/** An English noun phrase from `k`: up to punctuation or a clause word (`Axios`, `an Israeli official`). */
function englishPhrase(ctx: Ctx, k: number): Phrase | null {
  const { tokens } = ctx;
  const from = k;
  while (k < tokens.length && k - from < 8) {
    const e = entityAt(ctx, k);
    if (e) {
      k = e.to;
      continue;
    }
    const t = tokens[k];
    if (!t.isWord || (EN_CLAUSE.has(t.norm) && !['of', 'for'].includes(t.norm)) || EN_VERBS.has(t.norm)) break;
    k += 1;
  }
  return k > from ? { from, to: k } : null;
}
