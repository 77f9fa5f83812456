// Negation in a claim and between two claims: which words each claim negates (clitics taken off
// the negator: ولم, وعدم, بدون; a denying verb negates its object, not its subject), and whether one
// claim negates what the other states plainly (a conflict) or both negate it (an agreement).
import type { Conflict, Token } from '../../types.js';
import type { ClaimFeatures } from '../../align/features.js';
import { normalizeText } from '../../text/normalize.js';
import { chargingVerbs, denyingVerbRows, eventNouns, partGroupWords, kanaVerbs, lightVerbs, maNegatedVerbPrefixes, negationIdiomFollowers, negationParticles, noCasualtyLinks, expectingWords, unlikelyWords, warningWords } from '../lexicons/negation.js';
import { hedgeWords } from '../lexicons/modality.js';
import { conceptKey } from '../../align/features.js';
import { cliticFree, isContent, keySet, matchKeys, once, speakerSpan, tokensWithin } from '../words.js';
import { isCasualtyWord as isCasualty, isFailureWord } from '../cues.js';
import { COMPLEMENTIZERS } from '../../claims/word-classes.js';

const PARTICLES = new Set(negationParticles.map(normalizeText));
const CHARGING = new Set(chargingVerbs.map(normalizeText));
/** How many words before the word charged its charging verb may stand (تحمل لندن وحلفاؤها مسؤوليته). */
const CHARGE_REACH = 3;

/** True when token `k` of a claim is what a charging verb before it in its clause lays on someone (تحمل لندن ... مسؤوليته). */
function charged(f: ClaimFeatures, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - CHARGE_REACH; j -= 1) {
    if (/[،,.؛;:!?؟]/.test(f.text.slice(f.tokens[j].end, f.tokens[j + 1].start))) return false;
    if (cliticFree(f.tokens[j].norm.toLowerCase()).some((w) => CHARGING.has(w))) return true;
  }
  return false;
}
/** Each denying verb form, normalized, to its row (one verb in every person and tense). */
const DENYING = new Map(denyingVerbRows.flatMap((row, r) => row.map((v) => [normalizeText(v), r] as const)));
/** An object pronoun on a verb (رفضها, ألغاه); a final ى is written ا before it (ألغى -> ألغاها). */
const OBJECT_PRONOUN = /^(.{2,}?)(ها|هما|هم|هن|ه)$/;
/** Relative pronouns: the clause they open describes the name before them (حماس التي تسيطر على غزة). */
const RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي', 'اللائي', 'which', 'who', 'whom', 'whose']);
/** How far a relative clause may run before the comma that closes it. */
const RELATIVE_REACH = 10;

/** An Arabic imperfect verb with the future prefix س (ستلغي, سينفي). */
const FUTURE_IMPERFECT = /^س[يتن]\S{2,}$/;

/** The row of a denying verb written at `t` and whether it carries its object as a pronoun, or null. */
function denyingVerbAt(t: Token): { row: number; pronoun: boolean } | null {
  for (const f of cliticFree(t.norm)) {
    // The future prefix on an imperfect verb (ستلغي, سينفي) is the same verb: ستلغي القمة and
    // بإلغاء القمة deny the same summit.
    const row = DENYING.get(f) ?? (FUTURE_IMPERFECT.test(f) ? DENYING.get(f.slice(1)) : undefined);
    if (row !== undefined) return { row, pronoun: false };
    const m = OBJECT_PRONOUN.exec(f);
    if (!m) continue;
    const stem = DENYING.get(m[1]) ?? (m[1].endsWith('ا') ? DENYING.get(`${m[1].slice(0, -1)}ي`) : undefined);
    if (stem !== undefined) return { row: stem, pronoun: true };
  }
  return null;
}
const IDIOM_FOLLOWERS = new Set(negationIdiomFollowers.map(normalizeText));
const MA_VERBS = maNegatedVerbPrefixes.map(normalizeText);
const LIGHT = new Set(lightVerbs.map(normalizeText));
const CASUALTY_LINKS = new Set(noCasualtyLinks.map(normalizeText));
const EVENT_NOUNS = new Set(eventNouns.map(normalizeText));
const KANA = new Set(kanaVerbs.map(normalizeText));
const WARNING = new Set(warningWords.map(normalizeText));
/** How far after a warning word what it warns against may stand (حذرت تركيا فرنسا من تكرار). */
const WARNING_REACH = 5;
/** An Arabic imperfect verb by its form (يتردد, تعلن): what a كان-verb is followed by. */
const IMPERFECT = /^[يتن][\u0621-\u064A]{3,}$/;
const PART_GROUP = new Set(partGroupWords.map(normalizeText));
/** Arabic relatives that open a relative clause without a head noun's agreement (`من لم يشاركوا`). */
const WHO = new Set(['من', 'ممن']);

/**
 * Whether the negator at i stands in a relative clause on a part of a group (`others who did not
 * work`, `some who had not`, `آخرين ممن لم يشاركوا`, `بعض من لم`): the relative right before it (an
 * auxiliary may come between), a part-group word right before the relative.
 */
function inPartClause(tokens: readonly Token[], i: number): boolean {
  for (const r of [i - 1, i - 2]) {
    const rel = tokens[r];
    if (!rel || !(RELATIVES.has(rel.norm) || rel.norm === 'that' || WHO.has(rel.norm))) continue;
    if (r === i - 2 && !tokens[i - 1].isStop) return false;
    return PART_GROUP.has(tokens[r - 1]?.norm ?? '');
  }
  return false;
}

/** Function words a particle may stand before its verb (لا أحد, not any). */
const SKIPPABLE = new Set(['اي', 'احد', 'any', 'a', 'the', 'an']);

/** One negation in a claim: the negating word and the content words it negates. */
export interface Negation {
  /** Index of the negating token. */
  at: number;
  kind: 'particle' | 'deny';
  /** Indices of the negated content words. */
  targets: number[];
  /** The negation says there were no casualties (لم ترد أنباء عن سقوط قتلى, without casualties). */
  casualties: boolean;
}

/** How far after a particle its negated words may stand (لم ترد أي تقارير بشأن وقوع قتلى). */
const PARTICLE_REACH = 2;
const DENY_REACH = 4;
/** How far after a negation a casualty word still counts as negated (no reports of casualties). */
const CASUALTY_REACH = 6;
/** How far after its negator a word of the other claim counts as negated too (لا يتضمن أي إساءة للسودان). */
const NEGATED_ZONE = 5;

/** How far before a negation the word opening an embedded question may stand. */
const QUESTION_REACH = 15;

/** Whether token `k` opens an embedded question: `whether`, `(ع)ما إذا` (not a bare `إذا`, "if": its consequent is asserted). */
function asksWhether(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k].norm;
  return t === 'whether' || (t === 'اذا' && ['ما', 'عما'].includes(tokens[k - 1]?.norm ?? ''));
}

/**
 * Whether the negator at `i` is offered as one side of a choice: `لصالح أو ضد إلغاء`, `مع أو ضد`,
 * `for or against repealing`: a vote asked for or against it asserts neither.
 */
function offeredAsChoice(tokens: readonly Token[], i: number): boolean {
  return ['ضد', 'against'].includes(tokens[i - 1]?.norm ?? '') && ['او', 'or'].includes(tokens[i - 2]?.norm ?? '');
}

/** How far after a negation particle its `إلا` or `حتى` may stand (لن تتلقى كوريا الشمالية المساعدة إلا ...). */
const RESTRICT_REACH = 12;
/** How far after a denying verb its complementizer may stand (نفت وزارة الخارجية السعودية أنها ...). */
const COMPLEMENT_REACH = 6;

/** The token after the complementizer that opens a denying verb's object in its clause, or null. */
function complementAfter(tokens: readonly Token[], verb: number, sameClause: (i: number, k: number) => boolean): number | null {
  for (let k = verb + 1; k < tokens.length && k <= verb + COMPLEMENT_REACH && sameClause(verb, k); k += 1) {
    if (COMPLEMENTIZERS.has(tokens[k].norm)) return k + 1;
  }
  return null;
}

/** A verb of saying in any person (قال, تذكر, يذكر): the imperfect's prefix off, it is the past form the concept lists. */
function reportingVerb(t: Token): boolean {
  return conceptKey(t.stem) === 'said' || cliticFree(t.norm).some((f) => conceptKey(f) === 'said' || (/^[يتن]/.test(f) && conceptKey(f.slice(1)) === 'said'));
}

const UNLIKELY = new Set(unlikelyWords.map(normalizeText));

/**
 * Tokens a warning word of the claim covers (what it warns against), or a word of failure or
 * unlikelihood (`failed to`, `unlikely to meet`), in its clause.
 */
function warnedSet(f: ClaimFeatures): Set<number> {
  return coveredAfter(f, (t) => cliticFree(t.norm).some((w) => WARNING.has(w) || UNLIKELY.has(w)) || isFailureWord(t));
}

/** The tokens after token i, up to `reach` of them, in its clause (no mark between). */
function clauseAfter(f: ClaimFeatures, i: number, reach: number): number[] {
  const out: number[] = [];
  for (let k = i + 1; k < f.tokens.length && k <= i + reach && !/[،,.؛;:!?؟]/.test(f.text.slice(f.tokens[i].end, f.tokens[k].start)); k += 1) out.push(k);
  return out;
}

/** The tokens that a word passing `covers` reaches in its clause (WARNING_REACH words after it). */
function coveredAfter(f: ClaimFeatures, covers: (t: Token) => boolean): Set<number> {
  const out = new Set<number>();
  f.tokens.forEach((t, i) => {
    if (covers(t)) for (const k of clauseAfter(f, i, WARNING_REACH)) out.add(k);
  });
  return out;
}

/** A negation contracted into its word: `don't`, `doesn’t`, `won't`, `can't`, `cannot`. */
const CONTRACTED_NEGATION = /^(?:[a-z]+n['’]t|cannot)$/i;

/** Conjunctions that may stand before a clause's first word (و ما كان, لكن ما كان). */
const CLAUSE_CONJUNCTIONS = new Set(['و', 'ف', 'ثم', 'لكن', 'ولكن', 'بل', 'او', 'ام']);

/**
 * Whether the `ما` at i opens its clause, as the negating ما does (ما كان يجب أن يبرم): first in the
 * claim, after a clause mark or quote, or after a conjunction. After any other word ما is not a
 * negator: after a conditional it is the ما that strengthens it (إذا ما كانت صادقة, "if it is
 * sincere"), after a preposition, a noun or a verb it is "what" (بحسب ما قال, على غرار ما حدث, إن ما
 * جرى, ندين ما حدث). Written as one word with the word before (بما, كلما, عندما, مثلما, ربما, لما,
 * فيما, بينما) it is never read as ما at all. Without the text (`text` empty) a mark between
 * words cannot be seen, and ما after a word is read as no negator.
 */
function opensClause(tokens: readonly Token[], i: number, text: string): boolean {
  const before = tokens[i - 1];
  if (!before) return true;
  if (CLAUSE_CONJUNCTIONS.has(before.norm)) return true;
  return /[،,.؛;:!?؟"«»“”()\[\]\-–—]/.test(text.slice(before.end, tokens[i].start));
}

/**
 * The kind of negation a token is, or null. `text` is the claim's text the tokens index: with it a
 * `ما` after a clause mark can be read as opening its clause (see opensClause).
 */
export function negatorKind(tokens: readonly Token[], i: number, text = ''): Negation['kind'] | null {
  const t = tokens[i];
  const forms = cliticFree(t.norm);
  const next = tokens[i + 1];
  if (denyingVerbAt(t)) return 'deny';
  // English contractions keep their negation inside the word (`don't`, `isn’t`, `cannot`).
  if (CONTRACTED_NEGATION.test(t.text)) return 'particle';
  const particle = forms.find((f) => PARTICLES.has(f));
  if (particle === undefined) return null;
  if (next && IDIOM_FOLLOWERS.has(next.norm)) return null;
  // دون before a figure is "below" (دون 1300 دولار), not "without".
  if ((particle === 'دون' || particle === 'بدون') && next?.isNumber) return null;
  // `ما` negates only a verb-like word; "ما" as "what"/"which" is far more common.
  if (particle === 'ما' && !(next && MA_VERBS.some((v) => next.norm.startsWith(v)))) return null;
  // ... and only as the first word of its clause: إذا ما كانت, بحسب ما قال, إن ما حدث are no denials.
  if (particle === 'ما' && forms[0] === 'ما' && !opensClause(tokens, i, text)) return null;
  // `ما لم` is "unless": a condition, not a denial (لن تحصل على تخفيف ما لم تظهر خطوات).
  if (particle === 'لم' && i > 0 && tokens[i - 1].norm === 'ما') return null;
  return 'particle';
}

/** Every negation of a claim, with what it negates. */
export const negationsOf = once((f: ClaimFeatures): Negation[] => {
  const tokens = f.tokens;
  // A denying verb's subject is who denies: the speaker and the names right after the verb are not denied.
  const speaker = speakerSpan(f.claim);
  const subjects = tokensWithin(tokens, speaker ? [speaker, ...f.claim.entities] : f.claim.entities);
  const out: Negation[] = [];
  // A negation reaches no further than its clause (نفت ضلوعها، واتهمت ...).
  const sameClause = (i: number, k: number) => !/[،,.؛;:!?؟]/.test(f.text.slice(tokens[i].end, tokens[k].start));
  tokens.forEach((_, i) => {
    const kind = negatorKind(tokens, i, f.text);
    if (kind === null || offeredAsChoice(tokens, i)) return;
    // Inside an embedded question nothing is asserted: "did not answer whether the law might protect
    // a florist who denied service" denies no service (`whether`, `ما إذا` before it).
    for (let k = Math.max(0, i - QUESTION_REACH); k < i; k += 1) {
      if (asksWhether(tokens, k) && !/[.؛;!?؟]/.test(f.text.slice(tokens[k].end, tokens[i].start))) return;
    }
    // A negation with `إلا` (or `حتى` and a verb) after it in its clause restricts, it does not
    // deny: لن تتلقى المساعدة إلا عندما ..., لن تحصل على تخفيف حتى تتخذ خطوات are "only when", as
    // ستتلقى مساعدة فقط عندما is. (`حتى الآن`, "so far", keeps the denial.)
    // "Not ... until" is لن (or لا) with a verb after حتى: after دون or لم, حتى is "even" or "up to"
    // (انتهت دون تحقيق اختراق ... حتى نهاية حزيران, where نهاية only looks like a verb).
    const until = ['لن', 'لا'].some((p) => cliticFree(tokens[i].norm).includes(p));
    // `إلا أن` (however) opens a new clause: it restricts nothing (لن يتم عقد مؤتمر، إلا أنها ستصدر بيانا).
    const restricts = (k: number) =>
      (tokens[k].norm === 'الا' && !COMPLEMENTIZERS.has(tokens[k + 1]?.norm ?? '')) || (until && tokens[k].norm === 'حتي' && IMPERFECT.test(tokens[k + 1]?.norm ?? ''));
    // A comma may stand before it (لن تحصل على أي تخفيف للعقوبات، حتى تتخذ): look to the sentence's end.
    const sameSentence = (k: number) => !/[.؛;!?؟]/.test(f.text.slice(tokens[i].end, tokens[k].start));
    // The `إلا` of a later negation is that one's (لم تكشف عن اسمه، قوله إن التعليق لن يؤثر إلا ...).
    const restricted = () => {
      for (let k = i + 1; k < tokens.length && k <= i + RESTRICT_REACH && sameSentence(k); k += 1) {
        if (negatorKind(tokens, k, f.text) !== null) return false;
        if (restricts(k)) return true;
      }
      return false;
    };
    if (kind === 'particle' && restricted()) return;
    // `staffers and others who did not work for his administration`: which people, not a denial.
    if (kind === 'particle' && inPartClause(tokens, i)) return;
    const targets: number[] = [];
    if (kind === 'particle') {
      // A particle negates the word right after it, or after a light verb (لم يتم الإعلان); after a
      // كان-verb, the verb that follows its subject (لم يكن لويس يتردد).
      let k = i + 1;
      while (tokens[k] && SKIPPABLE.has(tokens[k].norm)) k += 1;
      const light = tokens[k] ? cliticFree(tokens[k].norm).at(-1)! : '';
      if (KANA.has(light)) {
        const verb = [k + 1, k + 2, k + 3].find((j) => tokens[j] && IMPERFECT.test(tokens[j].norm));
        k = verb ?? k + 1;
      } else if (LIGHT.has(light)) {
        k += 1;
        while (tokens[k] && (SKIPPABLE.has(tokens[k].norm) || tokens[k].isStop)) k += 1;
      }
      const t = tokens[k];
      // Names are who acts, not what is negated; a reporting verb (لم يذكر) negates no content.
      if (t && k <= i + PARTICLE_REACH + 3 && sameClause(i, k) && isContent(t) && !subjects.has(k) && !reportingVerb(t)) targets.push(k);
    } else {
      // A denying verb denies its object: what follows its complementizer (نفت وزارة الخارجية أنها
      // احتجزت: احتجزت, not the ministry), else the first content word after its subject (نفت
      // السفارة الأميركية علم السفير: علم), and what follows a noun of happening (نفى وقوع إصابات).
      // A verb carrying its object as a pronoun (ألغاها) denies what the pronoun stands for, which
      // is not read here: nothing after it is denied.
      const complement = denyingVerbAt(tokens[i])!.pronoun ? null : complementAfter(tokens, i, sameClause);
      let k = denyingVerbAt(tokens[i])!.pronoun ? tokens.length : complement ?? i + 1;
      // Where the verb's clause starts again after a relative clause on its subject (رفضت حماس
      // التي تسيطر على غزة منذ 2007، الاتهامات: the accusations are refused, not the control).
      let from = i;
      const skipSubject = () => {
        while (tokens[k] && sameClause(from, k) && (subjects.has(k) || !isContent(tokens[k]) || (k <= i + 2 && /^(ال|وال)/.test(tokens[k].norm) && tokens[k + 1] && isContent(tokens[k + 1])))) k += 1;
      };
      skipSubject();
      if (complement === null && k > i + 1 && RELATIVES.has(tokens[k - 1]?.norm ?? '')) {
        const close = tokens.findIndex((_, j) => j > k && j <= k + RELATIVE_REACH && /[،,]/.test(f.text.slice(tokens[j - 1].end, tokens[j].start)));
        if (close < 0 || /[.؛;!?؟]/.test(f.text.slice(tokens[k].end, tokens[close].start))) k = tokens.length;
        else {
          from = k = close;
          skipSubject();
        }
      }
      if (tokens[k] && sameClause(from, k) && (complement !== null || k <= i + DENY_REACH + 2 || from !== i) && negatorKind(tokens, k, f.text) === null) {
        targets.push(k);
        const next = tokens.slice(k + 1, k + 3).findIndex((t) => isContent(t));
        if (EVENT_NOUNS.has(cliticFree(tokens[k].norm).at(-1)!) && next >= 0 && sameClause(i, k + 1 + next)) targets.push(k + 1 + next);
      }
    }
    // "No casualties": a casualty word after the negation with only report and event words between (لم ترد أنباء عن سقوط قتلى).
    let casualties = false;
    for (let k = i + 1; k < tokens.length && k <= i + CASUALTY_REACH && sameClause(i, k); k += 1) {
      if (isCasualty(tokens[k])) {
        casualties = true;
        break;
      }
      if (!tokens[k].isStop && !cliticFree(tokens[k].norm).some((w) => CASUALTY_LINKS.has(w))) break;
    }
    out.push({ at: i, kind, targets, casualties });
  });
  return out;
});

const UNASSERTING = new Set([...hedgeWords, ...expectingWords].map(normalizeText));

/** Tokens a hedge or a word of expecting covers in its clause (`would be expected to attend`): stated as possible, not as fact. */
function unassertedSet(f: ClaimFeatures): Set<number> {
  return coveredAfter(f, (t) => cliticFree(t.norm).some((w) => UNASSERTING.has(w)));
}

/** How far after a word of failure what failed may stand (`failed to land a vault`). */
const FAILED_REACH = 4;

/**
 * A word of failure in one claim only (`fails to stop`, `تفشل في التصدي`), when what failed is
 * stated plainly in the other (`stopped`): a conflict. Failing at what the other does not mention
 * ("after failing to land a vault, Biles withdrew" / "Biles pulled out") is only detail.
 */
export function failureCues(a: ClaimFeatures, b: ClaimFeatures): Conflict[] {
  for (const [x, y, side] of [[a, b, 0], [b, a, 1]] as const) {
    if (y.tokens.some(isFailureWord)) continue;
    const plainY = readingOf(y).statedKeys;
    for (let i = 0; i < x.tokens.length; i += 1) {
      if (!isFailureWord(x.tokens[i])) continue;
      for (const k of clauseAfter(x, i, FAILED_REACH)) {
        const t = x.tokens[k];
        if (!isContent(t) || !matchKeys(t).some((key) => plainY.has(key))) continue;
        const text = `${x.tokens[i].text} ${t.text}`;
        return [side === 0 ? { kind: 'negation', a: text, b: '' } : { kind: 'negation', a: '', b: text }];
      }
    }
  }
  return [];
}

/** What two claims' negations say about each other. */
export interface NegationCues {
  conflicts: Conflict[];
  /** Both claims negate the same thing (both say "no casualties"): an agreement, not a conflict. */
  both: number;
  /** Negations in each claim. */
  counts: [number, number];
}

/** Tokens that some negation of the claim covers: its targets and the words right after its negator. */
function negatedSet(negations: readonly Negation[]): Set<number> {
  const out = new Set<number>();
  for (const n of negations) {
    for (const t of n.targets) out.add(t);
    for (let k = n.at + 1; k <= n.at + NEGATED_ZONE; k += 1) out.add(k);
  }
  return out;
}

/**
 * Whether what a negation's verb is about is negated in the other claim too: "would not apply to
 * domestic partnerships" and "only applies to married couples, and not those in domestic
 * partnerships" both keep the partnerships out, though one states "applies". The content words
 * after the negated word in its clause, up to the negation's reach, are its object.
 */
function objectNegatedToo(x: ClaimFeatures, n: Negation, negatedKeysY: ReadonlySet<string>): boolean {
  if (n.targets.length === 0) return false;
  const from = Math.max(...n.targets) + 1;
  for (let k = from; k < x.tokens.length && k <= n.at + NEGATED_ZONE; k += 1) {
    // A denying verb's subject may run past a comma of apposition to its object (ألغى والد ميغان،
    // توماس ماركل حضوره: his attending is cancelled, as in لن يحضر).
    if ((n.kind === 'deny' ? /[.؛;:!?؟]/ : /[،,.؛;:!?؟]/).test(x.text.slice(x.tokens[k - 1].end, x.tokens[k].start))) break;
    const t = x.tokens[k];
    if (isContent(t) && matchKeys(t).some((key) => negatedKeysY.has(key))) return true;
  }
  return false;
}

/** The content words of a claim that no negation covers. */
function plainContent(f: ClaimFeatures, negated: ReadonlySet<number>): Token[] {
  return f.tokens.filter((t, k) => !negated.has(k) && isContent(t) && negatorKind(f.tokens, k, f.text) === null);
}

/** What the negation cues read of one claim, whichever claim it is paired with: read once per claim. */
interface NegationReading {
  /** Keys of the content words no negation covers. */
  plainKeys: Set<string>;
  /** Keys of the words a negation or a warning covers (what the claim says should not happen counts as negated). */
  negatedKeys: Set<string>;
  /** Content words neither negated, warned against, hedged nor expected: stated as fact. */
  asserted: Token[];
  assertedKeys: Set<string>;
  /** Keys of the content words neither negated nor warned against (what a failure in the other claim is weighed against). */
  statedKeys: Set<string>;
}

const readingOf = once((f: ClaimFeatures): NegationReading => {
  const negations = negatedSet(negationsOf(f));
  const negated = new Set([...negations, ...warnedSet(f)]);
  const asserted = plainContent(f, new Set([...negated, ...unassertedSet(f)]));
  return {
    plainKeys: keySet(plainContent(f, negations)),
    negatedKeys: keySet([...negated].filter((k) => k < f.tokens.length).map((k) => f.tokens[k])),
    asserted,
    assertedKeys: keySet(asserted),
    statedKeys: keySet(plainContent(f, negated)),
  };
});

/**
 * One claim negates a word the other states plainly (لم يشارك / شارك; no casualties / 3 killed):
 * a conflict. Both negate it: an agreement. A negation of something the other claim does not
 * mention (لم يسمه, عدم تكرار) is only detail.
 */
export function negationCues(a: ClaimFeatures, b: ClaimFeatures): NegationCues {
  const na = negationsOf(a);
  const nb = negationsOf(b);
  const conflicts: Conflict[] = [];
  let both = 0;
  for (const [x, y, nx, ny, side] of [[a, b, na, nb, 0], [b, a, nb, na, 1]] as const) {
    // What the negating claim also states plainly elsewhere (تدعم استقرار لبنان ... إلى عدم
    // الاستقرار) is not what its negation contradicts in the other claim.
    const plainKeysX = readingOf(x).plainKeys;
    const { negatedKeys: negatedKeysY, asserted: plainY, assertedKeys: plainKeysY } = readingOf(y);
    const yNoCasualties = ny.some((n) => n.casualties);
    // The denying verbs the other claim reports (رفض, ألغى ...), by row: the same denial told twice.
    const deniedY = new Set(ny.filter((n) => n.kind === 'deny').map((n) => denyingVerbAt(y.tokens[n.at])!.row));
    for (const n of nx) {
      const targets = n.targets.map((k) => x.tokens[k]);
      const negatedToo = targets.some((t) => matchKeys(t).some((key) => negatedKeysY.has(key))) || (n.casualties && yNoCasualties) ||
        (n.kind === 'deny' && deniedY.has(denyingVerbAt(x.tokens[n.at])!.row)) || objectNegatedToo(x, n, negatedKeysY);
      if (negatedToo) {
        if (side === 0) both += 1;
        continue;
      }
      // A denial answers a charge: the other claim's word, laid on someone by a charging verb, is no rival fact.
      const plainKeysYHere = n.kind === 'deny' ? keySet(plainY.filter((u) => !charged(y, y.tokens.indexOf(u)))) : plainKeysY;
      const stated = targets.find((t) => matchKeys(t).some((key) => plainKeysYHere.has(key)) && !matchKeys(t).some((key) => plainKeysX.has(key)));
      const casualtyStated = n.casualties && !yNoCasualties && plainY.some(isCasualty);
      if (!stated && !casualtyStated) continue;
      const target = stated ?? targets[0] ?? x.tokens[n.at + 1];
      const text = target ? `${x.tokens[n.at].text} ${target.text}` : x.tokens[n.at].text;
      conflicts.push(side === 0 ? { kind: 'negation', a: text, b: '' } : { kind: 'negation', a: '', b: text });
      break;
    }
  }
  return { conflicts: conflicts.slice(0, 1), both, counts: [na.length, nb.length] };
}
