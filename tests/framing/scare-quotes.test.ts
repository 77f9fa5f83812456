// Scare quotes on real seed sentences: quoted names and terms that quote no one, against real
// quotations, outlet names, titles and attributed labels.
import { describe, expect, it } from 'vitest';
import { pairQuotes } from '../../src/framing/scare-quotes.js';
import { wordsOf } from '../../src/framing/words.js';
import { formatFlags, profile, seed } from './format.js';

describe('scare quotes', () => {
  it.each([
    [
      '000 headline: the state name in quotes',
      'بلينكن: واشنطن ملتزمة أمن "إسرائيل".. ولم تشارك في أي هجوم ضد إيران',
      'scare-quote/entity "إسرائيل"',
    ],
    [
      '000: "Middle East" in quotes',
      'الخارجية الأميركية ومجموعة السبع تدعوان إلى خفض التصعيد في "الشرق الأوسط" وتعارضان عملية عسكرية كبيرة في رفح.',
      'scare-quote/entity "الشرق الأوسط"',
    ],
    [
      '000: the entity after a reporting verb, and a real quotation after it',
      'صرّح وزير الخارجية الأميركي، أنتوني بلينكن، اليوم الجمعة، بأنّ الولايات المتحدة الأميركية ملتزمة بأمن "إسرائيل"، معقّباً بأنّ "واشنطن لم تُشارك في أيّ عملٍ هجوميٍ ضد إيران، اليوم".',
      'scare-quote/entity "إسرائيل"',
    ],
    [
      '000: a loaded term quoted with no speaker',
      'كما دان وزير الخارجية الأميركي الهجوم الإيراني "غير المسبوق" على "إسرائيل"، متابعاً بأنّ "مجموعة السبع أكّدت عزمها فرض عقوبات على طهران".',
      'scare-quote/term "غير المسبوق" | scare-quote/entity "إسرائيل"',
    ],
    [
      '000: a label attributed by a describing verb is his word',
      'وكذلك، ادّعى بلينكن أنّ حماس رفضت مقترحات إسرائيلية وصفها بـ الـ"سخية"، متهماً الحركة بأنها "مهتمة بالصراع الإقليمي أكثر من وقف إطلاق النار".',
      '',
    ],
    [
      '000: a loanword gloss and a battle name',
      'مستخدمةً حقها في النقض "الفيتو"، وذلك أثناء جلسة مجلس الأمن الدولي. أعلنت كتائب القسام معركة "طوفان الأقصى"',
      '',
    ],
    [
      '003: agency names in quotes',
      'إضافة إلى رئيس أركان الجيش الإسرائيلي هرتسي هاليفي، ومدير "الشاباك" رونين بار، ومدير "الموساد" ديفيد بارنياع.',
      'scare-quote/entity "الشاباك" | scare-quote/entity "الموساد"',
    ],
    [
      '003: an outlet named in quotes is a title',
      'فيما قال موقع "أكسيوس" الأمريكي، إن وزير الخارجية الأمريكي أنتوني بلينكن، أبلغ رئيس الوزراء الإسرائيلي',
      '',
    ],
    [
      '004: an outlet after لـ is a title',
      'وقالت مصادر لـ"أكسيوس" إن بلينكن أعرب خلال الاجتماع عن مخاوفه',
      '',
    ],
    [
      '003: a long quotation after a colon',
      'قال بلينكن في مؤتمر صحفي عقده بإسرائيل: "حصيلة الهجوم العسكري الإسرائيلي على المدنيين في غزة، لا تزال مرتفعة للغاية".',
      '',
    ],
    [
      '002: a short quoted pledge (no framing term)',
      'وردا على الهجوم، تعهدت إسرائيل بـ"القضاء على حماس"، وتنفذ منذ ذلك الحين حملة قصف',
      '',
    ],
    [
      'English: a quoted state name, a quoted word after "called", a quotation',
      'The group refuses to recognize "Israel". He called the plan "brutal". She said: "Israel will not stop."',
      'scare-quote/entity "Israel"',
    ],
    ['English: a title after "newspaper"', 'The newspaper "Haaretz" reported the talks had stalled.', ''],
    // Constructed sentences for contexts the seeds lack.
    ['a label quoted with no speaker', 'ووصلت إلى المدينة "ميليشيات" مسلحة.', 'scare-quote/term "ميليشيات"'],
    ['a word quoted after an opinion verb', 'ويعتبر المحلل أننا سنكون أمام "كارثة" حقيقية.', ''],
    ['chanted words', 'ورفع المحتجون هتافات "الحرية" و"خونة" أمام البرلمان.', ''],
    ['a designation far before بـ', 'الحزب الذي تصنفه الولايات المتحدة والاتحاد الأوروبي بـ"الإرهابي" أيضا.', ''],
  ])('%s', (_name, sentence, expected) => {
    const language = /[a-z]/i.test(sentence) ? 'en' : 'ar';
    expect(formatFlags(profile(sentence, language), ['scare-quote'])).toBe(expected);
  });

  it('finds every quoted "إسرائيل" of seed 000 and no real quotation', () => {
    const flags = profile(seed('000')).flags.filter((f) => f.category === 'scare-quote');
    expect(flags.filter((f) => f.text === '"إسرائيل"')).toHaveLength(8);
    expect(flags.every((f) => f.text.length <= 20)).toBe(true);
  });

  it('pairs straight, curly and guillemet quotes on a line', () => {
    const text = 'قال: «نرفض» ثم “نطالب” و"نؤكد"';
    const range = wordsOf(text, 0, text.length);
    const pairs = pairQuotes(range).map(([a, b]) => text.slice(range.tokens[a].start, range.tokens[b].end));
    expect(pairs).toEqual(['«نرفض»', '“نطالب”', '"نؤكد"']);
  });
});
