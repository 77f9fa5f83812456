// Whether an article counts the attacker among the dead. Tolls are given with or without the one
// who carried the attack out (Liège, May 2018: "four dead, among them two policemen in addition to
// the attacker" and "three dead, among them two policewomen" tell one attack). An article that
// tells the attacker died may count him in its toll: its victims may be one fewer.
import type { Sentence } from './sentence.js';
import type { RawFigure } from './read.js';
import { sameClause } from './sentence.js';
import { PERPETRATOR_NOUNS } from './lexicons/context.js';
import { QUANTITIES } from './lexicons/quantities.js';
import { isIn, wordSet } from './words.js';

/** The note of a toll that may count the attacker: the claim pairs read it too (updates.ts). */
export const ATTACKER_NOTE = 'may count the attacker, whom the article tells died';

const PERPETRATOR = wordSet(PERPETRATOR_NOUNS);
/** Nouns of killing (`مقتل المهاجم`, `قتل المسلح واثنين`): the perpetrator right after one is among the dead. */
const KILLING = wordSet(['مقتل', 'قتل', 'مصرع', 'killing', 'death']);
/** English after the perpetrator (`the gunman was killed`, `the attacker died`; not `the gunman killed three`). */
const DIED = wordSet(['killed', 'dead', 'slain']);
const BE = wordSet(['was', 'is', 'were']);
/** A cheap test on the raw sentence: could it name the perpetrator? */
const MAY_NAME = /مهاجم|مسلح|منفذ|انتحاري|جاني|gunman|shooter|attacker|assailant|bomber|perpetrator|suspect/i;
/** The dead as a group (`من بين القتلى`, `among the dead`). */
const DEAD = wordSet(QUANTITIES.find((q) => q.key === 'killed')!.nouns);
const AMONG = wordSet(['بين', 'بينهم', 'among', 'including']);
/** How far after `among the dead` the perpetrator may be named (`ومن بين القتلى شرطيان إضافة للمهاجم`). */
const LIST_REACH = 5;

/** Whether the sentence tells the attacker died: killed right after a noun of killing, with `و` and no count after him, or named among the dead. */
export function tellsAttackerDied(s: Sentence): boolean {
  if (!MAY_NAME.test(s.claim.text)) return false;
  const t = s.tokens;
  for (let k = 0; k < t.length; k += 1) {
    if (!isIn(PERPETRATOR, t[k])) continue;
    // `مقتل المهاجم`, `قتل المسلح واثنين من ضباط الشرطة` (not `قتل المسلح ثلاثة أشخاص`: he killed them).
    if (k > 0 && isIn(KILLING, t[k - 1]) && t[k + 1]?.kind !== 'num' && sameClause(s, k - 1, k)) return true;
    if (/^[a-z]/.test(t[k].norm) && (t[k + 1]?.norm === 'died' || (isIn(BE, t[k + 1]) && isIn(DIED, t[k + 2])))) return true;
    // `ومن بين القتلى شرطيان إضافة للمهاجم`, `among the dead was the gunman`.
    for (let j = k - 1; j >= 1 && j >= k - LIST_REACH && sameClause(s, j, k); j -= 1) {
      if (isIn(DEAD, t[j]) && isIn(AMONG, t[j - 1])) return true;
    }
  }
  return false;
}

/**
 * An article that tells the attacker died may count him in its tolls: each toll of everyone (no
 * sub-group) of two or more starts one lower (`four dead` is three or four victims).
 */
export function mayCountAttacker(figures: RawFigure[], sentences: readonly Sentence[]): void {
  const tolls = figures.filter((f) => f.quantity === 'killed' && f.kind === 'number' && f.group === null && f.value !== null && f.low === f.value && f.value >= 2);
  if (tolls.length === 0 || !sentences.some(tellsAttackerDied)) return;
  for (const f of tolls) {
    f.low -= 1;
    f.note ??= ATTACKER_NOTE;
  }
}
