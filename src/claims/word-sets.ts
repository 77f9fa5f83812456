// Arabic word classes that the entity and the attribution finders both read, normalized once.
import { normalizeText } from '../text/normalize.js';
import { AR_COMPLEMENTIZERS, AR_BOUNDARY_WORDS, AR_TIME_WORDS, AR_SOURCE_NOUNS } from './lexicons/attribution-words.js';
import { AR_OUTLET_NOUNS, AR_POST_NATIONALITY, AR_NOT_NAMES } from './lexicons/entity-words.js';
import { AR_GIVEN_NAMES } from './lexicons/gazetteer.js';

/** A word list as a set of normalized words: tokens are matched on their normalized form. */
export const normalizedSet = (words: string[]): Set<string> => new Set(words.map(normalizeText));

export const COMPLEMENTIZERS = normalizedSet(AR_COMPLEMENTIZERS);
export const BOUNDARY = normalizedSet(AR_BOUNDARY_WORDS);
export const TIME_WORDS = normalizedSet(AR_TIME_WORDS);
export const SOURCE_NOUNS = normalizedSet(AR_SOURCE_NOUNS);
export const OUTLET_NOUNS = normalizedSet(AR_OUTLET_NOUNS);
export const POST_NATIONALITY = normalizedSet(AR_POST_NATIONALITY);
export const NOT_NAMES = normalizedSet(AR_NOT_NAMES);
export const GIVEN_NAMES = normalizedSet(AR_GIVEN_NAMES);
