import { describe, expect, it } from 'vitest';
import { renderEventMarkdown, renderIndexMarkdown } from '../../src/report/markdown.js';
import { reportFileNames } from '../../cli/report-files.js';
import { BIDI_CONTROLS, CHANNEL_13, RAFAH_003, RAFAH_004, TOLL_003, TOLL_004, feb7, hostileComparison, seedCorpus } from './helpers.js';
import { escapeMarkdown } from '../../src/report/escape.js';
import { headingSlug } from '../../src/report/markdown-findings.js';

/** The sections of a Markdown report by `## ` heading, and their groups by `### `. */
function sections(md: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of md.split(/^## /m).slice(1)) out.set(part.slice(0, part.indexOf('\n')), part);
  return out;
}
const subsections = (section: string) => section.split(/^### /m).slice(1);

/** Cells of a GitHub table row: split on pipes that are not escaped. */
const cells = (row: string) => row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/);

/** Every table is well formed: a header, a delimiter row, and rows of the same width. */
function expectTablesWellFormed(md: string): number {
  const lines = md.split('\n');
  let tables = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('|') || (i > 0 && lines[i - 1].startsWith('|'))) continue;
    tables += 1;
    const width = cells(lines[i]).length;
    expect(lines[i + 1]).toMatch(/^\|( -{3}:? \|)+$/);
    expect(cells(lines[i + 1])).toHaveLength(width);
    for (let j = i + 2; j < lines.length && lines[j].startsWith('|'); j++) expect(cells(lines[j]), lines[j]).toHaveLength(width);
  }
  return tables;
}

async function feb7Markdown() {
  const { comparison, analysis, index } = await feb7();
  return { md: renderEventMarkdown(comparison, analysis.events[index]), comparison };
}

describe('the Markdown report of the 7 February event', () => {
  it('shows the shared Rafah concern as one group quoting both outlets', async () => {
    const { md } = await feb7Markdown();
    const groups = subsections(sections(md).get('Claims in common')!).filter((g) => g.includes(RAFAH_003));
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatch(/^group g[0-9a-f]{8}\n\n(= shared|\\~ partial) · score /);
    const quotes = groups[0].split('\n').filter((l) => l.startsWith('> ') && !l.includes('\\['));
    expect(quotes.some((q) => q.startsWith(`> ${RAFAH_003}`))).toBe(true);
    expect(quotes.some((q) => q.startsWith(`> ${RAFAH_004}`))).toBe(true);
  });

  it('lists the Channel 13 quote under 003 only', async () => {
    const { md, comparison } = await feb7Markdown();
    const a = comparison.articles.findIndex((x) => x.id.startsWith('003_'));
    const unique = subsections(sections(md).get('Reported by one outlet only')!);
    expect(unique[a]).toContain(CHANNEL_13);
    expect(unique[1 - a]).not.toContain(CHANNEL_13);
    expect(sections(md).get('Claims in common')).not.toContain(CHANNEL_13);
  });

  it('keeps the 27,708 / 27,700 figures in a group that is not a conflict', async () => {
    const { md } = await feb7Markdown();
    const group = subsections(sections(md).get('Claims in common')!).find((g) => g.includes(TOLL_003) && g.includes(TOLL_004));
    expect(group).toBeDefined();
    expect(group).toMatch(/^group g[0-9a-f]{8}\n\n(= shared|\\~ partial) · score /);
    expect(sections(md).get('Conflicts')).not.toContain(TOLL_003);
  });

  it('writes tables GitHub renders (same width on every row) and flat lists', async () => {
    const { md } = await feb7Markdown();
    expect(expectTablesWellFormed(md)).toBeGreaterThanOrEqual(5);
    // A list item whose text starts with a marker would render as a nested list.
    expect(md).not.toMatch(/^- [-+*] /m);
    expect(md).toContain('- \\+ only one outlet: ');
  });

  it('links each quote to the heading of its article\'s full text, and every link to a heading', async () => {
    const { md, comparison } = await feb7Markdown();
    const slugs = new Set([...md.matchAll(/\]\((#[^)]+)\)/g)].map((m) => m[1]));
    for (const i of comparison.articles.keys()) expect(slugs).toContain(`#full-text-of-article-${String.fromCharCode(97 + i)}`);
    // GitHub's heading anchors: lower case, punctuation dropped, spaces as dashes.
    const headings = new Set([...md.matchAll(/^#{1,6} (.+)$/gm)].map((m) => headingSlug(m[1])));
    for (const s of slugs) expect(headings, s).toContain(s);
    for (const i of comparison.articles.keys()) expect(md).toContain(`\n### Full text of article ${String.fromCharCode(65 + i)}\n`);
    // Every claim is in the full text, opened by its label.
    const full = sections(md).get('Full article texts')!;
    comparison.articles.forEach((a, i) =>
      a.claims.forEach((c, n) => {
        expect(full).toContain(`**\\[${String.fromCharCode(65 + i)}${n + 1} `);
        expect(full).toContain(escapeMarkdown(c.text));
      }),
    );
  });

  it('renders framing when present and notes its absence otherwise', async () => {
    const { comparison, analysis, index } = await feb7();
    const framing = sections(renderEventMarkdown(comparison, analysis.events[index])).get('Framing')!;
    expect(framing).toContain('Reporting verbs');
    for (const p of comparison.framing!.profiles) for (const s of p.sources) expect(framing).toContain(escapeMarkdown(s.name));
    expect(sections(renderEventMarkdown({ ...comparison, framing: undefined }, null)).get('Framing')).toContain('No framing data');
  });
});

describe('the Markdown report of a hostile article', () => {
  it('escapes every markup character and keeps the tables intact', async () => {
    const md = renderEventMarkdown(await hostileComparison(), null);
    expect(md).not.toMatch(BIDI_CONTROLS);
    // No raw HTML and no live link or emphasis from the article.
    expect(md).not.toMatch(/(?<!\\)</);
    expect(md).not.toContain('[link](');
    expect(md).toContain('\\[link\\](javascript:alert(1))');
    expect(md).toContain('\\*\\*bold\\*\\*');
    expect(md).toContain('\\| pipe \\|');
    expect(md).toContain('\\&amp; \\&lt;b\\&gt;');
    // Lines of the article that look like a heading or a list stay text.
    expect(md).not.toMatch(/^#{1,6} وأضاف/m);
    expect(md).not.toMatch(/^1\. /m);
    expect(md).not.toMatch(/(?<!\\)\]\(javascript/);
    expectTablesWellFormed(md);
  });
});

describe('the Markdown index', () => {
  it('links each event report in a well-formed table', async () => {
    const analysis = await seedCorpus();
    const files = reportFileNames(analysis, 'md');
    const md = renderIndexMarkdown(analysis, files);
    expect(md.startsWith('# Events in this corpus\n')).toBe(true);
    expect([...md.matchAll(/\]\(([^)#]+)\)/g)].map((m) => m[1])).toEqual(files);
    expect(expectTablesWellFormed(md)).toBe(1);
  });
});
