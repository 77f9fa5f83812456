// Boilerplate removal on the seed articles and on real lines from Arabic news pages (ANT corpus).
import { describe, expect, it } from 'vitest';
import { removeBoilerplate } from '../../src/ingest/boilerplate.js';
import { parseInput } from '../../src/ingest/index.js';
import type { Removal } from '../../src/types.js';
import { seedPath, seedText } from '../support/seeds.js';
import { readFileSync } from 'node:fs';

/** `reason: first words of the removed text` per removal, the compact form the tests assert. */
function formatRemovals(removals: Removal[]): string[] {
  return removals.map((r) => `${r.reason}: ${r.text.split(/\s+/).slice(0, 3).join(' ')}`);
}

/** Every removal quotes the text exactly, in text order, without overlaps. */
function expectExact(text: string, removals: Removal[]): void {
  let at = 0;
  for (const r of removals) {
    expect(r.text).toBe(text.slice(r.start, r.end));
    expect(r.start).toBeGreaterThanOrEqual(at);
    at = r.end;
  }
}

describe('removeBoilerplate on the seed articles', () => {
  it.each([
    [
      '000',
      [
        'caption-duplicate: • وزراء خارجية', // the bullet caption and its copy
        'read-also: اقرأ أيضاً: الأكبر',
        'read-also: اقرأ أيضاً: لماذا',
        'widget: اخترنا لك',
      ],
    ],
    ['001', ['breadcrumb: الصفحة الرئيسية >>', 'source-line: /مصدر: شينخوا/ 2023:11:06.09:16', 'dateline: عمان 4 نوفمبر', 'widget: صور ساخنة']],
    [
      '002',
      ['publication-line: تاريخ النشر: 21st,', 'source-line: المصدر: الحرة', 'tags: كلمات دلالية: الخارجیة', 'read-also: إقرأ أيضاً: المجر:'],
    ],
  ])('seed %s: removes exactly its boilerplate', (num, expected) => {
    const text = seedText(num);
    const removals = removeBoilerplate(text, 'ar');
    expect(formatRemovals(removals)).toEqual(expected);
    expectExact(text, removals);
  });

  it.each(['003', '004'])('seed %s (a clean article) loses nothing', (num) => {
    expect(removeBoilerplate(seedText(num), 'ar')).toEqual([]);
  });

  it('seed 002: the unrelated Hungary-Egypt story after إقرأ أيضاً goes to the very end', () => {
    const text = seedText('002');
    const readAlso = removeBoilerplate(text, 'ar').find((r) => r.reason === 'read-also');
    expect(readAlso?.text).toContain('المجر: مصر تقوم بدور كبير');
    expect(readAlso?.text).toContain('ونطالب بضرورة حل الدولتين');
    expect(text.slice(readAlso?.end).trim()).toBe('');
  });

  it('seed 000: the subheading after a read-also line stays (a blank line ends the link)', () => {
    const text = seedText('000');
    const removed = removeBoilerplate(text, 'ar').map((r) => r.text).join('\n');
    expect(text).toContain('مجموعة السبع تُعارض عملية إسرائيلية في رفح');
    expect(removed).not.toContain('مجموعة السبع تُعارض عملية إسرائيلية في رفح');
    // The background paragraph after the second read-also line is the outlet's own text.
    expect(removed).not.toContain('أعلنت كتائب القسام معركة');
  });

  it('keepBoilerplate removes nothing but still reads the title past the breadcrumb', () => {
    const { articles } = parseInput(readFileSync(seedPath('001')), seedPath('001'), { keepBoilerplate: true });
    expect(articles[0].removed).toEqual([]);
    expect(articles[0].title).toBe('بلينكن: سنستخدم نفوذنا لمنع أي دول من فتح جبهات جديدة في الصراع بين إسرائيل وحماس');
  });
});

// A paragraph before and after, so the line under test stands inside an article.
const BEFORE = 'وأكد التزام الولايات المتحدة باستخدام نفوذها لمنع أي جهة أو طرف من توسيع دائرة الحرب.';
const AFTER = 'وتابع الصفدي أن المواقف أكدت على ضرورة إيصال المساعدات الكافية فورا إلى قطاع غزة ووقف تهجير الفلسطينيين.';

describe('removeBoilerplate on single lines', () => {
  it.each([
    ['اقرأ أيضاً: الأكبر منذ بدء العدوان.. بايدن يبحث إرسال أسلحة', 'read-also'],
    ['إقرأ أيضا: الادعاء البلجيكي: منفذ هجوم مدينة ليغ هتف مرارا', 'read-also'],
    ['اقرأ ايضاً: دميرتاش: المرشح الذي يخوض معركته الانتخابية', 'read-also'],
    ['أقرأ أيضا: الطائرات البريطانية استهدفت موقعا', 'read-also'],
    ['اقرأ أيضا... خامئني يهدد أوروبا', 'read-also'],
    ['إقرأ أيضا في بي بي سي: جرحى في تفجير قرب مركز تدليك وسط بغداد', 'read-also'],
    ['قد يهمك/ اعتقال ناشطات بالسعودية يثير انتقادات حقوقية', 'read-also'],
    ['Read more: Blinken meets Netanyahu in Tel Aviv', 'read-also'],
    ['Related: Gaza ceasefire talks resume in Cairo', 'read-also'],
    ['كلمات دلالية: الخارجية الأمريكية الولايات المتحدة إطلاق النار', 'tags'],
    ['الكلمات المفتاحية: غزة، بلينكن، نتنياهو', 'tags'],
    ['Tags: Gaza, Blinken, Netanyahu', 'tags'],
    ['اخترنا لك', 'widget'],
    ['صور ساخنة', 'widget'],
    ['الأكثر قراءة', 'widget'],
    ['شارك', 'widget'],
    ['تابعونا', 'widget'],
    ['تابعونا على تويتر وفيسبوك', 'widget'],
    ['Advertisement', 'widget'],
    ['Share this', 'widget'],
    ['Follow us', 'widget'],
    ['لمتابعة المباراة على الحواسيب اللوحية، اضغط هنا...', 'widget'],
    ['/مصدر: شينخوا/   2023:11:06.09:16', 'source-line'],
    ['المصدر: الحرة', 'source-line'],
    ['Source: Reuters', 'source-line'],
    ['تاريخ النشر: 21st, June 2024 GMT', 'publication-line'],
    ['الصفحة الرئيسية >> العالم', 'breadcrumb'],
  ])('%s -> %s', (line, reason) => {
    // A breadcrumb stands at the top; everything else inside the article.
    const text = reason === 'breadcrumb' ? `${line}\n${BEFORE}\n${AFTER}` : `${BEFORE}\n${line}\n${AFTER}`;
    const removals = removeBoilerplate(text, 'ar');
    expect(removals.map((r) => [r.reason, r.text])).toEqual([[reason, line]]);
  });

  it.each([
    // `the source said:` is a quotation, not a source line (France24 in the ANT corpus).
    'وقال المصدر: "تم الاتفاق بين الحكومة اللبنانية وشركة سما"',
    // A sentence that starts with the verb شارك (took part) is not a share button.
    'شارك مئات المؤيدين لاستقلال إقليم كتالونيا الإسباني في مسيرة الأحد في برلين.',
    // A subheading of seed 004.
    '"مخاوف أميركية" من الهجوم على رفح',
    'Related to this, the State Department said the talks would resume.',
    'اخترنا لكم بعضها في هذا التقرير عن زيدان.',
  ])('keeps: %s', (line) => {
    expect(removeBoilerplate(`${BEFORE}\n${line}\n${AFTER}`, 'ar')).toEqual([]);
  });

  it('a closing agency credit goes (France24 in the ANT corpus)', () => {
    const text = `${BEFORE}\n${AFTER}\nفرانس24/ أ ف ب/ رويترز`;
    expect(removeBoilerplate(text, 'ar').map((r) => [r.reason, r.text])).toEqual([['credit', 'فرانس24/ أ ف ب/ رويترز']]);
  });

  it('a bare read-also heading takes the headlines under it, and the article resumes (BBC Arabic)', () => {
    const text = [
      BEFORE,
      'اقرأ أيضاً:',
      'الانتخابات العراقية: تقدم واضح للتيار الصدري وتأخر تحالف رئيس الوزراء إلى الترتيب الثالث',
      'هل إيران هي الفائز الحقيقي في الانتخابات العراقية؟',
      AFTER,
    ].join('\n');
    const [removal, ...rest] = removeBoilerplate(text, 'ar');
    expect(rest).toEqual([]);
    expect(removal.reason).toBe('read-also');
    expect(removal.text.split('\n')).toHaveLength(3);
    expect(text.slice(removal.end + 1)).toBe(AFTER);
  });

  it('a repeated paragraph loses only its copy', () => {
    const text = `${BEFORE}\n${AFTER}\n${AFTER}`;
    const removals = removeBoilerplate(text, 'ar');
    expect(removals.map((r) => [r.reason, r.start])).toEqual([['duplicate', BEFORE.length + AFTER.length + 2]]);
  });
});
