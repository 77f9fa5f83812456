// HTML pages: a hand-written Xinhua page about Blinken in Amman (nav, article, figure, read-also
// links, footer) read through Readability over linkedom.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/ingest/index.js';
import type { Article } from '../../src/types.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/blinken-amman-xinhua.html', import.meta.url));
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function readPage(): Article {
  const { articles, problems } = parseInput(readFileSync(FIXTURE), FIXTURE);
  expect(problems).toEqual([]);
  return articles[0];
}

/** The text a later stage sees: the article text without its removals. */
function keptText(article: Article): string {
  let out = '';
  let at = 0;
  for (const r of article.removed) {
    out += article.text.slice(at, r.start);
    at = r.end;
  }
  return out + article.text.slice(at);
}

describe('HTML: the Xinhua page on Blinken in Amman', () => {
  it('reads the metadata from the meta tags', () => {
    const article = readPage();
    expect([article.id, article.title, article.outlet, article.outletFrom, article.date, article.dateFrom, article.url]).toEqual([
      'blinken-amman-xinhua',
      'بلينكن: سنستخدم نفوذنا لمنع أي دول من فتح جبهات جديدة في الصراع بين إسرائيل وحماس',
      'Xinhua', // og:site_name شينخوا, named as the table of known outlets names it
      'field',
      '2023-11-04T09:16',
      'field',
      'http://arabic.news.cn/20231106/blinken.htm', // canonical before og:url
    ]);
    expect([article.language, article.encoding]).toEqual(['ar', 'utf-8']);
  });

  it('gives one line per block: heading, paragraphs, and both sides of a <br>', () => {
    const lines = readPage().text.split('\n');
    expect(lines[0]).toBe('بلينكن: سنستخدم نفوذنا لمنع أي دول من فتح جبهات جديدة في الصراع بين إسرائيل وحماس');
    expect(lines[1]).toMatch(/^عمان 4 نوفمبر 2023 \(شينخوا\) أكد وزير الخارجية الأمريكي/);
    expect(lines).toContain('ووصف بلينكن حركة المقاومة الإسلامية الفلسطينية (حماس) بأنها منظمة إرهابية لا تأبه بالشعب الفلسطيني ولا مستقبله.');
    expect(lines).toContain('وعبر الوزير الأمريكي عن تعاطفه مع الأطفال الفلسطينيين الذين يتعرضون للقتل، قائلا "أتألم عندما أرى طفلا فلسطينيا يخرج من تحت الأنقاض".');
    expect(lines.at(-1)).toMatch(/^ودعا شكري إلى وقف إطلاق النار دون قيد أو شرط/);
  });

  it('the title heading is where titleSpan points', () => {
    const article = readPage();
    expect(article.titleSpan).toEqual({ start: 0, end: article.title.length, text: article.title });
  });

  it('leaves out navigation, footer, scripts and styles', () => {
    const { text } = readPage();
    for (const outside of ['الرياضة', 'الثقافة', 'جميع الحقوق محفوظة', 'تابعونا', 'analytics', 'display: flex']) {
      expect(text).not.toContain(outside);
    }
  });

  it('records the dateline, the figure caption and the inline read-also link as removals', () => {
    const article = readPage();
    expect(article.removed.map((r) => [r.reason, r.text])).toEqual([
      ['dateline', 'عمان 4 نوفمبر 2023 (شينخوا)'],
      ['caption', 'وزير الخارجية الأمريكي أنتوني بلينكن في عمان (شينخوا)'],
      ['read-also', 'إقرأ أيضاً: بلينكن يصل إلى عمان في جولته الثالثة'],
    ]);
  });

  it('the read-also link list is not in the text a later stage sees', () => {
    // Readability drops the link-dense list itself; whatever remains is removed by boilerplate.
    const kept = keptText(readPage());
    expect(kept).not.toContain('الصفدي: الحرب على غزة لن تجلب لإسرائيل أمنا');
    expect(kept).not.toContain('اقرأ أيضاً');
    expect(kept).toContain('بدوره قال وزير الخارجية وشؤون المغتربين الأردني أيمن الصفدي');
  });
});

describe('HTML: other pages', () => {
  it('takes the title from <title> and the date from <time datetime> when the meta tags are missing', () => {
    const page = `<!doctype html><html><head><title>Blinken meets Netanyahu in Tel Aviv</title></head><body>
      <article><p>Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu on Wednesday and discussed the toll of the war on civilians in Gaza.</p>
      <p><time datetime="2024-02-07">February 7, 2024</time></p></article></body></html>`;
    const [article] = parseInput(bytes(page), 'ap.html').articles;
    expect([article.title, article.date, article.dateFrom, article.language]).toEqual(['Blinken meets Netanyahu in Tel Aviv', '2024-02-07', 'field', 'en']);
  });

  it('a page with no article body is a problem', () => {
    const page = '<!doctype html><html><head><title>شينخوا</title></head><body><nav><a href="/">الرئيسية</a></nav><script>var x = 1;</script></body></html>';
    const { articles, problems } = parseInput(bytes(page), 'empty-page.html');
    expect(articles).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual(['empty-page.html: no article text found in the page; save the article text as .txt instead']);
  });
});
