// The classify stage as a spec, on real sentences: what is a conflict between two aligned claims
// (and which cue names it), and what is not, for each cause of false conflicts seen on real
// multi-outlet coverage (the judgement issue). Pairs are typed as `compare` types them unless
// marked "pairs" (headline pairs, as `claimdiff pairs` types them).
import { describe, expect, it } from 'vitest';
import { relationOf, typePair } from './support.js';

describe('negation: clitics, one verb in every form, both sides negated', () => {
  it.each([
    // و hides the negator; both say there were no casualties.
    ['ولم ترد أي تقارير بشأن وقوع قتلى', 'لم ترد أنباء عن سقوط قتلى'],
    // نفت / تنفي / ينفي are one verb.
    ['نفت الهيئة وقوع إصابات في صفوف الموظفين', 'تنفي الهيئة وقوع إصابات في صفوف الموظفين'],
    ['نفى الجيش مقتل أي جندي في الهجوم', 'ينفي الجيش مقتل أي جندي في الهجوم'],
    // The subject of نفت is who denies, not what is denied.
    ['نفت الهيئة وقوع إصابات في صفوف الموظفين', 'وقالت الهيئة إن الموظفين غادروا المبنى قبل الانفجار'],
    // Confirming a denial is not the opposite of denying.
    ['أكدت الشرطة عدم وقوع إصابات في الانفجار', 'نفت الشرطة وقوع إصابات في الانفجار'],
    ['أكد المتحدث أن الحكومة لن تشارك في المؤتمر', 'نفى المتحدث مشاركة الحكومة في المؤتمر'],
    // A negated reporting verb or a hedge about details negates nothing the other states.
    ['وأوضح مونرو أن الحادث كبير، من دون إعطاء المزيد من التفاصيل حول الضحايا.', 'وقال مونرو إن هناك قتلى من بين الركاب، وأضاف أن الحادث كبير.'],
    ['ولم تذكر الشرطة دوافع إطلاق النار، لكنها أفادت أن الحادث غير إرهابي.', 'وقالت الشرطة إنه لا يوجد مؤشر على أن الحادث إرهابي.'],
    // Idioms with a negation particle: still, at least, a drone.
    ['لا تزال حصيلة الضحايا مرتفعة', 'ما زالت حصيلة الضحايا مرتفعة'],
    ['قتل ما لا يقل عن 20 شخصا في القصف', 'قتل 20 شخصا على الأقل في القصف'],
    ['أسقط المتظاهرون طائرة بدون طيار', 'أسقط المتظاهرون طائرة مسيرة'],
    // Both refuse the same thing: an agreement, whatever the verb's form.
    ['رفضت حماس المقترح المصري للهدنة', 'حماس ترفض المقترح المصري للهدنة'],
  ])('%s / %s: no conflict', (a, b) => {
    expect(relationOf(a, b)).not.toMatch(/^conflict/);
  });

  it('says when both claims negate the same thing', () => {
    const pair = typePair('ولم ترد أي تقارير بشأن وقوع قتلى', 'لم ترد أنباء عن سقوط قتلى');
    expect(pair.evidence.notes).toContain('both negate it');
  });

  it.each([
    ['أكد المتحدث العسكري وقوع الهجوم على القاعدة', 'نفى المتحدث العسكري وقوع الهجوم على القاعدة', 'conflict (negation: - / نفى وقوع)'],
    ['شارك الوزير في اجتماع الحكومة يوم الأحد', 'لم يشارك الوزير في اجتماع الحكومة يوم الأحد', 'conflict (negation: - / لم يشارك)'],
    ['أعلن تنظيم الدولة الإسلامية مسؤوليته عن الانفجار', 'ولم تعلن أي جهة مسؤوليتها عن الانفجار', 'conflict (negation: - / ولم تعلن)'],
    ['وقع انفجار في السوق دون سقوط ضحايا', 'قتل 5 أشخاص في انفجار في السوق', 'conflict (negation: دون سقوط / -)'],
    // Refusing or cancelling what the other states negates it.
    ['الكويت تنظم العمالة الفلبينية', 'الكويت ترفض تنظيم العمالة الفلبينية', 'conflict (negation: - / ترفض تنظيم)'],
    ['الحكومة تفرض رسوما على السيارات المستوردة', 'الحكومة تلغي الرسوم على السيارات المستوردة', 'conflict (negation: - / تلغي الرسوم)'],
  ])('%s / %s: %s', (a, b, expected) => {
    expect(relationOf(a, b)).toBe(expected);
  });
});

describe('places: only real places, and a place inside another is no rival', () => {
  it.each([
    // A capital and its country, as the capitals table knows them.
    ['قتل 5 أشخاص في انفجار سيارة مفخخة في كابول', 'قتل 5 أشخاص في انفجار سيارة مفخخة في أفغانستان'],
    // Adjectives are not places.
    ['قتل 3 فلسطينيين برصاص القوات الإسرائيلية في جنين', 'قتل ثلاثة فلسطينيين برصاص الجيش الإسرائيلي في مدينة جنين'],
    // A dateline is not where the event happened.
    ['دبي، الإمارات العربية المتحدة (CNN)-- لقي تسعة أشخاص مصرعهم في هجوم انتحاري على مقر المفوضية في طرابلس', 'لقي تسعة أشخاص مصرعهم في هجوم انتحاري على مقر المفوضية في طرابلس الليبية'],
  ])('%s / %s: no conflict', (a, b) => {
    expect(relationOf(a, b)).not.toMatch(/^conflict/);
  });

  it('an organisation named after a place is no place: الدولة الإسلامية في العراق والشام', () => {
    expect(relationOf('أعلن تنظيم الدولة الإسلامية في العراق والشام مسؤوليته عن الهجوم على الحافلة', 'أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم على الحافلة في سوريا')).not.toMatch(/^conflict/);
  });

  it('a city and its state named together elsewhere in the comparison are not rivals', () => {
    const a = 'انهار جسر المشاة الجديد في مدينة ميامي';
    const b = 'انهار جسر المشاة الجديد في ولاية فلوريدا';
    expect(relationOf(a, b, { context: ['وقع الانهيار عند جامعة في مدينة ميامي بولاية فلوريدا'] })).not.toMatch(/^conflict/);
  });

  it.each([
    ['قتل 5 فلسطينيين برصاص الجيش الإسرائيلي في جنين', 'قتل 5 فلسطينيين برصاص الجيش الإسرائيلي في نابلس', 'conflict (place: جنين / نابلس)'],
    ['أعلنت السلطات الصينية إغلاق المصنع', 'أعلنت السلطات اليابانية إغلاق المصنع', 'conflict (place: الصينية / اليابانية)'],
  ])('%s / %s: %s', (a, b, expected) => {
    expect(relationOf(a, b)).toBe(expected);
  });
});

describe('opposite words: only said of the same actor', () => {
  it.each([
    // Two reactions of two actors.
    ['نددت السعودية بالهجوم على مقر المفوضية في طرابلس', 'وسط ترحيب إسرائيلي بالهجوم على مقر المفوضية في طرابلس'],
    // One claim holds both sides of the row about different things.
    ['أسعار النفط تتراجع مع ارتفاع الإنتاج العالمي', 'تراجع أسعار النفط مع ارتفاع الإنتاج'],
  ])('%s / %s: no conflict', (a, b) => {
    expect(relationOf(a, b)).not.toMatch(/^conflict/);
  });

  it.each([
    ['رحبت الجامعة العربية بقرار مجلس الأمن', 'أدانت الجامعة العربية قرار مجلس الأمن', 'conflict (antonym: رحبت / أدانت)'],
    ['أسعار النفط تتراجع مع ارتفاع الإنتاج العالمي', 'ارتفاع في أسعار النفط مع تراجع الإنتاج', 'conflict (antonym: تتراجع / ارتفاع)'],
  ])('%s / %s: %s', (a, b, expected) => {
    expect(relationOf(a, b)).toBe(expected);
  });
});

describe('figures: the same counted quantity, incompatible values', () => {
  it.each([
    // Dates are not counts.
    ['Fifteen of the 19 Sept. 11 hijackers were Saudi nationals.', 'Fifteen of the 19 hijackers on 9/11 were Saudi citizens.'],
    ["The Clintons' effective federal tax rate for 2014 was 35.7 percent.", 'Her 2014 federal tax rate was 35.72 percent.'],
    // Vague amounts never conflict with each other or with a figure by themselves.
    ['قتل العشرات في الهجوم الانتحاري على مركز تسجيل الناخبين', 'قتل 31 شخصا في الهجوم الانتحاري على مركز تسجيل الناخبين'],
    ['خرج الآلاف في مظاهرات في العاصمة', 'خرج عشرات الآلاف في مظاهرات في العاصمة'],
    ['Tens of thousands marched in the capital on Saturday.', 'Thousands marched in the capital on Saturday.'],
    // Rounding is agreement.
    ['Jackson used $43,000 in campaign funds to buy a gold watch.', 'Jackson used $43,350 in campaign funds to buy a gold watch.'],
    ['بلغت سرعة الرياح 130 كلم في الساعة', 'بلغت سرعة الرياح 132 كلم في الساعة'],
    ['خلفت الحرب 27 ألفاً و708 شهداء', 'قتلت إسرائيل في الحرب أكثر من 27 ألفاً و700 فلسطيني'],
    // Different quantities: a sum of money and a count of families; killed and wounded.
    ['ودفعت الشركة 40 ألف دولار تعويضات للعائلات', 'ودفعت الشركة تعويضات لـ 40 عائلة'],
    ['قتل 77 شخصا وأصيب 143 في العواصف الرملية', 'قتل 77 شخصا وأصيب 250 في العواصف الرملية'.replace('250', '143')],
    // A part of a count and a count added to another are no rivals.
    ['قتل 12 شخصا في الهجوم، بينهم 3 موظفين', 'قتل 12 شخصا في الهجوم على المفوضية'],
    ['وأضاف أنه سيطلب الموافقة على بناء 1400 وحدة سكنية استيطانية أخرى', 'كشفت وزارة الدفاع خططا لبناء 2500 وحدة استيطانية جديدة'],
    // Tolls of different places, and of another year.
    ['وسجلت منطقة أغرا في ولاية أوتار براديش مقتل أكثر من 40 شخصا', 'وقتل 121 شخصا في ولايات أوتار براديش وراجستان والبنجاب'],
    ['Last year the couple paid an effective federal tax rate of 35.7 percent', 'From 2007 through 2014 the couple paid an effective tax rate of 31.55 percent'],
  ])('%s / %s: no conflict', (a, b) => {
    expect(relationOf(a, b)).not.toMatch(/^conflict/);
  });

  it.each([
    ['قتل 4 أشخاص في انهيار جسر للمشاة في ميامي', 'قتل 6 أشخاص في انهيار جسر للمشاة في ميامي', 'conflict (number: 4 / 6)'],
    ['قتل شاب 4 أشخاص على الأقل في مطعم في ناشفيل', 'أعلنت الشرطة مقتل 3 أشخاص في إطلاق نار في مطعم في ناشفيل', 'conflict (number: 4 / 3)'],
    ['قتل 77 شخصاً على الأقل في عواصف رملية تضرب شمال الهند', 'لقي 116 شخصا على الأقل حتفهم جراء عواصف رملية في شمال الهند', 'conflict (number: 77 / 116)'],
    ['كان الجسر يزن 950 طنا', 'كان الجسر يزن 861 طنا', 'conflict (number: 950 / 861)'],
  ])('%s / %s: %s', (a, b, expected) => {
    expect(relationOf(a, b)).toBe(expected);
  });
});

describe('dates, names and speakers', () => {
  it.each([
    ['قدمت النيابة لائحة الاتهام ضد سارة نتنياهو الخميس', 'قدمت النيابة لائحة الاتهام ضد سارة نتنياهو الأربعاء', 'conflict (date: الخميس / الأربعاء)'],
    ['وتولى أبي أحمد رئاسة الحكومة في مارس الماضي', 'وتولى أبي أحمد رئاسة الحكومة في أبريل الماضي', 'conflict (date: مارس / أبريل)'],
  ])('%s / %s: %s', (a, b, expected) => {
    expect(relationOf(a, b)).toBe(expected);
  });

  it.each([
    // Two reports of one statement on two days are no contradiction.
    ['أعلن البيت الأبيض، الاثنين، أن القمة ستعقد في سنغافورة', 'أعلن البيت الأبيض، الثلاثاء، أن القمة ستعقد في سنغافورة'],
    // One person written two ways, or named in part.
    ['أعلن وزير الدفاع الإسرائيلي #أفيغدور_ليبرمان أنه سيطلب الموافقة على بناء 2500 وحدة', 'أعلن وزير الدفاع الإسرائيلي، أفيغدور ليبرمان، أنه سيطلب الموافقة على بناء 2500 وحدة'],
    ['ويتعين على الأمين العام للأمم المتحدة أنطونيو غوتيريس تعيين ممثل خاص', 'ويتعين على الأمين العام للأمم المتحدة أنطونيو غوتيريش تعيين ممثل خاص'],
    // One organisation named two ways.
    ["Prosecutors subpoenaed Christie's campaign and a state Republican Party committee.", 'Prosecutors subpoenaed the campaign and the New Jersey Republican State Committee.'],
  ])('%s / %s: no conflict', (a, b) => {
    expect(relationOf(a, b)).not.toMatch(/^conflict/);
  });

  it('a word swapped alone is a conflict of two headlines (pairs), not of two outlets\' sentences (compare)', () => {
    const a = 'وقفات في حياة الممثل الراحل جميل راتب';
    const b = 'وقفات في حياة المغني الراحل جميل راتب';
    expect(relationOf(a, b, { pairs: true })).toBe('conflict (wording: الممثل / المغني)');
    expect(relationOf(a, b)).not.toMatch(/^conflict/);
  });
});

describe('every decision explains itself', () => {
  it('a conflict names its cue and what decided it, with the probability', () => {
    const pair = typePair('قتل 4 أشخاص في انهيار جسر للمشاة في ميامي', 'قتل 6 أشخاص في انهيار جسر للمشاة في ميامي');
    expect(pair.relation).toBe('conflict');
    expect(pair.evidence.contradiction!.probability).toBeGreaterThanOrEqual(0.5);
    expect(pair.evidence.contradiction!.decidedBy[0]).toMatch(/^figures \(\+/);
    expect(pair.evidence.notes.join(' ')).toMatch(/^conflict \(p [0-9.]+\): figures/);
  });

  it('a cue the model outweighs is named in the notes', () => {
    const pair = typePair('أسعار النفط تتراجع مع ارتفاع الإنتاج العالمي', 'تراجع أسعار النفط مع ارتفاع الإنتاج', { pairs: true });
    expect(pair.relation).not.toBe('conflict');
    expect(pair.evidence.contradiction).toBeDefined();
  });
});
