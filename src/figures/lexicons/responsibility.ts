// Words of claiming an attack, Arabic and English (general knowledge): the verbs that claim it,
// the verbs that deny it, the noun, and the words that show a sentence is about other attacks.

/** Verbs that claim responsibility (`أعلن تنظيم داعش مسؤوليته`, `تبنى`, `claimed responsibility`). */
export const CLAIM_VERBS: readonly string[] = [
  'أعلن', 'أعلنت', 'يعلن', 'تعلن', 'أعلنوا', 'تبنى', 'تبنت', 'يتبنى', 'تتبنى', 'يتبن', 'تتبن', 'claimed', 'claim', 'claims', 'claiming',
  // ادعى مسؤوليته (claimed it), and the nouns: إعلان التنظيم مسؤوليته (its claim of responsibility).
  'ادعى', 'ادعت', 'يدعي', 'تدعي', 'إعلان',
];

/** Verbs that deny it: a denial is no claim and no "no one has claimed it". */
export const DENIAL_VERBS: readonly string[] = ['نفى', 'نفت', 'ينفي', 'تنفي', 'نفوا', 'denied', 'denies', 'deny', 'denying'];

/**
 * `مسؤولية` with its clitics and pronouns, on the normalized form (`مسووليتها`, `المسووليه`), and
 * `responsibility`; not `مسؤول` (an official).
 */
export const RESPONSIBILITY_PATTERN = /^(?:[وف]?[بل]?(?:ال)?مس[وي]ولي(?:ه|ت(?:ه|ها|هم|هما))|responsibility)$/;

/** Words that show the claim is about many or other attacks (`الكثير من الهجمات`, `many attacks`). */
export const MANY_WORDS: readonly string[] = ['الكثير', 'العديد', 'عدة', 'سلسلة', 'many', 'several', 'series'];

/** `ذلك الهجوم`, `that attack`: one told before, not this event. */
export const THAT_WORDS: readonly string[] = ['ذلك', 'تلك', 'that'];
