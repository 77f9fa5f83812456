// Reports without a number: that there were no casualties (`لم ترد أنباء عن سقوط قتلى`, `no one was
// hurt`), that it is not yet known whether there were any (`لم يتضح بعد ما إذا كان الانفجار أسفر عن
// سقوط قتلى`, `it was unclear whether anyone was killed`), and plain mentions that there were some
// (`قتلى وجرحى`, `people were killed`), against which an absence is a difference worth showing.
import type { Sentence } from './sentence.js';
import { sameClause } from './sentence.js';
import { ABSENCE_WORDS, NEGATORS, UNKNOWN_WORDS } from './lexicons/context.js';
import { QUANTITIES } from './lexicons/quantities.js';
import { WordTable, isIn, wordSet } from './words.js';

const NEGATOR = wordSet(NEGATORS);
/** A cheap test on the raw sentence: a negator as a word of its own (with `و`/`ف`), Arabic or English. */
const MAY_NEGATE = /(^|[^\u0621-\u064A])[وف]?(لم|لا|دون|بدون|عدم)([^\u0621-\u064A]|$)|\b(no|not|without|none|nobody|unclear)\b/i;
const UNKNOWN = wordSet(UNKNOWN_WORDS);
const ABSENT = new WordTable(ABSENCE_WORDS);
/** A nationality adjective (`فرنسيين`, `الأمريكي`): the nisba ending. */
const NISBA = /^(ال)?[^\s]{2,}(ي|يين|يون|ية)$/;
const COUNT_WORDS = new Set(['عدد', 'عددهم', 'حصيله', 'number', 'many', 'toll']);
/** `دون إعطاء تفاصيل حول الضحايا`, `no details on the victims`: what is withheld is detail, not the casualties. */
const DETAIL_WORDS = wordSet(['تفاصيل', 'معلومات', 'هوية', 'هويات', 'اسم', 'أسماء', 'details', 'information', 'identities', 'name', 'names', 'comment']);
/** `وبدون احتساب ضحايا حادث الطائرة`, `not counting`, `excluding`: a negator before a count verb leaves some out of a total; it says none of nothing. */
const COUNTING_WORDS = wordSet(['احتساب', 'حساب', 'احتسابه', 'إحصاء', 'counting', 'including', 'excluding']);
/** `دون إعطاء أي تفاصيل بشأن إن كان قد سقط ضحايا`: details withheld on whether there were casualties is "not known". */
const WHETHER_WORDS = wordSet(['إذا', 'إن', 'whether', 'if']);
const KILLED_OR_WOUNDED = new WordTable(
  QUANTITIES.filter((q) => q.key === 'killed' || q.key === 'wounded').flatMap((q) => [...q.nouns, ...q.cues].map((w) => [w, q.key] as const)),
);

/** A report without a number: none, not known, or some. */
export interface Unnumbered {
  quantity: string;
  kind: 'none' | 'unknown' | 'some';
  start: number;
  end: number;
  first: number;
  last: number;
  /** The group the absence is about (`لا ضحايا فرنسيين`), or null for everyone. */
  group?: string | null;
}

/** Negated casualty words of a sentence: `none` or `unknown`, per quantity. */
export function absencesOf(s: Sentence): Unnumbered[] {
  const out: Unnumbered[] = [];
  if (!MAY_NEGATE.test(s.claim.text)) return out;
  for (let i = 0; i < s.tokens.length; i += 1) {
    if (!isIn(NEGATOR, s.tokens[i])) continue;
    let unknown = s.tokens[i].norm === 'unclear';
    for (let k = i + 1; k < s.tokens.length && k <= i + 11; k += 1) {
      const t = s.tokens[k];
      if (t.kind === 'num' || (!sameClause(s, i, k) && !unknown)) break;
      if (t.kind !== 'word') continue;
      // `لم تحدد الشرطة عدد الضحايا`, `not clear how many`: the number is not given, but there were some.
      if (isIn(COUNTING_WORDS, t)) break;
      if (DETAIL_WORDS.has(t.norm) && !unknown) {
        const whether = s.tokens.slice(k + 1, k + 6).findIndex((u) => u.kind === 'word' && isIn(WHETHER_WORDS, u));
        if (whether < 0) break;
        unknown = true;
        continue;
      }
      if (COUNT_WORDS.has(t.norm)) break;
      if (UNKNOWN.has(t.norm)) unknown = true;
      // Without a word of doubt, the casualty word must follow closely: `دون وقوع إصابات`, `no one was hurt`.
      if (!unknown && k > i + 6) break;
      const quantities = ABSENT.get(t.norm);
      if (!quantities) continue;
      // `لا ضحايا فرنسيين`, `no Americans were hurt`: none of one group, not none at all.
      const group = [s.tokens[k + 1], s.tokens[i + 1]].find((u) => u && u.kind === 'word' && (NISBA.test(u.norm) || /^\p{Lu}/u.test(s.text[u.start] ?? '') && u.norm.endsWith('s')));
      for (const quantity of quantities) {
        out.push({ quantity, kind: unknown ? 'unknown' : 'none', start: s.tokens[i].start, end: t.end, first: i, last: k, group: group ? s.text.slice(group.start, group.end) : null });
      }
      i = k;
      break;
    }
  }
  return out;
}

/** Casualty words outside any negation and any figure: the sentence says some were killed or wounded. */
export function somesOf(s: Sentence, taken: ReadonlySet<number>): Unnumbered[] {
  const out: Unnumbered[] = [];
  for (let k = 0; k < s.tokens.length; k += 1) {
    const t = s.tokens[k];
    if (t.kind !== 'word' || taken.has(k)) continue;
    const quantity = KILLED_OR_WOUNDED.get(t.norm);
    if (!quantity || out.some((u) => u.quantity === quantity)) continue;
    out.push({ quantity, kind: 'some', start: t.start, end: t.end, first: k, last: k });
  }
  return out;
}
