// The negating ما opens its clause (ما كان يجب أن يبرم); after a conditional (إذا ما كانت صادقة,
// "if it is sincere"), a preposition or a noun (بحسب ما قالت, على غرار ما حدث) or a complementizer
// (إن ما حدث, "what happened") it negates nothing. Real ANT sentences, read from ../shared at test
// time (skipped when it is absent).
import { describe, expect, it } from 'vitest';
import { antSentence, hasAnt, relationOf } from './support.js';
import { claimFromText } from '../../src/claims/extract.js';
import { featuresOf } from '../../src/align/align.js';
import { negationsOf } from '../../src/classify/cues/negation.js';

/** The negating words of a sentence and what each negates: `ما>يبرم`. */
function negations(text: string): string[] {
  const [f] = featuresOf([{ text, language: 'ar', claims: [claimFromText('s1', text, 'ar')] }]);
  return negationsOf(f).map((n) => `${f.tokens[n.at].norm}>${n.targets.map((k) => f.tokens[k].norm).join(',')}`);
}

/** The negations whose word is ما, with or without its conjunction. */
const maNegations = (text: string) => negations(text).filter((n) => /^[وف]?ما>/.test(n));

describe.skipIf(!hasAnt)('ما negates only as the first word of its clause (ANT; skipped without ../shared)', () => {
  it.each([
    ['after a conditional: إذا ما كانت صادقة, "if it is sincere" (Moon on the drills)', 'FR-internationalNews-1874-20180617', 'إذا ما كانت صادقة'],
    ['after a conditional: إذا ما وقعت في المحظور (Europe and US sanctions on Iran)', 'SK-internationalNews-1640-20180518', 'إذا ما وقعت'],
    ['after a preposition: بحسب ما قالت القوات الجوية (Puerto Rico plane crash)', 'SK-internationalNews-1319-20180502', 'بحسب ما قالت'],
    ['after a noun: على غرار ما حدث مع ليبيا, "as happened with Libya" (Libya model for North Korea)', 'SK-internationalNews-1601-20180516', 'على غرار ما حدث'],
    ['after a complementizer: إن ما حدث عبارة عن, "what happened is" (US on the Golan label)', 'SK-middleEast-1169-20180421', 'إن ما حدث عبارة'],
  ])('no negation %s', (_name, docno, anchor) => {
    const text = antSentence(docno, anchor);
    expect(maNegations(text)).toEqual([]);
  });

  it.each([
    ['after و: وما كان ينبغي أبدا التوصل إليها, "and should never have been reached" (Iran deal)', 'BB-middleEast-476-20180509', 'وما كان ينبغي', 'وما>ينبغي'],
    ['after a comma: ما كان يجب عليه إطلاق النار, "he should not have fired" (Sacramento shooting)', 'SK-internationalNews-646-20180328', 'ما كان يجب عليه', 'ما>يجب'],
  ])('a negation %s', (_name, docno, anchor, expected) => {
    const text = antSentence(docno, anchor);
    expect(maNegations(text)).toEqual([expected]);
  });

  it('"if it is sincere" (إذا ما كانت صادقة) and the same words written إذا ماكانت are no conflict (Moon on the drills)', () => {
    const a = antSentence('FR-internationalNews-1874-20180617', 'إذا ما كانت صادقة');
    const b = antSentence('SK-internationalNews-2178-20180617', 'إذا ماكانت صادقة');
    expect(relationOf(a, b)).not.toMatch(/negation/);
  });
});
