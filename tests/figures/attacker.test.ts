// One reading of "the attacker is among the dead" (src/text/attacker.ts) for the claim pairs and the
// figures table: real sentences of the Liège shooting (29 May 2018) and the Kabul bombings (30 April 2018).
import { describe, expect, it } from 'vitest';
import { attackerInSentence, attackerTolls } from '../../src/text/attacker.js';

describe('the attacker among the dead (text/attacker.ts)', () => {
  it.each([
    // France 24: the toll is told with him: its four count him.
    ['counted', 'قتل الثلاثاء في مدينة لييج البلجيكية أربعة أشخاص في إطلاق نار، ومن بين القتلى شرطيان إضافة للمهاجم'],
    // Sky News Arabia: he is told dead, the toll not told with him.
    ['dead', 'وأضافت أن حادث إطلاق النار تسبب في اندلاع اشتباكات أدت إلى قتل المسلح واثنين من ضباط الشرطة، وأحد المارة في وسط المدينة'],
    // CNN: a suicide bombing, no one told dead as its attacker.
    ['none', 'وكان قد لقي ثمانية صحفيين حتفهم، الإثنين، إثر تفجير انتحاري مزدوج في العاصمة الأفغانية، كابل'],
  ])('%s: %s', (reading, sentence) => {
    expect(attackerInSentence(sentence) ?? 'none').toBe(reading);
  });

  it('the tolls that count him are the values of the sentences that tell the toll with him (France 24\'s four), not of those that tell him dead apart', () => {
    const france24 = 'قتل الثلاثاء في مدينة لييج البلجيكية أربعة أشخاص في إطلاق نار، ومن بين القتلى شرطيان إضافة للمهاجم.';
    const sky = 'وأضافت أن حادث إطلاق النار تسبب في اندلاع اشتباكات أدت إلى قتل المسلح واثنين من ضباط الشرطة، وأحد المارة في وسط المدينة.';
    expect([...attackerTolls(france24)]).toEqual([4]);
    expect([...attackerTolls(sky)]).toEqual([]);
  });
});
