import { describe, expect, it } from 'vitest';
import { clauseRanges } from '../../src/claims/clauses.js';
import { tokenize } from '../../src/text/token-stream.js';
import type { Language } from '../../src/types.js';

const clauses = (text: string, language: Language) =>
  clauseRanges(text, tokenize(text), language).map(([a, b]) => text.slice(a, b));

describe('clause boundaries in long claims', () => {
  it.each([
    [
      'كما أكد بلينكن دعم الولايات المتحدة لدولة فلسطينية، مشدداً على "الحاجة المُلحة لتهدئة التوترات في الضفة الغربية ومنع توسع الصراع"، وفق بيان الخارجية الأمريكية.',
      'ar',
      ['كما أكد بلينكن دعم الولايات المتحدة لدولة فلسطينية', 'مشدداً على "الحاجة المُلحة لتهدئة التوترات في الضفة الغربية ومنع توسع الصراع"، وفق بيان الخارجية الأمريكية'],
    ],
    [
      'Trying to quell the furor, Steele issued a statement saying: "There is no question that America must win the war on terror; our country must give our troops the support necessary to win this war."',
      'en',
      ['Trying to quell the furor, Steele issued a statement saying: "There is no question that America must win the war on terror', 'our country must give our troops the support necessary to win this war'],
    ],
  ] as const)('splits %s', (text, language, expected) => {
    expect(clauses(text, language)).toEqual(expected);
  });

  it.each([
    ['وأطلع هاليفي بلينكن على عمليات الجيش الإسرائيلي وخططه للأسابيع المقبلة، وقال إن الهدف هو "تفكيك البنية التحتية العسكرية لحماس في رفح أيضاً"، وفق "أكسيوس".', 'ar'],
    ['وقتلت إسرائيل في الحرب التي تشنها في غزة، أكثر من 27 ألفاً و700 فلسطيني، معظمهم من النساء والأطفال، منذ بدء الحرب قبل أربعة أشهر.', 'ar'],
    ['Republicans called for his resignation, but he stayed.', 'en'],
  ] as const)('leaves whole a sentence without a clear boundary between two statements: %s', (text, language) => {
    expect(clauses(text, language)).toEqual([]);
  });
});
