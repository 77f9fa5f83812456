// Word classes only the attribution finders read (reporting verbs, channel markers ...), normalized once; shared ones are in ../word-classes.ts.
import { REPORTING_VERBS, type ReportingVerb } from '../lexicons/reporting-verbs.js';
import {
  AR_CHANNEL_MARKERS, AR_CHANNEL_FILLERS, AR_CITING_MARKERS, AR_STATEMENT_WORDS, AR_OPENERS, AR_RELATIVES,
  AR_NEXT_COMPLEMENT, AR_KAN, AR_MODALS, AR_EMPHATIC, AR_RESUMPTIVE, EN_CLAUSE_WORDS, EN_VERB_MODIFIERS,
  EN_TIME_WORDS, EN_PRONOUNS, EN_DETERMINERS, EN_SOURCE_NOUNS, EN_OUTLET_NOUNS, EN_STATEMENT_WORDS,
  EN_NON_PERSON_SOURCES, EN_TIME_INTRO_WORDS,
} from '../lexicons/attribution-words.js';
import { wordKey, wordSet as set } from '../../text/word-sets.js';
import { GIVEN_NAMES, OUTLET_NOUNS, SOURCE_NOUNS, isTitleWord } from '../word-classes.js';

// Reporting verbs by normalized form.
export const AR_VERBS = new Map<string, ReportingVerb>();
export const EN_VERBS = new Map<string, ReportingVerb>();
for (const entry of REPORTING_VERBS) {
  for (const form of entry.forms) (entry.language === 'ar' ? AR_VERBS : EN_VERBS).set(wordKey(form), entry);
}
/** Present-tense forms: يقول and تقول are both listed, تابع (a past form starting with ت) has no pair. */
export const AR_IMPERFECT = new Set(
  [...AR_VERBS.keys()].filter((f) => /^[يت]/.test(f) && AR_VERBS.has('ي' + f.slice(1)) && AR_VERBS.has('ت' + f.slice(1))),
);

// Arabic.

export const CHANNEL_MARKERS = set(AR_CHANNEL_MARKERS);
export const CHANNEL_FILLERS = set(AR_CHANNEL_FILLERS);
export const CITING_MARKERS = set(AR_CITING_MARKERS);
export const STATEMENT_WORDS = set(AR_STATEMENT_WORDS);
export const OPENERS = set(AR_OPENERS);
export const RELATIVES = set(AR_RELATIVES);
export const NEXT_COMPLEMENT = set(AR_NEXT_COMPLEMENT);
export const KAN = set(AR_KAN);
export const MODALS = set(AR_MODALS);
export const EMPHATIC = set(AR_EMPHATIC);
export const RESUMPTIVE = set(AR_RESUMPTIVE);

/** True for a title, source, outlet noun or given name as a word on its own. */
export function isActorWord(norm: string): boolean {
  return isTitleWord(norm) || SOURCE_NOUNS.has(norm) || OUTLET_NOUNS.has(norm) || GIVEN_NAMES.has(norm);
}

// English.

export const EN_CLAUSE = set(EN_CLAUSE_WORDS);
export const EN_MODIFIERS = set(EN_VERB_MODIFIERS);
export const EN_TIME = set(EN_TIME_WORDS);
export const EN_PRONOUN_SET = set(EN_PRONOUNS);
export const EN_DETERMINER_SET = set(EN_DETERMINERS);
export const EN_OUTLET_NOUN_SET = set(EN_OUTLET_NOUNS);
export const EN_STATEMENT_SET = set(EN_STATEMENT_WORDS);
export const EN_SOURCE_PEOPLE = set(EN_SOURCE_NOUNS.filter((w) => !EN_NON_PERSON_SOURCES.includes(w)));
export const EN_SOURCE_NOUN_SET = set(EN_SOURCE_NOUNS);
export const EN_TIME_INTRO = set(EN_TIME_INTRO_WORDS);
