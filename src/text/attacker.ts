// Whether an article counts its attacker among the dead: one reading for the claim pairs
// (classify/cues/figures.ts) and the figures table (figures/attacker.ts). Tolls are given with or
// without the one who carried the attack out (Liège, May 2018: "four dead, among them two policemen
// in addition to the attacker" and "three dead, among them two policewomen" tell one attack).
//
// A sentence tells the attacker is among the dead in two ways:
//   1. `counted`: its toll is told with him (`شرطيان إضافة للمهاجم`, `بمن فيهم المسلح`,
//      `including the gunman`): its figures count him;
//   2. `dead`: it tells he died (`مقتل المهاجم`, `قتل المسلح واثنين من ضباط الشرطة`, `the gunman was
//      killed`, `among the dead was the attacker`): the article's tolls may count him.
// The claim pairs read a figure of a `counted` sentence (and the same value elsewhere in the
// article) as one more than its victims; the table reads every toll of an article with either as
// possibly one more.
import { normalizeText } from './normalize.js';
import { findNumbers } from './numbers.js';
import { scanTokens, type ScanToken } from './scan.js';

export type AttackerReading = 'counted' | 'dead' | null;

/** A toll told as counting the attacker (one attacker, singular: not `المهاجمين`). */
const WITH_ATTACKER = new RegExp(
  [
    '(?:^|\\s)(?:بال|ب|و)?اضاف[هة]\\s+(?:الى\\s+ال|لل)(?:مهاجم|مسلح|منفذ|انتحاري|مشتبه)(?![يو])',
    '(?:^|\\s)بمن\\s+في(?:هم|ه)\\s+(?:ال)?(?:مهاجم|مسلح|منفذ|انتحاري)(?![يو])',
    '\\b(?:including|in addition to|plus) the (?:gunman|attacker|shooter|assailant|bomber|perpetrator)\\b',
  ].join('|'),
);
/** A cheap test on the raw sentence: could it name the perpetrator? */
const MAY_NAME = /مهاجم|مسلح|منفذ|انتحاري|جاني|مشتبه|gunman|shooter|attacker|assailant|bomber|perpetrator|suspect/i;
/** The one who carried the attack out, behind the clitics و ف ب ل. */
const PERPETRATOR = /^(?:[وف]?(?:[بل]?ال|لل)?(?:مهاجم|مسلح|انتحاري|جاني)|[وف]?[بل]?منفذ|gunman|shooter|attacker|assailant|bomber|perpetrator|suspect)$/;
/** Nouns of killing (`مقتل المهاجم`, `قتل المسلح واثنين`): the perpetrator right after one is among the dead. */
const KILLING = /^(?:[وف]?[بل]?(?:مقتل|قتل|مصرع)|killing|death)$/;
/** English after the perpetrator (`the gunman was killed`, `the attacker died`; not `the gunman killed three`). */
const DIED = new Set(['killed', 'dead', 'slain']);
const BE = new Set(['was', 'is', 'were']);
/** The dead as a group (`من بين القتلى`, `among the dead`). */
const DEAD = /^(?:[وف]?(?:ال)?(?:قتلى|ضحايا|شهداء|قتيلا|قتيل)|dead|killed|victims|fatalities)$/;
const AMONG = new Set(['بين', 'بينهم', 'among', 'including']);
/** How far after `among the dead` the perpetrator may be named (`ومن بين القتلى شرطيان إضافة للمهاجم`). */
const LIST_REACH = 5;
/** Punctuation that ends a clause. */
const CLAUSE_ENDS = new Set([',', ';', ':', '.', '!', '?', '(', ')', '-']);

/** Whether the sentence `text.slice(start, end)` tells the attacker is among the dead, and how. */
export function attackerInSentence(text: string, start = 0, end = text.length): AttackerReading {
  const norm = normalizeText(text.slice(start, end)).toLowerCase();
  if (!MAY_NAME.test(norm)) return null;
  if (WITH_ATTACKER.test(norm)) return 'counted';
  const t = scanTokens(text, start, end);
  const clause: number[] = [];
  let c = 0;
  for (const token of t) {
    clause.push(c);
    if (token.kind === 'punct' && CLAUSE_ENDS.has(token.norm)) c += 1;
  }
  const word = (k: number, re: RegExp | Set<string>): boolean => {
    const w: ScanToken | undefined = t[k];
    return w !== undefined && w.kind === 'word' && (re instanceof Set ? re.has(w.norm) : re.test(w.norm));
  };
  for (let k = 0; k < t.length; k += 1) {
    if (!word(k, PERPETRATOR)) continue;
    // `مقتل المهاجم`, `قتل المسلح واثنين من ضباط الشرطة` (not `قتل المسلح ثلاثة أشخاص`: he killed them).
    if (word(k - 1, KILLING) && t[k + 1]?.kind !== 'num' && clause[k - 1] === clause[k]) return 'dead';
    if (/^[a-z]/.test(t[k].norm) && (t[k + 1]?.norm === 'died' || (word(k + 1, BE) && word(k + 2, DIED)))) return 'dead';
    // `among the dead was the gunman`.
    for (let j = k - 1; j >= 1 && j >= k - LIST_REACH && clause[j] === clause[k]; j -= 1) {
      if (word(j, DEAD) && word(j - 1, AMONG)) return 'dead';
    }
  }
  return null;
}

const TOLLS = new Map<string, Set<number>>();

/**
 * The tolls an article says count its attacker (قتل أربعة أشخاص ... ومن بين القتلى شرطيان إضافة
 * للمهاجم): the values of its sentences read `counted`. The same toll elsewhere in the article (its
 * lead: قتل أربعة أشخاص) counts him too, and may be one more than a toll of the victims alone.
 */
export function attackerTolls(text: string): Set<number> {
  let out = TOLLS.get(text);
  if (out) return out;
  out = new Set();
  if (MAY_NAME.test(normalizeText(text).toLowerCase())) {
    for (const m of text.matchAll(/[^.!?؟\n]+/g)) {
      const at = m.index ?? 0;
      if (attackerInSentence(text, at, at + m[0].length) !== 'counted') continue;
      for (const n of findNumbers(m[0])) if (!n.isDateLike && n.low === n.high) out.add(n.value);
    }
  }
  if (TOLLS.size > 1000) TOLLS.clear();
  TOLLS.set(text, out);
  return out;
}
