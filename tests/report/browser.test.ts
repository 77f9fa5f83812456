// The HTML report in a real browser: headless Chromium (Debian's /usr/bin/chromium) driven by
// playwright-core opens the report files and checks what a reader would get.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readInputs } from '../../cli/read-inputs.js';
import { writeEventReport } from '../../cli/report-files.js';
import { analyzeCorpus } from '../../src/corpus.js';
import { renderEventHtml } from '../../src/report/html.js';
import { ROOT } from '../support/seeds.js';
import { RAFAH_003, feb7, hostileComparison, tmp } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Where the lead looks at the report without running the tests. */
const SCREENSHOT = '/tmp/claimdiff-report.png';
/** The first conflict group of the India sandstorm report (and `-coverage.png`: its coverage section). */
const CONFLICT_SCREENSHOT = '/tmp/claimdiff-conflict-report.png';

const title = hasChromium
  ? 'the HTML report in headless Chromium'
  : `the HTML report in headless Chromium (skipped: ${CHROMIUM} not found; install Debian's chromium package to run it)`;

describe.skipIf(!hasChromium)(title, () => {
  let browser: Browser;
  let feb7File: string;
  const dir = tmp('claimdiff-browser-');

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const { analysis, index } = await feb7();
    [feb7File] = writeEventReport(analysis, index, dir, 'html');
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a file and records every request that is not the file itself. */
  async function open(file: string, options: { width?: number; bypassCSP?: boolean } = {}): Promise<{ page: Page; requests: string[]; dialogs: string[] }> {
    const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, bypassCSP: options.bypassCSP ?? false });
    const page = await context.newPage();
    const url = pathToFileURL(file).href;
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (r) => {
      if (r.url() !== url) requests.push(r.url());
    });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, requests, dialogs };
  }

  it('opens the 7 February report with its structure, right-to-left text and no network request', async () => {
    const { page, requests } = await open(feb7File);
    const facts = await page.evaluate(() => {
      const dir = (el: Element) => getComputedStyle(el).direction;
      return {
        h1: document.querySelectorAll('h1').length,
        h2: [...document.querySelectorAll('h2')].map((h) => h.textContent),
        tables: [...document.querySelectorAll('table')].map((t) => t.querySelectorAll('thead th[scope="col"]').length),
        pageDir: dir(document.body),
        fullTexts: [...document.querySelectorAll('.fulltext')].map(dir),
        quotes: [...document.querySelectorAll('.sides blockquote')].map(dir),
        charts: [...document.querySelectorAll('svg[role="img"]')].map((s) => s.getBoundingClientRect().width),
        scripts: document.scripts.length,
      };
    });
    expect(facts.h1).toBe(1);
    // Key findings first, the figures table right after them, then the evidence.
    expect(facts.h2.slice(0, 3)).toEqual(['Key findings', 'Figures', 'Articles']);
    expect(facts.h2).toEqual(expect.arrayContaining(['Claims side by side', 'Coverage matrix', 'Claims per outlet', 'Framing', 'Removed as boilerplate', 'Full article texts']));
    expect(facts.tables.length).toBeGreaterThanOrEqual(4);
    for (const headers of facts.tables) expect(headers).toBeGreaterThan(0);
    expect(facts.pageDir).toBe('ltr');
    expect(facts.fullTexts).toEqual(['rtl', 'rtl']);
    expect(facts.quotes.length).toBeGreaterThan(10);
    expect(new Set(facts.quotes)).toEqual(new Set(['rtl']));
    expect(facts.charts.length).toBeGreaterThanOrEqual(3);
    for (const w of facts.charts) expect(w).toBeGreaterThan(100);
    expect(facts.scripts).toBe(0);
    expect(requests).toEqual([]);

    // The key findings fit the first screen at 1280 px (the viewport here is 900 px high).
    const findingsBottom = await page.evaluate(() => document.getElementById('findings')!.getBoundingClientRect().bottom);
    expect(findingsBottom).toBeLessThan(900);

    // A finding links to its evidence: the folded section opens on the way.
    const contrast = page.locator('#findings a[href^="#group-"]').first();
    const groupId = (await contrast.getAttribute('href'))!.slice(1);
    expect(await page.evaluate(() => (document.querySelector('#claims details') as HTMLDetailsElement).open)).toBe(false);
    await contrast.click();
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(groupId);
    expect(await page.evaluate(() => (document.querySelector('#claims details') as HTMLDetailsElement).open)).toBe(true);

    // A quote's link lands on its sentence in the full text.
    const link = page.locator('section.group', { hasText: RAFAH_003 }).locator('figcaption a').first();
    await link.click();
    const target = await page.evaluate(() => document.querySelector(':target')?.textContent ?? '');
    expect(target).toContain(RAFAH_003);

    // One relation at a time, without a script: the "= shared" choice hides the partial groups and what only one outlet reports.
    await page.locator('label[for="show-shared"]').click();
    const shown = await page.evaluate(() => ({
      groups: [...document.querySelectorAll('section.group')].filter((g) => getComputedStyle(g).display !== 'none').map((g) => g.className),
      unique: getComputedStyle(document.getElementById('unique')!).display,
    }));
    expect(shown.groups.length).toBeGreaterThan(0);
    for (const c of shown.groups) expect(c).toContain('group-shared');
    expect(shown.unique).toBe('none');
    await page.locator('label[for="show-all"]').click();

    // Arabic numbered lists number on the right.
    const lists = await page.evaluate(() => [...document.querySelectorAll('ol.claims')].map((ol) => getComputedStyle(ol).direction));
    expect(lists.length).toBeGreaterThan(0);
    expect(new Set(lists)).toEqual(new Set(['rtl']));

    await page.screenshot({ path: path.join(dir, 'feb7-full.png'), fullPage: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: SCREENSHOT, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 2600 } });
    expect(existsSync(SCREENSHOT)).toBe(true);
  });

  it('draws the India sandstorm conflict: each outlet\u2019s own status in the heat map, the table and the group', async () => {
    const { articles } = await readInputs([path.join(ROOT, 'examples/india-sandstorm')]);
    const analysis = await analyzeCorpus(articles);
    const comparison = analysis.comparisons[0];
    const group = comparison.groups.find((g) => g.relation === 'conflict' && new Set(g.members.map((m) => m.split(':')[0])).size === 3)!;
    expect(group, 'a three-outlet group with a conflict').toBeDefined();
    const [file] = writeEventReport(analysis, 0, dir, 'html');
    const { page, requests } = await open(file);
    const facts = await page.evaluate((id) => {
      for (const d of document.querySelectorAll('details')) d.open = true;
      const row = [...document.querySelectorAll('#coverage tbody tr')].find((tr) => tr.querySelector('th')?.textContent === id)!;
      const column = [...document.querySelectorAll('#coverage svg text[transform]')].findIndex((t) => t.textContent === id);
      const cells = [...document.querySelectorAll('#coverage svg g > title')].filter((t) => t.textContent!.startsWith(`${id}: `) && !t.textContent!.includes('not reported'));
      const section = document.querySelector(`section.group h3`)!.closest('section')!;
      return {
        column,
        table: [...row.querySelectorAll('a.claim-mark')].map((a) => ({ text: a.textContent, colour: getComputedStyle(a).color })),
        heat: cells.map((t) => t.parentElement!.querySelector('text')!.textContent),
        badges: [...section.querySelectorAll('.member-status')].map((m) => m.textContent),
        firstGroupRelation: section.className,
      };
    }, group.id);
    const expected = group.status.map((s) => ({ shared: '=', partial: '~', conflict: '!' })[s.relation]);
    expect(facts.column).toBeGreaterThanOrEqual(0);
    expect(facts.table.map((t) => t.text!.slice(-1))).toEqual(expected);
    expect(facts.heat).toEqual(expected);
    // Conflicts come first, so the three-outlet conflict is the first group of the page.
    expect(facts.firstGroupRelation).toContain('group-conflict');
    expect(facts.badges.filter((b) => b?.startsWith('! conflicting with '))).toHaveLength(group.status.filter((s) => s.relation === 'conflict').length);
    // The conflicting marks and the partial one are told apart by colour too, not only by symbol.
    expect(new Set(facts.table.map((t) => t.colour)).size).toBe(new Set(expected).size);
    expect(requests).toEqual([]);
    await page.locator('#coverage').screenshot({ path: CONFLICT_SCREENSHOT.replace('.png', '-coverage.png') });
    await page.locator('section.group').first().screenshot({ path: CONFLICT_SCREENSHOT });
    expect(existsSync(CONFLICT_SCREENSHOT)).toBe(true);
  });

  it('stacks the side-by-side sentences on a phone, and prints the key findings alone on the first page', async () => {
    const { page } = await open(feb7File, { width: 390 });
    const layout = await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
      const [a, b] = [...document.querySelectorAll('section.group')[0].querySelectorAll('.side')].map((s) => s.getBoundingClientRect());
      return { sameColumn: Math.abs(a.left - b.left) < 1, below: b.top >= a.bottom, overflow: document.documentElement.scrollWidth - window.innerWidth };
    });
    expect(layout).toEqual({ sameColumn: true, below: true, overflow: 0 });
    await page.screenshot({ path: '/tmp/claimdiff-report-phone.png', clip: { x: 0, y: 0, width: 390, height: 1800 }, fullPage: true });

    const desk = await open(feb7File);
    const sideBySide = await desk.page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
      const [a, b] = [...document.querySelectorAll('section.group')[0].querySelectorAll('.side')].map((s) => s.getBoundingClientRect());
      return Math.abs(a.top - b.top) < 1 && a.left !== b.left;
    });
    expect(sideBySide).toBe(true);
    // Print: A4 less the page margins is 703 x 1017 CSS pixels; the findings end the first page.
    const print = await browser.newPage({ viewport: { width: 703, height: 1017 } });
    await print.goto(pathToFileURL(feb7File).href);
    await print.emulateMedia({ media: 'print' });
    const printed = await print.evaluate(() => ({
      nav: getComputedStyle(document.querySelector('nav')!).display,
      breakAfter: getComputedStyle(document.getElementById('findings')!).breakAfter,
      bottom: document.getElementById('findings')!.getBoundingClientRect().bottom,
    }));
    expect(printed).toMatchObject({ nav: 'none', breakAfter: 'page' });
    expect(printed.bottom).toBeLessThan(1017);
    await print.close();
  });

  it('runs nothing and loads nothing from a hostile article, even without the page\'s CSP', async () => {
    const file = path.join(dir, 'hostile.html');
    writeFileSync(file, renderEventHtml(await hostileComparison(), null));
    for (const bypassCSP of [false, true]) {
      const { page, requests, dialogs } = await open(file, { bypassCSP });
      await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
      });
      await page.mouse.move(200, 300);
      await page.locator('.fulltext').first().hover();
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
        scripts: document.scripts.length,
        images: document.images.length,
        h1: document.querySelector('h1')!.textContent,
        fullText: document.querySelector('#article-A .fulltext')!.textContent,
        titleDir: getComputedStyle(document.querySelector('h1')!).direction,
      }));
      expect(state.pwned).toBeNull();
      expect(state.scripts).toBe(0);
      expect(state.images).toBe(0);
      expect(state.h1).toContain('<script>');
      expect(state.fullText).toContain('<img src="http://example.invalid/pixel.png">');
      expect(state.titleDir).toBe('rtl');
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([]);
    }
  });
});
