import { describe, expect, it } from 'vitest';
import { renderEventHtml, renderIndexHtml } from '../../src/report/html.js';
import { analyzeCorpus } from '../../src/corpus.js';
import { readInputs } from '../../cli/read-inputs.js';
import { reportFileNames } from '../../cli/report-files.js';
import { SEED_DIR } from '../support/seeds.js';
import { BIDI_CONTROLS, CHANNEL_13, RAFAH_003, RAFAH_004, TOLL_003, TOLL_004, feb7, hostileComparison, parseDocument, seedCorpus } from './helpers.js';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ');

async function feb7Document() {
  const { comparison, analysis, index } = await feb7();
  const html = renderEventHtml(comparison, analysis.events[index]);
  return { html, doc: parseDocument(html), comparison };
}

describe('the HTML report of the 7 February event (seeds 003 and 004)', () => {
  it('shows the shared Rafah concern as one group with both outlets\' sentences side by side', async () => {
    const { doc } = await feb7Document();
    const groups = [...doc.querySelectorAll('section.group')].filter((g) => text(g).includes(RAFAH_003));
    expect(groups).toHaveLength(1);
    const sides = [...groups[0].querySelectorAll('.sides blockquote')].map(text);
    expect(sides.some((s) => s.startsWith(RAFAH_003))).toBe(true);
    expect(sides.some((s) => s.startsWith(RAFAH_004))).toBe(true);
    // Each quote links to its sentence in the full text, and the anchor holds exactly that sentence.
    for (const link of groups[0].querySelectorAll('.sides figcaption a')) {
      const target = doc.getElementById(link.getAttribute('href')!.slice(1));
      expect(target?.classList.contains('claim')).toBe(true);
      const quote = text(link.closest('figure')!.querySelector('blockquote'));
      expect(text(target)).toContain(quote);
    }
  });

  it('lists the Channel 13 quote as reported only by 003', async () => {
    const { doc, comparison } = await feb7Document();
    const a = comparison.articles.findIndex((x) => x.id.startsWith('003_'));
    const letter = String.fromCharCode(65 + a);
    const other = String.fromCharCode(65 + (1 - a));
    const uniqueOf = (l: string) => text(doc.getElementById(`unique-${l}`)?.nextElementSibling);
    expect(uniqueOf(letter)).toContain(CHANNEL_13);
    expect(uniqueOf(other)).not.toContain(CHANNEL_13);
    for (const g of doc.querySelectorAll('section.group')) expect(text(g)).not.toContain(CHANNEL_13);
  });

  it('keeps the 27,708 / 27,700 death tolls out of the conflicts', async () => {
    const { doc } = await feb7Document();
    const group = [...doc.querySelectorAll('section.group')].find((g) => text(g).includes(TOLL_003) && text(g).includes(TOLL_004));
    expect(group).toBeDefined();
    expect(group!.className).not.toContain('group-conflict');
    expect(text(group!.querySelector('h3'))).toMatch(/[=~] (shared|partial)/);
    expect(text(doc.getElementById('conflicts'))).not.toContain(TOLL_003);
  });

  it('keeps each Arabic amount of a figure verdict in its reading order (27 ألفاً و708 isolated right to left)', async () => {
    const { doc } = await feb7Document();
    const verdict = doc.querySelector('#figures-table tbody tr td[data-label="Verdict"] .small')!;
    const runs = [...verdict.querySelectorAll('bdi[dir="rtl"]')].map((b) => b.textContent);
    expect(runs).toEqual(expect.arrayContaining(['27 ألفاً و708', '27 ألفاً و700']));
    // The English around them stays outside the isolates.
    expect(runs.every((r) => !/[A-Za-z]/.test(r ?? ''))).toBe(true);
  });

  it('has one h1, sections under h2, and table headers with a scope', async () => {
    const { doc } = await feb7Document();
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    const levels = [...doc.querySelectorAll('h1, h2, h3, h4')].map((h) => Number(h.tagName[1]));
    levels.forEach((level, i) => {
      if (i > 0) expect(level - levels[i - 1]).toBeLessThanOrEqual(1);
    });
    const tables = [...doc.querySelectorAll('table')];
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const t of tables) {
      expect(t.querySelector('caption')).not.toBeNull();
      const heads = [...t.querySelectorAll('th')];
      expect(heads.length).toBeGreaterThan(0);
      for (const th of heads) expect(['col', 'row']).toContain(th.getAttribute('scope'));
    }
  });

  it('marks every Arabic text block right to left and the page chrome left to right', async () => {
    const { doc } = await feb7Document();
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.documentElement.getAttribute('dir')).toBe('ltr');
    const blocks = [...doc.querySelectorAll('.fulltext, blockquote, p.diff')];
    expect(blocks.length).toBeGreaterThan(20);
    for (const b of blocks) {
      expect(b.getAttribute('lang')).toBe('ar');
      expect(b.getAttribute('dir')).toBe('rtl');
    }
  });

  it('includes every claim in the full text under its own anchor, and every link has a target', async () => {
    const { doc, comparison } = await feb7Document();
    const claims = comparison.articles.flatMap((a) => a.claims);
    const spans = [...doc.querySelectorAll('.fulltext .claim')];
    expect(spans).toHaveLength(claims.length);
    for (const c of claims) expect(spans.some((s) => text(s).endsWith(c.text.replace(/\s+/g, ' ')))).toBe(true);
    for (const a of doc.querySelectorAll('a[href^="#"]')) {
      const id = a.getAttribute('href')!.slice(1);
      expect(doc.getElementById(id), `#${id}`).not.toBeNull();
    }
  });

  it('marks word differences with labels, not colour alone', async () => {
    const { doc } = await feb7Document();
    const changes = [...doc.querySelectorAll('p.diff del, p.diff ins')];
    expect(changes.length).toBeGreaterThan(5);
    for (const c of changes) {
      expect(c.getAttribute('title')).toMatch(/^only in [A-Z]+$/);
      expect(text(c.querySelector('.vh'))).toMatch(/only in [A-Z]+/);
    }
  });

  it('draws the coverage heat map as an accessible inline SVG with a symbol in every filled cell', async () => {
    const { doc, comparison } = await feb7Document();
    const svg = doc.querySelector('#coverage svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(text(svg.querySelector('title'))).toMatch(/Coverage heat map/);
    const columns = comparison.groups.length + Object.values(comparison.unique).flat().length;
    const filled = [...svg.querySelectorAll('g > text')].map(text);
    const expected = comparison.groups.reduce((n, g) => n + new Set(g.members.map((m) => m.split(':')[0])).size, 0) + columns - comparison.groups.length;
    expect(filled).toHaveLength(expected);
    expect(new Set(filled)).toEqual(new Set(['=', '~', '+', ...(comparison.groups.some((g) => g.relation === 'conflict') ? ['!'] : [])]));
  });

  it('renders the framing comparison when present and says so when absent', async () => {
    const { comparison, analysis, index } = await feb7();
    expect(comparison.framing).toBeDefined();
    const doc = parseDocument(renderEventHtml(comparison, analysis.events[index]));
    const framing = doc.getElementById('framing')!;
    expect(framing.querySelectorAll('svg')).toHaveLength(comparison.articles.length);
    // Every source the framing stage found is named in the report.
    for (const p of comparison.framing!.profiles) for (const s of p.sources) expect(text(framing)).toContain(s.name);
    const without = parseDocument(renderEventHtml({ ...comparison, framing: undefined }, analysis.events[index]));
    expect(text(without.getElementById('framing'))).toContain('No framing data');
  });

  it('is byte-identical for the same inputs', async () => {
    const { html } = await feb7Document();
    const { articles } = await readInputs([SEED_DIR]);
    const again = await analyzeCorpus(articles);
    const i = again.events.findIndex((e) => e.articles.some((id) => id.startsWith('003_')));
    expect(renderEventHtml(again.comparisons[i], again.events[i])).toBe(html);
  });

  it('needs nothing from the network and runs no script', async () => {
    const { html, doc } = await feb7Document();
    expect(doc.querySelectorAll('script, link, img, iframe, object')).toHaveLength(0);
    expect(html).not.toMatch(/\s(src|srcset)=/);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
  });
});

describe('the HTML report of a hostile article', () => {
  it('shows markup, comments, entities and quotes as text and runs nothing', async () => {
    const comparison = await hostileComparison();
    const html = renderEventHtml(comparison, null);
    const doc = parseDocument(html);
    expect(doc.querySelectorAll('script, img, link, iframe')).toHaveLength(0);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), `${el.tagName} ${attr}`).toBe(false);
    }
    const full = text(doc.getElementById('article-A'));
    expect(full).toContain('<script>window.__pwned = "text"</script>');
    expect(full).toContain('<!--');
    expect(full).toContain('&amp; &lt;b&gt; &#x3C;script&#x3E;');
    expect(full).toContain(`' onmouseover='window.__pwned = 1'`);
    expect(text(doc.querySelector('h1'))).toContain('<script>');
    expect(html).not.toMatch(BIDI_CONTROLS);
    // The javascript: address is shown, not linked.
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '').filter((h) => !h.startsWith('#'))).toEqual([]);
    expect(full).toContain('not an http address; not linked');
  });
});

describe('the HTML index page', () => {
  it('links every event report and draws each event\'s claim shares', async () => {
    const analysis = await seedCorpus();
    const files = reportFileNames(analysis, 'html');
    const doc = parseDocument(renderIndexHtml(analysis, files));
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    const links = [...doc.querySelectorAll('#events table a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(files);
    const svg = doc.querySelector('#shares svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelectorAll('g > rect').length).toBeGreaterThanOrEqual(analysis.events.length);
    const { index, comparison } = await feb7();
    const cells = [...doc.querySelectorAll('#events tbody tr')[index].querySelectorAll('td')].map(text);
    const count = (r: string) => String(comparison.groups.filter((g) => g.relation === r).length);
    // Label, outlets, articles, claims, then groups shared / partial / conflicting, then unique claims.
    expect(cells.slice(2)).toEqual([
      '2',
      String(comparison.articles.reduce((n, a) => n + a.claims.length, 0)),
      count('shared'),
      count('partial'),
      count('conflict'),
      String(Object.values(comparison.unique).flat().length),
    ]);
  });
});
