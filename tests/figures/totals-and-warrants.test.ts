// Figures that are no rival of this event's count, found in held-out readings of random ANT events
// (stop 29): the whole toll of a war or a campaign (`وأدت الحرب في اليمن إلى مقتل نحو 10 آلاف`)
// against one air strike's 38 dead; arrest warrants (`أوامر اعتقال بحق 300`) against 65 arrested;
// a part that both articles give with the same breakdown (the 714 civilians killed by mines,
// among them 32 children and 14 women) against one article's whole toll (3,021 in Taiz since the
// war began). Real articles, read from ../shared at run time.
import { describe, expect, it } from 'vitest';
import { antArticles, entryName, figuresOf, formatEntry, hasAnt, valueAt } from './helpers.js';

const SANAA_STRIKE = ['BB-middleEast-416-20180428', 'FR-internationalNews-968-20180428'];
const GULEN_ARRESTS = ['SK-internationalNews-1501-20180510', 'SK-internationalNews-1517-20180511'];
const TAIZ_REPORT = ['AL-internationalNews-979-20180501', 'SK-middleEast-1382-20180502'];

describe.skipIf(!hasAnt)('running totals, warrants and parts told alike (skipped when ../shared/data is absent)', () => {
  const rows = (docs: readonly string[]) => {
    const { entries, results } = figuresOf(antArticles(docs));
    return { entries, lines: entries.map((e) => formatEntry(e, results)), names: entries.map(entryName) };
  };

  it('"the war in Yemen killed about 10,000" is a running total, not a rival of the strike\'s 38 dead', () => {
    const { entries, lines } = rows(SANAA_STRIKE);
    expect(valueAt(entries, 'أدت إلى مقتل حوالي 10 آلاف')?.entry.scope.period).toBe('cumulative');
    expect(valueAt(entries, 'وأدت الحرب في اليمن إلى مقتل نحو 10 آلاف')?.entry.scope.period).toBe('cumulative');
    expect(lines.filter((l) => l.startsWith('killed:'))).not.toContainEqual(expect.stringMatching(/conflict/));
  });

  it('"prosecutors issued arrest warrants (أوامر اعتقال) for 300 soldiers" counts no arrests', () => {
    const { entries } = rows(GULEN_ARRESTS);
    expect(valueAt(entries, 'أصدروا أوامر اعتقال بحق 300', '300')).toBeUndefined();
    expect(entries.filter((e) => e.quantity === 'arrested').map((e) => e.relation)).not.toContain('conflict');
  });

  it('the 714 killed by mines, told alike by both with its breakdown, is no rival of the 3,021 in Taiz', () => {
    const { entries, lines } = rows(TAIZ_REPORT);
    expect(lines.filter((l) => l.startsWith('killed'))).not.toContainEqual(expect.stringMatching(/conflict/));
    expect(entries.some((e) => e.quantity === 'killed' && e.relation === 'conflict')).toBe(false);
  });
});

// A counted noun is never joined by `و`: in `مقتل مقيم مصري واحد وإصابة اثنين آخرين` (BBC Arabic)
// and `مقتل 200 وإصابة مئات آخرين` (CNN Arabic) the word after the number opens the next figure's
// clause, so the number counts the dead, not the wounded.
describe.skipIf(!hasAnt)('a number before "وإصابة" counts what comes before it (skipped when ../shared/data is absent)', () => {
  it.each<[string, string, string, string]>([
    ['one Egyptian resident killed, two wounded (BBC Arabic, Riyadh)', 'BB-middleEast-251-20180326', 'مقتل مقيم مصري واحد', 'واحد'],
    ['200 killed and hundreds wounded (CNN Arabic)', 'CN-internationalNews-82-20180309', 'مقتل 200 وإصابة', '200'],
  ])('%s', (_what, doc, anchor, text) => {
    const { entries } = figuresOf(antArticles([doc]));
    expect(valueAt(entries, anchor, text)?.entry.quantity).toBe('killed');
  });
});
