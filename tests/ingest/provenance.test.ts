// Provenance: whom an article credits, read from real ANT and BASIL articles (at test time, from
// ../shared/data) and from the forms news pages use, in Arabic and English.
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/ingest/index.js';
import { knownName } from '../../src/ingest/credits.js';
import { withLazyProvenance, withoutProvenance } from '../../src/ingest/build-article.js';
import type { Article, Credit } from '../../src/types.js';
import { hasAnt, hasBasil, readAnt, readBasil } from '../support/ant.js';

/** `kind key from "text"` per credit: the compact form the tests assert. */
const format = (credits: readonly Credit[]) => credits.map((c) => `${c.kind} ${c.key} ${c.from} "${c.text}"`);

/** Every credit found in the text quotes it exactly. */
function expectExact(article: Article): void {
  for (const c of article.provenance!.credits) {
    if (c.start === null) continue;
    expect(article.text.slice(c.start, c.end!)).toBe(c.text);
  }
}

describe('knownName: agencies and outlets in their Arabic and English spellings', () => {
  it.each([
    ['فرانس برس', 'afp'],
    ['أ ف ب', 'afp'],
    ['أ.ف.ب', 'afp'],
    ['وكالة الصحافة الفرنسية', 'afp'],
    ['AFP', 'afp'],
    ['رويترز', 'reuters'],
    ['(Reuters)', 'reuters'],
    ['أسوشيتد برس', 'ap'],
    ['AP', 'ap'],
    ['The Associated Press', 'ap'],
    ['د ب أ', 'dpa'],
    ['الأناضول', 'anadolu'],
    ['وكالة الأناضول', 'anadolu'],
    ['شينخوا', 'xinhua'],
    ['وفا', 'wafa'],
    ['سانا', 'sana'],
    ['كونا', 'kuna'],
    ['أ ش أ', 'mena'],
    ['إرنا', 'irna'],
    ['قنا', 'qna'],
    ['واس', 'spa'],
    ['وام', 'wam'],
    ['تاس', 'tass'],
    ['سبوتنيك', 'sputnik'],
    ['إفي', 'efe'],
    ['ANSA', 'ansa'],
    ['UPI', 'upi'],
    ['كيودو', 'kyodo'],
    ['يونهاب', 'yonhap'],
    ['وكالات', 'agencies'],
    ['العربية.نت', 'alarabiya'],
    ['العربية نت', 'alarabiya'],
    ['alarabia', 'alarabiya'],
    ['سكاي نيوز عربية', 'skynews'],
    ['فرانس24', 'france24'],
    ['بي بي سي', 'bbc'],
    ['CNN', 'cnn'],
  ])('%s -> %s', (name, key) => {
    expect(knownName(name)?.entry.key).toBe(key);
  });

  it.each(['map', 'In a', 'spa', 'Michael', 'إسلام سيف', 'بكين'])('not a known name: %s', (name) => {
    expect(knownName(name)).toBeNull();
  });
});

describe('readProvenance: the forms a lead, a byline and a credit line take', () => {
  const read = (text: string, byline: string | null = null, outlet: string | null = null) => {
    const { articles } = parseInput(new TextEncoder().encode(JSON.stringify({ text, title: 'عنوان', outlet, byline })), 'x.json');
    return articles[0].provenance!;
  };

  it.each([
    // Bylines as fields give them (ANT's `author`): place - credit, outlet and agency, writer.
    ['بكين - فرانس برس', null, ['agency afp byline "فرانس برس"'], 'agency', 'بكين'],
    ['بو (فرنسا) - فرانس برس', null, ['agency afp byline "فرانس برس"'], 'agency', 'بو (فرنسا)'],
    ['العربية.نت، رويترز', 'alarabia', ['own alarabiya byline "العربية.نت"', 'agency reuters byline "رويترز"'], 'mixed', null],
    ['دبي ـ العربية.نت', 'alarabia', ['own alarabiya byline "العربية.نت"'], 'own', 'دبي'],
    ['العربية.نت ووكالات', 'alarabia', ['own alarabiya byline "العربية.نت"', 'agencies agencies byline "وكالات"'], 'mixed', null],
    ['اليمن - إسلام سيف', 'alarabia', ['writer إسلام سيف byline "إسلام سيف"'], 'own', 'اليمن'],
    ['أ ف ب', 'france24', ['agency afp byline "أ ف ب"'], 'agency', null],
    ['By Jane Doe, Reuters', 'fox', ['writer Jane Doe byline "Jane Doe"', 'agency reuters byline "Reuters"'], 'mixed', null],
  ])('byline %s (outlet %s)', (byline, outlet, credits, basis, place) => {
    const p = read('قال المتحدث إن الاجتماع انتهى دون اتفاق.', byline, outlet);
    expect(format(p.credits)).toEqual(credits);
    expect([p.basis, p.place]).toEqual([basis, place]);
  });

  it.each([
    ['(رويترز) - قال مسؤولون إن الاجتماع انتهى.', ['agency reuters dateline "رويترز"']],
    ['WASHINGTON (AP) — Officials said the meeting ended without a deal.', ['agency ap dateline "AP"']],
    ['بكين - فرانس برس: أكد الرئيس الصيني أن بلاده ستستمر في رفع راية الماركسية.', ['agency afp dateline "فرانس برس"']],
    // Without an outlet field, an outlet the credit line names is taken as the article's own.
    ['قال مسؤولون إن الاجتماع انتهى دون اتفاق.\nفرانس24/ أ ف ب', ['own france24 credit "فرانس24"', 'agency afp credit "أ ف ب"']],
  ])('lead or credit line: %s', (text, credits) => {
    expect(format(read(text).credits)).toEqual(credits);
  });

  it.each([
    ['وذكرت وكالة رويترز أن الاجتماع انتهى دون اتفاق.', 'agency reuters text "رويترز"'],
    ['وقال مسؤول لوكالة فرانس برس إن الاجتماع انتهى.', 'agency afp text "فرانس برس"'],
    ['بحسب ما نقلت "أسوشيتد برس" عن مسؤول.', 'agency ap text "أسوشيتد برس"'],
    ['وأفادت وكالة الأنباء السعودية (واس) بأن الاجتماع انتهى.', 'agency spa text "وكالة الأنباء السعودية"'],
    ['ونقلت وكالة "وفا" عن مسؤول قوله إن الاجتماع انتهى.', 'agency wafa text "وكالة "وفا"'],
    ['The Associated Press reported that the meeting ended.', 'agency ap text "Associated Press"'],
    ['The meeting ended, according to Reuters.', 'agency reuters text "Reuters"'],
    ['وقال مراسل بي بي سي في القدس إن الاجتماع انتهى.', 'correspondent bbc text "مراسل بي بي سي"'],
    ['وشاهد مراسل وكالة فرانس برس رتلا عسكريا.', 'correspondent afp text "مراسل وكالة فرانس برس"'],
  ])('cited in the text: %s', (text, credit) => {
    const p = read(text);
    expect(format(p.credits)).toEqual([credit]);
    // An agency quoted inside the article does not make the article agency copy.
    expect(p.basis).toBe('unknown');
  });

  it.each([
    // Reuters as the subject of the news, not a source.
    'واعتقلت السلطات صحفيين يعملان لدى رويترز في ميانمار.',
    // Bloomberg the person.
    '"The country needs a manager," Bloomberg said on Wednesday.',
    'In a briefing with reporters at the White House, the spokesman declined to comment.',
  ])('no credit: %s', (text) => {
    expect(read(text).credits).toEqual([]);
  });

  it('our own correspondent is the article outlet’s', () => {
    expect(format(read('وقال مراسلنا إن الاجتماع انتهى.', null, 'BBC').credits)).toEqual(['correspondent bbc text "مراسلنا"']);
  });
});

describe('provenance is read when first asked for, and is then a plain value', () => {
  const build = () =>
    parseInput(new TextEncoder().encode(JSON.stringify({ text: 'بكين - فرانس برس: قال المتحدث لوكالة رويترز إن الاجتماع انتهى.', title: 'عنوان', outlet: 'france24' })), 'x.json').articles[0];

  it.each([
    ['a copy sent to another thread', (a: Article) => structuredClone(a).provenance],
    ['the JSON of the article', (a: Article) => (JSON.parse(JSON.stringify(a)) as Article).provenance],
    ['a spread copy', (a: Article) => ({ ...a }).provenance],
  ])('%s holds the provenance the article reads', (_, copyOf) => {
    const article = build();
    expect(copyOf(article)).toEqual(build().provenance);
    expect(format(article.provenance!.credits)).toEqual(['agency afp dateline "فرانس برس"', 'agency reuters text "رويترز"']);
  });

  it('keeps its place among the keys, read or not, and can be replaced', () => {
    const article = build();
    const keys = Object.keys(article);
    expect(keys.at(-1)).toBe('provenance');
    void article.provenance;
    expect(Object.keys(article)).toEqual(keys);
    article.provenance = { byline: null, place: null, credits: [], basis: 'unknown' };
    expect(article.provenance.basis).toBe('unknown');
  });

  it('crosses to another thread unread: the copy lacks it, and given its source back reads the same, in the same place', () => {
    const article = build();
    const detached = withoutProvenance(article)!;
    const sent = structuredClone(detached.plain);
    expect(Object.keys(sent)).toEqual(Object.keys(article).slice(0, -1));
    const back = withLazyProvenance(sent, structuredClone(detached.source));
    expect(Object.keys(back)).toEqual(Object.keys(article));
    expect(back.provenance).toEqual(article.provenance);
    // Read already: nothing left to detach.
    expect(withoutProvenance(article)).toBeNull();
  });
});

describe.skipIf(!hasAnt)('provenance of real ANT articles (skipped: ../shared/data/ant-corpus-multisource is absent)', () => {
  it.each([
    // Al Arabiya's `author` field: an AFP dispatch filed from Beijing.
    ['AL-internationalNews-1000-20180504', ['agency afp byline "فرانس برس"'], 'agency', 'بكين'],
    ['AL-internationalNews-1009-20180506', ['own alarabiya byline "العربية.نت"', 'agency reuters byline "رويترز"'], 'mixed', null],
    ['AL-internationalNews-1172-20180515', ['agency anadolu byline "الأناضول"'], 'agency', null],
    ['AL-internationalNews-1183-20180515', ['own alarabiya byline "العربية.نت"', 'writer إسلام سيف byline "إسلام سيف"'], 'own', null],
    // France 24's byline field and its closing credit line `فرانس24/ أ ف ب`.
    ['FR-internationalNews-1036-20180502', ['own france24 byline "فرانس 24"', 'own france24 credit "فرانس24"', 'agency afp credit "أ ف ب"'], 'mixed', null],
    // CNN Arabic's dateline: its own report, filed from Atlanta.
    ['CN-internationalNews-134-20180317', ['own cnn dateline "CNN"'], 'own', 'أتلانتا، الولايات المتحدة الأمريكية'],
  ])('%s', (docno, credits, basis, place) => {
    const [article] = readAnt(docno);
    const p = article.provenance!;
    expect(format(p.credits.filter((c) => c.from !== 'text'))).toEqual(credits);
    expect([p.basis, p.place]).toEqual([basis, place]);
    expectExact(article);
  });

  it('BBC Arabic’s own correspondent, and the agencies Sky News Arabia cites', () => {
    const [bbc, sky] = readAnt('BB-internationalNews-109-20180307', 'SK-internationalNews-1161-20180425');
    expect(format(bbc.provenance!.credits)).toContain('correspondent bbc text "مراسل بي بي سي"');
    expect(sky.provenance!.credits.some((c) => c.from === 'text' && c.key === 'reuters')).toBe(true);
    expect(sky.text.slice(...span(sky.provenance!.credits.find((c) => c.key === 'reuters')!))).toBe('رويترز');
    expectExact(bbc);
    expectExact(sky);
  });
});

describe.skipIf(!hasBasil)('provenance of real BASIL articles (skipped: ../shared/data/basil is absent)', () => {
  it('Fox News carrying an AP story: `Denver (AP) –` opens the lead', () => {
    const article = readBasil('2014/b764f81f-6d08-4d7c-b1a8-8961bed0a455_1');
    expect(format(article.provenance!.credits)).toEqual(['agency ap dateline "AP"']);
    expect([article.provenance!.basis, article.provenance!.place]).toEqual(['agency', 'Denver']);
    expect(article.removed.map((r) => [r.reason, r.text])).toEqual([['dateline', 'Denver (AP) –']]);
  });

  it('HuffPost citing the Associated Press: quoted, not credited', () => {
    const article = readBasil('2013/d3a1ce0a-fc48-4827-a278-8f0ce8c7a519_2');
    expect(format(article.provenance!.credits)).toEqual(['agency ap text "Associated Press"']);
    expect(article.provenance!.basis).toBe('unknown');
    expectExact(article);
  });
});

function span(c: Credit): [number, number] {
  return [c.start!, c.end!];
}
