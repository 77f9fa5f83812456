// Cited sources of the showcase pair (003 and 004 report the same meeting) and English rows.
import { describe, expect, it } from 'vitest';
import { formatSources, profile, seed } from './format.js';

describe('sources', () => {
  it('003: Channel 13, Axios and its Israeli official, Miller (one source), the State Department, Palestinian authorities, the UN', () => {
    expect(formatSources(profile(seed('003')))).toBe(
      [
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

  it('004: the State Department, Axios and the sources it quotes, the UN and OCHA', () => {
    expect(formatSources(profile(seed('004')))).toBe(
      [
        'الخارجية الأميركية official/US ×1',
        'أكسيوس outlet ×4',
        'مسؤول إسرائيلي official/Israel ×1 via أكسيوس',
        'الأمم المتحدة un ×2',
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
      'source:us-state-dept', 'source:axios', 'source:official:Israel', 'source:un', 'source:axios', 'source:axios',
      'source:anonymous', 'source:axios', 'source:ocha', 'source:un', 'source:ocha',
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
  ])('English: %s', (_name, sentence, expected) => {
    expect(formatSources(profile(sentence, 'en'))).toBe(expected);
  });

  it('names an agency without the clitic it carries: لوكالة فرانس برس is وكالة فرانس برس (an ANT Al Arabiya sentence)', () => {
    const sentence = 'كما صرح متحدث باسم الجيش الإسرائيلي، الثلاثاء، لوكالة فرانس برس: "يمكنني التأكيد أنه تم الافراج عنه".';
    expect(formatSources(profile(sentence))).toBe('الجيش الإسرائيلي official/Israel ×1 via وكالة فرانس برس | وكالة فرانس برس agency ×1');
  });

  it('does not cite a party named before a comma as the speaker', () => {
    const sentence = 'وفي ما يتعلق بمسار التفاوض بين إسرائيل وحركة حماس، أوضح بلينكن أن واشنطن "ترى في رد حماس مساحة".';
    expect(formatSources(profile(sentence))).toBe('');
  });
});
