// Two leads count as leads for their link only when their articles report the same day: the
// events stage joins a story's days, and on random ANT events the lead of a later day's article
// states a later development (an arrest, then a referral to trial). Any two leads used to gain
// about +2.5 logit from their place. Real events of the wild-groups development sample
// (eval/wild/groups-dev.json), read from ../shared at test time. (How early each sits still counts.)
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/compare.js';
import { defaultAlignOptions, scoreCandidatePairs } from '../../src/align/align.js';
import { linkModel } from '../../src/align/link-model.js';
import { contributions } from '../../src/model/logistic.js';
import { hasAnt, readAnt, ANT_DIR } from '../support/ant.js';

/** What being leads (or headlines) adds to the link of two claims (logit), and whether both are leads. */
function place(articles: string[], leadA: string, leadB: string): { added: number; leads: boolean } {
  const results = readAnt(...articles).map(analyzeArticle);
  const { features, pairs } = scoreCandidatePairs(results, defaultAlignOptions.candidateFloor, defaultAlignOptions.maxCandidates);
  const starts = (i: number, s: string) => features[i].claim.text.startsWith(s);
  const pair = pairs.find((p) => (starts(p.i, leadA) && starts(p.j, leadB)) || (starts(p.i, leadB) && starts(p.j, leadA)));
  if (!pair) throw new Error(`no candidate pair «${leadA}» / «${leadB}»`);
  const added = contributions(linkModel, pair.x)
    .filter((c) => c.feature === 'leadBoth' || c.feature === 'heading')
    .reduce((s, c) => s + c.contribution, 0);
  return { added, leads: features[pair.i].position.lead && features[pair.j].position.lead };
}

const MAZBOUH = ['BB-middleEast-561-20180601', 'BB-middleEast-577-20180604', 'CN-middleEast-1065-20180601', 'CN-middleEast-1092-20180603', 'FR-internationalNews-1609-20180603', 'FR-middleEast-574-20180603'];
const RAIL = ['AL-internationalNews-846-20180408', 'FR-internationalNews-581-20180406', 'FR-internationalNews-621-20180408', 'FR-internationalNews-638-20180409', 'SK-internationalNews-847-20180407'];
const DEPORT = ['BB-middleEast-402-20180424', 'FR-internationalNews-921-20180425', 'FR-middleEast-356-20180425', 'SK-internationalNews-1159-20180425', 'SK-middleEast-1229-20180424'];

type Case = [what: string, articles: string[], leadA: string, leadB: string];

describe.skipIf(!hasAnt)(`leads of articles of different days (ANT corpus in ${ANT_DIR}; skipped when absent)`, () => {
  const laterDay: Case[] = [
    ['an arrest on Thursday (1 June) / a referral to trial (4 June)', MAZBOUH, 'تجري السلطات القضائية في مصر', 'أمر النائب العام المصري بإحالة'],
    ["the Interior ministry's arrest (1 June) / the prosecution's referral (3 June)", MAZBOUH, 'أعلنت وزارة الداخلية المصرية', 'أحالت النيابة العامة المصرية'],
    ['the PM holds firm (6 April) / a new rail strike wave (8 April)', RAIL, 'أكد رئيس الوزراء الفرنسي إدوار فيليب', 'يواجه ملايين الركاب الفرنسيين'],
  ];
  it.each(laterDay)('%s: two leads gain nothing from being leads', (_what, articles, leadA, leadB) => {
    const { added, leads } = place(articles, leadA, leadB);
    expect(leads).toBe(true);
    // Before, +1.3 for any two leads.
    expect(added).toBeLessThanOrEqual(0);
  });

  it('two leads of the same day that state one fact (Israel drops its plan to deport African migrants) still gain from being leads', () => {
    const { added, leads } = place(DEPORT, 'ألغت إسرائيل خطة لترحيل', 'قالت الحكومة الإسرائيلية إنها ستتخلى');
    expect(leads).toBe(true);
    // About +1.0 since the model also learns from the read wild groups (+1.3 before).
    expect(added).toBeGreaterThan(0.5);
  });
});
