// The antonym lexicon: its rows are well formed, opposite reports are caught through the same
// look-up relation.ts uses, and ordinary paraphrases (including the seed pair 003/004) are not.
import { describe, expect, it } from 'vitest';
import { antonymPairs } from '../../src/classify/lexicons/antonyms.js';
import { findAntonym } from '../../src/classify/cues.js';
import { hasArabic, normalizeText } from '../../src/text/normalize.js';
import { stem } from '../../src/text/stem.js';
import { tokenize } from '../../src/text/token-stream.js';
import type { Token } from '../../src/types.js';

/** The keys cues.ts files a form under: its normalized form and its stem. */
function keysOf(form: string): string[] {
  const norm = normalizeText(form);
  return [norm, stem(norm, hasArabic(norm) ? 'ar' : 'en')];
}

/** Tokens of `x` whose stem and form are absent from `y`, as relation.ts compares two claims. */
function onlyIn(x: readonly Token[], y: readonly Token[]): Token[] {
  const stems = new Set(y.map((t) => t.stem));
  const norms = new Set(y.map((t) => t.norm));
  return x.filter((t) => !stems.has(t.stem) && !norms.has(t.norm));
}

/** The opposite words found between two claims, as "a / b", or null. */
function antonymBetween(a: string, b: string): string | null {
  const ta = tokenize(a);
  const tb = tokenize(b);
  const pair = findAntonym(onlyIn(ta, tb), onlyIn(tb, ta));
  return pair ? `${pair[0].text} / ${pair[1].text}` : null;
}

const rowName = (row: number): string => `row ${row} (${antonymPairs[row][0][0]} / ${antonymPairs[row][1][0]})`;

describe('antonym rows are well formed', () => {
  const rows = antonymPairs.map((pair, row) => [rowName(row), pair] as const);

  it('has a broad lexicon in both languages', () => {
    const arabic = antonymPairs.filter(([left]) => hasArabic(left[0])).length;
    expect(arabic).toBeGreaterThanOrEqual(70);
    expect(antonymPairs.length - arabic).toBeGreaterThanOrEqual(50);
  });

  it.each(rows)('%s: both sides have forms, each a single non-empty word', (_name, [left, right]) => {
    expect(left.length).toBeGreaterThan(0);
    expect(right.length).toBeGreaterThan(0);
    for (const form of [...left, ...right]) expect(form).toMatch(/^\S+$/);
  });

  it.each(rows)('%s: no form, normalized form or stem is on both sides', (_name, [left, right]) => {
    const leftKeys = new Set(left.flatMap(keysOf));
    const shared = right.flatMap(keysOf).filter((k) => leftKeys.has(k));
    expect(shared).toEqual([]);
  });

  it.each(rows)('%s: one language per row', (_name, [left, right]) => {
    const scripts = new Set([...left, ...right].map((f) => hasArabic(f)));
    expect(scripts.size).toBe(1);
  });
});

describe('opposite reports are found', () => {
  it.each([
    ['ارتفاع أسعار النفط', 'انخفاض أسعار النفط', 'ارتفاع / انخفاض'],
    ['ارتفعت أسعار الذهب بنسبة 2% في تعاملات الأربعاء', 'تراجعت أسعار الذهب بنسبة 2% في تعاملات الأربعاء', 'ارتفعت / تراجعت'],
    ['وارتفع عدد القتلى في الزلزال إلى 50', 'وانخفض عدد القتلى في الزلزال إلى 50', 'وارتفع / وانخفض'],
    ['قفزت أسهم الشركة في بورصة الرياض', 'هوت أسهم الشركة في بورصة الرياض', 'قفزت / هوت'],
    ['قررت الحكومة زيادة الدعم على الخبز', 'قررت الحكومة تقليص الدعم على الخبز', 'زيادة / تقليص'],
    ['رفع البنك المركزي أسعار الفائدة', 'خفض البنك المركزي أسعار الفائدة', 'رفع / خفض'],
    ['فاز الحزب الحاكم في الانتخابات البرلمانية', 'خسر الحزب الحاكم في الانتخابات البرلمانية', 'فاز / خسر'],
    ['نجحت المفاوضات في التوصل إلى صفقة', 'فشلت المفاوضات في التوصل إلى صفقة', 'نجحت / فشلت'],
    ['وافقت حماس على مقترح الهدنة', 'رفضت حماس مقترح الهدنة', 'وافقت / رفضت'],
    ['رحبت الجامعة العربية بقرار مجلس الأمن', 'أدانت الجامعة العربية قرار مجلس الأمن', 'رحبت / أدانت'],
    ['أشاد الوزير بأداء الحكومة', 'انتقد الوزير أداء الحكومة', 'أشاد / انتقد'],
    ['تيريزا ماي تدافع عن علاقة بريطانيا بالسعودية', 'تيريزا ماي تنتقد علاقة بريطانيا بالسعودية', 'تدافع / تنتقد'],
    ['أسعار الذهب تسجل أدنى مستوياتها في 6 أشهر', 'أسعار الذهب تسجل أعلى مستوياتها في 6 أشهر', 'أدنى / أعلى'],
    ['أكد المتحدث العسكري وقوع الهجوم', 'نفى المتحدث العسكري وقوع الهجوم', 'أكد / نفى'],
    ['سمحت السلطات الإسرائيلية بدخول الشاحنات إلى غزة', 'منعت السلطات الإسرائيلية الشاحنات من الوصول إلى غزة', 'سمحت / منعت'],
    ['فتحت مصر معبر رفح أمام المسافرين', 'أغلقت مصر معبر رفح أمام المسافرين', 'فتحت / أغلقت'],
    ['اعتقلت الشرطة الصحفي في القاهرة', 'أفرجت الشرطة عن الصحفي في القاهرة', 'اعتقلت / أفرجت'],
    ['أدانت المحكمة المتهم بتهم الفساد', 'برأت المحكمة المتهم من تهم الفساد', 'أدانت / برأت'],
    ['أعلنت الحكومة تعيين محافظ البنك المركزي', 'أعلنت الحكومة إقالة محافظ البنك المركزي', 'تعيين / إقالة'],
    ['انضمت السويد إلى حلف شمال الأطلسي', 'انسحبت السويد من حلف شمال الأطلسي', 'انضمت / انسحبت'],
    ['تقدمت القوات نحو وسط المدينة', 'تراجعت القوات من وسط المدينة', 'تقدمت / تراجعت'],
    ['فرضت واشنطن عقوبات على طهران', 'ألغت واشنطن العقوبات على طهران', 'فرضت / ألغت'],
    ['نجا الصحفي من القصف على المنزل', 'قتل الصحفي في القصف على المنزل', 'نجا / قتل'],
    ['تحسن الوضع الإنساني في القطاع', 'تدهور الوضع الإنساني في القطاع', 'تحسن / تدهور'],
    ['سجل الاقتصاد المصري نموا بنسبة 3%', 'سجل الاقتصاد المصري انكماشا بنسبة 3%', 'نموا / انكماشا'],
    ['حققت الشركة أرباحا في الربع الأول', 'تكبدت الشركة خسائر في الربع الأول', 'أرباحا / خسائر'],
    ['سجلت الموازنة العامة فائضا', 'سجلت الموازنة العامة عجزا', 'فائضا / عجزا'],
    ['أعلن الوسطاء التوصل إلى هدنة مؤقتة في غزة', 'أعلن الوسطاء التوصل إلى هدنة دائمة في غزة', 'مؤقتة / دائمة'],
    ['طالبت حماس بانسحاب كامل من القطاع', 'طالبت حماس بانسحاب جزئي من القطاع', 'كامل / جزئي'],
    ['أصيب الجندي بجروح طفيفة', 'أصيب الجندي بجروح خطيرة', 'طفيفة / خطيرة'],
    ['وصف الوزير رد الحركة بأنه إيجابي', 'وصف الوزير رد الحركة بأنه سلبي', 'إيجابي / سلبي'],
    ['استمرار القصف على خان يونس', 'توقف القصف على خان يونس', 'استمرار / توقف'],
    ['مددت الأطراف الهدنة الإنسانية', 'انتهت الهدنة الإنسانية', 'مددت / انتهت'],
    ['التزمت إسرائيل ببنود الهدنة', 'انتهكت إسرائيل بنود الهدنة', 'التزمت / انتهكت'],
    ['سهلت السلطات إدخال المساعدات', 'عرقلت السلطات إدخال المساعدات', 'سهلت / عرقلت'],
    ['صوتت أغلبية الأعضاء لصالح القرار', 'صوتت أقلية من الأعضاء لصالح القرار', 'أغلبية / أقلية'],
    ['خرجت مظاهرات سلمية في العاصمة', 'خرجت مظاهرات عنيفة في العاصمة', 'سلمية / عنيفة'],
    ['أوبك تقرر زيادة الإنتاج الشهر المقبل', 'أوبك تقرر خفض الإنتاج الشهر المقبل', 'زيادة / خفض'],
    ['موديز ترفع التصنيف الائتماني لمصر', 'موديز تقلص التصنيف الائتماني لمصر', 'ترفع / تقلص'],
    ['السعودية تؤيد قرار مجلس الأمن بشأن اليمن', 'السعودية ترفض قرار مجلس الأمن بشأن اليمن', 'تؤيد / ترفض'],
    ['الجامعة العربية تساند الموقف المصري', 'الجامعة العربية تستنكر الموقف المصري', 'تساند / تستنكر'],
    ['غضب دولي بعد قرار الحكومة', 'ترحيب دولي بعد قرار الحكومة', 'غضب / ترحيب'],
    ['الحكومة تتجاهل وفاة الطالب في السجن', 'اهتمام حكومي بوفاة الطالب في السجن', 'تتجاهل / اهتمام'],
    ['محكمة مصرية تقضي بإعدام 20 متهما في قضية الاقتحام', 'محكمة مصرية تقضي ببراءة 20 متهما في قضية الاقتحام', 'بإعدام / ببراءة'],
    ['طعن صبي في محطة قطارات بلندن', 'طعن فتاة في محطة قطارات بلندن', 'صبي / فتاة'],
    ['إقبال كثيف على مراكز الاقتراع في العاصمة', 'إقبال ضعيف على مراكز الاقتراع في العاصمة', 'كثيف / ضعيف'],
    ['الجنيه المصري قوي أمام الدولار', 'الجنيه المصري ضعيف أمام الدولار', 'قوي / ضعيف'],
    // A verb in the future, with or without و, is the verb the lexicon lists (ستهبط -> تهبط).
    ['ستصعد أسعار النفط الأسبوع المقبل', 'ستهبط أسعار النفط الأسبوع المقبل', 'ستصعد / ستهبط'],
    ['وسينجح الفريق في التأهل إلى النهائي', 'وسيفشل الفريق في التأهل إلى النهائي', 'وسينجح / وسيفشل'],
  ])('%s / %s', (a, b, expected) => {
    expect(antonymBetween(a, b)).toBe(expected);
  });

  it.each([
    ['Oil prices rose on Monday', 'Oil prices fell on Monday', 'rose / fell'],
    ['Unemployment increased in March', 'Unemployment decreased in March', 'increased / decreased'],
    ['Shares jumped 5% in early trading', 'Shares plunged 5% in early trading', 'jumped / plunged'],
    ['The ruling party won the election', 'The ruling party lost the election', 'won / lost'],
    ['The talks in Cairo succeeded', 'The talks in Cairo failed', 'succeeded / failed'],
    ['Hamas accepted the ceasefire proposal', 'Hamas rejected the ceasefire proposal', 'accepted / rejected'],
    ['The Security Council approved the resolution', 'The United States vetoed the resolution', 'approved / vetoed'],
    ['The minister welcomed the decision', 'The minister condemned the decision', 'welcomed / condemned'],
    ['Officials confirmed the strike on the camp', 'Officials denied the strike on the camp', 'confirmed / denied'],
    ['Israel allowed aid trucks into Gaza', 'Israel blocked aid trucks from entering Gaza', 'allowed / blocked'],
    ['Police arrested the journalist on Tuesday', 'Police freed the journalist on Tuesday', 'arrested / freed'],
    ['The court convicted the former minister', 'The court acquitted the former minister', 'convicted / acquitted'],
    ['Egypt reopened the Rafah crossing', 'Egypt shut the Rafah crossing', 'reopened / shut'],
    ['Washington imposed sanctions on Tehran', 'Washington lifted sanctions on Tehran', 'imposed / lifted'],
    ['The driver survived the crash', 'The driver died in the crash', 'survived / died'],
    ['Two soldiers were unharmed in the attack', 'Two soldiers were injured in the attack', 'unharmed / injured'],
    ['Sweden joined the alliance', 'Sweden quit the alliance', 'joined / quit'],
    ['Troops advanced toward the city centre', 'Troops retreated from the city centre', 'advanced / retreated'],
    ['The humanitarian situation improved', 'The humanitarian situation worsened', 'improved / worsened'],
    ['The economy grew by 2% last year', 'The economy shrank by 2% last year', 'grew / shrank'],
    ['The company reported a profit', 'The company reported a loss', 'profit / loss'],
    ['The mediators announced a temporary ceasefire', 'The mediators announced a permanent ceasefire', 'temporary / permanent'],
    ['Hamas demanded a full withdrawal', 'Hamas demanded a partial withdrawal', 'full / partial'],
    ['Israel complied with the truce', 'Israel violated the truce', 'complied / violated'],
    ['The central bank raised interest rates', 'The central bank lowered interest rates', 'raised / lowered'],
    ['Inflation hit its highest level in a decade', 'Inflation hit its lowest level in a decade', 'highest / lowest'],
    ['Talks resumed in Doha on Monday', 'Talks were suspended in Doha on Monday', 'resumed / suspended'],
    ['Mr Smith was appointed finance minister', 'Mr Smith was dismissed as finance minister', 'appointed / dismissed'],
    ['The deal strengthened ties between the two countries', 'The deal weakened ties between the two countries', 'strengthened / weakened'],
    ['Fighting in the north was heavy', 'Fighting in the north was sporadic', 'heavy / sporadic'],
  ])('%s / %s', (a, b, expected) => {
    expect(antonymBetween(a, b)).toBe(expected);
  });
});

describe('paraphrases and complementary reports are not opposites', () => {
  it.each([
    // Synonyms on one side of a row.
    ['ارتفعت أسعار النفط', 'صعدت أسعار النفط'],
    ['انخفض سعر الدولار أمام الجنيه', 'تراجع سعر الدولار أمام الجنيه'],
    ['قال الوزير إن المفاوضات مستمرة', 'أكد الوزير أن المفاوضات متواصلة'],
    ['تسعى واشنطن لإطلاق سراح الرهائن', 'تسعى واشنطن للإفراج عن المحتجزين'],
    ['أعلن الجيش مقتل ثلاثة جنود', 'أعلن الجيش مصرع ثلاثة جنود'],
    ['فاز المرشح المستقل بالانتخابات', 'انتصر المرشح المستقل في الانتخابات'],
    ['أدانت الخارجية الهجوم على القافلة', 'نددت الخارجية بالهجوم على القافلة'],
    ['الولايات المتحدة تؤيد إقامة دولة فلسطينية', 'واشنطن تدعم قيام دولة فلسطينية'],
    ['دعت مصر إلى وقف إطلاق النار في غزة', 'طالبت مصر بوقف إطلاق النار في غزة'],
    ['لا تزال حصيلة الضحايا مرتفعة للغاية', 'ما زالت حصيلة الضحايا مرتفعة جدا'],
    // Words left out of the lexicon because of their second sense.
    ['زار بلينكن إسرائيل بعد جولة في السعودية', 'زار بلينكن إسرائيل قبل أن يتوجه إلى مصر'],
    ['قتل أكثر من 20 شخصا في القصف', 'قتل 20 شخصا على الأقل في القصف'],
    ['وقال المتحدث في وقت سابق إن الوضع في الضفة الغربية خطير', 'وقال المتحدث إن الوضع في القدس الشرقية خطير'],
    ['وقالت حركة فتح إن الاحتلال يتحمل المسؤولية', 'وأغلقت قوات الاحتلال مداخل المدينة'],
    ['وأعرب بلينكن عن قلقه من العملية في رفح، مشدداً على حماية المدنيين', 'وأعرب بلينكن عن قلقه من العملية في رفح وخفض التصعيد'],
    ['وصف المتحدث التقارير بأنها غير دقيقة', 'وصف المتحدث التقارير بأنها مضللة'],
    // دفاع is also the defence ministry; easy / hard is left out (سهلة stems to سهل, a plain).
    ['انتقدت وزارة الدفاع التقرير', 'انتقد وزير الدفاع التقرير'],
    ['قصفت الطائرات سهل نينوى', 'قصفت الطائرات مناطق صعبة في نينوى'],
  ])('%s / %s', (a, b) => {
    expect(antonymBetween(a, b)).toBeNull();
  });

  // Lines of the two outlets that report the 7 February 2024 Blinken-Netanyahu meeting (003, 004).
  it.each([
    [
      'كما أكد بلينكن دعم الولايات المتحدة لدولة فلسطينية، مشدداً على "الحاجة المُلحة لتهدئة التوترات في الضفة الغربية ومنع توسع الصراع"، وفق بيان الخارجية الأمريكية.',
      'وأفادت الخارجية الأميركية في بيان، بأن بلينكن كرر موقف بلاده الداعم لإقامة دولة فلسطينية، "باعتبارها أفضل وسيلة لضمان السلام والأمن الدائمين للإسرائيليين والفلسطينيين على حد سواء وتحقيق تكامل أكبر في المنطقة".',
    ],
    [
      'كما أكد بلينكن دعم الولايات المتحدة لدولة فلسطينية، مشدداً على "الحاجة المُلحة لتهدئة التوترات في الضفة الغربية ومنع توسع الصراع"، وفق بيان الخارجية الأمريكية.',
      'وشدد بلينكن أيضاً على "الحاجة الملحة لتهدئة التوترات في الضفة الغربية ومنع الصراع من التوسع".',
    ],
    [
      'وقال ميلر إن بلينكن ونتنياهو ناقشا أيضاً الجهود الأخيرة لضمان إطلاق سراح الرهائن المحتجزين في غزة و"رؤية الولايات المتحدة للسلام والأمن الدائمين في المنطقة".',
      'بحث وزير الخارجية الأميركي أنتوني بلينكن مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو، الأربعاء، "رؤية الولايات المتحدة بشأن الأمن والسلام الدائمين في المنطقة"، مؤكداً دعم بلاده لإقامة دولة فلسطينية.',
    ],
    [
      'من جانبه، قال متحدث وزارة الخارجية الأمريكية ماثيو ميللر، في بيان لاحق، إن نتنياهو وبلينكن "ناقشا أهمية زيادة كمية المساعدات الإنسانية التي تصل إلى المدنيين النازحين في جميع أنحاء غزة".',
      'وناقش بلينكن ونتنياهو "الجهود الأخيرة" لضمان إطلاق سراح جميع المحتجزين و"أهمية زيادة حجم المساعدات الإنسانية التي تصل إلى المدنيين النازحين في جميع أنحاء غزة"، وفق البيان الأميركي.',
    ],
    [
      'وأشار المسؤول الإسرائيلي إلى أن بلينكن أبلغ نتنياهو وغالانت قلق إدارة الرئيس الأمريكي جو بايدن "البالغ" بشأن التوسع المحتمل للعمليات العسكرية في رفح.',
      'وأفاد موقع "أكسيوس" الأميركي نقلاً عن مسؤول إسرائيلي، بأن بلينكن أبلغ نتنياهو ووزير الدفاع الإسرائيلي يوآف جالانت في تل أبيب، الأربعاء، أن إدارة بايدن تشعر بقلق بالغ بشأن التوسع المحتمل للعملية العسكرية الإسرائيلية في مدينة رفح بجنوب غزة.',
    ],
    [
      'وأعرب بلينكن خلال الاجتماع أيضاً عن "مخاوفه بشأن فشل التواصل بين الجيش الإسرائيلي والمنظمات الدولية وعدم كفاية تفادي الاشتباك، ما أدى إلى استهداف موظفي الأمم المتحدة الذين كانوا يقومون بإيصال المساعدات".',
      'وقالت مصادر لـ"أكسيوس" إن بلينكن أعرب خلال الاجتماع عن مخاوفه بشأن فشل التواصل بين الجيش الإسرائيلي والمنظمات الدولية، مما أدى إلى شن القوات الإسرائيلية ضربات ضد موظفي الأمم المتحدة الذين كانوا يوصلون المساعدات.',
    ],
    [
      'ومنذ 7 أكتوبر/تشرين الأول 2023، يشن الجيش الإسرائيلي حرباً مدمرة بدعم أمريكي على غزة خلفت حتى الأربعاء، 27 ألفاً و708 شهداء و67 ألفاً و147 مصاباً، معظمهم أطفال ونساء، وفق السلطات الفلسطينية، وتسببت في "دمار هائل وكارثة إنسانية غير مسبوقة"، بحسب الأمم المتحدة.',
      'وقتلت إسرائيل في الحرب التي تشنها في غزة، أكثر من 27 ألفاً و700 فلسطيني، معظمهم من النساء والأطفال، منذ بدء الحرب قبل أربعة أشهر.',
    ],
    [
      'وفي وقت سابقٍ الأربعاء، التقى بلينكن ونتنياهو في القدس الغربية، ضمن جولة يقوم بها وزير الخارجية الأمريكي في الشرق الأوسط، هي الخامسة له منذ اندلاع الحرب الإسرائيلية ضد قطاع غزة في 7 أكتوبر/تشرين الأول 2023.',
      'وقال جالانت ومسؤولون إسرائيليون آخرون في الأيام الأخيرة إن الجيش الإسرائيلي سيوسع عمليته البرية، ما أثار مخاوف دولية من سقوط المزيد من الضحايا في غزة.',
    ],
  ])('seed pair: %s', (a, b) => {
    expect(antonymBetween(a, b)).toBeNull();
  });

  it.each([
    ['Oil prices rose on Monday', 'Oil prices climbed on Monday'],
    ['The minister said the talks would continue', 'The minister stressed that the talks would go on'],
    ['Hamas released three hostages', 'Hamas freed three captives'],
    ['Israel agreed to daily four-hour pauses in fighting', 'Israel will allow four-hour humanitarian windows each day'],
    ['At least 20 people were killed in the strike', 'More than 20 people died in the strike'],
    ['The ministry declined to comment', 'The ministry did not respond to a request for comment'],
    ['Blinken left Israel for Cairo on Thursday', 'Blinken arrived in Cairo from Israel on Thursday'],
    ['Settler violence rose in the occupied West Bank', 'Attacks by settlers increased in the West Bank'],
    ['North Korea fired a ballistic missile', 'Pyongyang launched a ballistic missile'],
    ['Iran-backed Houthi rebels attacked a ship', 'Yemen’s Houthis, supported by Iran, attacked a vessel'],
    ['Five people were hurt in the blast', 'Five people were injured in the explosion'],
    ['The building collapsed, killing 10 people', 'Ten people died when the building fell'],
    ['He resigned last week', 'He stepped down last week'],
    ['Israeli troops opened fire on the crowd', 'Israeli soldiers fired at the crowd near the closed crossing'],
    ['The talks ended without a deal', 'The talks broke up without an agreement'],
    ['Shin Bet chief Ronen Bar attended the meeting', 'The head of the Shin Bet took part in the meeting'],
  ])('%s / %s', (a, b) => {
    expect(antonymBetween(a, b)).toBeNull();
  });
});
