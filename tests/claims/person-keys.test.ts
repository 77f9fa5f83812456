// One person, one key: a name written as a hashtag (Al Arabiya's `#أفيغدور_ليبرمان`) or with a
// middle initial (`Susan E. Rice`) gets the entity and speaker key of the same name written plainly,
// so the aligner's speaker and entity features see one person, not two. Real sentences from ANT and
// BASIL, read from ../shared at test time (skipped when it is absent).
import { describe, expect, it } from 'vitest';
import { claimFromText, extractClaims } from '../../src/claims/extract.js';
import { scanWords } from '../../src/claims/words.js';
import type { Claim } from '../../src/types.js';
import { hasAnt, hasBasil, readBasil } from '../support/ant.js';
import { antSentence } from '../classify/support.js';

/** The sentence with its hashtags written as plain words: `#أفيغدور_ليبرمان` -> `أفيغدور ليبرمان`. */
const plain = (text: string): string => text.replace(/#([\p{L}\p{N}_]+)/gu, (_m, tag: string) => tag.replace(/_/g, ' '));

/** A claim's speaker key and its people, as `speakerKey | text=key ...`. */
const people = (c: Claim): string =>
  `${c.attribution?.speakerKey ?? '-'} | ${c.entities.filter((e) => e.type === 'person').map((e) => `${e.text}=${e.key}`).join(' ')}`;

describe.skipIf(!hasAnt)('hashtag names read as the name written with spaces (ANT Al Arabiya; skipped without ../shared)', () => {
  it.each([
    ['a minister named by a hashtag after his title', 'AL-internationalNews-1304-20180524', 'وزير الدفاع الإسرائيلي #أفيغدور_ليبرمان', 'لبرمن | أفيغدور_ليبرمان=لبرمن'],
    ['a gazetteer name written as a hashtag', 'AL-internationalNews-1055-20180508', 'قال الرئيس الفلسطيني #محمود_عباس', 'محمد عبس | محمود_عباس=محمد عبس'],
  ])('%s', (_name, docno, anchor, expected) => {
    const sentence = antSentence(docno, anchor);
    const tagged = claimFromText('a', sentence, 'ar');
    expect(people(tagged)).toBe(expected);
    // The same keys as the sentence written without the hashtag.
    const keys = (c: Claim): string => `${c.attribution?.speakerKey} ${c.entities.map((e) => e.key).join(' ')}`;
    expect(keys(tagged)).toBe(keys(claimFromText('b', plain(sentence), 'ar')));
  });

  it.each([
    ['a noun phrase as a hashtag (#النيران_الإسرائيلية)', 'AL-internationalNews-906-20180413', '#النيران_الإسرائيلية'],
    ['a country as a hashtag (#كوريا_الشمالية)', 'AL-internationalNews-1013-20180506', '#كوريا_الشمالية'],
  ])('%s reads as its words', (_name, docno, anchor) => {
    const sentence = antSentence(docno, anchor);
    const norms = (text: string): string => scanWords(text, 0, text.length).map((t) => t.norm).join(' ');
    expect(norms(sentence)).toBe(norms(plain(sentence)));
  });
});

const RICE = '2015/2b9468af-4ab0-4f25-85f4-c3ef93d72006';
const MUELLER = '2019/c9e4d35f-aeae-462b-a8bf-e08d09a93b6e';

describe.skipIf(!hasBasil)('a middle initial neither splits a name nor changes its key (BASIL; skipped without ../shared)', () => {
  /** The claim of a BASIL article that holds `anchor`. */
  const claimOf = (name: string, anchor: string): Claim => {
    const claim = extractClaims(readBasil(name)).find((c) => c.text.includes(anchor));
    if (!claim) throw new Error(`no claim of ${name} holds «${anchor}»`);
    return claim;
  };

  const persons = (c: Claim): string => c.entities.filter((e) => e.type === 'person').map((e) => `${e.text}=${e.key}`).join(' ');

  it.each([
    ['an untitled name with an initial', `${RICE}_1`, 'Susan E. Rice, President Obama', 'Susan E. Rice=susan rice Obama=obama Benjamin Netanyahu=نتنه'],
    ['a titled name, in another outlet', `${RICE}_3`, 'National Security Adviser Susan Rice warned', 'Susan Rice=rice Benjamin Netanyahu=نتنه'],
    ['an initial before an apposition', '2013/9879bbc0-eab3-482f-bf6b-a4b519393986_3', 'criticism on Susan E. Rice, the ambassador', 'Susan E. Rice=susan rice Obama=obama Clinton=clinton'],
    ['a generational suffix is no part of the key', `${MUELLER}_2`, 'special counsel, Robert S. Mueller III, challenged', 'Robert S. Mueller III=robert mueler Cohen=cohen'],
    ['a titled name with an initial', '2013/70c744ad-e950-445c-8a7a-0782b0a7d20b_2', 'Treasury Secretary Jacob J. Lew said', 'Jacob J. Lew=lew'],
  ])('people: %s', (_name, name, anchor, expected) => {
    expect(persons(claimOf(name, anchor))).toBe(expected);
  });

  it.each([
    ['an untitled name with an initial', `${RICE}_1`, 'Susan E. Rice, President Obama', 'Susan E. Rice', 'susan rice'],
    ['a titled name', `${RICE}_3`, 'National Security Adviser Susan Rice warned', 'National Security Adviser Susan Rice', 'rice'],
    ['a titled name with an initial', '2013/70c744ad-e950-445c-8a7a-0782b0a7d20b_2', 'Treasury Secretary Jacob J. Lew said', 'Treasury Secretary Jacob J. Lew', 'lew'],
  ])('speaker: %s', (_name, name, anchor, speaker, key) => {
    const a = claimOf(name, anchor).attribution;
    expect(`${a?.speaker} = ${a?.speakerKey}`).toBe(`${speaker} = ${key}`);
  });

  it.each([
    ['Susan E. Rice', `${RICE}_1`, 'Susan E. Rice, President Obama'],
    ['Jacob J. Lew', '2013/70c744ad-e950-445c-8a7a-0782b0a7d20b_2', 'Treasury Secretary Jacob J. Lew said'],
    ['Robert S. Mueller III', `${MUELLER}_2`, 'special counsel, Robert S. Mueller III, challenged'],
  ])('keys %s as the same sentence without the initial', (_person, name, anchor) => {
    const text = claimOf(name, anchor).text;
    // Entity keys only: without the initial `Susan Rice` is no known person, and the participle's
    // actor (`, saying`) falls to the next person, Obama: a weakness of its own.
    const keys = (c: Claim): string => c.entities.map((e) => e.key).join(' ');
    const without = text.replace(/ \p{Lu}\. (?=\p{Lu})/u, ' ');
    expect(without).not.toBe(text);
    expect(keys(claimFromText('a', text, 'en'))).toBe(keys(claimFromText('b', without, 'en')));
  });
});
