// Whether an article counts the attacker among the dead. Tolls are given with or without the one
// who carried the attack out (Liège, May 2018: "four dead, among them two policemen in addition to
// the attacker" and "three dead, among them two policewomen" tell one attack). An article that
// tells the attacker died may count him in its toll: its victims may be one fewer.
import type { Sentence } from './sentence.js';
import type { RawFigure } from './read.js';
import { attackerInSentence } from '../text/attacker.js';

/** The note of a toll that may count the attacker: the claim pairs read it too (updates.ts). */
export const ATTACKER_NOTE = 'may count the attacker, whom the article tells died';

/** Whether the sentence tells the attacker is among the dead: told dead, or counted in its toll (text/attacker.ts). */
export function tellsAttackerDied(s: Sentence): boolean {
  return attackerInSentence(s.text, s.claim.start, s.claim.end) !== null;
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
