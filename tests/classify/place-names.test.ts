// Which words of a real sentence name a place (`placeNameOf`): names are matched through their
// transliteration fold, which drops long vowels and joins ج غ ق, so a short common word must not
// pass for a place whose fold it shares; and a surname that is a country is no place. Reads the
// ANT corpus and the AllSides crawl; skips when they are absent.
import { describe, expect, it } from 'vitest';
import { antSentence, hasAnt } from './support.js';
import { claimFromText } from '../../src/claims/extract.js';
import { featuresOf } from '../../src/align/align.js';
import { placeNameOf } from '../../src/classify/cues/names.js';
import { countriesOf, placesOf } from '../../src/classify/cues/places.js';
import { allsidesSentence, hasAllsides } from '../support/ant.js';

describe.skipIf(!hasAnt)('place names in ANT sentences (skipped when ../shared/data/ant-corpus-multisource is absent)', () => {
  it.each([
    // Putin on Syria: "created (خلق) conditions ... the Syrian (السوري) national dialogue congress".
    // خلق folds as الخليج does; the adjective السوري folds to its country (Astana and Sochi are not in the table).
    ['FR-internationalNews-1299-20180517', 'وقال "بفضل هذه النجاحات العسكرية', ['السوري']],
  ])('%s: %j', (docno, anchor, expected) => {
    const text = antSentence(docno, anchor);
    const [f] = featuresOf([{ text, language: 'ar', claims: [claimFromText('s1', text, 'ar')] }]);
    expect(f.tokens.filter((t) => placeNameOf(t) !== null).map((t) => t.text)).toEqual(expected);
  });
});

describe.skipIf(!hasAllsides)('a surname that is a country (skipped when ../shared/data/allsides-neus is absent)', () => {
  it('"Reps. Jim Jordan of Ohio and Jim Banks of Indiana": the entity finder marks Jim a person and Jordan a place; Jordan after a person\'s name names no place or country of the story (Pelosi rejects two Republicans for the 6 January committee)', () => {
    const text = allsidesSentence(5841, 'right', 'Reps. Jim Jordan of Ohio');
    const [f] = featuresOf([{ text, language: 'en', claims: [claimFromText('s1', text, 'en')] }]);
    expect(placesOf(f.claim).map((e) => e.text)).not.toContain('Jordan');
    expect([...countriesOf(f)]).toEqual([]);
  });
});

describe.skipIf(!hasAnt)('the countries a sentence names (skipped when ../shared/data/ant-corpus-multisource is absent)', () => {
  it.each<[string, string, string[]]>([
    // السيارة folds as سوريا does; جلال أباد is a town the gazetteer knows, no country.
    ['FR-internationalNews-1223-20180513', 'قتل مهاجمان في تفجير', []],
    ['SK-internationalNews-1557-20180513', 'اقتحموا المبنى الحكومي بمدينة جلال أباد', []],
    // بنيبال: a country written with a clitic.
    ['SK-internationalNews-300-20180312', 'شهد العالم عددا من حوادث', ['نبل']],
  ])('%s «%s»: %j', (docno, anchor, expected) => {
    const text = antSentence(docno, anchor);
    const [f] = featuresOf([{ text, language: 'ar', claims: [claimFromText('s1', text, 'ar')] }]);
    expect([...countriesOf(f)]).toEqual(expected);
  });
});
