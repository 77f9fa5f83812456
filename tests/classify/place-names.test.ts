// Which words of a real sentence name a place (`placeNameOf`): names are matched through their
// transliteration fold, which drops long vowels and joins ج غ ق, so a short common word must not
// pass for a place whose fold it shares. Reads the ANT corpus; skips when it is absent.
import { describe, expect, it } from 'vitest';
import { antSentence, hasAnt } from './support.js';
import { claimFromText } from '../../src/claims/extract.js';
import { featuresOf } from '../../src/align/align.js';
import { placeNameOf } from '../../src/classify/cues/names.js';

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
