// Two occurrences of one kind of news (a missile intercepted on Thursday, another on Saturday), each
// told by a report of its own day, are not one fact however alike the sentences read; a day on
// which something was said does not make two occurrences. Real ANT articles, read at test time.
import { describe, expect, it } from 'vitest';
import { analyzeArticle, compareArticles } from '../../src/compare.js';
import { twoOccurrences } from '../../src/align/occurrences.js';
import { hasAnt, readAnt } from '../support/ant.js';

/** The claim of `docno` that starts with `start`, as the alignment describes it, with its report's date. */
function claimOf(docno: string, start: string) {
  const [article] = readAnt(docno);
  const result = analyzeArticle(article);
  const claim = result.claims.find((c) => c.text.startsWith(start))!;
  expect(claim, `${docno}: ${start}`).toBeDefined();
  return { features: { claim, text: result.text }, date: article.date };
}

describe.skipIf(!hasAnt)('two occurrences (skipped: ../shared/data/ant-corpus-multisource is absent)', () => {
  it('the Thursday and Saturday interceptions of Sky News Arabia and BBC Arabic are never one group', () => {
    const c = compareArticles(readAnt('SK-middleEast-652-20180329', 'SK-middleEast-686-20180331', 'BB-middleEast-270-20180331'));
    const thursday = c.articles[0].claims.find((x) => x.text.startsWith('اعترضت الدفاعات الجوية السعودية، مساء الخميس'))!;
    const saturday = c.articles[1].claims.find((x) => x.text.startsWith('أعلن تحالف دعم الشرعية في اليمن'))!;
    expect(thursday && saturday).toBeTruthy();
    expect(c.groups.filter((g) => g.members.includes(thursday.id) && g.members.includes(saturday.id))).toEqual([]);
  });

  it.each([
    ['own days of two reports: Thursday evening (29 March) and Saturday (31 March)', ['SK-middleEast-652-20180329', 'اعترضت الدفاعات الجوية السعودية، مساء الخميس'], ['SK-middleEast-686-20180331', 'أعلن تحالف دعم الشرعية في اليمن'], true],
    ['a day something was said (أعلن في 19 مارس) is no occurrence of its own', ['BB-middleEast-218-20180319', 'أعلن في 19 مارس/آذار عن مقتل'], ['FR-internationalNews-545-20180321', 'ناشد والد الشابة البريطانية آنا'], false],
  ])('%s', (_, [docA, startA], [docB, startB], expected) => {
    const [a, b] = [claimOf(docA, startA), claimOf(docB, startB)];
    expect(twoOccurrences(a.features, b.features, a.date, b.date)).toBe(expected);
  });
});
