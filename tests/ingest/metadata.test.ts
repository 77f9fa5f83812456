// Titles, outlets, dates and languages read from the seed articles and from real lead lines.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchDateline, outletFromFileName, parseInput, readMetadata, removeBoilerplate } from '../../src/ingest/index.js';
import type { Article } from '../../src/types.js';
import { parseDateValue } from '../../src/text/dates.js';
import { seedLines, seedPath } from '../support/seeds.js';

function readSeed(num: string): Article {
  const { articles, problems } = parseInput(readFileSync(seedPath(num)), seedPath(num));
  expect(problems).toEqual([]);
  return articles[0];
}

function readText(text: string, fileName: string | null = null) {
  return readMetadata({ text, boilerplate: removeBoilerplate(text, 'ar'), fields: {}, fileName });
}

describe('metadata of the seed articles', () => {
  // 001 has both a source line (`2023:11:06.09:16`) and a dateline (`عمان 4 نوفمبر 2023`): the
  // publication line wins, because it says when the outlet published, so 001 is dated 2023-11-06.
  it.each([
    ['000', 0, null, null, null, null],
    ['001', 1, 'شينخوا', 'source-line', '2023-11-06', 'source-line'],
    ['002', 0, 'الحرة', 'source-line', '2024-06-21', 'source-line'],
    ['003', 0, null, null, '2024-02-07', 'text'],
    ['004', 0, null, null, null, null],
  ])('seed %s: title line %i, outlet %s (%s), date %s (%s)', (num, titleLine, outlet, outletFrom, date, dateFrom) => {
    const article = readSeed(num);
    expect(article.title).toBe(seedLines(num)[titleLine]);
    expect(article.titleSpan?.text).toBe(article.title);
    expect(article.text.slice(article.titleSpan!.start, article.titleSpan!.end)).toBe(article.title);
    expect(article.outlet).toBe(outlet);
    expect(article.outletFrom).toBe(outletFrom);
    expect(article.date?.slice(0, 10) ?? null).toBe(date);
    expect(article.dateFrom).toBe(dateFrom);
    expect(article.language).toBe('ar');
    expect(article.id).toBe(`${num}_${seedPath(num).split('_').at(-1)!.replace('.txt', '')}`);
  });

  it('seed 001 keeps the time of its source line', () => {
    expect(readSeed('001').date).toBe('2023-11-06T09:16');
  });

  it('seeds without an outlet say so in a warning rather than guessing from a hash file name', () => {
    const article = readSeed('003');
    expect(article.warnings.some((w) => w.startsWith('no outlet found'))).toBe(true);
  });

  it('004 names the day only as الأربعاء: with no publication date it stays undated', () => {
    const article = readSeed('004');
    expect(article.text).toContain('الأربعاء');
    expect(article.date).toBeNull();
  });
});

describe('matchDateline', () => {
  it.each([
    ['عمان 4 نوفمبر 2023 (شينخوا) أكد وزير الخارجية الأمريكي', 'شينخوا', 'عمان 4 نوفمبر 2023'],
    ['لندن، بريطانيا (CNN) -- من المقرر أن يجتمع مجلس الأمن القومي البريطاني', 'CNN', 'لندن، بريطانيا'],
    ['(CNN)-- سقطت طائرة مروحية في النهر الشرقي لمدينة نيويورك', 'CNN', ''],
    ['WASHINGTON (AP) — Secretary of State Antony Blinken said', 'AP', 'WASHINGTON'],
    ['(Reuters) - Israel said on Wednesday', 'Reuters', ''],
  ])('%s -> %s', (line, outlet, place) => {
    expect(matchDateline(line)).toMatchObject({ outlet, place });
  });

  it.each([
    'ووصف بلينكن حركة المقاومة الإسلامية الفلسطينية (حماس) بأنها منظمة إرهابية',
    'وقالت وكالة الأنباء الصينية الرسمية (شينخوا)إن كيم عقد محادثات ناجحة',
    'الذي ضم اليوم (السبت) وزراء خارجية قطر والسعودية',
    '(أرشيف) وزراء خارجية مجموعة السبع',
  ])('not a dateline: %s', (line) => {
    expect(matchDateline(line)).toBeNull();
  });
});

describe('outlet and date from the text', () => {
  const LEAD = 'عمان 4 نوفمبر 2023 (شينخوا) أكد وزير الخارجية الأمريكي أنتوني بلينكن أن الولايات المتحدة الأمريكية ستستخدم نفوذها.';
  const TITLE = 'بلينكن: سنستخدم نفوذنا لمنع أي دول من فتح جبهات جديدة في الصراع بين إسرائيل وحماس';

  it('a dateline gives the outlet and its date when there is no source line', () => {
    const meta = readText(`${TITLE}\n\n${LEAD}`);
    expect([meta.outlet, meta.outletFrom, meta.date, meta.dateFrom]).toEqual(['شينخوا', 'dateline', '2023-11-04', 'dateline']);
  });

  it('a Source: line beats the dateline', () => {
    const meta = readText(`${TITLE}\nSource: Xinhua\n${LEAD}`);
    expect([meta.outlet, meta.outletFrom]).toEqual(['Xinhua', 'source-line']);
  });

  it.each([
    ['aljazeera-2024-02-07', 'aljazeera'],
    ['bbc_arabic_blinken', 'bbc arabic blinken'],
    ['000_40900aec854b805b', null],
    ['003', null],
  ])('file name %s -> outlet %s', (name, outlet) => {
    expect(outletFromFileName(name)).toBe(outlet);
  });

  it('the file name is the last resort, with a warning', () => {
    const meta = readText(`${TITLE}\n\nوأكد التزام الولايات المتحدة باستخدام نفوذها لمنع أي جهة أو طرف من توسيع دائرة الحرب.`, 'aljazeera-blinken');
    expect([meta.outlet, meta.outletFrom]).toEqual(['aljazeera blinken', 'filename']);
    expect(meta.warnings.join('\n')).toContain('guessed from the file name');
  });

  it('fields come first: outlet, date and title from a record', () => {
    const text = `${LEAD}\nالمصدر: الحرة`;
    const meta = readMetadata({
      text,
      boilerplate: removeBoilerplate(text, 'ar'),
      fields: { title: TITLE, outlet: 'CNN', date: 'Mon, 12 Mar 2018 09:52:37 +0000', url: 'https://arabic.cnn.com/x' },
      fileName: 'CNN#1',
    });
    expect([meta.title, meta.titleSpan, meta.outlet, meta.outletFrom, meta.date, meta.dateFrom, meta.url]).toEqual([
      TITLE, null, 'CNN Arabic', 'field', '2018-03-12T09:52', 'field', 'https://arabic.cnn.com/x',
    ]);
  });

  it('an unreadable date field is reported and the text is searched instead', () => {
    const meta = readMetadata({ text: `${TITLE}\n${LEAD}`, boilerplate: [], fields: { date: 'soon' }, fileName: null });
    expect(meta.date).toBe('2023-11-04');
    expect(meta.warnings.join('\n')).toContain('date field "soon" could not be read');
  });

  it('a date deep in the article is not the article date', () => {
    // Seed 000 mentions 7 October 2023 in its 18th line only.
    expect(readSeed('000').date).toBeNull();
  });
});

describe('language', () => {
  it('a mixed Arabic-English article gets a warning, not a rejection', () => {
    const arabic = 'قال وزير الخارجية الأمريكي أنتوني بلينكن إن تكلفة الهجمات العسكرية الإسرائيلية على المدنيين في قطاع غزة لا تزال مرتفعة للغاية.';
    const english = 'Secretary of State Antony Blinken said the toll of the Israeli military operations on civilians in Gaza remains far too high, and that he thinks of the thousands of children killed every day.';
    const text = `${arabic}\n${english}\n${arabic}\n${english}`;
    const { articles } = parseInput(new TextEncoder().encode(text), 'mixed.txt');
    expect(articles).toHaveLength(1);
    expect(articles[0].warnings.join('\n')).toMatch(/^mixed languages: \d+% of the letters are Arabic/m);
  });

  it('an English article is read as English', () => {
    const text = 'Blinken meets Netanyahu\n\nWASHINGTON (AP) — Secretary of State Antony Blinken said on Wednesday that the toll on civilians in Gaza remains far too high.';
    const { articles } = parseInput(new TextEncoder().encode(text), 'ap-blinken.txt');
    expect([articles[0].language, articles[0].outlet, articles[0].outletFrom]).toEqual(['en', 'AP', 'dateline']);
  });
});

describe('a feed date field (RFC 822) reads as the date scanner reads it', () => {
  const dateOf = (value: string) => readMetadata({ text: 'قال المتحدث إن الاجتماع انتهى.', boilerplate: [], fields: { date: value, outlet: 'x' }, fileName: null }).date;
  it.each([
    // ANT's `time` fields: the day and time as written, the zone not applied.
    ['Fri, 04 May 2018 19:30:37 +0400', '2018-05-04T19:30'],
    ['Mon, 05 Mar 2018 00:54:05 GMT', '2018-03-05T00:54'],
    ['Wed, 18 Apr 2018 23:12:19 GMT', '2018-04-18T23:12'],
    // A weekday that does not fit the day is not checked, as the scanner does not.
    ['Tue, 05 Mar 2018 10:54:05 GMT', '2018-03-05T10:54'],
    // What the fast reading leaves to the scanner: no such day, no such hour or minute, an odd year.
    ['Thu, 29 Feb 2018 10:00:00 GMT', null],
    ['Thu, 29 Feb 2024 10:00:00 GMT', '2024-02-29T10:00'],
    ['Mon, 05 Mar 2018 24:00:00 GMT', '2018-03-05'],
    ['Mon, 05 Mar 2018 10:60:00 GMT', '2018-03-05'],
    ['Mon, 05 Mar 0999 10:00:00 GMT', null],
    ['Mon, 5 Mar 2018 10:59:00 GMT', '2018-03-05T10:59'],
  ])('%s -> %s', (value, date) => {
    expect(dateOf(value)).toBe(date);
    expect(dateOf(value)).toBe(parseDateValue(value));
  });
});

describe('a feed date with a zone keeps its instant in UTC beside the local day', () => {
  const read = (value: string) => readMetadata({ text: 'قال المتحدث إن الاجتماع انتهى.', boilerplate: [], fields: { date: value, outlet: 'x' }, fileName: null });
  it.each([
    // ANT's Mississauga reports: Al Arabiya's 08:25 in Dubai is 04:25 GMT, before CNN's 05:56.
    ['Fri, 25 May 2018 08:25:34 +0400', '2018-05-25T08:25', '2018-05-25T04:25:34Z'],
    ['Fri, 25 May 2018 05:56:04 +0000', '2018-05-25T05:56', '2018-05-25T05:56:04Z'],
    ['Mon, 05 Mar 2018 00:54:05 GMT', '2018-03-05T00:54', '2018-03-05T00:54:05Z'],
    // The local day stays the writer's ("today"); the instant falls on the day before in UTC.
    ['Fri, 04 May 2018 02:30:00 +0400', '2018-05-04T02:30', '2018-05-03T22:30:00Z'],
    ['Fri, 04 May 2018 21:15:00 -0430', '2018-05-04T21:15', '2018-05-05T01:45:00Z'],
  ])('%s -> %s, %s', (value, date, instant) => {
    const meta = read(value);
    expect([meta.date, meta.instant]).toEqual([date, instant]);
  });

  it.each([
    // No zone given, or a date the feed reader leaves to the scanner: no instant is invented.
    ['2018-05-04T19:30'],
    ['4 May 2018'],
    ['Mon, 05 Mar 2018 24:00:00 GMT'],
  ])('%s -> no instant', (value) => {
    expect(read(value).instant).toBeUndefined();
  });
});
