// Background clauses: a sentence whose main clause states one fact and names another in a relative
// or "after" clause (the Toronto van attack, ANT 2018-04-23/25: "a video shows a confrontation
// with the attacker of the ramming, which killed 10 and injured 15"). The readers of the wild
// groups (eval/wild/groups-38.json) read such a member as not stating the group's fact; the
// annotated events count it as stating it. So discounting these links is an option, off by default
// (`AlignOptions.backgroundShare`); these tests fix what it reads and what it changes.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/compare.js';
import { alignClaims, defaultAlignOptions } from '../../src/align/align.js';
import { backgroundTokens } from '../../src/align/units.js';
import { tokenize } from '../../src/text/token-stream.js';
import { hasAnt, readAnt, ANT_DIR } from '../support/ant.js';

/** The sentence's words with its background clauses in brackets, or null when it has none. */
function formatBackground(text: string): string | null {
  const tokens = tokenize(text).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  const mask = backgroundTokens(text, tokens);
  if (!mask) return null;
  return tokens
    .map((t, k) => (mask[k] ? `[${t.text}]` : t.text))
    .join(' ')
    .replace(/\] \[/g, ' ');
}

describe('background clauses of a sentence', () => {
  it.each([
    [
      'a relative clause on the event, to its end (Sky News Arabia: the video)',
      'أظهر مقطع فيديو مواجهة قوية بين رجل أمن ومنفذ حادثة الدهس بتورونتو في كندا، التي وقعت الاثنين وخلفت مقتل 10 أشخاص وإصابة 15 آخرين.',
      'أظهر مقطع فيديو مواجهة قوية بين رجل أمن ومنفذ حادثة الدهس بتورونتو في كندا [التي وقعت الاثنين وخلفت مقتل 10 أشخاص وإصابة 15] آخرين',
    ],
    [
      'a verb of result after the comma goes on with the clause (Sky News Arabia: Jordan\'s citizen)',
      'أعلن الأردن، مساء الثلاثاء، أن أحد مواطنيه من بين ضحايا حادث الدهس الذي وقع في مدينة تورنتو الكندية، وأسفر عن مصرع 10 أشخاص وإصابة 13 آخرين.',
      'أعلن الأردن مساء الثلاثاء أن أحد مواطنيه من بين ضحايا حادث الدهس [الذي وقع في مدينة تورنتو الكندية وأسفر عن مصرع 10 أشخاص وإصابة 13] آخرين',
    ],
    [
      'with no comma, the main clause goes on after a short relative clause (France 24: the charges)',
      'ووجهت إلى سائق الشاحنة الصغيرة الذي دهست المارة الاثنين في تورنتو عشر تهم بالقتل المتعمد أمام محكمة كندية الثلاثاء',
      'ووجهت إلى سائق الشاحنة الصغيرة [الذي دهست المارة الاثنين في تورنتو عشر] تهم بالقتل المتعمد أمام محكمة كندية الثلاثاء',
    ],
    ['a main clause stating the toll has none (France 24)', 'وأسفر الحادث عن مقتل 10 أشخاص وإصابة 15 آخرين.', null],
    [
      'English relative pronouns (BASIL: the baseball practice shooting)',
      'Among those on the field before the game was Representative Roger Williams, Republican of Texas, whose aide Zachary Barth was shot at the practice.',
      'Among those on the field before the game was Representative Roger Williams Republican of Texas [whose aide Zachary Barth was shot at the practice]',
    ],
  ])('%s', (_what, text, expected) => {
    expect(formatBackground(text)).toBe(expected);
  });
});

describe.skipIf(!hasAnt)(`grouping with background clauses discounted (ANT corpus in ${ANT_DIR}; skipped when absent)`, () => {
  const TORONTO = ['FR-internationalNews-885-20180424', 'SK-internationalNews-1120-20180424', 'SK-middleEast-1234-20180425', 'CN-internationalNews-275-20180423'];
  const TOLL = 'وأسفر الحادث عن مقتل 10 أشخاص';
  const VIDEO = 'أظهر مقطع فيديو مواجهة قوية';
  const JORDAN = 'أعلن الأردن، مساء الثلاثاء';
  const POLICE_TOLL = 'كشف رئيس شرطة تورونتو';

  /** The openings (of those asked) of the claims grouped with France 24's toll, in any group. */
  function withToll(backgroundShare?: number): string[] {
    const results = readAnt(...TORONTO).map(analyzeArticle);
    const { groups, features } = alignClaims(results, { ...defaultAlignOptions, ...(backgroundShare === undefined ? {} : { backgroundShare }) });
    const texts = groups.filter((g) => g.members.some((m) => features[m].claim.text.startsWith(TOLL))).flatMap((g) => g.members.map((m) => features[m].claim.text));
    return [VIDEO, JORDAN, POLICE_TOLL].filter((s) => texts.some((t) => t.startsWith(s)));
  }

  it('by default the video and Jordan\'s citizen join the toll through their relative clauses (as the annotated events count them)', () => {
    expect(withToll()).toEqual([VIDEO, JORDAN, POLICE_TOLL]);
  });

  it('discounted, only the police chief\'s toll, stated in its main clause, stays with it', () => {
    expect(withToll(0.5)).toEqual([POLICE_TOLL]);
  });
});
