// Every view shows who stands behind a claim group: the HTML and Markdown reports, the text
// output and the terminal UI, on a real ANT event (read at test time from ../shared/data) where
// Al Arabiya credits AFP, Sky News Arabia runs the same text and BBC Arabic reports its own.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../cli/tui/components/App.js';
import { initialState, type NavState, type View } from '../../cli/tui/navigation.js';
import { analyzeCorpus } from '../../src/corpus.js';
import { compareArticles } from '../../src/compare.js';
import { renderEventHtml } from '../../src/report/html.js';
import { renderEventMarkdown } from '../../src/report/markdown.js';
import { renderCompareText } from '../../src/report/text.js';
import { buildEventModel } from '../../src/report/event-model.js';
import { buildKeyFindings } from '../../src/report/key-findings.js';
import type { CorpusAnalysis } from '../../src/types.js';
import { hasAnt, readAnt } from '../support/ant.js';
import { parseDocument } from './helpers.js';

const SUMMARY = 'reported by 3 outlets, 2 independent: AFP via Al Arabiya and Sky News Arabia; BBC Arabic';

describe.skipIf(!hasAnt)('independence in the views (skipped: ../shared/data/ant-corpus-multisource is absent)', () => {
  let analysis: CorpusAnalysis;
  beforeAll(async () => {
    analysis = await analyzeCorpus(readAnt('AL-internationalNews-676-20180329', 'SK-internationalNews-654-20180329', 'BB-internationalNews-243-20180329'));
    expect(analysis.events, 'the three articles are one event').toHaveLength(1);
  });
  afterEach(() => cleanup());

  const threeOutletRow = () => buildEventModel(analysis.comparisons[0]).matrix.find((r) => r.kind === 'group' && r.cells.every((c) => c.refs.length > 0))!;

  it('the view model: independent / outlets per row, copied cells, the summary in words', () => {
    const row = threeOutletRow();
    expect(row.independence).toEqual({ outlets: 3, independent: 2 });
    expect(row.cells.map((cell) => cell.copied)).toEqual([true, true, false]);
    expect(row.group!.independence!.summary).toBe(SUMMARY);
  });

  it('a duplicate filing and a conflict between copies of one text, in words (a blast in Gaza, 5 May 2018)', () => {
    const c = compareArticles(readAnt('AL-internationalNews-1005-20180505', 'FR-internationalNews-1095-20180505', 'FR-middleEast-406-20180505', 'SK-middleEast-1445-20180505'));
    const model = buildEventModel(c);
    expect(model.articleOrigins[2].note).toContain('the same text as [B] filed again by France 24: counted once');
    // Five (Al Arabiya, 17:51 UTC) then six (France 24, 20:49): the toll rising, shown as updated values.
    const toll = model.groups.find((g) => g.group.diffs.some((d) => d.updated) && g.members.some((m) => m.label === 'A1'))!;
    expect(toll.independence!.summary).toMatch(/^reported by 3 outlets, 1 independent: AFP via Al Arabiya, France 24 and Sky News Arabia/);
    expect(toll.independence!.edits).toContain('A1 and B9 are one text: their difference (number: خمسة / ستة) is an edit of it, not independent disagreement');
    // The key findings name the repeat instead of listing its claims a second time as only its own.
    const only = buildKeyFindings(model).only[2];
    expect(only).toMatchObject({ repeats: 1, top: [] });
    expect(renderCompareText(c)).toContain('    [C]: the same text as [B], filed again\n');
  });

  it("one outlet's reports of two days differ as an update or that day's news, not a changed account (Kabul, 22 and 23 April 2018)", () => {
    const c = compareArticles(readAnt('BB-internationalNews-381-20180422', 'CN-internationalNews-266-20180422', 'FR-internationalNews-867-20180423', 'SK-internationalNews-1089-20180422', 'SK-internationalNews-1090-20180422', 'SK-internationalNews-1109-20180423'));
    const edits = buildEventModel(c).groups.flatMap((g) => g.independence?.edits ?? []);
    const sky = edits.filter((e) => e.includes("Sky News Arabia's own reports"));
    expect(sky.length).toBeGreaterThan(0);
    for (const e of sky) {
      expect(e).toContain('of 2018-04-22 and 2018-04-23');
      expect(e).not.toContain('changed its account');
    }
  });

  it('HTML: the coverage matrix counts independent origins per row and marks copied cells; each group says who stands behind it', () => {
    const doc = parseDocument(renderEventHtml(analysis.comparisons[0], analysis.events[0]));
    const head = [...doc.querySelectorAll('#coverage thead th')].map((th) => th.textContent);
    const column = head.indexOf('Independent');
    expect(column).toBeGreaterThan(0);
    const row = [...doc.querySelectorAll('#coverage tbody tr')].find((tr) => tr.querySelector('th')?.textContent === threeOutletRow().id)!;
    const cells = [...row.children];
    expect(cells[column].textContent).toBe('2 of 3');
    // Letters A (Al Arabiya) and B (Sky News Arabia) share the AFP text; C (BBC) does not.
    expect(cells.slice(column + 1).map((td) => td.querySelector('.copied') !== null)).toEqual([true, true, false]);
    expect(doc.querySelector('#groups .origins')?.textContent).toContain('Independent origins:');
    expect(doc.querySelector('#groups')!.textContent).toContain(SUMMARY);
    expect(doc.querySelector('#articles')!.textContent).toContain('credits AFP (byline: فرانس برس)');
  });

  it('Markdown and text: the same words', () => {
    const markdown = renderEventMarkdown(analysis.comparisons[0], analysis.events[0]);
    expect(markdown).toContain(`**Independent origins:** ${SUMMARY}`);
    expect(markdown).toMatch(/\| 2 of 3 \| \[A\d+\\?[=~!]\]\([^)]+\) \(c\) \| \[B\d+\\?[=~!]\]\([^)]+\) \(c\) \| \[C\d+\\?[=~!]\]\([^)]+\) \|/);
    expect(renderCompareText(analysis.comparisons[0])).toContain(`  origins: ${SUMMARY}`);
  });

  it('key findings: how many shared facts rest on two or more independent origins, those on one origin named, in every view', () => {
    const c = analysis.comparisons[0];
    const origins = buildKeyFindings(buildEventModel(c)).origins!;
    // Every group of two or more outlets is counted once, either confirmed or on one origin.
    const carried = buildEventModel(c).groups.filter((g) => g.independence && g.independence.outlets > 1);
    expect(origins.groups).toBe(carried.length);
    expect(origins.confirmed + origins.oneOrigin.length).toBe(origins.groups);
    // Al Arabiya and Sky News Arabia run one AFP text: what only they carry rests on AFP alone.
    expect(origins.oneOrigin.length).toBeGreaterThan(0);
    expect(origins.oneOrigin.map((o) => o.label)).toContain('AFP via Al Arabiya and Sky News Arabia');
    const line = `${origins.confirmed} of ${origins.groups} facts reported by two or more outlets have two or more independent origins`;
    const text = renderCompareText(c);
    expect(text.indexOf(`  Independent origins: ${line}`)).toBeGreaterThan(0);
    expect(text.indexOf('  Independent origins:')).toBeLessThan(text.indexOf('Claim groups'));
    expect(text).toContain(`    ${origins.oneOrigin[0].group.group.id} AFP via Al Arabiya and Sky News Arabia`);
    expect(renderEventMarkdown(c, analysis.events[0])).toContain(`**Independent origins:** ${line}`);
    const doc = parseDocument(renderEventHtml(c, analysis.events[0]));
    const finding = [...doc.querySelectorAll('#findings .finding-line')].find((p) => p.textContent!.startsWith('Independent origins:'))!;
    expect(finding.textContent).toContain(line);
    expect(finding.querySelector('a')!.getAttribute('href')).toMatch(/^#group-/);
  });

  it('terminal UI: `c` after a copied cell, independent/outlets per row, the summary on the claim screen', () => {
    const row = threeOutletRow();
    const view = (patch: Partial<View>): View => ({ screen: 'events', event: 0, row: null, article: 0, cursor: 0, pane: 0, sub: 0, query: '', ...patch });
    const state = (...views: View[]): NavState => ({ ...initialState(), stack: [view({}), ...views] });
    const frame = (s: NavState) => {
      const { lastFrame, unmount } = render(<App analysis={analysis} text={{ bidi: 'logical' }} theme={{ color: false }} size={{ columns: 120, rows: 50 }} initialState={s} />);
      const out = (lastFrame() ?? '').replace(/\u001b\[[0-9;]*m/g, '');
      unmount();
      return out;
    };
    const matrix = frame(state(view({ screen: 'event' })));
    expect(matrix).toMatch(/Independent: \d+\/\d+ shared facts · \d+ on one origin /);
    expect(matrix).toMatch(new RegExp(`[~=!] ${row.id} +[~=!]c [~=!]c [~=!]  +2/3 `));
    expect(matrix).toContain('[A] Al Arabiya (AFP)');
    const claim = frame(state(view({ screen: 'event' }), view({ screen: 'claim', row: row.id })));
    expect(claim.replace(/\s+/g, ' ')).toContain(`origins: ${SUMMARY}`);
  });
});
