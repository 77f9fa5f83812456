// Conflicts invented on larger ANT events (9-14 articles; readings conflicts-35 and -36, stop 37),
// one general cause each: the real sentence pairs, read from ../shared/data at test time; skips when absent.
import { describe, expect, it } from 'vitest';
import { antSentence, hasAnt, relationOf } from './support.js';

type Side = [docno: string, anchor: string];

describe.skipIf(!hasAnt)('who obtained a count (skipped when ../shared/data/ant-corpus-multisource is absent)', () => {
  it.each<[string, Side, Side]>([
    ['"وحصل بري على 98 صوتا" against "حصل فيها الحريري على تأييد 111 صوتا": the Speaker\'s votes and the prime minister\'s nominations, two holders (Lebanese parliament)',
      ['AL-internationalNews-1294-20180523', 'وحصل بري على 98 صوتا'], ['AL-internationalNews-1309-20180524', 'وأجرى عون مشاورات مع أعضاء']],
    ['"وفاز بري بعد حصوله على 98 صوتا" against "حصول الحريري على 111 صوتا": the pronoun of حصوله stands for بري (Lebanese parliament)',
      ['SK-middleEast-1879-20180523', 'وفاز بري'], ['SK-middleEast-1915-20180524', 'وأعلنت الرئاسة اللبنانية حصول']],
  ])('%s: no conflict', (_what, [da, xa], [db, xb]) => {
    expect(relationOf(antSentence(da, xa), antSentence(db, xb))).not.toMatch(/^conflict/);
  });
});

describe('who obtained a count, one holder', () => {
  it('"وحصل بري على 98 صوتا" against "وفاز بري بعد حصوله على 90 صوتا": one holder, rival counts', () => {
    expect(relationOf('وحصل بري على 98 صوتا في البرلمان اللبناني المكون من 128 مقعدا.', 'وفاز بري بعد حصوله على 90 صوتا في البرلمان اللبناني المكون من 128 مقعدا.')).toBe('conflict (number: 98 / 90)');
  });
});

describe.skipIf(!hasAnt)('a forecast, or a claim telling an earlier time (skipped when ../shared/data/ant-corpus-multisource is absent)', () => {
  it.each<[string, Side, Side]>([
    ['"ومن المتوقع ... بما تصل قيمته إلى 100 مليار جنيه" against "اتفقت ماي مع ولي العهد السعودي على ... نحو 65 مليار جنيه": a forecast is no rival of what was agreed (Saudi crown prince in London)',
      ['BB-middleEast-145-20180307', 'ومن المتوقع تأسيس مجلس للشراكة'], ['CN-middleEast-215-20180308', 'وبحسب بيان صادر عن مكتب']],
    ['"مقتل 29 شخصا" against "وصل إلى 48 قتيلا ... وأعلن تنظيم داعش مسؤوليته عن الانفجار وقتها": the toll of the previous bombing, told as background (Kabul bombings)',
      ['CN-internationalNews-296-20180430', 'فيديو يظهر آثار انفجارين متتاليين'], ['SK-internationalNews-1263-20180430', 'وأعلن مسؤول في وزارة الصحة']],
  ])('%s: no conflict', (_what, [da, xa], [db, xb]) => {
    expect(relationOf(antSentence(da, xa), antSentence(db, xb))).not.toMatch(/^conflict/);
  });
});

describe.skipIf(!hasAnt)('what a count counts (skipped when ../shared/data/ant-corpus-multisource is absent)', () => {
  it('"على متنها 107 ركاب" against "سحب ثلاثة ركاب من حطام الطائرة أصيبوا بجروح بالغة": the passengers on board and the passengers wounded, two counts (Havana plane crash)', () => {
    expect(relationOf(antSentence('FR-internationalNews-1326-20180519', 'تحطّمت طائرة ركاب على متنها'), antSentence('SK-internationalNews-1650-20180518', 'واشارت وسائل إعلام رسمية الى'))).not.toMatch(/^conflict/);
  });
});

describe.skipIf(!hasAnt)('the dates of two acts (skipped when ../shared/data/ant-corpus-multisource is absent)', () => {
  it('"والدكتوراه عام 1997" against "حصل على درجتي الماجستير والدكتوراه ... قبل أن يتولى حقيبة وزارة الاسكان ... في عام 2014": the other names the doctorate undated, its year dates the ministry (Madbouly\'s biography)', () => {
    expect(relationOf(antSentence('BB-middleEast-598-20180607', 'ولد مدبولي عام 1966، وحصل'), antSentence('CN-middleEast-1143-20180607', 'ويحمل رئيس الوزراء المصري الجديد'))).not.toMatch(/^conflict/);
  });
});

describe.skipIf(!hasAnt)('a negation that is not the fact (skipped when ../shared/data/ant-corpus-multisource is absent)', () => {
  it('"ويدعو الاستفتاء الإيرلنديين للتصويت لصالح أو ضد إلغاء التعديل الثامن ... وظل ساريا حتى العام 2013" against "وظلّ التعديل الثامن ... سارياً حتى العام 2013": a vote for or against repealing asserts no repeal (Irish abortion referendum)', () => {
    expect(relationOf(antSentence('FR-internationalNews-1432-20180525', 'ويدعو الاستفتاء الإيرلنديين للتصويت لصالح'), antSentence('SK-internationalNews-1784-20180525', 'وظلّ التعديل الثامن للدستور الإيرلندي'))).not.toMatch(/^conflict/);
  });
});

describe.skipIf(!hasAnt)('one negation told twice (skipped when ../shared/data/ant-corpus-multisource is absent)', () => {
  it('"أن والدها توماس لن يحضر زفافها" against "ألغى والد ميغان، توماس ماركل حضوره": the attending cancelled past the apposition is the attending denied (Meghan Markle\'s wedding)', () => {
    expect(relationOf(antSentence('BB-internationalNews-520-20180517', 'وأكدت ميغان ماركل أن والدها'), antSentence('FR-internationalNews-1328-20180519', 'وفي الأيام الأخيرة قبل الزواج،'))).not.toMatch(/^conflict/);
  });
});

describe.skipIf(!hasAnt)('a denial answers a charge (skipped when ../shared/data/ant-corpus-multisource is absent)', () => {
  it('"وتنفي موسكو المسؤولية عن الهجوم" against "الهجوم، الذي تحمل لندن وحلفاؤها مسؤوليته لروسيا": Moscow denies what London charges, two speakers (Skripal poisoning)', () => {
    expect(relationOf(antSentence('BB-internationalNews-258-20180331', 'وتنفي موسكو المسؤولية عن الهجوم.'), antSentence('SK-internationalNews-704-20180331', 'ولا يزال سيرغي سكريبال وابنته'))).not.toMatch(/^conflict/);
  });
});
