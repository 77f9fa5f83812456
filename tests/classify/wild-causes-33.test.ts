// Conflicts invented on random ANT events (held-out reading conflicts-32, stop 33), one general
// cause each: the real sentence pairs, read from ../shared/data at test time; skips when absent.
import { describe, expect, it } from 'vitest';
import { antSentence, hasAnt, relationOf } from './support.js';

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
});
