// Conflicts invented on real ANT events (readings conflicts-37, -38 and -39, stop 39), one general
// cause each: the real sentence pairs, read from ../shared/data at test time (skipped when absent),
// and the same cue kept where the words do clash.
import { describe, expect, it } from 'vitest';
import { antSentence, hasAnt, relationOf } from './support.js';

type Side = [docno: string, anchor: string];

describe.skipIf(!hasAnt)('invented conflicts of stop 39 (skipped when ../shared/data/ant-corpus-multisource is absent)', () => {
  it.each<[string, Side, Side]>([
    ['"قد نفى ... الاتهامات" against the general\'s own "ننفي بشدة هذه المعلومات": a denial in the first person is the same denial (Douma chemical attack)',
      ['SK-internationalNews-862-20180408', 'وكان رئيس "المركز الروسي للمصالحة'], ['SK-middleEast-842-20180408', 'وقال رئيس "المركز الروسي للمصالحة']],
    ['"وطردت بريطانيا ... أكثر من 150 دبلوماسيا روسيا" against "روسيا تقرر طرد 23 دبلوماسيا بريطانيا": the diplomats of two countries, an act and its reciprocal (Skripal expulsions)',
      ['AL-internationalNews-758-20180403', 'وطردت بريطانيا وأكثر من عشرين'], ['BB-internationalNews-292-20180405', 'روسيا تقرر طرد 23 دبلوماسيا']],
    ['"بدأت مراكز الاقتراع في إغلاق أبوابها" against "انتهت عملية التصويت": the start of closing is no opposite of an end (Lebanese election)',
      ['BB-middleEast-460-20180506', 'بدأت مراكز الاقتراع في إغلاق'], ['SK-middleEast-1468-20180506', 'انتهت عملية التصويت، الأحد، في']],
    ['"ودخل عباس ... المستشفى صباح الأحد" against "بعد خروجه من المستشفى ظهر الاثنين": entering and leaving on two days are two acts (Abbas in hospital)',
      ['AL-internationalNews-1351-20180527', 'ودخل عباس ( 83 عاماً)'], ['FR-internationalNews-1496-20180528', 'أكد الرئيس الفلسطيني محمود عباس']],
    ['"لبحث الأزمة في الأراضي الفلسطينية" against "بتحقيق دولي ... في جرائم الاحتلال" الإسرائيلي": adjectives of two nouns, no nationality swapped (Arab League in Cairo)',
      ['AL-internationalNews-1205-20180517', 'يعقد مجلس جامعة الدول العربية'], ['FR-internationalNews-1296-20180517', 'طالب الخميس الأمين العام للجامعة']],
  ])('%s: no conflict', (_what, [da, xa], [db, xb]) => {
    expect(relationOf(antSentence(da, xa), antSentence(db, xb))).not.toMatch(/^conflict/);
  });
});

describe('the same cues where the words clash', () => {
  it('a denial against a claim that asserts what is denied: still a negation', () => {
    expect(relationOf('ننفي بشدة أن الجيش استخدم أسلحة كيميائية في دوما.', 'قال الجيش إنه استخدم أسلحة كيميائية في دوما.', { pairs: true })).toMatch(/^conflict \(negation/);
  });

  it('one group counted twice: "طرد 23 دبلوماسيا بريطانيا" against "طرد 25 دبلوماسيا بريطانيا" still rival figures', () => {
    expect(relationOf('روسيا تقرر طرد 23 دبلوماسيا بريطانيا ردا على العقوبات.', 'روسيا تقرر طرد 25 دبلوماسيا بريطانيا ردا على العقوبات.')).toBe('conflict (number: 23 / 25)');
  });

  it('one noun with two nationalities: "السلطات الصينية" against "السلطات اليابانية" still a swap', () => {
    expect(relationOf('أعلنت السلطات الصينية إغلاق المطار.', 'أعلنت السلطات اليابانية إغلاق المطار.')).toMatch(/^conflict \(place/);
  });

  it('a start against an end, with no act governed: "بدأت المفاوضات" against "انتهت المفاوضات" still opposites', () => {
    expect(relationOf('بدأت المفاوضات بين الحكومة والمعارضة في جنيف.', 'انتهت المفاوضات بين الحكومة والمعارضة في جنيف.')).toMatch(/^conflict \(antonym/);
  });
});
