// Cited sources of the showcase pair (003 and 004 report the same meeting) and English rows.
import { describe, expect, it } from 'vitest';
import { hasAnt, hasBasil, readAnt, readBasil } from '../support/ant.js';
import { profileFraming } from '../../src/framing/index.js';
import { formatSources, profile, seed } from './format.js';

describe('sources', () => {
  it('003: Blinken by his office and then by name, Channel 13, Axios and its Israeli official, Miller (one source), the State Department, Palestinian authorities, the UN', () => {
    expect(formatSources(profile(seed('003')))).toBe(
      [
        'وزير الخارجية الأمريكي أنتوني بلينكن official/US ×8',
        'قناة 13 outlet ×1',
        'أكسيوس outlet ×2',
        'مسؤول إسرائيلي official/Israel ×3 via أكسيوس',
        'ماثيو ميللر official/US ×2',
        'الخارجية الأمريكية official/US ×1',
        'السلطات الفلسطينية official/Palestinian ×1',
        'الأمم المتحدة un ×1',
      ].join(' | '),
    );
  });

  it('004: the State Department, Blinken and Gallant (named with their offices, cited later by surname), Axios and the sources it quotes, the UN and OCHA', () => {
    expect(formatSources(profile(seed('004')))).toBe(
      [
        'الخارجية الأميركية official/US ×1',
        'وزير الخارجية الأميركي أنتوني بلينكن official/US ×2',
        'أكسيوس outlet ×4',
        'مسؤول إسرائيلي official/Israel ×1 via أكسيوس',
        'الأمم المتحدة un ×2',
        'وزير الدفاع الإسرائيلي يوآف جالانت official/Israel ×1',
        'مصادر anonymous ×1 via أكسيوس',
        'مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية un ×2',
      ].join(' | '),
    );
  });

  it('002: the spokesman with his name, Israeli and Gaza health authorities', () => {
    const p = profile(seed('002'));
    expect(formatSources(p)).toContain('ماثيو ميلر official/US ×1');
    expect(formatSources(p)).toContain('السلطات الإسرائيلية official/Israel ×1');
    expect(formatSources(p)).toContain('السلطات الصحية بالقطاع health/Palestinian ×1');
  });

  it('gives each citation a source flag naming its rule', () => {
    const flags = profile(seed('004')).flags.filter((f) => f.category === 'source');
    expect(flags.map((f) => f.rule)).toEqual([
      'source:us-state-dept', 'source:person:بلينكن', 'source:axios', 'source:official:Israel', 'source:un', 'source:axios',
      'source:person:جالانت', 'source:axios', 'source:anonymous', 'source:axios', 'source:person:بلينكن', 'source:ocha',
      'source:un', 'source:ocha',
    ]);
    expect(flags.find((f) => f.rule === 'source:anonymous')?.gloss).toBe('unnamed source, via أكسيوس');
  });

  it.each([
    [
      'inverted attribution',
      'Israeli forces killed 20 Palestinians on Tuesday, the health ministry said.',
      'health ministry health ×1',
    ],
    [
      'according to',
      "At least 20 people were killed, according to Gaza's Health Ministry.",
      "Gaza's Health Ministry health/Palestinian ×1",
    ],
    [
      'an official told an outlet',
      'A senior Israeli official told Axios the talks had stalled.',
      'Israeli official official/Israel ×1 via Axios | Axios outlet ×1',
    ],
    [
      'a spokesman, named, then by surname',
      'State Department spokesman Matthew Miller said the talks would go on. Miller added that the US was concerned.',
      'Matthew Miller official/US ×2',
    ],
    ['a mention is not a citation', 'The United Nations building was closed on Friday.', ''],
    [
      'institutions by their common noun, an office with its holder',
      'Interior Minister Jan Jambon said the attacker had been on leave. Police said two officers died, according to prosecutors. Jambon added that the situation was under control.',
      'Interior Minister Jan Jambon official ×2 | Police official ×1 | prosecutors official ×1',
    ],
    ['an institution named but not cited', 'The police closed the square on Tuesday.', ''],
  ])('English: %s', (_name, sentence, expected) => {
    expect(formatSources(profile(sentence, 'en'))).toBe(expected);
  });

  it('names an agency without the clitic it carries: لوكالة فرانس برس is وكالة فرانس برس (an ANT Al Arabiya sentence)', () => {
    const sentence = 'كما صرح متحدث باسم الجيش الإسرائيلي، الثلاثاء، لوكالة فرانس برس: "يمكنني التأكيد أنه تم الافراج عنه".';
    expect(formatSources(profile(sentence))).toBe('الجيش الإسرائيلي official/Israel ×1 via وكالة فرانس برس | وكالة فرانس برس agency ×1');
  });

  it('does not cite a party named before a comma as the speaker: the name after the verb is', () => {
    const sentence = 'وفي ما يتعلق بمسار التفاوض بين إسرائيل وحركة حماس، أوضح بلينكن أن واشنطن "ترى في رد حماس مساحة".';
    expect(formatSources(profile(sentence))).toBe('بلينكن other ×1');
  });

  it('does not take a noun after `نقل` (moving) or with ل (told to) as the source', () => {
    expect(formatSources(profile('ودعا إلى نقل السفارة الأميركية إلى القدس. وقال للشرطة أحد الشهود إنه رأى المهاجم.'))).toBe('');
  });
});

describe.skipIf(!hasAnt)('sources of real coverage by institution and office (skipped when ../shared/data/ant-corpus-multisource is absent)', () => {
  it.each([
    // Liège shooting, BBC Arabic: the police told the BBC; the interior minister, then named.
    ['BB-internationalNews-583-20180529', 'الشرطة official ×1 via بي بي سي | بي بي سي outlet ×1 | وزير الداخلية official ×1 | وزير الداخلية البلجيكي يان يامبون official ×1'],
    // France 24: "Belgian media" (no outlet named), the Belgian broadcaster, the prosecutors'
    // spokeswoman named before her title, and the city's police.
    ['FR-internationalNews-1507-20180529', 'وسائل إعلام outlet ×1 | راديو وتلفزيون بلجيكا other ×1 | كاترين كولينيون other ×1 | شرطة المدينة official ×1'],
    // Sky News Arabia: the judicial authorities, the minister with his name.
    ['SK-internationalNews-1849-20180529', 'السلطات القضائية البلجكية official ×1 | وزير الداخلية البلجيكي جان جامبون official ×1'],
  ])('%s', (docno, expected) => {
    const [a] = readAnt(docno);
    expect(formatSources(profileFraming(a.id, a.text, [[0, a.text.length]], a.language))).toBe(expected);
  });

  it.each([
    // A noun after a preposition is no subject of the verb after it: the campaign is against media Cairo says ...
    ['FR-internationalNews-319-20180308', 'حملة ضد وسائل إعلام تقول', ''],
    // After an adjective of relation the name ends: the judiciary described the attack (not "the judiciary the attack").
    ['AL-internationalNews-1380-20180530', 'وصف القضاء البلجيكي الهجوم', 'القضاء البلجيكي official ×1'],
    // A speaker no lexicon knows, named right after the verb and ended by what was said or punctuation.
    ['SK-middleEast-1213-20180423', 'وقال الخزعلي إن', 'الخزعلي other ×1'],
    ['SK-middleEast-1273-20180427', 'وقال رئيس يوروبول روب وينرايت', 'رئيس يوروبول روب وينرايت other ×1'],
    // Who was told (للصحافيين، لشبكة) ends the name.
    ['AL-internationalNews-651-20180327', 'وقالت بيشوب للصحافيين', 'بيشوب other ×1'],
    ['AL-internationalNews-549-20180320', 'وقال جوناثان لشبكة', 'جوناثان other ×1'],
    // Not a speaker: a pronoun after a participle; two people joined by و; a verb's object running on.
    ['AL-internationalNews-871-20180410', 'وأضاف قائلا نحن مستمرون', ''],
    ['SK-middleEast-1413-20180503', 'وأكد الملك سلمان والعاهل المغربي', ''],
    // After a relative the words after the verb are its object, unless what was said follows them.
    ['SK-internationalNews-1870-20180530', 'الذي قال الإعلام البلجيكي', 'المدعي الاتحادي إيريك فان سير official ×1 | الإعلام البلجيكي other ×1'],
    // A deputy holds the office's title too (and is not the minister).
    ['BB-internationalNews-101-20180305', 'قال نائب وزير الخارجية الروسي', 'نائب وزير الخارجية الروسي official/Russia ×1'],
    // A noun of the reporting lexicon (ادعاء, prosecution here) is no verb with a subject after it.
    ['AL-internationalNews-1373-20180529', 'ولم يتسن بعد الاتصال بممثلي', ''],
  ])('%s «%s»: %j', (docno, anchor, expected) => {
    const [a] = readAnt(docno);
    const at = a.text.indexOf(anchor);
    const start = Math.max(a.text.lastIndexOf('.', at), a.text.lastIndexOf('\n', at)) + 1;
    const end = a.text.indexOf('.', at);
    expect(formatSources(profile(a.text.slice(start, end + 1)))).toBe(expected);
  });

  it('ends a spokesperson\'s name at a particle: هيذر نويرت, not هيذر نويرت ما', () => {
    const [a] = readAnt('SK-internationalNews-224-20180301');
    const p = profileFraming(a.id, a.text, [[0, a.text.length]], a.language);
    expect(p.sources.map((x) => x.name).join(' | ')).not.toContain('نويرت ما');
  });
});

/** The source flags' texts within `anchor` of a BASIL article, profiled whole as English. */
function citedWithin(name: string, anchor: string): string[] {
  const a = readBasil(name);
  const p = profileFraming(a.id, a.text, [[0, a.text.length]], 'en');
  const at = a.text.indexOf(anchor);
  expect(at).toBeGreaterThan(0);
  return p.flags.filter((f) => f.category === 'source' && f.start >= at && f.end <= at + anchor.length).map((f) => f.text);
}

describe.skipIf(!hasBasil)('English speakers after a verb of saying (skipped when ../shared/data/basil is absent)', () => {
  it('cites a name right before a verb of saying (Nebraska Attorney General Jon Bruning said), not the words of `according to`', () => {
    const a = readBasil('2014/b764f81f-6d08-4d7c-b1a8-8961bed0a455_1');
    const p = profileFraming(a.id, a.text, [[0, a.text.length]], 'en');
    const names = p.sources.map((x) => x.name);
    expect(names).toContain('Attorney General Jon Bruning');
    expect(names.filter((n) => /^according/i.test(n))).toEqual([]);
  });

  it.each([
    // `," said Brendan Buck, a spokesman for Speaker John Boehner`: the speaker after the verb, ended by the comma.
    ['2013/1bb79cc1-5d69-4136-a23d-6dbd300cbf25_1', 'said Brendan Buck', 'Brendan Buck'],
    ['2018/1ed4f378-b9d4-43b8-8d50-53d0cc063332_1', 'said Lorella Praeli', 'Lorella Praeli'],
    // The full stop of a title or an initial ends no sentence: the whole name is the speaker.
    ['2011/2058ec60-5372-4f5f-83a3-da780be3a350_1', 'Justice Anthony M. Kennedy said', 'Justice Anthony M. Kennedy'],
  ])('%s «%s»: %s is cited', (name, anchor, who) => {
    expect(citedWithin(name, anchor)).toContain(who);
  });

  it.each([
    // McConnell said Trump agreed: Trump is what was said, not who said it.
    ['2019/0d10341a-9dba-4374-a524-814c300d1611_1', 'said Trump agreed to designate', 'Trump'],
    // Reed said Trump should cancel the meeting.
    ['2018/c6a0e65c-4f8b-41de-8200-cd700f683c64_1', 'said Trump should', 'Trump'],
  ])('%s «%s»: %s is not cited there', (name, anchor, who) => {
    expect(citedWithin(name, anchor)).not.toContain(who);
  });
});
