// Arabic root keys: the forms of one root meet, so outlets that word one fact differently still share it.
import { describe, expect, it } from 'vitest';
import { arabicRoot } from '../../src/text/root.js';
import { normalizeText } from '../../src/text/normalize.js';

const root = (w: string) => arabicRoot(normalizeText(w));

describe('arabicRoot', () => {
  it.each([
    ['wounded: verb, participle, masdar (أصيبوا / المصابين / إصابة)', ['أصيبوا', 'المصابين', 'إصابة', 'الإصابات', 'أصيب']],
    ['support: noun and active participle (دعم / الداعم)', ['دعم', 'الداعم', 'يدعم', 'الدعم']],
    ['write: imperfect, participle (يكتب / تكتب / كاتب)', ['يكتب', 'تكتب', 'كاتب', 'مكتوب']],
    ['killed: broken plural, noun, verb (قتلى / قتيل / مقتل / قتل)', ['قتلى', 'قتيل', 'مقتل', 'قتل', 'القتلى', 'قتلوا']],
    ['children: broken plural (أطفال / طفل)', ['أطفال', 'طفل', 'الأطفال']],
    ['explosion: forms VII and II (انفجار / تفجير)', ['انفجار', 'تفجير', 'الانفجار', 'التفجيرات']],
    ['arrest: form VIII with its infixed ت (اعتقال / اعتقل / المعتقلين)', ['اعتقال', 'اعتقل', 'المعتقلين']],
    ['elections: form VIII of a root beginning with ن (انتخابات / الناخبين)', ['انتخابات', 'الانتخابات', 'الناخبين']],
    ['target: form X (استهدف / المستهدف / استهداف)', ['استهدف', 'المستهدف', 'استهداف']],
    ['meeting: form VIII and its participle (اجتماع / مجتمع)', ['اجتماع', 'اجتمع', 'مجتمع']],
  ])('%s', (_what, forms) => {
    expect(new Set(forms.map(root)).size, forms.map((f) => `${f}:${root(f)}`).join(' ')).toBe(1);
  });

  it.each([
    ['قتل', 'جرح'],
    ['هجوم', 'اعتقال'],
    ['انتخابات', 'انفجار'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(root(a)).not.toBe(root(b));
  });
});
