// Arabic word classes that the entity and the attribution finders both read, as sets of token keys.
import { wordSet } from '../text/word-sets.js';
import { AR_COMPLEMENTIZERS, AR_BOUNDARY_WORDS, AR_TIME_WORDS, AR_SOURCE_NOUNS } from './lexicons/attribution-words.js';
import { AR_OUTLET_NOUNS, AR_POST_NATIONALITY, AR_NOT_NAMES } from './lexicons/entity-words.js';
import { AR_GIVEN_NAMES } from './lexicons/gazetteer.js';

export const COMPLEMENTIZERS = wordSet(AR_COMPLEMENTIZERS);
export const BOUNDARY = wordSet(AR_BOUNDARY_WORDS);
export const TIME_WORDS = wordSet(AR_TIME_WORDS);
export const SOURCE_NOUNS = wordSet(AR_SOURCE_NOUNS);
export const OUTLET_NOUNS = wordSet(AR_OUTLET_NOUNS);
export const POST_NATIONALITY = wordSet(AR_POST_NATIONALITY);
export const NOT_NAMES = wordSet(AR_NOT_NAMES);
export const GIVEN_NAMES = wordSet(AR_GIVEN_NAMES);
