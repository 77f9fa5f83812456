// normalizeLine: one pass over a line gives what normalizing, collapsing spaces and trimming give
// in three, on the shapes of lines news pages hold.
import { describe, expect, it } from 'vitest';
import { normalizeLine } from '../../src/ingest/lines.js';
import { normalizeText } from '../../src/text/normalize.js';

const threePasses = (line: string): string => normalizeText(line).replace(/\s+/g, ' ').trim();

describe('normalizeLine', () => {
  it.each([
    ['  المصدر:   الحرة  ', 'المصدر: الحره'],
    ['/مصدر: شينخوا/\u00A0\u00A0 2023:11:06.09:16', '/مصدر: شينخوا/ 2023:11:06.09:16'],
    ['اقرأ أيضاً\t: «العنوان»', 'اقرا ايضا : "العنوان"'],
    ['Published\u2002on\u3000June 5,\u2028 2018\r', 'published on june 5, 2018'],
    ['كلمات دلالية:\u200Bترامب،\uFEFF كوريا الشمالية', 'كلمات دلاليه:ترامب, كوريا الشماليه'],
    ['تاريخ النشر: ٢١ يونيو ٢٠٢٤', 'تاريخ النشر: 21 يونيو 2024'],
    // Emoji stay; a surrogate without its other half reads as U+FFFD, as decoding makes it.
    ['شارك 👍 الخبر', 'شارك 👍 الخبر'],
    ['\uD83Dـ\uDC4D', '👍'],
    ['a \uD83D b', 'a \uFFFD b'],
    ['\uDC4D\uD83D', '\uFFFD\uFFFD'],
    ['', ''],
    [' \u00A0\t ', ''],
  ])('%j -> %j', (line, norm) => {
    expect(normalizeLine(line)).toBe(norm);
    expect(normalizeLine(line)).toBe(threePasses(line));
  });

  it('a line longer than one call of String.fromCharCode takes', () => {
    const line = `${'خبر '.repeat(5000)}\u00A0 نهاية`;
    expect(normalizeLine(line)).toBe(threePasses(line));
  });
});
