// Datelines and bylines that open a lead are removed before analysis, recorded with their reason,
// and the claims still slice the article text exactly: on the forms news pages use and on real
// ANT (CNN Arabic) and BASIL (The New York Times, HuffPost) articles read from ../shared/data.
import { describe, expect, it } from 'vitest';
import { matchDateline, parseInput, removeBoilerplate } from '../../src/ingest/index.js';
import { extractClaims } from '../../src/claims/extract.js';
import type { Article } from '../../src/types.js';
import { basilNames, hasAnt, hasBasil, readAntFile, readBasil } from '../support/ant.js';

describe('matchDateline: the forms a lead opens with', () => {
  it.each([
    ['أتلانتا، الولايات المتحدة الأمريكية (CNN)-- أعلن مكتب التحقيقات', 'CNN', 'أتلانتا، الولايات المتحدة الأمريكية', 'dateline'],
    ['دبي، الإمارات العربية المتحدة (CNN)-- أعلن', 'CNN', 'دبي، الإمارات العربية المتحدة', 'dateline'],
    ['بكين - فرانس برس', 'فرانس برس', 'بكين', 'dateline'],
    ['بكين - فرانس برس: أكد الرئيس الصيني', 'فرانس برس', 'بكين', 'dateline'],
    ['دبي ـ العربية.نت', 'العربية.نت', 'دبي', 'dateline'],
    ['(رويترز) - قال مسؤولون', 'رويترز', '', 'dateline'],
    ['(AP) — Officials said', 'AP', '', 'dateline'],
    ['WASHINGTON — Michael Steele, chairman of the committee', '', 'WASHINGTON', 'dateline'],
    ['HARTFORD, Conn. — Connecticut Attorney General', '', 'HARTFORD, Conn.', 'dateline'],
    ['KANSAS CITY, Mo. — Leaders of the country', '', 'KANSAS CITY, Mo.', 'dateline'],
    ['DANVILLE, Ky. –- Joe Biden did everything', '', 'DANVILLE, Ky.', 'dateline'],
    ['WASHINGTON―House Majority Whip Steve Scalise', '', 'WASHINGTON', 'dateline'],
    ['Posted on June 5, 2018 by Reuters Trump pardons boxer', 'Reuters', '', 'byline'],
    ['By Jane Doe', 'Jane Doe', '', 'byline'],
  ])('%s', (line, outlet, place, kind) => {
    expect(matchDateline(line)).toMatchObject({ outlet, place, kind });
  });

  it.each([
    // Sentences that open with a bracket or a dash-like clitic (Sky News Arabia, Al Arabiya, BBC Arabic).
    'وأضافت أن 7 أشخاص (مراهقين) أصيبوا خلال هذا الاشتباك',
    'وقالت (إس.أو.إس ميديتريني) في بيان إن السفينة أنقذت',
    'قال فاضل لـ"العربية.نت": "أنا ناشط حقوقي مدني مسالم"',
    'غزة - قال مسؤولون إن الاجتماع انتهى',
    'NATO-led forces said on Monday',
    'U.S. officials said on Monday',
  ])('not a dateline: %s', (line) => {
    expect(matchDateline(line)).toBeNull();
  });
});

/** Every claim quotes the text exactly and none overlaps a removal. */
function expectClean(article: Article): void {
  for (const claim of extractClaims(article)) {
    expect(article.text.slice(claim.start, claim.end)).toBe(claim.text);
    for (const r of article.removed) expect(claim.end <= r.start || claim.start >= r.end).toBe(true);
  }
  for (const r of article.removed) expect(article.text.slice(r.start, r.end)).toBe(r.text);
}

const TITLE = 'Trump pardons boxer Jack Johnson';
const LEAD = 'President Trump on Thursday pardoned the boxer Jack Johnson, the first black heavyweight champion.';

describe('removal: the lead starts at the news', () => {
  const read = (text: string, title: string | null = null) =>
    parseInput(new TextEncoder().encode(JSON.stringify({ text, ...(title ? { title } : {}) })), 'x.json').articles[0];

  it('a dateline opening the lead is removed; the first claim starts at the news', () => {
    const article = read(`${TITLE}\n\nWASHINGTON (AP) — ${LEAD}`);
    expect(article.removed.map((r) => [r.reason, r.text])).toEqual([['dateline', 'WASHINGTON (AP) —']]);
    expect(extractClaims(article).map((c) => c.text)).toEqual([TITLE, LEAD]);
    // The outlet is still read from it.
    expect([article.outlet, article.outletFrom, article.title]).toEqual(['AP', 'dateline', TITLE]);
    expectClean(article);
  });

  it('a byline fused with the headline and the lead: the byline goes, the headline stands as its own claim', () => {
    // The form issue 13 reports (`Posted on <date> by <outlet> <headline> <first sentence>`): no
    // page of the shared data has it, so the line is built in that form.
    const article = read(`Posted on May 24, 2018 by Reuters ${TITLE} ${LEAD}`, TITLE);
    expect(article.removed.map((r) => r.reason)).toEqual(['byline', 'headline-break']);
    expect(article.removed[0].text).toBe('Posted on May 24, 2018 by Reuters');
    const claims = extractClaims(article);
    expect(claims.map((c) => [c.kind, c.text])).toEqual([['heading', TITLE], ['statement', LEAD]]);
    expect(article.titleSpan?.text).toBe(TITLE);
    expect(article.provenance?.credits.map((c) => `${c.kind} ${c.key}`)).toEqual(['agency reuters']);
    expectClean(article);
  });

  it('a line that is only a byline goes whole, and the dateline on the next line too', () => {
    const text = `By Jane Doe\nWASHINGTON — ${LEAD}`;
    expect(removeBoilerplate(text, 'en').map((r) => [r.reason, r.text])).toEqual([['byline', 'By Jane Doe'], ['dateline', 'WASHINGTON —']]);
  });

  it('an Arabic dateline of its own line', () => {
    const text = 'بكين - فرانس برس\nأكد الرئيس الصيني شي جينبينغ، الجمعة، أن بلاده ستستمر في رفع راية الماركسية.';
    const article = read(text, 'شي: الصين ترفع راية الماركسية');
    expect(article.removed.map((r) => [r.reason, r.text])).toEqual([['dateline', 'بكين - فرانس برس']]);
    expect(extractClaims(article)[0].text.startsWith('أكد الرئيس الصيني')).toBe(true);
    expect(article.provenance?.place).toBe('بكين');
  });

  it('--keep-boilerplate keeps the dateline in the text but still reads it', () => {
    const { articles } = parseInput(new TextEncoder().encode(`${TITLE}\n\nWASHINGTON (AP) — ${LEAD}`), 'ap.txt', { keepBoilerplate: true });
    expect(articles[0].removed).toEqual([]);
    expect([articles[0].outlet, articles[0].provenance?.place]).toEqual(['AP', 'WASHINGTON']);
  });
});

describe.skipIf(!hasAnt)('CNN Arabic datelines in the ANT corpus (skipped: ../shared/data/ant-corpus-multisource is absent)', () => {
  it('each is removed and recorded, no claim holds it, and the claims still slice the text exactly', () => {
    const articles = readAntFile('CNN.jsonl');
    const withDateline = articles.filter((a) => a.removed.some((r) => r.reason === 'dateline'));
    // Nearly every CNN Arabic article opens with one (the rest are opinion pieces and the like).
    expect(withDateline.length / articles.length).toBeGreaterThan(0.9);
    for (const article of withDateline) {
      const dateline = article.removed.find((r) => r.reason === 'dateline')!;
      expect(dateline.text).toMatch(/\(CNN\)\s*[-—–]*$/);
      expectClean(article);
      // The claim on the dateline's line starts where the news does: not at the place.
      const first = extractClaims(article).find((c) => c.start >= dateline.start);
      expect(first!.start).toBeGreaterThanOrEqual(dateline.end);
      expect(first!.text).not.toContain('(CNN)');
      expect(article.provenance!.credits.some((c) => c.kind === 'own' && c.key === 'cnn' && c.from === 'dateline')).toBe(true);
    }
    // أتلانتا is where CNN files from, not the place of the event: it is no longer in the first claim.
    const atlanta = withDateline.filter((a) => a.removed.some((r) => r.text.startsWith('أتلانتا')));
    expect(atlanta.length).toBeGreaterThan(50);
    for (const a of atlanta) expect(extractClaims(a).some((c) => c.text.startsWith('أتلانتا'))).toBe(false);
  });
});

describe.skipIf(!hasBasil)('English datelines in BASIL (skipped: ../shared/data/basil is absent)', () => {
  it('`WASHINGTON —` and `HARTFORD, Conn. —` open many leads; each is removed with its place kept as provenance', () => {
    const articles = basilNames().map(readBasil);
    const datelines = articles.flatMap((a) => a.removed.filter((r) => r.reason === 'dateline').map((r) => ({ a, r })));
    expect(datelines.length).toBeGreaterThan(80);
    for (const { a, r } of datelines) {
      expect(r.text).toMatch(/^[A-Z][A-Za-z .,()]+ ?(?:\(AP\) )?(?:—|–|―|--|-|–-)$/);
      expect(a.provenance!.place).toBe(r.text.replace(/\s*\(AP\)/, '').replace(/\s*[-—–―]+$/, ''));
      expectClean(a);
    }
    // Nothing else in BASIL's leads is taken for a dateline.
    expect(articles.flatMap((a) => a.removed).every((r) => r.reason === 'dateline')).toBe(true);
  });
});
