import { describe, expect, it } from 'vitest';
import { clipText, escapeHtml, escapeMarkdown, guardLineStart, readableUrl, safeFileName, safeUrl, stripControls } from '../../src/report/escape.js';
import { BIDI_CONTROLS } from './helpers.js';

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<!-- قناة 13 -->', '&lt;!-- قناة 13 --&gt;'],
    ['&amp; &lt;', '&amp;amp; &amp;lt;'],
    [`" onmouseover='x'`, '&quot; onmouseover=&#39;x&#39;'],
    ['موقع "أكسيوس" الأميركي', 'موقع &quot;أكسيوس&quot; الأميركي'],
    ['\u202Eبلينكن\u202C و\u2066نتنياهو\u2069', 'بلينكن ونتنياهو'],
    ['a\u0000b\u0007c\td', 'abc\td'],
  ])('%j -> %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('stripControls', () => {
  it('removes every embedding, override and isolate control but keeps the marks', () => {
    const all = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    const out = stripControls(`غزة${all}\u200F\u200E\u061C 27`);
    expect(out).not.toMatch(BIDI_CONTROLS);
    expect(out).toBe('غزة\u200F\u200E\u061C 27');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['| pipe |', '\\| pipe \\|'],
    ['[link](javascript:alert(1))', '\\[link\\](javascript:alert(1))'],
    ['**قلق بالغ**', '\\*\\*قلق بالغ\\*\\*'],
    ['<script>x</script>', '\\<script\\>x\\</script\\>'],
    ['&amp; $x$ ~~y~~ `z`', '\\&amp; \\$x\\$ \\~\\~y\\~\\~ \\`z\\`'],
    ['سطر\nثان\r\n | ثالث', 'سطر ثان \\| ثالث'],
    ['\u202Eمقلوب\u2069', 'مقلوب'],
    ['# عنوان', '\\# عنوان'],
    ['003_f2b0', '003\\_f2b0'],
  ])('%j -> %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each([
    ['1. واعتبر بلينكن', '1\\. واعتبر بلينكن'],
    ['2) ثم', '2\\) ثم'],
    ['- بند', '\\- بند'],
    ['+ بند', '\\+ بند'],
    ['27 ألفاً و708', '27 ألفاً و708'],
  ])('guards a line start: %j -> %j', (input, expected) => {
    expect(guardLineStart(input)).toBe(expected);
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://www.aljazeera.net/news/2024/2/7/x', 'https://www.aljazeera.net/news/2024/2/7/x'],
    ['http://example.com/a b', null],
    ['javascript:alert(1)', null],
    [' JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['https://x.com/"onmouseover="a', null],
    ['not a url', null],
    [null, null],
  ])('%j -> %j', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });
});

describe('readableUrl', () => {
  it.each([
    // France 24's link in the India sandstorm example, as the reader should see it.
    ['http://www.france24.com/ar/20180503-%D8%A7%D9%84%D9%87%D9%86%D8%AF-%D8%B9%D9%88%D8%A7%D8%B5%D9%81', 'http://www.france24.com/ar/20180503-الهند-عواصف'],
    // A right-to-left override or an escape sequence smuggled in as percent-escapes does not come back.
    ['https://x.com/a%E2%80%AEgpj.exe', 'https://x.com/agpj.exe'],
    ['https://x.com/%1B%5D0;pwned%07', 'https://x.com/'],
    ['https://x.com/%E0%A4%A', 'https://x.com/%E0%A4%A'],
  ])('%s', (input, expected) => {
    expect(readableUrl(safeUrl(input)!)).toBe(expected);
  });
});

describe('safeFileName', () => {
  it.each([
    ['e4-2024-02-07', 'e4-2024-02-07'],
    ['../../etc/x', 'etc-x'],
    ['..\\..\\windows\\system32', 'windows-system32'],
    ['/etc/passwd', 'etc-passwd'],
    ['a/../../b', 'a-b'],
    ['e1-../../x', 'e1-x'],
    ['....', 'report'],
    ['', 'report'],
    ['name\u0000with\u0007controls\u202E', 'namewithcontrols'],
    ['CON', 'report-CON'],
    ['بلينكن يلتقي نتنياهو', 'بلينكن-يلتقي-نتنياهو'],
  ])('%j -> %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('never keeps a separator, a leading dot or more than the limit', () => {
    for (const hostile of ['../../etc/x', `${'../'.repeat(40)}x`, '.hidden', 'ا'.repeat(300), 'a\\b/c:d*e?f"g<h>i|j']) {
      const name = safeFileName(hostile, 60);
      expect(name).not.toMatch(/[/\\:*?"<>|]/);
      expect(name).not.toMatch(/^\./);
      expect(name).not.toContain('..');
      expect(name.length).toBeGreaterThan(0);
      expect(name.length).toBeLessThanOrEqual(60);
    }
  });
});

describe('clipText', () => {
  it('cuts at a word boundary and marks the cut', () => {
    const s = 'وأشار المسؤول الإسرائيلي إلى أن بلينكن أبلغ نتنياهو وغالانت قلق إدارة الرئيس الأمريكي';
    const clipped = clipText(s, 40);
    expect(clipped.endsWith('…')).toBe(true);
    expect(s.startsWith(clipped.slice(0, -1))).toBe(true);
    expect(clipText('قناة 13', 40)).toBe('قناة 13');
  });
});
