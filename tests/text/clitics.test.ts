// Clitics on words from the seeds and the ANT corpus: each reading the stages look words up by.
import { describe, expect, it } from 'vitest';
import {
  allCliticSplits, bareWord, cliticForms, cliticSplits, lookupForms, prepositionPrefix, withoutArticle, withoutConjunction,
  withoutFusedArticle, withoutPossessive, withoutPreposition,
} from '../../src/text/clitics.js';
import { normalizeText } from '../../src/text/normalize.js';

const n = normalizeText;

describe('conjunction and article', () => {
  it.each([
    ['وقال', 2, 'قال'],
    ['وفي', 2, 'في'],
    ['وفي', 3, 'وفي'],
    ['فالقوات', 3, 'القوات'],
    ['وزير', 2, 'زير'],
    ['بلينكن', 2, 'بلينكن'],
  ])('withoutConjunction(%s, %i) -> %s', (word, minCore, expected) => {
    expect(withoutConjunction(n(word), minCore)).toBe(n(expected));
  });

  it.each([
    ['الموساد', 'موساد'],
    ['الي', 'الي'],
    ['والفلسطينيين', 'والفلسطينيين'],
  ])('withoutArticle(%s) -> %s', (word, expected) => {
    expect(withoutArticle(n(word))).toBe(n(expected));
  });

  it.each([
    ['والفلسطينيين', 'فلسطينيين'],
    ['للمدنيين', 'مدنيين'],
    ['بالقطاع', 'قطاع'],
    ['الله', 'الله'],
    ['الان', 'الان'],
    ['وزير', 'وزير'],
  ])('withoutFusedArticle(%s) -> %s', (word, expected) => {
    expect(withoutFusedArticle(n(word))).toBe(n(expected));
  });

  it.each([
    ['والقوات', 'قوات'],
    ['للمدنيين', 'مدنيين'],
    ['بالقطاع', 'قطاع'],
    ['وقتلت', 'قتلت'],
    ['وفد', 'وفد'],
    ['إسرائيل', 'إسرائيل'],
  ])('bareWord(%s) -> %s', (word, expected) => {
    expect(bareWord(n(word))).toBe(n(expected));
  });
});

describe('prepositions', () => {
  it.each([
    ['وغالانت', 'وغالانت غالانت'],
    ['لنتنياهو', 'لنتنياهو نتنياهو'],
    ['للأمم', 'للامم الامم'],
    ['وبغزة', 'وبغزه بغزه غزه'],
    ['بتل', 'بتل تل'],
    ['Gallant', 'gallant'],
  ])('cliticForms(%s) -> %s', (word, expected) => {
    expect(cliticForms(n(word)).map((f) => f.form).join(' ')).toBe(expected);
  });

  it('cliticForms says how many letters each form drops', () => {
    expect(cliticForms(n('وللأمم')).map((f) => f.cut)).toEqual([0, 1, 3]);
  });

  it.each([
    ['بالإضافة', 3],
    ['للشؤون', 2],
    ['وبالقطاع', 4],
    ['وكالة', 0],
    ['بلينكن', 0],
  ])('prepositionPrefix(%s) -> %i', (word, expected) => {
    expect(prepositionPrefix(n(word))).toBe(expected);
  });

  it.each([
    ['بغزه', 'غزه'],
    ['لدول', 'دول'],
    ['كما', null],
    ['بلينكن', 'لينكن'],
  ])('withoutPreposition(%s) -> %s (the caller checks its vocabulary)', (stem, expected) => {
    expect(withoutPreposition(stem)).toBe(expected);
  });

  it.each([
    ['لأدنى', 'ادني'],
    ['والأعلى', 'الاعلي اعلي'],
    ['للحرب', 'لحرب حرب'],
    ['قال', ''],
  ])('lookupForms(%s) -> %s', (word, expected) => {
    expect(lookupForms(n(word)).join(' ')).toBe(expected);
  });
});

describe('clitic splits for lexicon matching', () => {
  it.each([
    ['والاحتلال', 'noun', '+والاحتلال وال+احتلال و+الاحتلال'],
    ['للعدوان', 'noun', '+للعدوان لل+عدوان ل+العدوان ل+لعدوان'],
    ['وسيقول', 'verb', '+وسيقول وس+يقول و+سيقول'],
    ['والاحتلال', 'none', '+والاحتلال'],
  ] as const)('cliticSplits(%s, %s) -> %s', (word, clitics, expected) => {
    expect(cliticSplits(n(word), clitics).map((s) => `${s.prefix}+${s.core}`).join(' ')).toBe(expected);
  });

  it('allCliticSplits adds the future س to the noun readings', () => {
    expect(allCliticSplits(n('وسيقول')).map((s) => `${s.prefix}+${s.core}`)).toContain('وس+يقول');
  });
});

describe('the English possessive', () => {
  it.each([
    ["Israel's", 'Israel'],
    ['Hamas’s', 'Hamas'],
    ['Reuters', 'Reuters'],
    ['Palestinians', 'Palestinians'],
  ])('withoutPossessive(%s) -> %s', (word, expected) => {
    expect(withoutPossessive(word)).toBe(expected);
  });
});
