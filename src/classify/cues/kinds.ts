// One word swapped for another of the same kind: two numbers written as words, ordinals, months,
// weekdays, currencies, commodities, professions, offences ... The rest of the two claims says the
// same, so the swapped word is what they disagree on (الدولار يسجل أعلى مستوى / أعلى مستوى لليورو;
// متهم باغتصاب / يتهم بقتل). A feature the model weighs, not a verdict. Places, nationalities and
// people are left to their own cue (swaps.ts), which knows a capital from its country and the
// places a comparison names together.
import type { Conflict, Token } from '../../types.js';
import type { ClaimFeatures } from '../../align/features.js';
import type { WordDiff } from '../../align/word-diff.js';
import { normalizeText } from '../../text/normalize.js';
import { stemKey, wordKey } from '../../text/word-sets.js';
import { lookupWord, ordinalOf } from '../../text/number-lookup.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../text/lexicons/months.js';
import { wordKinds } from '../lexicons/kinds.js';
import { allKeys, cliticFree, sharesKey } from '../words.js';

/** Word (normalized form or stem) -> [kind, member]. */
const KINDS = new Map<string, [string, string]>();
for (const [kind, words] of Object.entries(wordKinds)) {
  for (const w of words) {
    const member = stemKey(w);
    for (const key of [wordKey(w), member, wordKey(w).replace(/^ال(?=..)/, '')]) if (!KINDS.has(key)) KINDS.set(key, [kind, member]);
  }
}
for (const [kind, names] of [['month', MONTH_NAMES], ['weekday', WEEKDAY_NAMES]] as const) {
  for (const [name, value] of names) if (!/\s/.test(name.trim())) KINDS.set(normalizeText(name), [kind, String(value)]);
}

/** Number words that name one number (not أحد "one of", not vague or plural amounts). */
const NUMBER_KINDS = new Set(['unit', 'ten', 'hundred', 'scale', 'dual']);

/** The kind of a word and which member of it it is (`currency`, `يورو`), or null. */
export function kindOf(t: Token): [string, string] | null {
  if (t.isNumber) return ['number', t.norm];
  if (t.isStop) return null;
  for (const form of cliticFree(t.norm).flatMap((f) => (f.startsWith('ال') && f.length > 4 ? [f, f.slice(2)] : [f]))) {
    const number = lookupWord(form, false);
    if (number && NUMBER_KINDS.has(number.entry.kind)) return ['number', String(number.entry.value)];
    const ordinal = ordinalOf(form);
    if (ordinal !== null) return ['ordinal', String(ordinal)];
  }
  for (const key of [...cliticFree(t.norm), t.stem]) {
    const hit = KINDS.get(key);
    if (hit) return hit;
  }
  return null;
}

/** Words that differ between two claims that say the rest alike: at most this many on each side. */
const SWAP_WORDS = 3;

/**
 * The first word of `removed` and word of `added` of one kind and different members, neither found
 * in the other claim in any form, or null.
 */
function kindPair(removed: readonly Token[], added: readonly Token[], a: ClaimFeatures, b: ClaimFeatures): Conflict | null {
  const [keysA, keysB] = [allKeys(a), allKeys(b)];
  const ra = removed.filter((t) => !sharesKey(t, keysB));
  const rb = added.filter((t) => !sharesKey(t, keysA));
  if (ra.length === 0 || rb.length === 0 || ra.length > SWAP_WORDS || rb.length > SWAP_WORDS) return null;
  for (const x of ra) {
    const kx = kindOf(x);
    if (kx === null) continue;
    for (const y of rb) {
      const ky = kindOf(y);
      if (ky !== null && ky[0] === kx[0] && ky[1] !== kx[1]) return { kind: 'wording', a: x.text, b: y.text };
    }
  }
  return null;
}

/** A word swapped for another of its kind, in one hunk of the diff or among the few words each claim alone has. */
export function sameKindSwap(a: ClaimFeatures, b: ClaimFeatures, diff: WordDiff): Conflict | null {
  for (const h of diff.hunks) {
    const found = kindPair(h.removed, h.added, a, b);
    if (found) return found;
  }
  return kindPair(a.tokens, b.tokens, a, b);
}
