// Agency on real seed sentences: killings with their actor named, passive, or agentless.
import { describe, expect, it } from 'vitest';
import { formatFlags, profile } from './format.js';

const rule = (sentence: string, language: 'ar' | 'en'): string =>
  profile(sentence, language)
    .flags.filter((f) => f.category === 'agency' && f.value !== 'backer')
    .map((f) => `${f.rule} ${f.text}`)
    .join(' | ');

describe('agency', () => {
  it.each([
    [
      '004: Israel named as the killer',
      'وقتلت إسرائيل في الحرب التي تشنها في غزة، أكثر من 27 ألفاً و700 فلسطيني، معظمهم من النساء والأطفال، منذ بدء الحرب قبل أربعة أشهر.',
      'agency:agent-verb وقتلت إسرائيل',
    ],
    [
      '004: strikes with their actor',
      'وقالت مصادر لـ"أكسيوس" إن بلينكن أعرب خلال الاجتماع عن مخاوفه بشأن فشل التواصل بين الجيش الإسرائيلي والمنظمات الدولية، مما أدى إلى شن القوات الإسرائيلية ضربات ضد موظفي الأمم المتحدة الذين كانوا يوصلون المساعدات.',
      'agency:agent-verb شن القوات الإسرائيلية',
    ],
    [
      '003: the same event, the targeting without its actor',
      'وأعرب بلينكن خلال الاجتماع أيضاً عن "مخاوفه بشأن فشل التواصل بين الجيش الإسرائيلي والمنظمات الدولية وعدم كفاية تفادي الاشتباك، ما أدى إلى استهداف موظفي الأمم المتحدة الذين كانوا يقومون بإيصال المساعدات".',
      'agency:agentless-result أدى إلى استهداف',
    ],
    [
      '003: children "who were killed" (passive)',
      'مدعياً أنه "كل يوم يفكر في آلاف الأطفال الذين قتلوا بغزة".',
      'agency:passive-verb الذين قتلوا',
    ],
    [
      '003: the army waging the war',
      'ومنذ 7 أكتوبر/تشرين الأول 2023، يشن الجيش الإسرائيلي حرباً مدمرة بدعم أمريكي على غزة',
      'agency:agent-verb يشن الجيش الإسرائيلي',
    ],
    [
      '002: "resulted in the killing of" (no agent)',
      'وتنفذ منذ ذلك الحين حملة قصف أُتبعت بعمليات برية منذ 27 أكتوبر، أسفرت عن مقتل أكثر من 37 ألف فلسطيني، معظمهم نساء وأطفال',
      'agency:agentless-death مقتل',
    ],
    [
      '000: passive killing in "the Israeli aggression"',
      'مذكّرين بأنّ "عدداً غير مقبول من المدنيين قتلوا في العدوان الإسرائيلي ضد قطاع غزّة".',
      'agency:passive-with-agent قتلوا في العدوان الإسرائيلي',
    ],
    [
      '001: Israel\'s killing of civilians',
      'وأضاف أن قتل اسرائيل للمدنيين واستهداف المستشفيات ومحاولة تهجير الفلسطينيين ليس دفاعا عن النفس.',
      'agency:agent-verb قتل اسرائيل',
    ],
    [
      '004: casualties "falling"',
      'وذكر "أكسيوس" بأن الولايات المتحدة قلقة من أن تؤدي هذه العملية الإسرائيلية في رفح إلى "سقوط أعداد كبيرة من الضحايا"',
      'agency:agentless-casualties سقوط أعداد',
    ],
    ['000: "an aggression that killed" names no actor word', 'في عدوانٍ قتل وأصاب عشرات الآلاف من الفلسطينيين.', ''],
  ])('%s', (_name, sentence, expected) => {
    expect(rule(sentence, 'ar')).toBe(expected);
  });

  it.each([
    ['active', 'Israeli forces killed 20 Palestinians in Gaza on Tuesday.', 'agency:agent-verb Israeli forces killed'],
    ['passive', 'At least 20 people were killed overnight.', 'agency:passive-verb were killed'],
    ['passive with agent', 'Three civilians were killed in an Israeli strike.', 'agency:passive-with-agent were killed in an Israeli strike'],
    ['counted deaths', 'At least 12 people died when the building collapsed.', 'agency:agentless-death died'],
    ['a bill is not a victim', 'The bill was killed in committee and Republicans killed the measure.', ''],
    ['missiles shot down', 'The missiles were shot down by US warships.', ''],
  ])('English: %s', (_name, sentence, expected) => {
    expect(rule(sentence, 'en')).toBe(expected);
  });

  it('flags a backer of the violence as agency/backer', () => {
    expect(formatFlags(profile('The Iran-backed Houthis fired missiles.', 'en'), [], ['backer'])).toBe('agency/backer Iran-backed');
  });
});
