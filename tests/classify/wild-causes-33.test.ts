// Conflicts invented on random ANT events (held-out reading conflicts-32 and the development
// replay conflicts-dev, stop 33), one general cause each: the real sentence pairs, read from ../shared/data at test time; skips when absent.
import { describe, expect, it } from 'vitest';
import { antSentence, conflictsOf, hasAnt, relationOf } from './support.js';
import { compareArticles } from '../../src/compare.js';
import { allsidesSentence, hasAllsides, readAnt } from '../support/ant.js';

type Side = [docno: string, anchor: string];

describe.skipIf(!hasAnt)('invented conflicts of conflicts-32 (skipped when ../shared/data/ant-corpus-multisource is absent)', () => {
  it.each<[string, Side, Side]>([
    ['Trump says "important decisions" will come, Mattis does not rule out force: two speakers saying different things, no person swapped (Douma chemical attack)',
      ['AL-internationalNews-855-20180409', 'وقال الرئيس الأميركي، دونالد ترمب'], ['SK-middleEast-882-20180409', 'أكد وزير الدفاع الأميركي، جيمس']],
    ['"will cancel the summit" (ستلغي) and "threatened to cancel the summit" (بإلغاء): the future prefix is the same denying verb (Pyongyang on the summit)',
      ['FR-internationalNews-1264-20180516', 'قالت بيونغ يانغ الأربعاء إنها'], ['SK-internationalNews-1602-20180516', 'وهددت بيونغيانغ، الأربعاء، بإلغاء']],
  ])('%s: no conflict', (_what, [da, xa], [db, xb]) => {
    expect(relationOf(antSentence(da, xa), antSentence(db, xb))).not.toMatch(/^conflict/);
  });

  it('the offensive began on 18 February / documented since 18 February "and until 18 March": the end of a span is no rival date (Eastern Ghouta)', () => {
    const c = compareArticles(readAnt('BB-middleEast-219-20180320', 'SK-middleEast-394-20180318'));
    expect(conflictsOf(c, 'date').filter((x) => /18 مارس/.test(x))).toEqual([]);
  });

  it('held "from 26 until 28 March" against "between 26 and 29 March": a span\'s end still rivals another span\'s (Egyptian presidential vote)', () => {
    const c = compareArticles(readAnt('FR-middleEast-208-20180402', 'SK-middleEast-738-20180402'));
    expect(conflictsOf(c, 'date')).toContain('29 مارس/آذار الماضي / 28 مارس الماضي');
  });

  it('"calls to stop" (نداءات بالتوقف) among the warnings and riots that "lasted" two hours: what was asked for is no opposite of what went on (Kissufim video)', () => {
    const c = compareArticles(readAnt('FR-internationalNews-665-20180410', 'SK-middleEast-956-20180411', 'SK-middleEast-900-20180410'));
    expect(conflictsOf(c, 'antonym').filter((x) => /بالتوقف/.test(x))).toEqual([]);
  });

  it('the World Cup "held" (المقامة) between 14 June and 16 July against a friendly "planned" (المزمع إقامته) for 9 June: a scheduling participle opens a relative clause, its date dates its own noun (Argentina-Israel friendly, conflicts-dev)', () => {
    const c = compareArticles(readAnt('FR-internationalNews-1659-20180606', 'AL-internationalNews-1447-20180603'));
    expect(conflictsOf(c, 'date').filter((x) => /9 يونيو/.test(x))).toEqual([]);
  });
});

describe.skipIf(!hasAllsides)('invented conflicts of the AllSides replay (skipped when ../shared/data/allsides-neus is absent)', () => {
  it.each<[string, [number, string, string], [number, string, string]]>([
    ['"The Treasury Department said Monday that 39 million families ..." and "The White House on Monday reminded Americans ...": one named speaker, different things said, no organisation swapped (child tax credit payments)',
      [6038, 'left', 'The Treasury Department said Monday'], [6038, 'right', 'The White House on Monday']],
    ['"up to $3,000 per child ... in 2021" and "up to $300 per month for each child": an amount per month is no rival of a sum for the year (child tax credit payments)',
      [6038, 'center', 'Those people will get up'], [6038, 'left', 'Qualified families will receive']],
  ])('%s: no conflict', (_what, [sa, ka, fa], [sb, kb, fb]) => {
    expect(relationOf(allsidesSentence(sa, ka, fa), allsidesSentence(sb, kb, fb))).not.toMatch(/^conflict/);
  });
});
