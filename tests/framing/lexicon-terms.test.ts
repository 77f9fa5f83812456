// Lexicon terms and reporting verbs on real sentences of the Blinken seeds, plus English rows.
import { describe, expect, it } from 'vitest';
import { builtinLexicon } from '../../src/framing/index.js';
import { formatFlags, profile } from './format.js';

describe('reporting verbs by stance', () => {
  it.each([
    [
      '003 distancing participle',
      'إن تكلفة الهجمات العسكرية الإسرائيلية على المدنيين في قطاع غزة لا تزال "مرتفعة للغاية"، مدعياً أنه "كل يوم يفكر في آلاف الأطفال الذين قتلوا بغزة".',
      'reporting-verb/distancing مدعياً',
    ],
    [
      '004 asserting participle, same speaker and event',
      'بحث وزير الخارجية الأميركي أنتوني بلينكن مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو، الأربعاء، "رؤية الولايات المتحدة بشأن الأمن والسلام الدائمين في المنطقة"، مؤكداً دعم بلاده لإقامة دولة فلسطينية.',
      'reporting-verb/asserting مؤكداً',
    ],
    [
      '000 distancing perfect with shadda and و',
      'وادّعى بلينكن أنّ "واشنطن تُريد التوصّل إلى اتفاقٍ لوقف إطلاق النار في قطاع غزّة"، مشدّداً على أنّ بلاده "لا تدعم عملية عسكرية كبيرة في رفح".',
      'reporting-verb/distancing وادّعى | reporting-verb/asserting مشدّداً',
    ],
    [
      '000 distancing noun',
      'وأمس، وعلى عكس ادّعاءات واشنطن بتأييدها تأسيس دولة فلسطينية، أسقطت الولايات المتحدة قراراً',
      'reporting-verb/distancing ادّعاءات',
    ],
    [
      '003 opinion and neutral',
      'واعتبر بلينكن، أن "العمليات الإسرائيلية التي جاءت رداً على هجوم حماس المميت في 7 أكتوبر/تشرين الأول، مبررة بشكل تام"، لكنه في المقابل، رأى أن "المدنيين في غزة لا علاقة لهم بأحداث 7 أكتوبر/تشرين الأول".',
      'reporting-verb/opinion واعتبر | reporting-verb/opinion رأى',
    ],
    [
      '003 revealed counts only before speech (كشفت ... أن)',
      'من جانبها، كشفت قناة 13 الإسرائيلية أن بلينكن قال في اجتماع مع المسؤولين الإسرائيليين',
      'reporting-verb/neutral كشفت | reporting-verb/neutral قال',
    ],
    [
      '000 announced a battle is not a statement',
      'في السابع من تشرين الأول/أكتوبر 2023 أعلنت كتائب القسام معركة "طوفان الأقصى"، فاقتحمت المستوطنات الإسرائيلية في غلاف غزة',
      '',
    ],
    [
      'a participle never matches its noun with ال',
      'من المؤكد أن المحادثات ستستمر',
      '',
    ],
    [
      'English stances',
      'Netanyahu claimed that the operation was nearly over, while Blinken stressed the need to protect civilians, officials said.',
      'reporting-verb/distancing claimed | reporting-verb/asserting stressed | reporting-verb/neutral said',
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(formatFlags(profile(sentence, /[a-z]/i.test(sentence) ? 'en' : 'ar'), ['reporting-verb'])).toBe(expected);
  });
});

describe('loaded words, labels, victim terms, conflict names, hedges', () => {
  it.each([
    [
      '003: martyrs, a devastating war "with American support", catastrophe',
      'ومنذ 7 أكتوبر/تشرين الأول 2023، يشن الجيش الإسرائيلي حرباً مدمرة بدعم أمريكي على غزة خلفت حتى الأربعاء، 27 ألفاً و708 شهداء و67 ألفاً و147 مصاباً، معظمهم أطفال ونساء، وفق السلطات الفلسطينية، وتسببت في "دمار هائل وكارثة إنسانية غير مسبوقة"، بحسب الأمم المتحدة.',
      'conflict-name/war حرباً | loaded/intensifier مدمرة | agency/backer بدعم أمريكي | victim-term/martyr شهداء | loaded/intensifier هائل | loaded/emotive وكارثة | loaded/intensifier غير مسبوقة',
    ],
    [
      '004: the same toll as a plain count, no victim term on فلسطيني',
      'وقتلت إسرائيل في الحرب التي تشنها في غزة، أكثر من 27 ألفاً و700 فلسطيني، معظمهم من النساء والأطفال، منذ بدء الحرب قبل أربعة أشهر.',
      'conflict-name/war الحرب | conflict-name/war الحرب',
    ],
    [
      '002: designated terrorist, unprecedented attack, killing of',
      'واندلعت الحرب في قطاع غزة إثر هجوم حماس (المصنفة إرهابية في الولايات المتحدة ودول أخرى) غير المسبوق على إسرائيل في السابع من أكتوبر، مما أسفر عن مقتل نحو 1200 شخص',
      'conflict-name/war الحرب | conflict-name/attack هجوم | label/terrorist-designation المصنفة إرهابية | loaded/intensifier غير المسبوق | victim-term/neutral مقتل',
    ],
    [
      "001: Hamas's official name is not a resistance label",
      'ووصف بلينكن حركة المقاومة الإسلامية الفلسطينية (حماس) بأنها منظمة إرهابية لا تأبه بالشعب الفلسطيني ولا مستقبله.',
      'label/terrorist إرهابية',
    ],
    [
      '000: the entity, aggression, brutal',
      'ومنذ انطلاق العدوان الإسرائيلي ضد قطاع غزّة في 7 تشرين الأول/أكتوبر 2023، دعمت مجموعة السبع "إسرائيل" بالكامل، مشددةً على التزام دولها بأمن الكيان وتفوّقه العسكري.',
      'conflict-name/aggression العدوان | label/delegitimizing الكيان',
    ],
    [
      '000: clitics بال and و, settlers',
      'متهماً الحركة بأنها "مهتمة بالصراع الإقليمي أكثر من وقف إطلاق النار". فاقتحمت المستوطنات الإسرائيلية في غلاف غزة، وأسرت جنوداً ومستوطنين إسرائيليين.',
      'conflict-name/conflict بالصراع | label/settler المستوطنات | label/settler ومستوطنين',
    ],
    [
      '004: clitic لل + ال, grave concern, hedge',
      'أن إدارة بايدن تشعر بقلق بالغ بشأن التوسع المحتمل للعملية العسكرية الإسرائيلية في مدينة رفح. وعبر بلينكن لنتنياهو مجدداً على ما وصفته الخارجية الأميركية بـ"دعم الولايات المتحدة لحق إسرائيل"',
      'loaded/intensifier بقلق بالغ | conflict-name/operation للعملية العسكرية | hedge/distancing ما وصفته',
    ],
    [
      '001: war crimes is one loaded phrase, not the war',
      'وأشار إلى أن القتل وجرائم الحرب يجب أن تتوقف',
      'loaded/emotive وجرائم الحرب',
    ],
    [
      'English: labels, loaded words, hedge, exception',
      'The so-called ceasefire collapsed as militants and settlers clashed; critics slammed the brutal crackdown and the World War II analogy.',
      'hedge/distancing so-called | label/militant militants | label/settler settlers | loaded/verb slammed | loaded/emotive brutal',
    ],
    [
      'English: victims, martyrs, killed after a count, genocide',
      'Hamas called the dead martyrs; 20 killed in the strike were victims of what protesters called genocide.',
      'victim-term/neutral the dead | victim-term/martyr martyrs | victim-term/neutral killed | victim-term/victim victims | conflict-name/genocide genocide',
    ],
  ])('%s', (_name, sentence, expected) => {
    const language = /[a-z]/i.test(sentence) ? 'en' : 'ar';
    // `بدعم أمريكي` is an agency flag (value backer): it names who backs the violence.
    const terms = formatFlags(profile(sentence, language), ['loaded', 'label', 'victim-term', 'conflict-name', 'hedge'], ['backer']);
    expect(terms).toBe(expected);
  });
});

describe('the built-in lexicon', () => {
  it('gives every entry a category, a gloss and a language matching its script', () => {
    for (const e of builtinLexicon) {
      expect(e.gloss.length, e.term).toBeGreaterThan(0);
      expect(e.language, e.term).toBe(/[\u0600-\u06FF]/.test(e.term) ? 'ar' : 'en');
    }
    expect(new Set(builtinLexicon.map((e) => e.category))).toEqual(
      new Set(['loaded', 'label', 'victim-term', 'conflict-name', 'hedge', 'reporting-verb', 'agency']),
    );
  });
});
