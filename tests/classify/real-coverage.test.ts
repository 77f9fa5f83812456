// Sentence pairs of real multi-outlet events (the ANT corpus, read from ../shared/data at test
// time): the false conflicts the classify stage used to report on them, and real contradictions
// between outlets that it must keep finding. Skips when the corpus is absent.
import { describe, expect, it } from 'vitest';
import { antSentence, hasAnt, relationOf } from './support.js';
import { claimFromText } from '../../src/claims/extract.js';
import { featuresOf } from '../../src/align/align.js';
import { negationsOf } from '../../src/classify/cues/negation.js';
import { compareArticles } from '../../src/compare.js';
import { hasBasil, readAnt, readBasil } from '../support/ant.js';

type Side = [docno: string, anchor: string];

describe.skipIf(!hasAnt)('ANT events (skipped when ../shared/data/ant-corpus-multisource is absent)', () => {
  it.each<[string, Side, Side]>([
    ['a hedge about the victims is no denial of deaths (Canadian hockey bus crash)', ['FR-internationalNews-594-20180407', 'من دون إعطاء'], ['SK-internationalNews-841-20180407', 'قتلى من بين الركاب']],
    ["one district's toll is no rival of four states' toll (India sandstorms)", ['FR-internationalNews-1063-20180503', 'منطقة أغرا في ولاية'], ['SK-internationalNews-1342-20180504', 'من جراء العواصف الرملية 121']],
    ["one state's toll is no rival of four states' toll (India sandstorms)", ['FR-internationalNews-1063-20180503', 'مقتل 65 شخصا'], ['SK-internationalNews-1342-20180504', 'من جراء العواصف الرملية 121']],
    ['132 and 130 km an hour: rounding (India sandstorms)', ['FR-internationalNews-1063-20180503', 'بسرعة 132'], ['SK-internationalNews-1342-20180504', 'سرعة رياحها 130']],
    ['the dead and the wounded are different counts (Kabul shrine attack)', ['CN-internationalNews-82-20180309', 'مقتل 200'], ['FR-internationalNews-340-20180309', 'أصيب 18']],
    ['three employees among the dead are no rival of a toll of 12 (Libyan election commission)', ['BB-middleEast-436-20180502', 'ثلاثة موظفين وأربعة'], ['FR-internationalNews-1042-20180502', 'من بين القتلى ثلاثة']],
    ['a hashtag name and the name are one speaker (Lieberman settlement units)', ['AL-internationalNews-1304-20180524', 'أفيغدور_ليبرمان'], ['SK-middleEast-1906-20180524', 'أفيغدور ليبرمان']],
    ['1,400 further units are no rival of 2,500 units (Lieberman settlement units)', ['AL-internationalNews-1304-20180524', '1400 وحدة'], ['CN-middleEast-1013-20180524', '2500 وحدة']],
    ['the Palestinian Authority condemned, Israel welcomed: two reactions, not opposite accounts (Elor Azaria released)', ['BB-middleEast-470-20180508', 'نددت السلطة الفلسطينية'], ['FR-internationalNews-1135-20180508', 'فيما حظيت بترحيب إسرائيلي']],
    ["a ministry denying a detention denies the detention, not the ministry (Hariri's visit; رئيس الوزراء shares the ministry's root)", ['AL-internationalNews-1377-20180530', 'توجه رئيس الوزراء اللبناني'], ['BB-middleEast-546-20180529', 'نفت وزارة الخارجية السعودية']],
    ["instability Iran brings, in a sentence that also states support for Lebanon's stability (Saudi reply to Macron)", ['AL-internationalNews-1377-20180530', 'كانت ولا تزال تدعم'], ['CN-middleEast-1040-20180529', 'وذكر المصدر، وفقا']],
    ['"unless" (ما لم) is a condition, not a denial (Mattis on North Korea)', ['SK-internationalNews-1931-20180603', 'قال وزير الدفاع الأميركي'], ['FR-internationalNews-1617-20180603', 'صرح وزير الدفاع الأمريكي']],
    ['"no press conference, however (إلا أنها) a statement" and "no press conference but a statement" (Swedish talks with North Korea)', ['AL-internationalNews-497-20180316', 'وقالت الخارجية السويدية'], ['FR-internationalNews-467-20180316', 'وأوضحت الخارجية السويدية']],
    ['"a source, unnamed (لم تكشف عن اسمه), said it would affect nothing but (لن يؤثر إلا) the major drills" and "... would likely affect the major drills only": the إلا restricts the later negation, not the unnamed source (US-South Korea drills)', ['FR-internationalNews-1874-20180617', 'ونقلت الوكالة عن مصدر بحكومة'], ['SK-internationalNews-2178-20180617', 'ونقلت الوكالة عن مصدر في']],
    ['"warned France against repeating the mistake" and "called on France not to repeat the mistakes" (Turkey on Manbij)', ['BB-middleEast-295-20180405', 'حذرت تركيا فرنسا من تكرار'], ['FR-internationalNews-569-20180406', 'دعت تركيا الخميس فرنسا إلى']],
    ['"a month before lifting the ban on women driving" and "before allowing women to drive" (Saudi activists released)', ['BB-middleEast-536-20180524', 'أفرجت السلطات السعودية عن عائشة'], ['FR-internationalNews-1443-20180525', 'أفرجت السلطات السعودية عن أربع']],
    ['"the agency did not give (لم تذكر) the reasons" and "the agency reported (ذكرت) the dismissal" (Sudan foreign minister)', ['BB-middleEast-374-20180419', 'ولم تذكر وكالة السودان للأنباء'], ['FR-internationalNews-813-20180419', 'ذكرت وكالة السودان للأنباء الخميس']],
    ['both say the summit "ended without a breakthrough"; حتى نهاية after دون is "up to the end", no "until" (South Sudan talks)', ['AL-internationalNews-1775-20180627', 'تأتي المحادثات في أعقاب قمة'], ['FR-internationalNews-2027-20180627', 'وهذه المحادثات تأتي في أعقاب']],
    ['the resignation of one government and the appointment of the next: an opposite in two facts of one story (Egypt\'s new cabinet)', ['BB-middleEast-621-20180614', 'أدت الحكومة المصرية الجديدة برئاسة'], ['FR-internationalNews-1817-20180614', 'قام الرئيس المصري عبد الفتاح']],
    ['"no longer bound not to deliver" and "no obligation preventing delivery": a negation in sentences that share little else (Russia on S-300)', ['BB-middleEast-377-20180420', 'نقلت وكالة الإعلام الروسية عن'], ['FR-internationalNews-830-20180420', 'أعلن وزير الخارجية الروسي الجمعة']],
    ['"Hamas, which has controlled Gaza since 2007, rejected the accusations" denies no control of Gaza (Hamdallah convoy attack)', ['AL-internationalNews-513-20180317', 'ورفضت #حماس التي تسيطر على'], ['FR-internationalNews-490-20180317', 'وسيطرت حماس على قطاع غزة']],
    ['"had cancelled the summit, then confirmed it" and "the summit will be held after he cancelled it": one cancellation told twice (Trump and Kim)', ['BB-internationalNews-605-20180604', 'وكان ترامب قد ألغى القمة'], ['SK-internationalNews-1948-20180604', 'وقال ترامب يوم الجمعة، إن']],
    ["Ghani announced on Thursday, the Taliban on Saturday: each speaker's own day (Eid ceasefires in Afghanistan)", ['FR-internationalNews-1695-20180607', 'أعلن الرئيس الأفغاني أشرف غني'], ['SK-internationalNews-2037-20180609', 'أعلنت حركة طالبان الأفغانية، السبت،']],
    ['"travelled to Syria" and "joined the ranks of the Kurdish units": a country named is a place, not a nationality swapped for Kurdish (Anna Campbell in Afrin)', ['BB-middleEast-217-20180319', 'وسافرت كامبل، التي كانت تعمل'], ['FR-internationalNews-523-20180319', 'وانضمت كامبل المتحدرة من مدينة']],
    ['told the Russian agency RIA Novosti / told the French news agency: the medium, not a nationality of the story (Novichok)', ['AL-internationalNews-547-20180320', 'رغم نفي السلطات تطويره'], ['FR-internationalNews-535-20180320', 'وأكدت وزارة الخارجية لوكالة الأنباء']],
    ['26 of the passengers and the crew of six killed / 32 killed: parts told one by one are the whole (Hmeimim crash)', ['BB-internationalNews-105-20180306', 'تحطمت طائرة نقل روسية في'], ['CN-middleEast-198-20180306', 'أعلنت وزارة الدفاع الروسية، الثلاثاء،']],
    ['1,450 civilians killed by the raids of the past weeks / 29 killed in Douma on Tuesday: a running total against one day (Eastern Ghouta)', ['BB-middleEast-225-20180320', 'وتسببت الغارات الروسية الأسابيع الماضية'], ['SK-middleEast-438-20180320', 'قتل 29 مدنيا، في قصف']],
    ['"the Russian Defence Ministry said" / "US Defence Secretary Jim Mattis said": the nationality of who speaks is no place of the fact (strikes on Syria)', ['CN-middleEast-608-20180414', 'قالت وزارة الدفاع الروسية، إن'], ['SK-middleEast-1036-20180414', 'وفي عرضه لتفاصيل العملية']],
    ['65 people arrested / arrest warrants (أوامر اعتقال) for 300: warrants count people sought, not arrests (Turkish air force purge)', ['SK-internationalNews-1501-20180510', 'الشرطة التركية 65 شخصا'], ['SK-internationalNews-1517-20180511', 'أوامر اعتقال بحق 300']],
    ['a plane crash in Iran killed 11 / a round-up of the year\'s crashes, the latest at Kathmandu airport in Nepal killing 50: figures in sentences naming different places count two incidents (Turkish jet crash in Iran)', ['BB-middleEast-179-20180312', 'أسفر حادث الطائرة التركية'], ['SK-internationalNews-300-20180312', 'شهد العالم عددا من حوادث']],
  ])('%s: no conflict', (_what, [da, xa], [db, xb]) => {
    expect(relationOf(antSentence(da, xa), antSentence(db, xb))).not.toMatch(/^conflict/);
  });

  it.each<[string, Side, Side, RegExp]>([
    ['4 or 6 killed (Miami bridge collapse)', ['SK-internationalNews-378-20180316', 'قتل 4 أشخاص'], ['SK-internationalNews-388-20180316', 'لمقتل 6 أشخاص'], /^conflict \(number: 4 \/ 6/],
    ['at least 4 or 3 killed (Nashville Waffle House shooting)', ['BB-internationalNews-381-20180422', 'قتل شاب أمريكي 4'], ['SK-internationalNews-1090-20180422', 'مقتل 3 أشخاص'], /^conflict \(number: 4 \/ 3/],
    ['at least 77 or at least 116 killed (India sandstorms)', ['AL-internationalNews-957-20180503', 'شخصاً على الأقل'], ['FR-internationalNews-1063-20180503', 'لقي 116'], /^conflict \(number: 77 \/ 116/],
    ['Islamic State claimed it, or no group did (Kabul voter centre attack)', ['BB-internationalNews-380-20180422', 'وأعلن تنظيم الدولة الإسلامية'], ['SK-internationalNews-1086-20180422', 'ولم تعلن أي جهة'], /^conflict \(negation: - \/ ولم تعلن/],
    ['26 passengers and 6 crew / 33 passengers and six crew: the parts differ (Hmeimim crash)', ['CN-middleEast-198-20180306', 'ونقلت وكالة أنباء سبوتنيك'], ['FR-internationalNews-291-20180306', 'وقالت وزارة الدفاع الروسية في بيان'], /^conflict \(number: 26 \/ 33/],
  ])('%s: a conflict', (_what, [da, xa], [db, xb], expected) => {
    expect(relationOf(antSentence(da, xa), antSentence(db, xb))).toMatch(expected);
  });
});

describe.skipIf(!hasAnt)('conditions and dates read whole (skipped when ../shared/data/ant-corpus-multisource is absent)', () => {
  it.each<[string, string, string]>([
    ['a negation with إلا after it restricts (only when)', 'AL-internationalNews-1433-20180603', 'وأضاف خلال اجتماع مع'],
    ['a negation with حتى and a verb after it restricts (not until), across a comma', 'FR-internationalNews-1617-20180603', 'ذكر وزير الدفاع الأمريكي'],
  ])('Mattis on North Korea: %s', (_what, docno, anchor) => {
    const text = antSentence(docno, anchor);
    const [f] = featuresOf([{ text, language: 'ar', claims: [claimFromText('s1', text, 'ar')] }]);
    // Only the `لا رجعة فيها` of the quoted steps is a negation; the sentence's لن is a restriction.
    expect(negationsOf(f).map((n) => f.tokens[n.at].norm)).toEqual([expect.stringMatching(/لا$/)]);
  });

  it('"her death was announced on 19 March" and "she was killed on 15 March": the day of an announcement is no rival of the day it happened (Anna Campbell in Afrin)', () => {
    const c = compareArticles(readAnt('BB-middleEast-218-20180319', 'FR-internationalNews-523-20180319', 'SK-middleEast-449-20180321'));
    const dates = c.groups.flatMap((g) => g.diffs.flatMap((d) => d.conflicts)).filter((x) => x.kind === 'date');
    expect(dates).toEqual([]);
  });

  it('the 11 September attacks with and without their written year are one date: no conflict (Zammar arrested in Syria)', () => {
    const c = compareArticles(readAnt('SK-internationalNews-1002-20180418', 'FR-internationalNews-807-20180419', 'BB-middleEast-372-20180419'));
    expect(c.groups.filter((g) => g.relation === 'conflict').flatMap((g) => g.diffs.flatMap((d) => d.conflicts))).toEqual([]);
  });
});

describe.skipIf(!hasBasil)('English coverage nobody annotated (skipped when ../shared/data/basil is absent)', () => {
  /** The sentence of a BASIL article from `from` to the end of `to`. */
  const basilSentence = (name: string, from: string, to: string) => {
    const text = readBasil(name).text;
    const start = text.indexOf(from);
    return text.slice(start, text.indexOf(to, start) + to.length);
  };

  it('"did not answer whether the law might protect a florist who denied service" asserts no denial: both outlets say he did not answer (Indiana religious-freedom law)', () => {
    const story = '2015/4f473faf-f928-4cfd-8bed-00578be9db9a';
    const a = basilSentence(`${story}_1`, 'Mr. Pence did not directly answer', 'to a gay couple.');
    const b = basilSentence(`${story}_2`, 'However, he did not answer directly', 'gay customers.');
    expect(relationOf(a, b)).not.toMatch(/^conflict/);
  });

  it.each<[string, string, [string, string], [string, string]]>([
    [
      '"would not apply to domestic partnerships" and "only applies to married couples, and not those in domestic partnerships": both keep the partnerships out (IRS ruling on same-sex couples)',
      '2013/70c744ad-e950-445c-8a7a-0782b0a7d20b', ['The rules, though, would not apply', 'civil unions.'], ['The policy only applies to married couples', 'same-sex unions.'],
    ],
  ])('both negate one object in other words: %s', (_what, story, [fromA, toA], [fromB, toB]) => {
    const a = basilSentence(`${story}_1`, fromA, toA);
    const b = basilSentence(`${story}_3`, fromB, toB);
    expect(relationOf(a, b)).not.toMatch(/^conflict/);
  });
});
