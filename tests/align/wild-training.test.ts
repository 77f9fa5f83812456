// The link model also learns from claim groups read by hand on random ANT events
// (eval/wild/groups-dev.json): each read pair of members, described in its own event as the aligner
// describes candidates, is one fact or two. The annotated events are one story each, so a model
// fitted on them alone grouped sentences of a mixed or many-day event that share only its topic
// (Prince William's visit: Rivlin's message and the drive to Ramallah at 0.87, and each pair of
// `twoFacts` below at 0.76 or more). Articles read from ../shared at test time; skipped when absent.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/compare.js';
import { defaultAlignOptions, scoreCandidatePairs } from '../../src/align/align.js';
import { linkModel, LINK_THRESHOLD } from '../../src/align/link-model.js';
import { predict } from '../../src/model/logistic.js';
import { devWildEvents, readGroupFile, WILD_DEV_FILE, wildEvents } from '../../eval/align/wild-pairs.js';
import { hasAllsides, hasAnt, readAnt, ANT_DIR } from '../support/ant.js';

const WILLIAM = ['AL-internationalNews-1777-20180627', 'AL-internationalNews-1793-20180628', 'FR-internationalNews-2037-20180627', 'FR-middleEast-695-20180626', 'FR-middleEast-701-20180627', 'SK-internationalNews-2370-20180628', 'SK-middleEast-2628-20180627'];
const RAIL = ['AL-internationalNews-846-20180408', 'FR-internationalNews-581-20180406', 'FR-internationalNews-621-20180408', 'FR-internationalNews-638-20180409', 'SK-internationalNews-847-20180407'];

/** The committed model's probability for the candidate pair of two claims (by their first words). */
function link(articles: string[], a: string, b: string): number {
  const results = readAnt(...articles).map(analyzeArticle);
  const { features, pairs } = scoreCandidatePairs(results, defaultAlignOptions.candidateFloor, defaultAlignOptions.maxCandidates);
  const starts = (i: number, s: string) => features[i].claim.text.startsWith(s);
  const pair = pairs.find((p) => (starts(p.i, a) && starts(p.j, b)) || (starts(p.i, b) && starts(p.j, a)));
  if (!pair) throw new Error(`no candidate pair «${a}» / «${b}»`);
  return predict(linkModel, pair.x);
}

type Case = [what: string, articles: string[], a: string, b: string];

describe.skipIf(!hasAnt)(`the read wild groups as training data (ANT corpus in ${ANT_DIR}; skipped when absent)`, () => {
  it('every read pair that is still a candidate is labelled, one fact or two, and the committed model names them', () => {
    const read = readGroupFile(WILD_DEV_FILE);
    const corpus = new Map(read.events.flatMap((e) => readAnt(...e.articles).map((a, k) => [e.articles[k], a] as const)));
    const events = wildEvents(corpus, WILD_DEV_FILE, defaultAlignOptions.candidateFloor, defaultAlignOptions.maxCandidates);
    expect(events).toHaveLength(read.events.length);
    const labels = events.flatMap((e) => e.labels);
    // 424 pairs were read (332 one fact, 92 two); nearly all are still candidates.
    expect(labels.length).toBeGreaterThan(400);
    expect(labels.filter((l) => l === 0).length).toBeGreaterThan(80);
    for (const e of events) expect(e.pairs.every((p) => e.all.includes(p))).toBe(true);
    expect(linkModel.trainedOn).toMatch(/read pairs of 10 random ANT events \(eval\/wild\/groups-dev\.json\)/);
    expect(linkModel.trainedOn).toMatch(/annotated events .*each language weighing the same/);
  });

  const twoFacts: Case[] = [
    ["Rivlin asks William to carry a message / William drives from Tel Aviv to Abbas's office", WILLIAM, 'طلب الرئيس الإسرائيلي رؤوفين ريفلين', 'وانتقل الأمير البريطاني خلال اليوم'],
    ["Abbas's words to William / the visit said to be unpolitical", WILLIAM, 'وأضاف عباس، لدى استقباله', 'رغم تقديم زيارة الأمير وليام'],
    ['the PM will not give in on the reforms / a new strike wave begins on Sunday', RAIL, 'قال #رئيس_الوزراء_الفرنسي', 'يواجه ملايين الركاب الفرنسيين'],
  ];
  it.each(twoFacts)('two facts of one story: %s stay apart', (_what, articles, a, b) => {
    expect(link(articles, a, b)).toBeLessThan(LINK_THRESHOLD);
  });

  const oneFact: Case[] = [
    ["Abbas, quoted by Wafa, serious about peace (two outlets)", WILLIAM, 'وحسب وكالة "وفا" الرسمية', 'من جهة أخرى، نقلت وكالة أنباء "وفا"'],
    ['William visits a refugee camp in the West Bank (the same outlet on two days)', WILLIAM, 'زار الأمير البريطاني وليام مخيماً', 'والأربعاء، زار الأمير البريطاني وليام'],
  ];
  it.each(oneFact)('one fact: %s is still linked', (_what, articles, a, b) => {
    expect(link(articles, a, b)).toBeGreaterThanOrEqual(LINK_THRESHOLD);
  });
});

describe.skipIf(!hasAnt || !hasAllsides)('a read AllSides sample as an experiment (`eval/align-wild-cv.ts --also`; skipped without the ANT corpus and ../shared/data/allsides-neus)', () => {
  it('its English events are described from the AllSides crawl, next to the development sample, with their read pairs labelled', () => {
    const file = 'eval/wild/groups-allsides-28.json';
    const events = devWildEvents(defaultAlignOptions.candidateFloor, defaultAlignOptions.maxCandidates, [file])!;
    const english = events.filter((e) => e.name.startsWith('allsides-'));
    expect(english).toHaveLength(readGroupFile(file).events.length);
    // 229 pairs were read (148 one fact, 81 two); nearly all are still candidates.
    const labels = english.flatMap((e) => e.labels);
    expect(labels.length).toBeGreaterThan(200);
    expect(labels.filter((l) => l === 0).length).toBeGreaterThan(70);
  });
});
