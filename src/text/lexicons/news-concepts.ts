// News synonyms: words that outlets use for the same thing, grouped into concepts, each with an
// English gloss. Written from general knowledge of news writing (Arabic and English), not mined
// from any evaluation set. Forms are listed as written; they are matched on their light stem, so
// clitics (و، ب، ال) and the common suffixes need not be listed. A word that often means something
// else (قضى: died / ruled; حادث: accident / incident) is left out rather than risk a false match,
// and so is an English form whose stem another common word shares (`officers` / a lawmaker's
// `office`, `remains` / it remains, a team's `coach`) or that mostly means something else
// (`claimed` / he claimed that). Multi-word forms are for readers only.
// Plain data: [concept, gloss, Arabic forms, English forms].

export type ConceptRow = readonly [id: string, gloss: string, arabic: readonly string[], english: readonly string[]];

export const NEWS_CONCEPTS: readonly ConceptRow[] = [
  // Casualties
  ['killed', 'killed, dead', ['قتل', 'قتلى', 'قتيل', 'قتيلا', 'قتيلاً', 'قتلوا', 'مقتل', 'يقتل', 'تقتل', 'مصرع', 'حتفه', 'حتفهم', 'حتفها', 'توفي', 'توفيت', 'وفاة', 'وفيات', 'أودى', 'يودي', 'أودت', 'تودي', 'لقوا', 'هلاك'], ['killed', 'kill', 'killing', 'dead', 'died', 'die', 'dies', 'death', 'deaths', 'fatalities', 'fatality', 'lost their lives']],
  ['victims', 'victims, casualties', ['ضحايا', 'ضحية', 'ضحيته', 'ضحيتها'], ['victims', 'victim', 'casualties', 'casualty']],
  ['martyrs', 'martyrs (killed)', ['شهداء', 'شهيد', 'استشهاد', 'استشهد', 'استشهدوا'], ['martyrs', 'martyred']],
  ['wounded', 'wounded, injured', ['جرحى', 'جريح', 'جرح', 'جرحوا', 'إصابة', 'إصابات', 'أصيب', 'أصيبوا', 'أصيبت', 'مصاب', 'مصابين', 'مصابا', 'مصاباً', 'يصاب'], ['wounded', 'wound', 'injured', 'injuries', 'injury', 'hurt']],
  ['bodies', 'bodies', ['جثث', 'جثة', 'جثمان', 'جثامين', 'رفات'], ['bodies', 'body']],
  ['toll', 'toll, tally', ['حصيلة'], ['toll', 'tally']],
  ['missing', 'missing', ['مفقود', 'مفقودين', 'مفقودون', 'فقدان', 'المفقودين'], ['missing', 'unaccounted']],
  // Violence
  ['explosion', 'explosion, blast, bombing', ['انفجار', 'انفجارات', 'انفجر', 'تفجير', 'تفجيرات', 'عبوة', 'ناسفة', 'مفخخة'], ['explosion', 'explosions', 'blast', 'blasts', 'bombing', 'bombings', 'bomb', 'bombs', 'exploded', 'explosive', 'explosives']],
  ['attack', 'attack', ['هجوم', 'هجمات', 'هجوما', 'هاجم', 'هاجمت', 'اعتداء', 'اعتداءات', 'استهدف', 'استهدفت', 'استهداف'], ['attack', 'attacks', 'attacked', 'assault', 'targeted', 'targeting']],
  ['suicide', 'suicide (bomber)', ['انتحاري', 'انتحارية', 'انتحاريا', 'انتحارياً', 'انتحاريين'], ['suicide']],
  ['attacker', 'attacker, gunman', ['مهاجم', 'مهاجمين', 'المهاجم', 'مسلح', 'مسلحين', 'مسلحون', 'منفذ', 'منفذي'], ['gunman', 'gunmen', 'assailant', 'assailants', 'shooter', 'perpetrator']],
  ['shooting', 'shooting, gunfire', ['إطلاق', 'رصاص', 'الرصاص', 'أطلق', 'أطلقوا'], ['shooting', 'shootings', 'shot', 'shots', 'gunfire']],
  ['airstrike', 'air strike, raid, shelling', ['غارة', 'غارات', 'قصف', 'قصفت', 'قصفا', 'ضربة', 'ضربات'], ['airstrike', 'airstrikes', 'strike', 'strikes', 'raid', 'raids', 'shelling', 'bombardment']],
  ['missile', 'missile, rocket', ['صاروخ', 'صواريخ', 'صاروخا', 'صاروخية', 'قذيفة', 'قذائف'], ['missile', 'missiles', 'rocket', 'rockets', 'projectile']],
  ['crash', 'crash, collision', ['تحطم', 'تحطمت', 'اصطدام', 'اصطدمت', 'تصادم', 'اصطدم'], ['crash', 'crashed', 'collision', 'collided', 'collapse', 'collapsed']],
  ['fire', 'fire, blaze', ['حريق', 'حرائق', 'النيران', 'احترق', 'احتراق', 'اشتعلت'], ['fire', 'fires', 'blaze', 'flames', 'burned', 'burning']],
  ['clashes', 'clashes, fighting', ['اشتباكات', 'اشتباك', 'مواجهات', 'معارك', 'معركة', 'اقتتال'], ['clashes', 'clash', 'fighting', 'battle', 'battles']],
  // Security and justice
  ['arrested', 'arrested, detained', ['اعتقال', 'اعتقل', 'اعتقلت', 'معتقل', 'معتقلين', 'توقيف', 'أوقف', 'أوقفت', 'احتجاز', 'احتجز', 'احتجزت', 'القبض', 'قبض', 'موقوفين'], ['arrested', 'arrest', 'arrests', 'detained', 'detention', 'custody', 'apprehended']],
  ['charged', 'charged, indicted, accused', ['اتهام', 'اتهامات', 'تهمة', 'تهم', 'اتهم', 'اتهمت', 'لائحة'], ['charged', 'charges', 'charge', 'indicted', 'indictment', 'accused']],
  ['sentenced', 'sentenced, convicted', ['أحكام', 'بالسجن', 'بالإعدام'], ['sentenced', 'sentence', 'convicted', 'conviction', 'verdict']],
  ['police', 'police, security forces', ['الشرطة', 'شرطة', 'الأمن', 'أمنية', 'الأمنية', 'أمنيون'], ['police', 'policemen', 'security']],
  ['soldiers', 'soldiers, troops, army', ['جنود', 'جندي', 'الجيش', 'جيش', 'القوات', 'قوات', 'عسكري', 'عسكريين', 'العسكرية'], ['soldiers', 'soldier', 'troops', 'army', 'military', 'forces']],
  ['investigation', 'investigation, inquiry', ['تحقيق', 'تحقيقات', 'التحقيق'], ['investigation', 'investigations', 'inquiry', 'probe', 'investigating']],
  ['responsibility', 'claimed responsibility', ['مسؤوليته', 'مسؤوليتها', 'المسؤولية', 'تبنى', 'تبنت', 'تبني'], ['responsibility']],
  // Speech and reaction
  ['said', 'said, stated', ['قال', 'قالت', 'يقول', 'تقول', 'أفاد', 'أفادت', 'ذكر', 'ذكرت', 'أوضح', 'أوضحت', 'صرح', 'صرحت', 'أضاف', 'أضافت'], ['said', 'says', 'say', 'told', 'stated', 'added']],
  ['announced', 'announced, declared', ['أعلن', 'أعلنت', 'إعلان', 'يعلن', 'تعلن'], ['announced', 'announce', 'announcement', 'declared']],
  ['confirmed', 'confirmed', ['أكد', 'أكدت', 'تأكيد', 'يؤكد', 'تؤكد'], ['confirmed', 'confirm', 'confirms', 'affirmed']],
  ['denied', 'denied', ['نفى', 'نفت', 'ينفي', 'تنفي', 'نفي'], ['denied', 'deny', 'denies', 'denial']],
  ['condemned', 'condemned', ['أدان', 'أدانت', 'يدين', 'تدين', 'ندد', 'نددت', 'استنكر', 'استنكرت', 'شجب', 'شجبت'], ['condemned', 'condemn', 'condemns', 'denounced', 'decried']],
  ['threatened', 'threatened, warned', ['هدد', 'هددت', 'يهدد', 'تهديد', 'حذر', 'حذرت', 'يحذر', 'تحذير'], ['threatened', 'threat', 'threats', 'warned', 'warning', 'warns']],
  ['statement', 'statement', ['بيان', 'بيانا', 'تصريح', 'تصريحات'], ['statement', 'statements', 'remarks']],
  // Places and institutions
  ['hospital', 'hospital', ['مستشفى', 'مستشفيات', 'المستشفى', 'مشفى'], ['hospital', 'hospitals', 'hospitalized']],
  ['government', 'government, authorities', ['الحكومة', 'حكومة', 'السلطات', 'سلطات'], ['government', 'authorities', 'administration']],
  ['minister', 'minister, ministry', ['وزير', 'وزيرة', 'الوزير', 'وزارة', 'الوزارة'], ['minister', 'ministry', 'secretary', 'department']],
  ['spokesman', 'spokesman', ['متحدث', 'المتحدث', 'الناطق', 'ناطق', 'المتحدثة'], ['spokesman', 'spokeswoman', 'spokesperson']],
  ['official', 'official', ['مسؤول', 'مسؤولين', 'مسؤولون', 'المسؤولين'], ['official', 'officials']],
  ['election', 'election, vote', ['انتخابات', 'الانتخابات', 'انتخابية', 'اقتراع', 'تصويت', 'الاقتراع'], ['election', 'elections', 'vote', 'voting', 'ballot', 'polls']],
  ['voters', 'voters', ['الناخبين', 'ناخبين', 'الناخبون', 'المقترعين'], ['voters', 'voter', 'electorate']],
  ['protest', 'protest, demonstration', ['احتجاج', 'احتجاجات', 'تظاهرة', 'تظاهرات', 'مظاهرة', 'مظاهرات', 'متظاهرين', 'المحتجين', 'محتجين', 'تظاهر'], ['protest', 'protests', 'protesters', 'demonstration', 'demonstrations', 'demonstrators', 'rally', 'rallies']],
  ['agreement', 'agreement, deal', ['اتفاق', 'اتفاقية', 'الاتفاق', 'صفقة'], ['agreement', 'deal', 'accord', 'pact']],
  ['meeting', 'meeting, talks', ['اجتماع', 'لقاء', 'محادثات', 'مباحثات', 'التقى', 'اجتمع', 'قمة'], ['meeting', 'met', 'talks', 'summit']],
  ['visit', 'visit', ['زيارة', 'زار', 'زارت', 'يزور'], ['visit', 'visited', 'visiting', 'trip']],
  ['sanctions', 'sanctions', ['عقوبات', 'العقوبات', 'عقوبة'], ['sanctions', 'sanction']],
  ['children', 'children', ['أطفال', 'طفل', 'طفلا', 'الأطفال', 'قاصرين'], ['children', 'child', 'kids', 'minors']],
  ['civilians', 'civilians', ['مدنيين', 'المدنيين', 'مدنيون', 'مدني'], ['civilians', 'civilian']],
  ['people', 'people, persons', ['أشخاص', 'شخصا', 'شخص', 'الأشخاص', 'أشخاصا', 'شخصاً'], ['people', 'persons', 'person']],
  ['plane', 'plane, aircraft', ['طائرة', 'طائرات', 'الطائرة'], ['plane', 'planes', 'aircraft', 'jet', 'airliner']],
  ['bus', 'bus', ['حافلة', 'الحافلة', 'حافلات', 'باص'], ['bus', 'buses']],
  ['storm', 'storm', ['عاصفة', 'عواصف', 'العاصفة', 'إعصار'], ['storm', 'storms', 'hurricane', 'cyclone', 'typhoon']],
  ['earthquake', 'earthquake', ['زلزال', 'هزة', 'الزلزال'], ['earthquake', 'quake', 'tremor']],
];

/** English words that carry no content of the claim itself: reporting verbs and honorifics. */
export const ENGLISH_NON_CONTENT: readonly string[] = [
  'said', 'says', 'say', 'saying', 'told', 'tells', 'added', 'adding', 'according', 'reported', 'reports', 'noted', 'stated',
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'prof', 'rev', 'jr', 'sr',
];
