// Figures between two claims: what each figure counts (killed, wounded, money, a percentage, a
// size, or the noun after it), whether it is vague (عشرات, thousands), a part of a larger count
// (بينهم 5 أطفال) or a date (Sept. 11), and the span its rounding allows (43,000 ~ 43,350; 35.7 ~
// 35.72). Two figures are rivals only when they count the same thing in the same place and cannot
// both be true; a figure swapped for another in the same slot of the sentence is a rival too.
import type { Conflict, NumberMention, Token } from '../../types.js';
import type { ClaimFeatures } from '../../align/features.js';
import type { WordDiff } from '../../align/word-diff.js';
import { normalizeText } from '../../text/normalize.js';
import { stem } from '../../text/stem.js';
import { conceptKey } from '../../align/features.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../../text/lexicons/months.js';
import { additionMarkers, currencyWords, partMarkers, percentWords, placeNouns, ratePeriodNouns, ratePeriods, ratePrepositions, unitWords } from '../lexicons/places.js';
import { WARRANT_WORDS } from '../../text/lexicons/warrants.js';
import { conceptOf } from '../../text/concepts.js';
import { foldName } from '../../text/transliteration.js';
import { cliticFree, isContent, once } from '../words.js';
import { placesOf } from './places.js';
import { attackerTolls } from '../../text/attacker.js';
import { ageUnits, ageVerbs, ageWords, countedGroups, kinWords, memberNouns, obtainVerbs, obtainVerbsWithPronoun, partitiveWords, personNouns } from '../lexicons/persons.js';

const set = (words: readonly string[]) => new Set(words.map((w) => normalizeText(w)));
const CURRENCY = set(currencyWords);
const PERCENT = set(percentWords);
const UNITS = set(unitWords);
const PARTS = set(partMarkers);
const ADDITIONS = set(additionMarkers);
const WARRANTS = set(WARRANT_WORDS);
const MONTHS = set([...MONTH_NAMES.map(([m]) => m), ...MONTH_ABBREVIATIONS.map(([m]) => m)]);
/** Concepts that name what a toll counts; ضحايا and شهداء count the dead as قتلى does. */
const COUNTED: Readonly<Record<string, string>> = { killed: 'killed', victims: 'killed', martyrs: 'killed', wounded: 'wounded', bodies: 'bodies', missing: 'missing', arrested: 'arrested' };
/** Quantities that say by themselves what is counted: a count of people by what befell them. */
const PINNED = new Set(Object.values(COUNTED));
/** Words that count the dead in a phrase rather than by a concept of their own: أودت بحياة 116, claimed the lives of. */
const LIVES = set(['بحياة', 'بحياه', 'أرواح', 'lives']);

/** What a word counts (killed, wounded ...), its clitics taken off when its stem says nothing (لمقتل). */
function countedOf(t: Token): string | undefined {
  const direct = COUNTED[conceptKey(t.stem)];
  if (direct) return direct;
  if (inAny(LIVES, t)) return 'killed';
  for (const form of cliticFree(t.norm).slice(1)) {
    const hit = COUNTED[conceptKey(stem(form, 'ar'))];
    if (hit) return hit;
  }
  return undefined;
}

/**
 * What the word at `k` counts, read with its neighbours: an arrest word beside a warrant word
 * (أوامر اعتقال بحق 300, arrest warrants for 300) counts warrants, people sought, not people arrested.
 */
function countedAt(tokens: readonly Token[], k: number): string | undefined {
  const counted = countedOf(tokens[k]);
  return counted === 'arrested' && [k - 2, k - 1, k + 1].some((j) => inAny(WARRANTS, tokens[j])) ? 'warrants' : counted;
}

const PERIOD_WORDS = new Map(ratePeriods.flatMap(([p, words]) => words.map((w) => [normalizeText(w), p] as const)));
const PERIOD_NOUNS = new Map(ratePeriodNouns.flatMap(([p, words]) => words.map((w) => [normalizeText(w), p] as const)));
const RATE_PREPOSITIONS = set(ratePrepositions);
/** How many words after an amount its period may stand (up to $300 per month for each child: 2). */
const PERIOD_REACH = 4;

/**
 * The period an amount is given per, shorter than a year (`$300 per month`, `a month`, `monthly`,
 * `شهريا`, `كل شهر`), from the words after it in its clause, or null.
 */
function ratePeriodAfter(tokens: readonly Token[], to: number, near: (k: number) => Token | undefined): string | null {
  for (let k = to + 1; k <= to + PERIOD_REACH && near(k); k += 1) {
    const t = tokens[k];
    const word = PERIOD_WORDS.get(t.norm.toLowerCase());
    if (word) return word;
    const next = near(k + 1);
    const noun = next ? PERIOD_NOUNS.get(next.norm.toLowerCase()) : undefined;
    if (noun && RATE_PREPOSITIONS.has(t.norm.toLowerCase())) return noun;
  }
  return null;
}

/** How many words either side of a figure its counted noun or verb may stand (قتل 77 شخصا، أصيب 143). */
const REACH = 3;

/** One figure of a claim, read for comparison. */
export interface Figure {
  mention: NumberMention;
  /** What it counts: `killed`, `wounded`, `money` (`money/month`: an amount per month, week or day), `percent`, `unit:كلم`, a counted noun's concept, or null. */
  quantity: string | null;
  vague: boolean;
  /** A part of a larger count (بينهم, including). */
  part: boolean;
  /** The span of values its qualifier allows (at least 4: 4..), and how far rounding may take it. */
  low: number;
  high: number;
  tolerance: number;
  /**
   * Where and when it counts: place keys of its clause, the years it is given for, whether it totals
   * a stretch of time, tells a plan, a forecast (من المتوقع), or its claim an earlier time (وقتها, last week).
   */
  scope: { places: string[]; years: string[]; running: boolean; future: boolean; expected: boolean; earlier: boolean };
  /** Concepts of the content words around it in its clause. */
  context: Set<string>;
  /** Whose value it is: for an age, the words naming its holder right before the age phrase (رجل أبيض يبلغ من العمر 24); for a count obtained, who obtained it (حصل بري على 98 صوتا); else null. */
  holder: string[] | null;
  /** Kin the claim names (والدة عهد, her mother): a value of the mother is no rival of one of the daughter. */
  kin: string;
}

/**
 * Half the last unit a figure is given in, keeping two significant digits: 43,000 -> 500 (43,350
 * agrees), 130 -> 5, 35.7 -> 0.05 (35.72 agrees), 36 -> 0.5 (35.7 agrees), 4 -> 0.5.
 */
export function roundingTolerance(value: number): number {
  const text = String(Math.abs(value));
  if (text.includes('.')) return 0.5 * 10 ** -(text.length - text.indexOf('.') - 1);
  const zeros = /0*$/.exec(text)![0].length;
  return 0.5 * 10 ** Math.min(zeros, Math.max(0, text.length - 2));
}

function tokenAt(tokens: readonly Token[], offset: number, end: number): number {
  return tokens.findIndex((t) => t.start >= offset && t.start < end);
}

function inAny(words: ReadonlySet<string>, t: Token | undefined): boolean {
  return t !== undefined && cliticFree(t.norm).some((f) => words.has(f) || words.has(f.replace(/^ال/, '')));
}

/** What a figure counts, from its counted noun and the words around it in its clause. */
/** A hyphenated unit right after a number and the word after it (`-year-old man`, `-page indictment`). */
const HYPHENED = /^-([A-Za-z]+(?:-[A-Za-z]+)*)\s+([A-Za-z]+)/;

function quantityOf(f: ClaimFeatures, n: NumberMention, from: number, to: number): string | null {
  const { tokens, text } = f;
  const sameClause = (k: number) => {
    const t = tokens[k];
    if (!t) return false;
    const [x, y] = k < from ? [t.end, tokens[from].start] : [tokens[to].end, t.start];
    return !/[،,؛;.:]/.test(text.slice(x, y));
  };
  const near = (k: number) => (sameClause(k) ? tokens[k] : undefined);
  const before = text.slice(Math.max(0, n.start - 2), n.start);
  // `a 25-year-old man` / `the 69-year-old suffered`, `a 12-month spike` / `a 1-month spike`: a
  // number joined to its unit by a hyphen measures the word after the compound; two such figures
  // compare only when that word is the same (`the 48-page indictment` / `the 47-page indictment`).
  const hyphened = HYPHENED.exec(text.slice(n.end, n.end + 60));
  if (hyphened) return `${hyphened[1].toLowerCase()} ${hyphened[2].toLowerCase().replace(/s$/, '')}`;
  if (/[$€£]/.test(before) || (n.counts !== null && /[$€£]/.test(n.counts)) || [near(to + 1), near(to + 2), near(from - 1)].some((t) => inAny(CURRENCY, t))) {
    const period = ratePeriodAfter(tokens, to, near);
    return period ? `money/${period}` : 'money';
  }
  if ((n.counts !== null && /%|٪/.test(n.counts)) || [near(to + 1), near(to + 2)].some((t) => inAny(PERCENT, t)) || /^\s*[%٪]/.test(text.slice(n.end, n.end + 2))) return 'percent';
  const unit = near(to + 1);
  if (unit && inAny(UNITS, unit)) return `unit:${unit.stem}`;
  // The counted noun right after the figure, unless it opens the next item (و...): قتل 3 موظفين counts employees.
  const noun = near(to + 1);
  // A partitive count of a group (ثلاثة من المهاجمين قتلوا, اثنين من أفراد الشرطة, two of the
  // gunmen) counts that group: the attackers killed are no rival of the victims, the police killed
  // none of the whole toll.
  if (noun && PARTITIVES.has(noun.norm.toLowerCase())) {
    // Through nouns of membership to the group (اثنين من أفراد الشرطة، سبعة من قوات الأمن).
    for (let k = to + 2; k <= to + 4 && near(k); k += 1) {
      const group = conceptKey(tokens[k].stem);
      const member = MEMBERS.has(tokens[k].norm.toLowerCase());
      if (GROUPS.has(group) && !(member && near(k + 1) && GROUPS.has(conceptKey(tokens[k + 1].stem)))) return group;
      if (!member) break;
    }
  }
  const nounConcept = noun && !noun.isStop && !noun.isNumber && !/^و/.test(noun.norm) ? conceptKey(noun.stem) : null;
  if (noun && nounConcept && countedOf(noun)) return countedAt(tokens, to + 1)!;
  // A counted noun and what befell those it counts, when a verb after it says (سحب ثلاثة ركاب ...
  // أصيبوا بجروح: passengers wounded, no rival of 107 passengers on board). A verb before the
  // figure (قتل 35 مقاتلا) leaves the noun to say what is counted, as before.
  if (nounConcept && nounConcept !== 'people') {
    const befell = GROUPS.has(nounConcept) ? undefined : nearestCounted(tokens, from, to + 1, near, [1]);
    return befell ? `${nounConcept}/${befell}` : nounConcept;
  }
  return nearestCounted(tokens, from, to, near) ?? nounConcept;
}

/**
 * The nearest counting word (killed, wounded ...) to a figure in its clause, counting content words
 * only (لقي 116 شخصا على الأقل حتفهم): before the figure first (مقتل 200), then after `to` (the
 * figure, or its counted noun), where a word opening the next item (وإصابة) ends the search;
 * `steps` [1] looks after it only.
 */
function nearestCounted(tokens: readonly Token[], from: number, to: number, near: (k: number) => Token | undefined, steps = [-1, 1]): string | undefined {
  for (const step of steps) {
    let seen = 0;
    for (let k = step < 0 ? from - 1 : to + 1; seen < REACH && near(k); k += step) {
      const t = tokens[k];
      if (step > 0 && /^و/.test(t.norm) && !t.isStop) break;
      const concept = countedAt(tokens, k);
      if (concept) return concept;
      if (!t.isStop) seen += 1;
    }
  }
  return undefined;
}

const AGE_WORDS = set(ageWords);
const AGE_VERBS = set(ageVerbs);
const AGE_UNITS = set(ageUnits);
const PERSON_NOUNS = new Set(personNouns.map((w) => conceptKey(stem(normalizeText(w).toLowerCase(), /[a-z]/.test(w) ? 'en' : 'ar'))));
const KIN = new Map(kinWords.flatMap(([kin, words]) => words.map((w) => [normalizeText(w).toLowerCase(), kin] as const)));
const GROUPS = new Set(countedGroups);
const PARTITIVES = set(partitiveWords);
const MEMBERS = set(memberNouns);
/** How many words before an age phrase name its holder (نور ابنة عم عهد البالغة: ابنة عم عهد). */
const HOLDER_REACH = 3;

/**
 * Whose age a figure is, when it is an age: `يبلغ من العمر 24 عاما`, `البالغة من العمر 20 عاما`,
 * `عمره 24 عاما`, `(24 عاما)` or `، 24 عاما،` after a name, `aged 24`, `24 years old`. The holder is the run of
 * content words right before the age phrase (رجل أبيض، مقتل رجل، ابنة عم عهد), as concepts; null
 * when the figure is no age. A prison term (بالسجن 20 عاما) is no age.
 */
function ageHolder(f: ClaimFeatures, n: NumberMention, from: number, to: number): string[] | null {
  const { tokens, text } = f;
  // `a 25-year-old man`: a hyphened age measures the word after it (quantityOf), `man` or `suffered`.
  if (HYPHENED.test(text.slice(n.end, n.end + 60))) return null;
  const unit = tokens[to + 1];
  const inUnits = unit !== undefined && inAny(AGE_UNITS, unit);
  let start = -1;
  let bracket = false;
  // The age word right before the number, or before a verb of reaching it (عن عمر يناهز 92).
  const word = [from - 1, from - 2].find((k) => tokens[k] && inAny(AGE_WORDS, tokens[k]) && (k === from - 1 || inAny(AGE_VERBS, tokens[from - 1])));
  if (word !== undefined && (inUnits || /^[a-z]/.test(tokens[word].norm))) {
    start = word;
    if (tokens[start - 1]?.norm === 'من' && inAny(AGE_VERBS, tokens[start - 2])) start -= 2;
    else if (inAny(AGE_VERBS, tokens[start - 1])) start -= 1;
  } else if (inUnits && tokens[from - 1] && inAny(AGE_VERBS, tokens[from - 1])) {
    start = from - 1; // البالغة 61 عاما
  } else if (inUnits && /\(\s*$/.test(text.slice(Math.max(0, n.start - 3), n.start)) && /^\s*\)/.test(text.slice(unit.end, unit.end + 3))) {
    start = from;
    bracket = true;
  } else if (inUnits && /[،,]\s*$/.test(text.slice(Math.max(0, n.start - 3), n.start)) && /^\s*[،,]/.test(text.slice(unit.end, unit.end + 3))) {
    start = from; // آنا كامبل، 26 عاما، من ...: an age set beside its name between commas
  } else if (inUnits && tokens[to + 2]?.norm === 'old') {
    start = from;
  } else return null;
  const holder: string[] = [];
  for (let k = start - 1; k >= 0 && holder.length < HOLDER_REACH; k -= 1) {
    const t = tokens[k];
    const gap = text.slice(t.end, tokens[k + 1].start);
    // The first step may cross the bracket or comma that sets the age beside its name (هايغين (62 عاما), مريم مصطفى، البالغة من العمر 29).
    const first = k === start - 1 && (bracket ? /^\s*\(\s*$/ : /^\s*[،,]\s*$/).test(gap);
    if (!isContent(t) || (/[^\s]/.test(gap) && !first)) break;
    holder.unshift(conceptKey(t.stem));
  }
  // Kin among the holder's words (نور ابنة عم عهد: the cousin of Ahed, not Ahed).
  const kin = kinOf(tokens.slice(start - holder.length, start));
  if (kin !== '') holder.push(`kin:${kin}`);
  return holder;
}

const OBTAIN = set(obtainVerbs);
const OBTAIN_PRONOUN = set(obtainVerbsWithPronoun);

/**
 * Who obtained a count: `حصل بري على 98 صوتا`, `حصل فيها الحريري على تأييد 111 صوتا` (the words
 * between the verb and على), `فاز بري بعد حصوله على 98` (the words before a verb whose pronoun
 * stands for them), `Biden won 306` (the words before the verb). Null when no verb of obtaining
 * leads to the figure.
 */
function recipientOf(f: ClaimFeatures, from: number): string[] | null {
  const { tokens, text } = f;
  const joined = (k: number) => tokens[k] !== undefined && !/[^\s]/.test(text.slice(tokens[k].end, tokens[k + 1].start));
  const words = (lo: number, hi: number) => tokens.slice(lo, hi).filter(isContent).map((t) => conceptKey(t.stem));
  const obtains = (t: Token | undefined) => t !== undefined && OBTAIN.has(t.norm.replace(/^[وف](?=..)/, '').toLowerCase());
  // English: the verb right before the figure, its subject before it in the clause.
  if (obtains(tokens[from - 1]) && /^[a-z]/.test(tokens[from - 1].norm)) {
    let k = from - 1;
    while (k > 0 && from - 1 - k < HOLDER_REACH && joined(k - 1) && isContent(tokens[k - 1])) k -= 1;
    return words(k, from - 1);
  }
  // Arabic: على right before the figure, or before one noun (على تأييد 111 صوتا).
  const on = [from - 1, from - 2].find((k) => tokens[k]?.norm === 'علي' || tokens[k]?.norm === 'على');
  if (on === undefined || (on === from - 2 && !joined(from - 2))) return null;
  for (let k = on - 1; k >= 0 && on - k <= HOLDER_REACH + 1 && joined(k); k -= 1) {
    const form = tokens[k].norm.replace(/^[وف](?=..)/, '');
    if (OBTAIN.has(form)) return words(k + 1, on);
    if (OBTAIN_PRONOUN.has(form)) {
      let j = k;
      while (j > 0 && k - j < HOLDER_REACH && joined(j - 1)) j -= 1;
      return words(j, k).slice(-2);
    }
  }
  return null;
}

/** The kin a claim names (والدتها, her mother, ابنة عم), as sorted keys joined: '' when none. */
function kinOf(tokens: readonly Token[]): string {
  const keys = new Set<string>();
  for (const t of tokens) {
    for (const form of cliticFree(t.norm.toLowerCase())) {
      const kin = KIN.get(form);
      if (kin) keys.add(kin);
    }
  }
  return [...keys].sort().join(' ');
}

/**
 * Two figures are values of the same person: two ages unless the telling words naming their holders differ;
 * an amount, a size or a count of a noun only when both claims name the same kin (the mother's
 * fine against the daughter's). A toll counts people by what befell them, whoever tells it.
 */
function samePerson(x: Figure, y: Figure): boolean {
  // Two ages whose holders are named by telling words (a name, a role: not رجل, man) share one.
  const telling = (h: readonly string[] | null) => (h ?? []).filter((k) => !PERSON_NOUNS.has(k));
  const [hx, hy] = [telling(x.holder), telling(y.holder)];
  if (hx.length > 0 && hy.length > 0) {
    if (!hx.some((k) => !k.startsWith('kin:') && hy.includes(k))) return false;
    // One name before both ages names one person, whatever kin the sentences name elsewhere
    // (آنا كامبل البالغة 26 عاما; والد ... آنا كامبل البالغة 27 عاما: her age, not her father's);
    // kin within the holder's words names another (نور ابنة عم عهد against عهد).
    if (x.quantity === 'age' && y.quantity === 'age') {
      const kin = (h: readonly string[]) => h.find((k) => k.startsWith('kin:')) ?? '';
      return kin(hx) === kin(hy);
    }
  }
  const pinned = x.quantity !== null && PINNED.has(x.quantity);
  return pinned || x.kin === y.kin;
}

/** Years a text gives (2014, 2007, last year, العام الماضي): a figure of another year is another figure. */
function yearsIn(text: string): string[] {
  const years = new Set<string>(text.match(/(?<![0-9])(19|20)\d\d(?![0-9])/g) ?? []);
  const norm = normalizeText(text);
  if (/last year|(العام|السنه) الماضي/.test(norm)) years.add('last-year');
  if (/this year|(هذا|العام) (العام|الحالي|الجاري)/.test(norm)) years.add('this-year');
  return [...years];
}

const PLACE_NOUNS = set(placeNouns);
/** Words for "the country" or "the region" name no place of their own (بشمال البلاد, in the north of the country). */
const GENERIC_PLACES = set(['البلاد', 'البلد', 'الدولة', 'المنطقة', 'العالم', 'country', 'region', 'area', 'nation', 'world']);

/**
 * Words that name where, in a clause, even when no gazetteer knows them: the word after a place
 * noun or "in" (ولاية أوتار براديش, في قرية خيراغار, in Nashville) that is not a news concept
 * (في الهجوم is "in the attack", not a place).
 */
function placeWords(f: ClaimFeatures, from: number, to: number): string[] {
  const out: string[] = [];
  const { tokens } = f;
  const name = (t: Token) => t.start >= from && t.end <= to && isContent(t) && conceptOf(t.stem) === null && !inAny(PLACE_NOUNS, t) && !inAny(GENERIC_PLACES, t);
  tokens.forEach((t, k) => {
    if (k === 0 || !name(t) || !inAny(PLACE_NOUNS, tokens[k - 1])) return;
    out.push(foldName(t.norm));
    // Names listed after it belong to the same scope (ولايات أوتار براديش وراجستان والبنجاب).
    for (let j = k + 1; j < tokens.length && j <= k + 8 && !tokens[j].isStop && name(tokens[j]) && !/[،,.؛;]/.test(f.text.slice(tokens[j - 1].end, tokens[j].start)); j += 1) {
      if (/^و/.test(tokens[j].norm)) out.push(foldName(tokens[j].norm.slice(1)));
    }
  });
  return out;
}

/** Two figures count in the same place and time: the same places and years, or one does not say; a running total only against another. */
function sameScope(x: Figure, y: Figure): boolean {
  const meet = (a: readonly string[], b: readonly string[]) => a.length === 0 || b.length === 0 || (a.length === b.length && a.every((k) => b.includes(k)));
  // `spent more than $18 billion last year` / `will invest more than $3 billion`: last year's amount is no rival of a plan.
  const pastAndPlan = (u: Figure, v: Figure) => u.scope.years.includes('last-year') && v.scope.future && !v.scope.years.includes('last-year');
  if (pastAndPlan(x, y) || pastAndPlan(y, x)) return false;
  // A forecast against a figure done or agreed; a claim telling an earlier time against one that does not.
  if (x.scope.expected !== y.scope.expected || x.scope.earlier !== y.scope.earlier) return false;
  return meet(x.scope.places, y.scope.places) && meet(x.scope.years, y.scope.years) && x.scope.running === y.scope.running;
}

/**
 * A clause that counts over a stretch of time (`الغارات الروسية الأسابيع الماضية في مقتل 1450`,
 * `منذ بدء الحرب`, `خلال الأشهر الأخيرة`, `over the past weeks`, `since March`): its figure is a
 * running total, no rival of one day's toll.
 */
const RUNNING = new RegExp(
  [
    '(?:^|\\s)(?:ال)?(?:ايام|اسابيع|اشهر|شهور|سنوات|اعوام|عقود)\\s+(?:ال)?(?:ماضيه|اخيره|سابقه)',
    '(?:^|\\s)[وف]?منذ\\s+(?:بدء|بدايه|اندلاع|مطلع|عام|[0-9])',
    '(?:^|\\s)(?:past|last|recent)\\s+(?:few\\s+)?(?:days|weeks|months|years)',
    '\\bsince (?:the (?:start|beginning)|[0-9]|january|february|march|april|may|june|july|august|september|october|november|december)',
    '\\bso far this\\s',
    // `$5 trillion in new spending over the next decade`: an amount over years to come, no rival of one year's budget.
    '\\b(?:over|during|throughout|across) (?:the )?(?:next|coming|following) (?:decade|\\S+ (?:years|decades))',
    '(?:^|\\s)(?:خلال|على مدى|على مدار) (?:ال)?(?:عقد|سنوات|اعوام|\\S+ سنوات|\\S+ اعوام) (?:ال)?(?:مقبل|قادم|مقبله|قادمه)',
  ].join('|'),
);

/** A clause that tells what is to come (`will invest`, `plans to spend`, `سوف`): a plan, not what was done. */
const FUTURE = /\b(?:will|would|plans? to|is to|are to|going to)\b|(?:^|\s)سوف(?:\s|$)/;

/**
 * A forecast before a figure in its clause (`ومن المتوقع ... 100 مليار`, `يتوقع أن يصل إلى`, `is
 * expected to reach`, `forecast`): what is expected is no rival of what was done or agreed.
 */
const EXPECTED = /(?:^|\s)(?:[وف]?من المتوقع|[وف]?(?:ي|ت)توقع|[وف]?متوقع|[وف]?توقعات)(?:\s|$)|\b(?:(?:is|are|was|were) expected to|forecasts?|projected to)\b/;

/**
 * A claim that tells an earlier time (`وقتها`, `آنذاك`, `في وقت سابق`, `الأسبوع الماضي`, `last week`,
 * `at the time`): its figures are the background of another incident or an earlier report, no
 * rival of today's.
 */
const EARLIER = /(?:^|\s)(?:[وف]?(?:وقتها|وقتذاك|انذاك|حينها|حينذاك)|في ذلك الوقت|في وقت سابق|(?:ال)?(?:اسبوع|شهر) (?:ال)?(?:ماضي|سابق|فائت|منصرم))(?:\s|$|[،,.])|\b(?:last (?:week|month)|the (?:previous|prior) (?:week|month)|at the time)\b/;

/** Concepts of the content words around a figure in its clause, for quantities a noun does not pin down. */
function contextKeys(f: ClaimFeatures, from: number, to: number, clause: [number, number]): Set<string> {
  const window = [...f.tokens.slice(Math.max(0, from - 4), from), ...f.tokens.slice(to + 1, to + 5)];
  // The unit or currency word says what kind of amount it is, not what it is the amount of.
  const kind = (t: Token) => inAny(PERCENT, t) || inAny(CURRENCY, t) || inAny(UNITS, t);
  return new Set(window.filter((t) => isContent(t) && !kind(t) && t.start >= clause[0] && t.end <= clause[1]).map((t) => conceptKey(t.stem)));
}

/** The figures of a claim that count something (no dates, years, days or times). */
export const figuresOf = once((f: ClaimFeatures): Figure[] => {
  const { tokens, claim } = f;
  const places = placesOf(claim);
  // Clause boundaries: punctuation, and و before a figure (و35 في ولاية راجستان).
  const bounds = [...claim.text.matchAll(/[،؛;:]|[,.](?![0-9٠-٩])|\sو(?=[0-9٠-٩])|\sand\s/g)].map((m) => claim.start + (m.index ?? 0));
  const clauseOf = (at: number): [number, number] => [Math.max(claim.start, ...bounds.filter((b) => b <= at)), Math.min(claim.end, ...bounds.filter((b) => b > at))];
  const out: Figure[] = [];
  const kin = kinOf(tokens);
  for (const n of claim.numbers) {
    if (n.isDateLike || claim.dates.some((d) => d.start < n.end && n.start < d.end)) continue;
    const from = tokenAt(tokens, n.start, n.end);
    if (from < 0) continue;
    let to = from;
    while (tokens[to + 1] && tokens[to + 1].start < n.end) to += 1;
    // A day next to a month name (Sept. 11, 11 سبتمبر) is a date the date reader missed.
    if ([tokens[from - 1], tokens[to + 1]].some((t) => t !== undefined && MONTHS.has(t.norm.replace(/\.$/, '')))) continue;
    const vague = !/[0-9٠-٩۰-۹]/.test(n.text) && n.low !== n.high;
    // A part of a toll named after من / of (ثمانية أشخاص من المعتقلين أطلق سراحهم, three of the dead):
    // the definite counted noun is the whole, the figure some of it.
    const ofAt = tokens[to + 1] && conceptKey(tokens[to + 1].stem) === 'people' ? to + 2 : to + 1;
    const whole = tokens[ofAt + 1]?.norm === 'the' ? ofAt + 2 : ofAt + 1;
    const partOfToll = tokens[ofAt] !== undefined && PARTITIVES.has(tokens[ofAt].norm.toLowerCase()) && tokens[whole] !== undefined && (/^(?:ال|لل)/.test(tokens[whole].norm) || whole === ofAt + 2) && countedOf(tokens[whole]) !== undefined;
    // A part of a larger count (بينهم 5, من بين القتلى ثلاثة), or an amount added to another (1400 وحدة أخرى, another 300).
    const part = partOfToll || [tokens[from - 1], tokens[from - 2]].some((t) => inAny(PARTS, t)) || [tokens[from - 1], ...tokens.slice(to + 1, to + 5)].some((t) => inAny(ADDITIONS, t)) || (tokens[from - 1]?.norm === 'بين' && /^و?من$/.test(tokens[from - 2]?.norm ?? '')) || /من بين\s+\S+\s*$/.test(normalizeText(claim.text.slice(0, n.start - claim.start)));
    // An approximate figure's span holds its rounding already; its ends are no rounder than it is.
    const tolerance = n.qualifier === 'about' && n.value !== null ? roundingTolerance(n.value) : Math.max(roundingTolerance(n.low), roundingTolerance(n.high));
    const [cs, ce] = clauseOf(n.start);
    const age = ageHolder(f, n, from, to);
    const holder = age ?? recipientOf(f, from);
    const quantity = age !== null ? 'age' : quantityOf(f, n, from, to);
    // A year written as a bare number (the Clintons' 2014 tax rate) is a date, unless it counts people.
    if (/^(19|20)\d\d$/.test(toLatinDigits(n.text)) && !(quantity !== null && (PINNED.has(quantity) || quantity === 'people'))) continue;
    // Where and when it counts: the places of its clause; the years of its clause for a toll, of
    // the whole claim for an amount a noun does not pin down (a tax rate "from 2007 through 2014").
    const years = yearsIn(quantity !== null && PINNED.has(quantity) ? f.text.slice(cs, ce) : claim.text);
    const running = RUNNING.test(normalizeText(f.text.slice(cs, ce)).toLowerCase());
    const future = FUTURE.test(normalizeText(f.text.slice(cs, ce)).toLowerCase());
    const expected = EXPECTED.test(normalizeText(f.text.slice(cs, n.start)).toLowerCase());
    const earlier = EARLIER.test(normalizeText(claim.text).toLowerCase());
    const scope = { places: [...new Set([...places.filter((p) => p.start >= cs && p.end <= ce).map((p) => p.key), ...placeWords(f, cs, ce)])], years, running, future, expected, earlier };
    // A toll that counts the attacker may be one more than a toll of his victims (4 dead, two
    // police and a passer-by in addition to the attacker / 3 dead).
    const low = quantity === 'killed' && !vague && n.low === n.high && attackerTolls(f.text).has(n.value) ? n.low - 1 : n.low;
    out.push({ mention: n, quantity, vague, part, low, high: n.high, tolerance, scope, context: contextKeys(f, from, to, [cs, ce]), holder, kin });
  }
  return out;
});

function toLatinDigits(text: string): string {
  return text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
}

/** Two figures agree when their spans meet, or the gap between them is less than the coarser one's rounding (36 / 35.7; not 3 / 4). */
function compatible(x: Figure, y: Figure): boolean {
  const gap = Math.max(x.low, y.low) - Math.min(x.high, y.high);
  return gap <= 0 || gap < Math.max(x.tolerance, y.tolerance);
}

/**
 * Figures that may count the same: one quantity, or one that does not say; a count of people or of
 * a group may be the same count as one of the killed (و 43 شخصا في منطقة أغرا; مقتل 7 من الأجهزة
 * الأمنية / قتل سبعة من قوات الأمن).
 */
function kin(u: Figure, v: Figure): boolean {
  const loose = (q: string | null) => q === null || q === 'people' || GROUPS.has(q);
  return u.quantity === v.quantity || loose(u.quantity) || loose(v.quantity);
}

/**
 * `x` of one claim and `y` of the other each agree with a figure of the other claim that may count
 * the same: two quantities in one sentence (food for 27,000 people, medical supplies for 70,000)
 * against one (supplies for more than 27,000): the value that measures the same on both sides agrees.
 */
function agreesElsewhere(x: Figure, y: Figure, fa: readonly Figure[], fb: readonly Figure[]): boolean {
  return fb.some((z) => kin(x, z) && compatible(x, z)) || fa.some((z) => kin(z, y) && compatible(z, y));
}

/** True when `x` and another figure of its claim, of a kindred quantity, add up to `whole` (within their rounding). */
function addsUpTo(x: Figure, own: readonly Figure[], whole: Figure, kin: (u: Figure, v: Figure) => boolean): boolean {
  return own.some((z) => z !== x && !z.vague && kin(x, z) && compatible({ ...x, low: x.low + z.low, high: x.high + z.high, tolerance: Math.max(x.tolerance, z.tolerance) }, whole));
}

/** What the figures of two claims say about each other. */
export interface FigureCues {
  conflicts: Conflict[];
  /** Figures of the same quantity that agree (27,708 and more than 27,700). */
  agree: number;
  /** A vague amount against a figure (عشرات / 31): never a conflict by itself. */
  vague: number;
  /** Figures of different quantities, or of one quantity in different places: not compared. */
  apart: number;
  notes: string[];
}

/** The figure swapped for another in one slot of the sentence (one number removed, one added, little else). */
function swappedSlot(diff: WordDiff, fa: readonly Figure[], fb: readonly Figure[]): [Figure, Figure] | null {
  for (const h of diff.hunks) {
    if (h.removed.length > 2 || h.added.length > 2) continue;
    const x = fa.find((f) => h.removed.some((t) => t.isNumber && t.start >= f.mention.start && t.start < f.mention.end));
    const y = fb.find((f) => h.added.some((t) => t.isNumber && t.start >= f.mention.start && t.start < f.mention.end));
    if (x && y) return [x, y];
  }
  return null;
}

/**
 * 1. Figures: a figure of one claim is a rival of one of the other's when both count the same thing
 * in the same place, neither is vague or a part, and their spans cannot meet; or when one replaces
 * the other in the same slot of the sentence.
 */
export function figureCues(a: ClaimFeatures, b: ClaimFeatures, diff: WordDiff): FigureCues {
  const fa = figuresOf(a);
  const fb = figuresOf(b);
  const cues: FigureCues = { conflicts: [], agree: 0, vague: 0, apart: 0, notes: [] };
  const seen = new Set<Figure>();
  for (const x of fa) {
    for (const y of fb) {
      const same = x.quantity !== null && x.quantity === y.quantity;
      if (compatible(x, y)) {
        // Agreeing figures of one quantity, or large ones that can only be one figure (27,708 ~ 27,700).
        const apartCounts = x.quantity !== null && y.quantity !== null && PINNED.has(x.quantity) && PINNED.has(y.quantity) && !same;
        if (same || x.quantity === null || y.quantity === null || (Math.min(x.mention.value, y.mention.value) >= 100 && !apartCounts)) {
          cues.agree += 1;
          if (x.mention.value !== y.mention.value) cues.notes.push(`figures agree: ${x.mention.text} ~ ${y.mention.text}`);
        }
        continue;
      }
      if (!same) {
        cues.apart += 1;
        continue;
      }
      if (x.vague || y.vague) {
        cues.vague += 1;
        continue;
      }
      // A count of people by what befell them (killed, wounded) is one quantity; anything else
      // (money, a percentage, a noun) needs the same words around it (tax rate of 35.7 / 31.55).
      const pinned = x.quantity !== null && PINNED.has(x.quantity);
      const around = [...x.context].filter((k) => y.context.has(k)).length;
      if (x.part || y.part || !sameScope(x, y) || !samePerson(x, y) || (!pinned && around < 2)) {
        cues.apart += 1;
        continue;
      }
      // A figure that agrees with another figure of the other claim is not in conflict.
      if (agreesElsewhere(x, y, fa, fb)) continue;
      // Parts a claim counts one by one are the whole the other gives (26 passengers and six crew
      // killed / 32 killed): a figure plus another of its claim that adds up to the rival is no rival.
      if (addsUpTo(x, fa, y, kin) || addsUpTo(y, fb, x, kin)) continue;
      if (seen.has(x) || seen.has(y)) continue;
      seen.add(x);
      seen.add(y);
      cues.conflicts.push({ kind: 'number', a: x.mention.text, b: y.mention.text });
    }
  }
  if (cues.conflicts.length === 0) {
    const slot = swappedSlot(diff, fa, fb);
    const fits = (x: Figure, y: Figure) => sameScope(x, y) && samePerson(x, y) && (x.quantity === y.quantity || x.quantity === null || y.quantity === null);
    if (slot && !compatible(...slot) && fits(...slot) && !slot[0].vague && !slot[1].vague && !slot[0].part && !slot[1].part && !agreesElsewhere(...slot, fa, fb)) {
      cues.conflicts.push({ kind: 'number', a: slot[0].mention.text, b: slot[1].mention.text });
    }
  }
  return cues;
}
