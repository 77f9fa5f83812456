// The words around a figure that say when it was reported, what part of the event it covers,
// whether it belongs to another incident, and whether a report says there were no casualties.
// General knowledge of news writing in Arabic and English; matched as in quantities.ts.

/** `حصيلة أولية`, `initial toll`: an early figure, expected to be superseded. */
export const INITIAL_CUES: readonly string[] = [
  'أولية', 'أولي', 'سابقة', 'سابق', 'مبدئية', 'initial', 'preliminary', 'earlier', 'previously', 'previous',
];

/** A toll named before its figure (`حصيلة القتلى في ألمانيا ارتفعت إلى`, `the death toll in Germany climbed to`): its place may follow it. */
export const TOLL_NOUNS: readonly string[] = ['حصيلة', 'الحصيلة', 'عدد', 'toll', 'number'];

/** `ارتفعت الحصيلة إلى`, `the toll rose to`: a figure that replaces an earlier one. */
export const UPDATED_CUES: readonly string[] = [
  'ارتفعت', 'ارتفع', 'ارتفاع', 'يرفع', 'ترفع', 'رفع', 'ليرتفع', 'لترتفع', 'ليصل', 'لتصل', 'زادت', 'قفزت', 'جديدة', 'أحدث',
  'rose', 'risen', 'climbed', 'increased', 'jumped', 'raising', 'bringing', 'new', 'latest', 'updated',
];

/** Words before an updated cue that make it an expectation, not an update (`يتوقع أن ترتفع`, `could rise`). */
export const EXPECTATION_WORDS: readonly string[] = [
  'قد', 'يتوقع', 'متوقع', 'يرجح', 'يخشى', 'احتمال', 'مرشحة', 'could', 'may', 'might', 'expected', 'likely', 'feared', 'to', 'will',
];

/**
 * Words of expecting before a number (`ويُتوقع مشاركة عشرات الآلاف`, `من المتوقع أن يشارك`,
 * `expected to draw`): the number is a forecast, not a count anyone reports.
 */
export const FORECAST_WORDS: readonly string[] = [
  'يتوقع', 'تتوقع', 'توقع', 'توقعت', 'متوقع', 'متوقعة', 'توقعات', 'expected', 'expects', 'predicted', 'forecast', 'anticipated',
];

/** Who carried an attack out, after `including` in a toll (`including the gunman`, `بينهم المهاجم`). */
export const PERPETRATOR_NOUNS: readonly string[] = [
  'gunman', 'shooter', 'attacker', 'assailant', 'bomber', 'perpetrator', 'suspect', 'المهاجم', 'المسلح', 'منفذ', 'الانتحاري', 'الجاني',
];

/** `بعد أن كانت 4`, `بعدما كانت 4`: the figure after these is the earlier one. */
export const EARLIER_FIGURE_MARKERS: readonly string[] = ['كانت', 'كان'];
export const AFTER_WORDS: readonly string[] = ['أن', 'بعدما', 'بعد'];
/** `الاثنين، بعد الانتخابات`, `Monday, after the vote`: what follows names another, earlier (or later) act than the one dated. */
export const SEQUENCE_WORDS: readonly string[] = ['بعد', 'بعدما', 'عقب', 'إثر', 'قبل', 'after', 'before', 'following'];
/** `من 4 إلى 6`, `from 4 to 6`, `up from 4`: a change from one figure to the next. */
export const FROM_WORDS: readonly string[] = ['من', 'from'];
export const TO_WORDS: readonly string[] = ['إلى', 'الى', 'to'];

/**
 * `مؤخرا`, `recently`: a time shortly before the report, told as background (`وكان تورول واحدا من
 * خمسة أشخاص احتجزوا مؤخرا`, one of five people detained recently): in its figure's clause it dates
 * the figure before the event.
 */
export const RECENTLY_WORDS: readonly string[] = ['مؤخرا', 'recently', 'lately'];

/** Words of a time before the event (`العام الماضي`, `last year`): with a time noun they date a figure to another time. */
export const PAST_WORDS: readonly string[] = ['الماضي', 'الماضية', 'الماضيين', 'الماضيان', 'السابق', 'السابقة', 'last', 'previous'];

/** Time nouns that `الماضي`/`last` make into another time (`الشهر الماضي`, `last month`). */
export const TIME_NOUNS: readonly string[] = [
  'عام', 'العام', 'سنة', 'السنة', 'شهر', 'الشهر', 'أسبوع', 'الأسبوع', 'year', 'month', 'week', 'decade',
];

/** Yearly and recurring totals (`كل سنة`, `every year`): never this event's count. */
export const RECURRING_WORDS: readonly string[] = ['سنويا', 'سنوي', 'annually', 'yearly', 'annual'];
export const EVERY_WORDS: readonly string[] = ['كل', 'every', 'each'];

/** The ordinal that says nothing of the kind happened before (`أول اعتداء`, `the first attack`). */
export const FIRST_WORDS: readonly string[] = ['أول', 'first'];

/**
 * Another incident: `حادث مماثل`, `هجوم سابق`, `آخر تفجير` (the previous bombing), `a similar
 * attack`, `the deadliest since` (what follows `since` is the earlier incident).
 */
export const OTHER_INCIDENT_WORDS: readonly string[] = ['مماثل', 'مماثلة', 'مشابه', 'مشابهة', 'similar'];
export const SINCE_WORDS: readonly string[] = ['منذ', 'since'];
/** `، جراء ضربات ...`, `, as a result of`: a clause that opens with these tells what the dead of the clause before died of. */
export const CAUSE_OPENERS: readonly string[] = ['جراء', 'نتيجة', 'بسبب', 'إثر'];
/** `منذ ذلك التاريخ`, `since then`: after `منذ`, a word pointing back to a time already named. */
export const SINCE_THEN_WORDS: readonly string[] = ['ذلك', 'تلك', 'ذاك', 'then', 'that'];
/**
 * `retaliation for the bombing that killed scores`, `ردا على الهجوم الذي أسفر عن مقتل`: what is
 * retaliated for is an earlier incident, and a toll told of it is that incident's.
 */
export const RETALIATION_WORDS: readonly string[] = ['ردا', 'انتقاما', 'ثأرا', 'retaliation', 'retaliate', 'retaliating', 'reprisal', 'revenge'];
/** Relative words that open a clause on the noun before them (`the bombing that killed`, `الهجوم الذي أسفر`). */
export const RELATIVE_WORDS: readonly string[] = ['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'that', 'which'];
/** `ذكرى مقتل 6 فلسطينيين`, `the anniversary of the killing of`: an earlier incident remembered. */
export const ANNIVERSARY_WORDS: readonly string[] = ['ذكرى', 'anniversary'];
/** After `منذ`/`since`, words that open a running total (`منذ بدء الحرب`, `since the start of`). */
export const START_WORDS: readonly string[] = ['بدء', 'بداية', 'اندلاع', 'انطلاق', 'مطلع', 'start', 'beginning', 'outbreak', 'onset'];
/**
 * A long undertaking whose whole toll a figure may give (`وأدت الحرب في اليمن إلى مقتل نحو 10 آلاف
 * شخص`, `أسفرت الحملة الأمنية ... عن اعتقال نحو 50 ألفا`, `the war has killed more than 10,000`,
 * `وأدت العمليات العسكرية في الغوطة الشرقية إلى سقوط أكثر من ألف قتيل`, an offensive's military
 * operations, plural: one `عملية` is one raid): with a word of result between it and the figure,
 * the figure is a running total, not one incident's count. Matched as written (`حملة`'s stem is
 * `تحمل`'s).
 */
export const UNDERTAKING_NOUNS: readonly string[] = [
  'حرب', 'الحرب', 'نزاع', 'النزاع', 'صراع', 'الصراع', 'حملة', 'الحملة', 'حملات', 'الحملات', 'عمليات', 'العمليات',
  'war', 'conflict', 'crackdown', 'campaign', 'purge', 'offensive',
];
export const RESULT_WORDS: readonly string[] = [
  'أدت', 'أدى', 'أسفرت', 'أسفر', 'خلفت', 'خلف', 'حصدت', 'حصد', 'تسببت', 'تسبب', 'نتج', 'نتجت', 'killed', 'left', 'claimed', 'caused',
];
/** `this year`, `هذا العام`, `so far this year`: a running total for the year. */
export const THIS_WORDS: readonly string[] = ['هذا', 'هذه', 'this'];

/** Before a figure: it is a part of the figure before it (`بينهم 5 أطفال`, `including 5 children`). */
export const INCLUSION_WORDS: readonly string[] = [
  'بينهم', 'بينهن', 'بينها', 'منهم', 'منهن', 'ضمنهم', 'including', 'among',
];

/** After a figure of the wounded: the gravely wounded, a part (`3 في حالة حرجة`, `3 in critical condition`). */
export const CRITICAL_WORDS: readonly string[] = [
  'حرجة', 'خطيرة', 'خطرة', 'بليغة', 'حرج', 'إعاقات', 'إعاقة', 'شلل', 'critical', 'serious', 'seriously', 'critically',
  'life-threatening', 'grave', 'disabilities', 'paralysed', 'paralyzed',
];

/** Nouns that introduce a part of the event's area by name (`ولاية راجستان`, `the state of Rajasthan`). */
export const AREA_HEADS: readonly string[] = [
  'ولاية', 'ولايات', 'ولايتي', 'منطقة', 'مناطق', 'مقاطعة', 'محافظة', 'إقليم', 'قرية', 'بلدة', 'مدينة', 'حي', 'ضاحية', 'مخيم',
  'ساحل', 'سواحل', 'state', 'states', 'province', 'region', 'district', 'county', 'village', 'town', 'city', 'neighbourhood',
  'neighborhood', 'camp', 'coast',
];

/** English area nouns written after the name (`Rhineland-Palatinate state`, `Orange County`): a subset of AREA_HEADS. */
export const POSTPOSED_AREA_HEADS: readonly string[] = ['state', 'province', 'county', 'region', 'district'];

/** Words after a figure that belong to it, skipped when looking for its cue or place (`على الأقل`, `at least`). */
export const FIGURE_TAIL_WORDS: readonly string[] = ['على', 'الأقل', 'تقريبا', 'نحو', 'at', 'least', 'or', 'more', 'so', 'about', 'some', 'other', 'others', 'آخرين', 'آخرون'];

/** Prepositions that put a figure somewhere (`في`, `in`); `ب` attached to the name does too. */
export const LOCATIVES: readonly string[] = ['في', 'داخل', 'قبالة', 'قرب', 'in', 'across', 'inside', 'off', 'near'];

/** Compass words before a place (`جنوبي الهند`, `southern India`). */
export const DIRECTIONS: readonly string[] = [
  'شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'north', 'south', 'east', 'west',
  'northern', 'southern', 'eastern', 'western',
];

/** Words that refer back to a place already named (`حيث`, `فيها`, `هناك`, `there`). */
export const PLACE_BACK_REFERENCES: readonly string[] = ['حيث', 'فيها', 'فيه', 'هناك', 'there', 'where'];

/** Nouns of incidents: `في هجوم` is no place, `هجوم سابق`, `the previous attack` another incident. */
export const INCIDENT_NOUNS: readonly string[] = [
  'هجوم', 'هجمات', 'انفجار', 'تفجير', 'حادث', 'حادثة', 'انهيار', 'غارة', 'غارات', 'قصف', 'اشتباكات', 'مواجهات', 'عاصفة',
  'عواصف', 'حريق', 'فيضانات', 'زلزال', 'تصادم', 'عملية', 'عمليات', 'موجة', 'أحداث', 'حوادث', 'مجزرة',
  'attack', 'attacks', 'bombing', 'blast', 'explosion', 'strike', 'strikes', 'crash', 'accident', 'storm', 'quake',
  'earthquake', 'fire', 'shooting', 'incident', 'raid', 'flood', 'floods', 'massacre',
];

/** Other words after `في`/`in` that are not places (`في حالة حرجة`, `في وقت لاحق`). */
export const NOT_PLACES: readonly string[] = [
  'إطلاق', 'حالة', 'وقت', 'صفوف', 'أنحاء', 'ظل', 'إطار', 'أعقاب', 'أثناء', 'سلسلة', 'the', 'a', 'an',
];

/**
 * Nouns of occasions and stretches of days: with an adjective of another time after them (`في أيام
 * جمع سابقة`, on earlier Fridays; `في مرات سابقة`; `in previous years`) a figure is of another occasion.
 */
export const OCCASION_NOUNS: readonly string[] = [
  'يوم', 'أيام', 'جمعة', 'جمع', 'أسبوع', 'أسابيع', 'شهر', 'أشهر', 'شهور', 'سنة', 'سنوات', 'عام', 'أعوام', 'مرة', 'مرات', 'مناسبة', 'مناسبات',
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'occasion', 'occasions', 'fridays',
];

/** Adjectives of another time that make an incident noun another incident (`هجوم سابق`, `آخر تفجير`, `the previous attack`). */
export const OTHER_TIME_ADJECTIVES: readonly string[] = ['سابق', 'سابقة', 'آخر', 'previous', 'prior', 'last', 'earlier'];
/**
 * Next to an incident noun or a front, another one than the event's (`في غارة أخرى`, the feminine
 * of `آخر`; `وعلى جبهة أخرى`, `on another front`): a figure there is that incident's.
 */
export const OTHER_ADJECTIVES: readonly string[] = ['أخرى', 'another'];
/** Where a war is fought: `وعلى جبهة أخرى في جنوب دمشق، أفاد المرصد عن مقتل 36` is another fight's toll. */
export const FRONT_NOUNS: readonly string[] = ['جبهة', 'جبهات', 'front'];

/**
 * Negators before a casualty word that say there were none, or that it is not known whether there
 * were any (`لم ترد أنباء عن سقوط قتلى`, `no casualties`, `unclear whether anyone was killed`).
 */
export const NEGATORS: readonly string[] = ['لم', 'لا', 'دون', 'بدون', 'عدم', 'no', 'not', 'without', 'none', 'nobody', 'unclear'];
/** Words between a negator and the casualty word that make it "not yet known" rather than "none". */
export const UNKNOWN_WORDS: readonly string[] = [
  'يتضح', 'تتضح', 'يعرف', 'تعرف', 'يعلن', 'تعلن', 'تحدد', 'يحدد', 'يتسن', 'معروفا', 'واضحا', 'إذا',
  'clear', 'unclear', 'known', 'immediately', 'yet', 'whether', 'confirmed',
];
/** Casualty words an absence names, by quantity (`ضحايا`, `casualties`: killed and wounded). */
export const ABSENCE_WORDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['قتلى', ['killed']], ['وفيات', ['killed']], ['قتيل', ['killed']], ['deaths', ['killed']], ['dead', ['killed']],
  ['killed', ['killed']], ['fatalities', ['killed']], ['جرحى', ['wounded']], ['إصابات', ['wounded']], ['مصابين', ['wounded']],
  ['injuries', ['wounded']], ['injured', ['wounded']], ['hurt', ['wounded']], ['wounded', ['wounded']],
  ['ضحايا', ['killed', 'wounded']], ['casualties', ['killed', 'wounded']], ['خسائر', ['killed', 'wounded']],
];

/**
 * Amounts without a number (`عدة أشخاص`, `several people`, `عدد من القتلى`): [low, high], high
 * null when open. They make an absence comparable and never confirm a figure.
 */
export const VAGUE_AMOUNTS: ReadonlyArray<readonly [string, number, number | null]> = [
  ['عدة', 3, 9], ['بضعة', 3, 9], ['بضع', 3, 9], ['several', 3, 9], ['few', 2, 9], ['handful', 2, 9],
  ['عدد', 1, null], ['العديد', 5, null], ['many', 5, null], ['scores', 40, null], ['numerous', 5, null],
];

/** Durations and ages: figures with these units are not event figures (`خلال 6 ساعات`, `20 عاما`). */
export const DURATION_NOUNS: readonly string[] = [
  'ساعة', 'ساعات', 'يوم', 'يوما', 'أيام', 'أسبوع', 'أسابيع', 'شهر', 'أشهر', 'شهور', 'سنة', 'سنوات', 'سنين', 'عام', 'عاما',
  'أعوام', 'دقيقة', 'دقائق', 'ثانية', 'ثوان', 'عقد', 'عقود', 'قرن', 'مرة', 'مرات', 'درجة', 'درجات', 'نقطة', 'نقاط',
  'hours', 'hour', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'minutes', 'minute', 'seconds',
  'decades', 'times', 'degrees', 'points', 'percent', 'old',
];

/** After a figure of the dead: more deaths on top of an earlier toll (`مقتل 18 شخصا آخرين`, `5 more`), not a total. */
export const ADDITIONAL_WORDS: readonly string[] = ['آخرين', 'آخرون', 'إضافيين', 'جدد', 'others', 'other', 'more', 'additional', 'further'];

/**
 * After the second of two quantity nouns joined by و: an amount of its own (`تسعة قتلى وإصابات
 * عدة`, nine dead and several injuries), so the figure before counts the first noun only, not both.
 */
export const OWN_AMOUNT_WORDS: readonly string[] = ['عدة', 'عديدة', 'كثيرة', 'كثيرين', 'several', 'many'];

/** After `من`/`out of`: the whole a figure is a part of (`98 نائبا من أصل 128`, `out of 350`), a capacity, not the quantity. */
export const TOTAL_MARKERS: readonly string[] = ['أصل', 'إجمالي', 'out'];

/** Words that open a new clause after a figure (`فيما بلغ عدد المفقودين`): its cue is not read past them. */
export const CLAUSE_OPENERS: readonly string[] = ['فيما', 'بينما', 'حيث', 'كما', 'بعدما', 'while', 'whereas', 'as', 'but'];

/** `خلال`, `في غضون`, `over the past`: with a long stretch of time after them, a total over it. */
export const SPAN_WORDS: readonly string[] = ['خلال', 'غضون', 'مدى', 'مدار', 'طيلة', 'طوال', 'over', 'within', 'past'];
export const LONG_TIME_NOUNS: readonly string[] = [
  'أيام', 'أسبوع', 'أسابيع', 'الأسابيع', 'شهر', 'أشهر', 'الأشهر', 'شهور', 'سنة', 'سنوات', 'السنوات', 'أعوام', 'الأعوام', 'عام',
  // A period names a stretch of time too: `وقتل 89 جهاديا خلال الفترة ذاتها`, over the same period.
  'فترة', 'الفترة', 'period',
  'days', 'weeks', 'months', 'years', 'week', 'month', 'year',
];

/** Superlatives: `أدمى يوم خلال سنوات`, `the deadliest in years` compare with a span, they do not total it. */
export const SUPERLATIVES: readonly string[] = ['أدمى', 'أسوأ', 'أعنف', 'أكبر', 'أفدح', 'deadliest', 'worst', 'biggest', 'largest', 'highest'];

/** Before a figure: a rate or a share (`نسبة المشاركة 49%`, `turnout rate`), not a count. */
export const RATE_WORDS: readonly string[] = ['نسبة', 'معدل', 'rate', 'percentage', 'share', 'turnout'];

/** Before a figure: the most recent of a series (`في آخر ست مباريات`, `the last six finals`), a tally, not an event's count. */
export const SERIES_WORDS: readonly string[] = ['آخر', 'أول', 'last', 'first', 'past', 'next'];

/**
 * Parts of a day (`later in the afternoon`, `overnight`, `صباح اليوم`, `ليلة`): arrests and crowds
 * are counted over a day of protest, so a count tied to one part of it is that part's, no rival of
 * a count that names none (`amid dozens of arrests` in the afternoon, `more than 200 arrested`).
 */
export const PART_OF_DAY_WORDS: readonly string[] = [
  'صباح', 'صباحا', 'مساء', 'مساءً', 'ليلة', 'ليلا', 'الليلة', 'ظهرا', 'فجرا',
  'morning', 'afternoon', 'evening', 'night', 'overnight', 'nightfall', 'tonight',
];

/** Quantities counted over a stretch of a day (arrests, crowds), unlike one incident's toll. */
export const DAY_COUNTED: readonly string[] = ['arrested', 'participants'];
