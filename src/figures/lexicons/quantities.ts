// What a figure counts: the quantities of an event's figures table, each with the words that name
// it in Arabic and English and a gloss. Written from general knowledge of how news reports tolls
// (not mined from any evaluation set). Arabic terms are matched on normalized stems with clitics
// (و ف ب ل ال and pronoun suffixes); English terms as written, lower case, every inflection listed.

/** One quantity and its words. */
export interface QuantityRow {
  key: string;
  gloss: string;
  /** What is counted: a figure right before one of these counts this quantity (`31 قتيلا`, `48 dead`). */
  nouns: readonly string[];
  /** Words near a figure that say what happened to those counted (`قتل 31 شخصا`, `31 people were killed`). */
  cues: readonly string[];
  /**
   * Cues that count only when what is counted is a person or nothing is named: `قضى 39 شخصا`
   * (died) but `قضى 20 عاما` (spent), `سقط 20 شخصا` but `سقط 200 صاروخ`. Verbs, matched as
   * written behind their clitics (not by stem: `القضية`, the case, shares the stem of `قضى`).
   */
  personCues?: readonly string[];
  /** Whether the amount grows as news comes in, so that a later, higher report is an update. */
  grows: boolean;
}

export const QUANTITIES: readonly QuantityRow[] = [
  {
    key: 'killed',
    gloss: 'killed (dead, death toll)',
    nouns: [
      'قتيل', 'قتيلا', 'قتلى', 'شهيد', 'شهيدا', 'شهداء', 'ضحية', 'ضحايا', 'جثة', 'جثث', 'جثمان', 'جثامين', 'وفاة', 'وفيات',
      'dead', 'deaths', 'fatalities', 'bodies', 'corpses', 'victims',
    ],
    cues: [
      'قتل', 'قتلت', 'قتلوا', 'يقتل', 'تقتل', 'مقتل', 'مصرع', 'حتف', 'توفي', 'توفيت', 'توفوا', 'وفاة', 'استشهد', 'استشهدوا',
      'استشهاد', 'أودى', 'أودت', 'يودي', 'تودي', 'مودية', 'مودي', 'بحياة', 'أرواح', 'هلاك', 'غرق', 'حصيلة', 'ضحيته',
      'ضحيتها',
      'killed', 'killing', 'kills', 'kill', 'died', 'dies', 'die', 'dying', 'dead', 'death', 'deaths', 'toll', 'claimed',
      'perished', 'slain', 'drowned', 'fatalities', 'fatally',
    ],
    // Not `سقوط`/`سقط`: `سقوط الرماد` (ash fall), `سقوط 200 عمود`; a fall of people is `سقوط N قتيلا`.
    personCues: ['قضى', 'قضت', 'قضوا', 'راح', 'لقي', 'لقيت', 'لقوا'],
    grows: true,
  },
  {
    key: 'wounded',
    gloss: 'wounded (injured)',
    nouns: [
      'جريح', 'جريحا', 'جرحى', 'مصاب', 'مصابا', 'مصابين', 'مصابون', 'إصابة', 'إصابات',
      'wounded', 'injured', 'injuries', 'hurt',
    ],
    cues: [
      'أصيب', 'أصيبت', 'أصيبوا', 'يصاب', 'إصابة', 'إصابات', 'جرح', 'جرحت', 'جرحوا', 'أصاب', 'أصابت', 'إصابتهم',
      'wounded', 'wounding', 'injured', 'injuring', 'injures', 'injuries', 'hurt',
    ],
    grows: true,
  },
  {
    key: 'casualties',
    gloss: 'casualties (killed and wounded together)',
    nouns: ['casualties'],
    cues: ['casualties'],
    grows: true,
  },
  {
    key: 'missing',
    gloss: 'missing',
    nouns: ['مفقود', 'مفقودا', 'مفقودين', 'مفقودون', 'missing', 'unaccounted'],
    cues: ['مفقودين', 'عداد', 'فقدان', 'missing', 'unaccounted'],
    grows: true,
  },
  {
    key: 'arrested',
    gloss: 'arrested (detained)',
    nouns: ['معتقل', 'معتقلا', 'معتقلين', 'معتقلون', 'موقوف', 'موقوفين', 'محتجز', 'محتجزين', 'arrests', 'detainees', 'detentions'],
    cues: [
      'اعتقل', 'اعتقلت', 'اعتقلوا', 'اعتقال', 'اعتقالات', 'توقيف', 'إيقاف', 'أوقف', 'أوقفت', 'أوقفوا', 'احتجاز', 'احتجز', 'احتجزت', 'احتجزوا', 'القبض',
      'arrested', 'arresting', 'arrest', 'arrests', 'detained', 'detaining', 'detention', 'custody',
    ],
    grows: true,
  },
  {
    key: 'displaced',
    gloss: 'displaced (fled their homes)',
    // Refugees are left out: `تستضيف 1.5 مليون لاجئ` counts people hosted for years, not this event's displaced.
    nouns: ['نازح', 'نازحا', 'نازحين', 'نازحون', 'مشرد', 'مشردين', 'مهجر', 'مهجرين', 'displaced', 'homeless'],
    cues: ['نزح', 'نزحوا', 'نزوح', 'تشريد', 'شرد', 'تهجير', 'فروا', 'فرار', 'displaced', 'displacing', 'fled', 'fleeing', 'uprooted'],
    grows: true,
  },
  {
    key: 'evacuated',
    gloss: 'evacuated',
    nouns: ['evacuees'],
    cues: ['إجلاء', 'أجلي', 'أجليت', 'أجلت', 'evacuated', 'evacuating', 'evacuation', 'evacuate'],
    grows: true,
  },
  {
    key: 'hospitalized',
    gloss: 'taken to hospital',
    nouns: [],
    cues: ['مستشفى', 'مستشفيات', 'hospital', 'hospitals', 'hospitalized', 'hospitalised'],
    grows: true,
  },
  {
    key: 'participants',
    gloss: 'participants (protesters, crowd)',
    nouns: [
      'متظاهر', 'متظاهرين', 'متظاهرون', 'محتج', 'محتجين', 'محتجون', 'مشارك', 'مشاركين', 'مشاركون', 'أنصار', 'مؤيد', 'مؤيدين',
      'مؤيدي', 'مشيعين', 'مصلين',
      'protesters', 'protestors', 'demonstrators', 'marchers', 'participants', 'attendees', 'supporters', 'mourners', 'worshippers',
    ],
    cues: [
      'تظاهر', 'تظاهروا', 'شارك', 'شاركوا', 'تجمع', 'تجمعوا', 'احتشد', 'احتشدوا', 'حشد', 'حشود',
      'protested', 'marched', 'rallied', 'gathered', 'attended', 'demonstrated', 'crowd',
    ],
    grows: false,
  },
];

/** Sub-groups of those counted, for a figure's scope: a part, never a rival total (`including 5 children`). */
export const SUBGROUPS: ReadonlyArray<{ key: string; terms: readonly string[] }> = [
  { key: 'children', terms: ['طفل', 'طفلا', 'أطفال', 'طفلة', 'قاصر', 'قاصرين', 'رضيع', 'رضع', 'children', 'child', 'kids', 'minors', 'babies', 'infants'] },
  { key: 'women', terms: ['امرأة', 'نساء', 'سيدة', 'سيدات', 'فتاة', 'فتيات', 'women', 'woman', 'girls'] },
  { key: 'soldiers', terms: ['جندي', 'جنديا', 'جنود', 'عسكري', 'عسكريين', 'عسكريون', 'soldiers', 'soldier', 'troops', 'servicemen'] },
  { key: 'police', terms: ['شرطي', 'شرطيا', 'شرطيين', 'شرطة', 'ضابط', 'ضباط', 'أمن', 'policemen', 'policeman', 'officers', 'police'] },
  { key: 'civilians', terms: ['مدني', 'مدنيا', 'مدنيين', 'مدنيون', 'civilians'] },
  // Fighters of an armed side, and the attackers of this attack: `43 مسلحا` killed by the troops
  // they attacked are not `35 مقاتلا من قوات النظام` killed in the attack.
  { key: 'militants', terms: ['مقاتل', 'مقاتلا', 'مقاتلين', 'مقاتلون', 'militants', 'fighters', 'insurgents'] },
  {
    key: 'attackers',
    terms: [
      'مسلح', 'مسلحا', 'مسلحين', 'مسلحون', 'مهاجم', 'مهاجما', 'مهاجمين', 'مهاجمون', 'إرهابي', 'إرهابيا', 'إرهابيين', 'إرهابيون',
      'انتحاري', 'انتحاريا', 'انتحاريين', 'انتحاريون', 'gunmen', 'gunman', 'attackers', 'assailants', 'terrorists', 'bombers',
    ],
  },
  { key: 'students', terms: ['طالب', 'طالبا', 'طلاب', 'طالبات', 'تلميذ', 'تلاميذ', 'students', 'pupils', 'schoolchildren'] },
  { key: 'journalists', terms: ['صحفي', 'صحفيا', 'صحفيين', 'صحافي', 'صحافيين', 'journalists', 'reporters'] },
  { key: 'rescuers', terms: ['مسعف', 'مسعفين', 'إطفائي', 'إطفائيين', 'rescuers', 'paramedics', 'firefighters', 'medics'] },
  { key: 'foreigners', terms: ['أجنبي', 'أجانب', 'سائح', 'سياح', 'foreigners', 'tourists'] },
  { key: 'attackers', terms: ['انتحاري', 'انتحاريين', 'مهاجم', 'مهاجمين', 'attackers', 'bombers', 'assailants'] },
];

/**
 * Nouns for people in general: what a toll counts when no sub-group is named (`31 شخصا`, `31 people`),
 * and what a person-only cue needs (`قضى 39 شخصا`). Nationalities (`فلسطيني`, `Afghans`) count as
 * people too (read from their form in words.ts).
 */
export const PERSON_NOUNS: readonly string[] = [
  'شخص', 'شخصا', 'أشخاص', 'فرد', 'أفراد', 'مواطن', 'مواطنا', 'مواطنين', 'نسمة', 'إنسان', 'آخرين', 'آخرون', 'رجل', 'رجال',
  'شاب', 'شابا', 'شبان', 'راكب', 'ركاب', 'عامل', 'عمال', 'لاعب', 'لاعبا', 'لاعبين', 'مهاجر', 'مهاجرين', 'حاج', 'حجاج',
  'ساكن', 'سكان', 'قروي', 'قرويين', 'عنصر', 'عناصر', 'قوات', 'عضو', 'أعضاء', 'طلبة', 'معلم', 'معلمين', 'موظف', 'موظفين',
  'مسافر', 'مسافرين', 'صياد', 'صيادين', 'مشجع', 'مشجعين', 'رهينة', 'رهائن', 'أسير', 'أسرى', 'سجين', 'سجناء', 'مزارع', 'مزارعين',
  'متظاهر', 'متظاهرين', 'محتج', 'محتجين', 'أنصار', 'مؤيدين',
  'people', 'persons', 'person', 'others', 'residents', 'men', 'passengers', 'workers', 'migrants', 'pilgrims', 'villagers',
  'players', 'staff', 'crew', 'members', 'individuals', 'teachers', 'employees', 'hostages', 'prisoners', 'fans', 'protesters',
  'demonstrators',
];
