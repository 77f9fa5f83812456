// Counts told in parts: `3 killed on the spot and a fourth died in hospital` is 4, `خمسة جثث ...
// بينما توفي شخص سادس` is 6, `5 killed ... another died of his wounds` is 6. The ordinal (or
// `another`) must be one more than the count and stand next to a word of dying.
import type { Sentence, Mention } from './sentence.js';
import { ordinalOf } from '../text/number-lookup.js';
import { QUANTITIES } from './lexicons/quantities.js';
import { wordSet, isIn } from './words.js';

const KILLED = QUANTITIES.find((q) => q.key === 'killed')!;
const DYING = wordSet([...KILLED.cues, 'مات', 'ماتت', 'متأثرا', 'متأثرة', 'بجراحه', 'died', 'succumbed']);
const DEATH_VERBS = wordSet(['توفي', 'توفيت', 'وفاة', 'مات', 'ماتت', 'قتل', 'died', 'dies', 'succumbed']);
const WOUNDED = wordSet(QUANTITIES.find((q) => q.key === 'wounded')!.cues);
const ANY_CUE = wordSet(QUANTITIES.flatMap((q) => [...q.cues, ...q.nouns]));
/** `another`, `آخر`: one more of the same. */
const ANOTHER = new Set(['another', 'اخر', 'واخر']);

/** One more than `m`, told later in the sentence: the composed count, or null. */
export function composedCount(s: Sentence, m: Mention): { value: number; end: number; last: number; note: string } | null {
  if (m.value === null || !Number.isInteger(m.value)) return null;
  const from = Math.max(m.last, m.countsAt) + 1;
  for (let k = from; k < s.tokens.length && k <= from + 14; k += 1) {
    const t = s.tokens[k];
    if (t.kind === 'num') return null;
    if (t.kind !== 'word') continue;
    const ordinal = ordinalOf(t.norm);
    const another = ANOTHER.has(t.norm);
    if (ordinal !== m.value + 1 && !another) continue;
    if (another && s.tokens[k + 1]?.kind === 'num') return null; // `another 3 died`: a figure of its own
    // `وفاة سادس`, `a fourth died`; `another` only right next to a verb of dying, never `وأصيب آخر` (another was wounded).
    const dying = another
      ? [-1, 1].some((d) => isIn(DEATH_VERBS, s.tokens[k + d])) && ![-1, 1].some((d) => isIn(WOUNDED, s.tokens[k + d]))
      : [-3, -2, -1, 1, 2, 3].some((d) => isIn(DYING, s.tokens[k + d]));
    if (!dying) continue;
    const word = s.text.slice(t.start, t.end);
    return { value: m.value + 1, end: t.end, last: k, note: `${m.text} + ${another ? `${word} (one more)` : word}` };
  }
  return null;
}

/**
 * `قتل 9 طلبة ومعلما`, `9 students and a teacher`: a plural count and one more person joined by
 * `و`/`and`. The Arabic singular is the indefinite accusative (`ومعلما`, `وشرطيا`); English says `a`/`an`.
 */
export function andOneMore(s: Sentence, m: Mention): { value: number; end: number; last: number; note: string } | null {
  if (m.value === null || !Number.isInteger(m.value) || m.countsAt < 0) return null;
  const k = m.countsAt + 1;
  const t = s.tokens[k];
  if (!t || t.kind !== 'word' || t.gap === 2) return null;
  let last = -1;
  if (/^[a-z]/.test(t.norm)) {
    const one = s.tokens[k + 1];
    const noun = s.tokens[k + 2];
    if (t.norm === 'and' && (one?.norm === 'a' || one?.norm === 'an' || one?.norm === 'one') && noun?.kind === 'word' && !/s$/.test(noun.norm)) last = k + 2;
  } else if (t.norm.length >= 4 && t.norm[0] === 'و' && t.norm.endsWith('ا') && !t.norm.endsWith('وا') && !isIn(ANY_CUE, t)) last = k;
  if (last < 0) return null;
  const end = s.tokens[last].end;
  return { value: m.value + 1, end, last, note: `${m.text} + ${s.text.slice(t.start, end)} (one more)` };
}
