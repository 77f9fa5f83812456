// Who news articles cite: named institutions, UN bodies, health authorities, NGOs, outlets and
// wire agencies (Arabic and English names), plus the words that describe unnamed sources
// (مسؤول إسرائيلي، مصادر مطلعة; a senior US official, sources), nationality adjectives giving an
// official's side, and the words that mark a citation (وفق، نقلاً عن; according to, citing).
import type { SourceCitation } from '../../types.js';

export interface SourceRow {
  /** Names as written, any script; matched like lexicon terms (clitics allowed in Arabic). */
  terms: readonly string[];
  /** Folded key: all the names of one source count together. */
  key: string;
  /** English name for readers who do not read the language. */
  gloss: string;
  kind: SourceCitation['kind'];
  side: string | null;
}

export const sourceNames: readonly SourceRow[] = [
  // United Nations bodies
  { terms: ['الأمم المتحدة', 'المنظمة الدولية', 'United Nations', 'UN', 'U.N.'], key: 'un', gloss: 'the United Nations', kind: 'un', side: null },
  {
    terms: [
      'مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية', 'مكتب تنسيق الشؤون الإنسانية', 'أوتشا', 'OCHA',
      'Office for the Coordination of Humanitarian Affairs', 'UN Office for the Coordination of Humanitarian Affairs',
    ],
    key: 'ocha', gloss: 'OCHA (UN humanitarian office)', kind: 'un', side: null,
  },
  { terms: ['الأونروا', 'أونروا', 'وكالة غوث وتشغيل اللاجئين', 'UNRWA'], key: 'unrwa', gloss: 'UNRWA (UN agency for Palestine refugees)', kind: 'un', side: null },
  { terms: ['اليونيسف', 'يونيسف', 'UNICEF'], key: 'unicef', gloss: 'UNICEF', kind: 'un', side: null },
  { terms: ['منظمة الصحة العالمية', 'World Health Organization'], key: 'who', gloss: 'the World Health Organization', kind: 'un', side: null },
  { terms: ['برنامج الأغذية العالمي', 'World Food Programme'], key: 'wfp', gloss: 'the World Food Programme', kind: 'un', side: null },
  { terms: ['الأمين العام للأمم المتحدة', 'UN Secretary-General'], key: 'un-sg', gloss: 'the UN Secretary-General', kind: 'un', side: null },
  // Health authorities
  {
    terms: [
      'وزارة الصحة في غزة', 'وزارة الصحة بغزة', 'وزارة الصحة في قطاع غزة', 'وزارة الصحة الفلسطينية',
      'وزارة الصحة التابعة لحماس', 'السلطات الصحية بالقطاع', 'السلطات الصحية في غزة', 'السلطات الصحية في القطاع',
      'Gaza Health Ministry', "Gaza's Health Ministry", 'Health Ministry in Gaza', 'Hamas-run Health Ministry',
      'Palestinian Health Ministry', 'Gaza health authorities',
    ],
    key: 'health-gaza', gloss: 'the health authorities in Gaza', kind: 'health', side: 'Palestinian',
  },
  { terms: ['وزارة الصحة', 'Health Ministry', 'Ministry of Health'], key: 'health-ministry', gloss: 'the health ministry', kind: 'health', side: null },
  { terms: ['السلطات الصحية', 'health authorities'], key: 'health-authorities', gloss: 'the health authorities', kind: 'health', side: null },
  // NGOs and humanitarian organizations
  { terms: ['الهلال الأحمر الفلسطيني', 'Palestinian Red Crescent'], key: 'prcs', gloss: 'the Palestinian Red Crescent', kind: 'ngo', side: null },
  { terms: ['الصليب الأحمر', 'اللجنة الدولية للصليب الأحمر', 'Red Cross', 'ICRC'], key: 'icrc', gloss: 'the Red Cross', kind: 'ngo', side: null },
  { terms: ['هيومن رايتس ووتش', 'Human Rights Watch'], key: 'hrw', gloss: 'Human Rights Watch', kind: 'ngo', side: null },
  { terms: ['منظمة العفو الدولية', 'العفو الدولية', 'Amnesty International'], key: 'amnesty', gloss: 'Amnesty International', kind: 'ngo', side: null },
  { terms: ['أطباء بلا حدود', 'Doctors Without Borders', 'MSF'], key: 'msf', gloss: 'Doctors Without Borders', kind: 'ngo', side: null },
  { terms: ['بتسيلم', "B'Tselem"], key: 'btselem', gloss: "B'Tselem (Israeli rights group)", kind: 'ngo', side: null },
  // Governments and their offices
  {
    terms: ['الخارجية الأمريكية', 'الخارجية الأميركية', 'وزارة الخارجية الأمريكية', 'وزارة الخارجية الأميركية', 'State Department', 'U.S. State Department', 'US State Department'],
    key: 'us-state-dept', gloss: 'the US State Department', kind: 'official', side: 'US',
  },
  { terms: ['البيت الأبيض', 'White House'], key: 'white-house', gloss: 'the White House', kind: 'official', side: 'US' },
  { terms: ['البنتاغون', 'البنتاجون', 'وزارة الدفاع الأمريكية', 'وزارة الدفاع الأميركية', 'Pentagon'], key: 'pentagon', gloss: 'the Pentagon', kind: 'official', side: 'US' },
  { terms: ['الإدارة الأمريكية', 'الإدارة الأميركية', 'Biden administration'], key: 'us-administration', gloss: 'the US administration', kind: 'official', side: 'US' },
  {
    terms: ['الجيش الإسرائيلي', 'جيش الدفاع الإسرائيلي', 'Israeli military', 'Israeli army', 'IDF', 'Israel Defense Forces'],
    key: 'israeli-army', gloss: 'the Israeli army', kind: 'official', side: 'Israel',
  },
  { terms: ['مكتب رئيس الوزراء الإسرائيلي', 'مكتب نتنياهو', "Netanyahu's office"], key: 'israel-pmo', gloss: "the Israeli prime minister's office", kind: 'official', side: 'Israel' },
  { terms: ['الحكومة الإسرائيلية', 'Israeli government'], key: 'israel-government', gloss: 'the Israeli government', kind: 'official', side: 'Israel' },
  { terms: ['السلطات الإسرائيلية', 'Israeli authorities'], key: 'israel-authorities', gloss: 'the Israeli authorities', kind: 'official', side: 'Israel' },
  { terms: ['الخارجية الإسرائيلية', 'وزارة الخارجية الإسرائيلية', 'Israeli Foreign Ministry'], key: 'israel-mfa', gloss: 'the Israeli foreign ministry', kind: 'official', side: 'Israel' },
  { terms: ['السلطات الفلسطينية', 'Palestinian authorities'], key: 'palestinian-authorities', gloss: 'the Palestinian authorities', kind: 'official', side: 'Palestinian' },
  { terms: ['السلطة الفلسطينية', 'Palestinian Authority'], key: 'palestinian-authority', gloss: 'the Palestinian Authority', kind: 'official', side: 'Palestinian' },
  { terms: ['الخارجية المصرية', 'وزارة الخارجية المصرية', 'Egyptian Foreign Ministry'], key: 'egypt-mfa', gloss: 'the Egyptian foreign ministry', kind: 'official', side: 'Egypt' },
  { terms: ['الخارجية القطرية', 'وزارة الخارجية القطرية', 'Qatari Foreign Ministry'], key: 'qatar-mfa', gloss: 'the Qatari foreign ministry', kind: 'official', side: 'Qatar' },
  { terms: ['الخارجية الأردنية', 'وزارة الخارجية الأردنية', 'Jordanian Foreign Ministry'], key: 'jordan-mfa', gloss: 'the Jordanian foreign ministry', kind: 'official', side: 'Jordan' },
  { terms: ['حركة حماس', 'حماس', 'Hamas'], key: 'hamas', gloss: 'Hamas', kind: 'other', side: 'Hamas' },
  // Outlets
  { terms: ['أكسيوس', 'Axios'], key: 'axios', gloss: 'Axios (US news site)', kind: 'outlet', side: null },
  { terms: ['قناة 13', 'القناة 13', 'القناة الـ13', 'Channel 13'], key: 'channel-13', gloss: 'Channel 13 (Israeli TV)', kind: 'outlet', side: null },
  { terms: ['قناة 12', 'القناة 12', 'القناة الـ12', 'Channel 12'], key: 'channel-12', gloss: 'Channel 12 (Israeli TV)', kind: 'outlet', side: null },
  { terms: ['هيئة البث الإسرائيلية', 'قناة كان', 'Kan'], key: 'kan', gloss: 'Kan (Israeli public broadcaster)', kind: 'outlet', side: null },
  { terms: ['هآرتس', 'Haaretz'], key: 'haaretz', gloss: 'Haaretz', kind: 'outlet', side: null },
  { terms: ['يديعوت أحرونوت', 'يديعوت', 'Yedioth Ahronoth', 'Ynet'], key: 'yedioth', gloss: 'Yedioth Ahronoth', kind: 'outlet', side: null },
  { terms: ['معاريف', 'Maariv'], key: 'maariv', gloss: 'Maariv', kind: 'outlet', side: null },
  { terms: ['تايمز أوف إسرائيل', 'Times of Israel'], key: 'times-of-israel', gloss: 'The Times of Israel', kind: 'outlet', side: null },
  { terms: ['جيروزاليم بوست', 'Jerusalem Post'], key: 'jpost', gloss: 'The Jerusalem Post', kind: 'outlet', side: null },
  { terms: ['إسرائيل هيوم', 'Israel Hayom'], key: 'israel-hayom', gloss: 'Israel Hayom', kind: 'outlet', side: null },
  { terms: ['نيويورك تايمز', 'New York Times'], key: 'nyt', gloss: 'The New York Times', kind: 'outlet', side: null },
  { terms: ['واشنطن بوست', 'Washington Post'], key: 'wapo', gloss: 'The Washington Post', kind: 'outlet', side: null },
  { terms: ['وول ستريت جورنال', 'Wall Street Journal'], key: 'wsj', gloss: 'The Wall Street Journal', kind: 'outlet', side: null },
  { terms: ['سي إن إن', 'CNN'], key: 'cnn', gloss: 'CNN', kind: 'outlet', side: null },
  { terms: ['بي بي سي', 'BBC'], key: 'bbc', gloss: 'the BBC', kind: 'outlet', side: null },
  { terms: ['فوكس نيوز', 'Fox News'], key: 'fox', gloss: 'Fox News', kind: 'outlet', side: null },
  { terms: ['قناة الجزيرة', 'الجزيرة', 'Al Jazeera'], key: 'aljazeera', gloss: 'Al Jazeera', kind: 'outlet', side: null },
  { terms: ['قناة العربية', 'Al Arabiya'], key: 'alarabiya', gloss: 'Al Arabiya', kind: 'outlet', side: null },
  { terms: ['قناة الحرة', 'Alhurra'], key: 'alhurra', gloss: 'Alhurra', kind: 'outlet', side: null },
  { terms: ['سكاي نيوز', 'سكاي نيوز عربية', 'Sky News'], key: 'skynews', gloss: 'Sky News', kind: 'outlet', side: null },
  { terms: ['بوليتيكو', 'Politico'], key: 'politico', gloss: 'Politico', kind: 'outlet', side: null },
  { terms: ['بلومبرغ', 'بلومبيرغ', 'Bloomberg'], key: 'bloomberg', gloss: 'Bloomberg', kind: 'outlet', side: null },
  { terms: ['الغارديان', 'Guardian'], key: 'guardian', gloss: 'The Guardian', kind: 'outlet', side: null },
  { terms: ['فايننشال تايمز', 'Financial Times'], key: 'ft', gloss: 'The Financial Times', kind: 'outlet', side: null },
  { terms: ['روسيا اليوم', 'RT'], key: 'rt', gloss: 'RT (Russian state TV)', kind: 'outlet', side: null },
  { terms: ['NBC News', 'NBC'], key: 'nbc', gloss: 'NBC News', kind: 'outlet', side: null },
  { terms: ['CBS News', 'CBS'], key: 'cbs', gloss: 'CBS News', kind: 'outlet', side: null },
  // Wire agencies
  { terms: ['رويترز', 'Reuters'], key: 'reuters', gloss: 'Reuters', kind: 'agency', side: null },
  { terms: ['فرانس برس', 'فرانس بريس', 'وكالة فرانس برس', 'أ ف ب', 'AFP', 'Agence France-Presse'], key: 'afp', gloss: 'AFP', kind: 'agency', side: null },
  { terms: ['أسوشيتد برس', 'أسوشيتدبرس', 'أسوشييتد برس', 'Associated Press', 'AP'], key: 'ap', gloss: 'the Associated Press', kind: 'agency', side: null },
  { terms: ['الأناضول', 'وكالة الأناضول', 'Anadolu'], key: 'anadolu', gloss: 'Anadolu Agency', kind: 'agency', side: null },
  { terms: ['شينخوا', 'Xinhua'], key: 'xinhua', gloss: 'Xinhua', kind: 'agency', side: null },
  { terms: ['وفا', 'وكالة الأنباء الفلسطينية', 'WAFA'], key: 'wafa', gloss: 'WAFA (Palestinian news agency)', kind: 'agency', side: null },
  { terms: ['وكالة أنباء الشرق الأوسط'], key: 'mena', gloss: 'MENA (Egyptian news agency)', kind: 'agency', side: null },
  { terms: ['سبوتنيك', 'Sputnik'], key: 'sputnik', gloss: 'Sputnik', kind: 'agency', side: null },
  { terms: ['إرنا', 'وكالة الأنباء الإيرانية', 'IRNA'], key: 'irna', gloss: 'IRNA (Iranian news agency)', kind: 'agency', side: null },
];

/** Nationality adjectives (base form; Arabic feminine and plural forms are derived) -> side. */
export const sideAdjectives: Readonly<Record<'ar' | 'en', Readonly<Record<string, string>>>> = {
  ar: {
    'إسرائيلي': 'Israel', 'أمريكي': 'US', 'أميركي': 'US', 'فلسطيني': 'Palestinian', 'مصري': 'Egypt',
    'قطري': 'Qatar', 'أردني': 'Jordan', 'سعودي': 'Saudi Arabia', 'إماراتي': 'UAE', 'إيراني': 'Iran',
    'لبناني': 'Lebanon', 'سوري': 'Syria', 'تركي': 'Turkey', 'روسي': 'Russia', 'بريطاني': 'UK',
    'فرنسي': 'France', 'ألماني': 'Germany', 'صيني': 'China', 'أوروبي': 'EU', 'أممي': 'UN', 'غربي': 'Western',
  },
  en: {
    israeli: 'Israel', american: 'US', us: 'US', 'u.s.': 'US', palestinian: 'Palestinian', egyptian: 'Egypt',
    qatari: 'Qatar', jordanian: 'Jordan', saudi: 'Saudi Arabia', emirati: 'UAE', iranian: 'Iran',
    lebanese: 'Lebanon', syrian: 'Syria', turkish: 'Turkey', russian: 'Russia', british: 'UK', french: 'France',
    german: 'Germany', chinese: 'China', european: 'EU', western: 'Western', hamas: 'Hamas', un: 'UN',
  },
};

/** Nouns for an official; a nationality next to them gives the side (مسؤول إسرائيلي, a US official). */
export const officialHeads: Readonly<Record<'ar' | 'en', readonly string[]>> = {
  ar: ['مسؤول', 'مسؤولا', 'مسؤولة', 'مسؤولون', 'مسؤولين', 'المسؤول', 'المسؤولة', 'المسؤولون', 'المسؤولين', 'قيادي', 'القيادي', 'دبلوماسي', 'الدبلوماسي', 'دبلوماسيون'],
  en: ['official', 'officials', 'diplomat', 'diplomats'],
};

/** Nouns for unnamed sources (مصادر مطلعة; sources, people familiar with ...). */
export const anonymousHeads: Readonly<Record<'ar' | 'en', readonly string[]>> = {
  ar: ['مصدر', 'مصادر', 'المصدر', 'المصادر'],
  en: ['source', 'sources'],
};

/** Qualifiers allowed between a source noun and its nationality (مسؤول كبير إسرائيلي; a senior Israeli official). */
export const sourceQualifiers: Readonly<Record<'ar' | 'en', readonly string[]>> = {
  ar: ['مطلع', 'مطلعة', 'مطلعون', 'كبير', 'كبار', 'رفيع', 'رفيعة', 'بارز', 'سابق', 'دبلوماسي', 'دبلوماسية', 'أمني', 'أمنية', 'عسكري', 'عسكرية', 'حكومي', 'حكومية', 'رسمي', 'رسمية', 'مقرب', 'مقربة', 'خاصة', 'مسؤولة'],
  en: ['senior', 'top', 'high-ranking', 'ranking', 'former', 'unnamed', 'anonymous', 'government', 'administration', 'military', 'security', 'diplomatic', 'two', 'three', 'several', 'some', 'other', 'a', 'an', 'the'],
};

/** Spokesperson nouns: followed by a named institution, and maybe a name (متحدث وزارة الخارجية الأمريكية ماثيو ميلر). */
export const spokesHeads: Readonly<Record<'ar' | 'en', readonly string[]>> = {
  ar: ['متحدث', 'المتحدث', 'متحدثة', 'المتحدثة', 'ناطق', 'الناطق', 'الناطقة'],
  en: ['spokesman', 'spokeswoman', 'spokesperson'],
};

/** Nouns that refer back to the last outlet or agency cited (وذكر الموقع ... "the site said"). */
export const outletBackReferences: Readonly<Record<'ar' | 'en', readonly string[]>> = {
  ar: ['الموقع', 'الصحيفة', 'القناة', 'الوكالة', 'الشبكة', 'المجلة', 'الإذاعة'],
  en: [],
};

/** Words after a source noun that make it "the same source" (المصدر ذاته). */
export const sameSourceWords: readonly string[] = ['ذاته', 'نفسه', 'ذاتها', 'نفسها', 'ذاتهم', 'نفسهم'];

/** Words that mark the next source as cited: وفق، بحسب، نقلاً عن; according to, citing, quoting. */
export const citationMarkers: Readonly<Record<'ar' | 'en', readonly string[]>> = {
  ar: ['وفق', 'وفقا', 'طبقا', 'حسب', 'بحسب', 'حسبما', 'نقلا', 'نقلت', 'نقل', 'عن'],
  en: ['according', 'citing', 'quoting', 'cited'],
};

/** Markers that quote a source through another one (`X نقلاً عن Y`: Y via X). */
export const relayMarkers: Readonly<Record<'ar' | 'en', readonly string[]>> = {
  ar: ['نقلا', 'نقلت', 'نقل'],
  en: ['citing', 'quoting'],
};

/** Words allowed between a citation marker or reporting verb and the source it introduces. */
export const citationFillers: Readonly<Record<'ar' | 'en', readonly string[]>> = {
  ar: [
    'ما', 'لما', 'عن', 'ل', 'جاء', 'في', 'به', 'بيان', 'موقع', 'صحيفة', 'جريدة', 'قناة', 'وكالة', 'شبكة', 'مجلة',
    'إذاعة', 'أنباء', 'أعلنته', 'أعلنه', 'ذكرته', 'ذكره', 'أوردته', 'أورده', 'نقلته', 'نقله', 'أفادت', 'أفاد', 'ذكرت',
    'ذكر', 'أعلنت', 'أعلن', 'قالت', 'قال', 'أكدته', 'تقرير', 'تقارير',
  ],
  en: ['to', 'the', 'a', 'an', 'by', 'in', 'statement', 'report', 'from', 'with', 'of', 'senior', 'top', 'news', 'agency', 'newspaper', 'site'],
};

/**
 * Institutions and office-holders named by their common noun (general news attribution, not names):
 * `وقالت الشرطة`, `وقال وزير الداخلية البلجيكي جان جامبون`, `the interior minister said`,
 * `according to police`. `office`: the noun names a person's post, so a name may follow it.
 * Arabic terms are given without the article; English in lower case.
 */
export interface InstitutionHead {
  ar: readonly string[];
  en: readonly string[];
  gloss: string;
  kind: SourceCitation['kind'];
  office?: true;
}

export const institutionHeads: readonly InstitutionHead[] = [
  { ar: ['شرطة'], en: ['police'], gloss: 'police', kind: 'official' },
  { ar: ['جيش'], en: ['army', 'military'], gloss: 'army', kind: 'official' },
  { ar: ['نيابة', 'ادعاء'], en: ['prosecution', 'prosecutors'], gloss: 'prosecution', kind: 'official' },
  { ar: ['مدعي'], en: ['prosecutor'], gloss: 'prosecutor', kind: 'official', office: true },
  { ar: ['محكمة', 'قضاء'], en: ['court', 'judiciary'], gloss: 'court', kind: 'official' },
  { ar: ['قاضي', 'قاض'], en: ['judge'], gloss: 'judge', kind: 'official', office: true },
  { ar: ['حكومة'], en: ['government'], gloss: 'government', kind: 'official' },
  { ar: ['رئاسة'], en: ['presidency'], gloss: 'presidency', kind: 'official' },
  { ar: ['سلطات'], en: ['authorities'], gloss: 'authorities', kind: 'official' },
  { ar: ['وزارة'], en: ['ministry', 'department'], gloss: 'ministry', kind: 'official' },
  { ar: ['وزير', 'وزيرة'], en: ['minister', 'secretary'], gloss: 'minister', kind: 'official', office: true },
  { ar: ['رئيس', 'رئيسة'], en: ['president', 'premier'], gloss: 'president, head', kind: 'official', office: true },
  { ar: ['محافظ', 'حاكم'], en: ['governor'], gloss: 'governor', kind: 'official', office: true },
  { ar: ['عمدة'], en: ['mayor'], gloss: 'mayor', kind: 'official', office: true },
  { ar: ['زعيم', 'زعيمة'], en: ['leader', 'senator', 'speaker'], gloss: 'leader', kind: 'official', office: true },
  { ar: ['قائد'], en: ['commander'], gloss: 'commander', kind: 'official', office: true },
  { ar: ['مدير', 'مديرة'], en: ['director'], gloss: 'director', kind: 'official', office: true },
  { ar: ['سفير', 'سفيرة'], en: ['ambassador'], gloss: 'ambassador', kind: 'official', office: true },
  { ar: ['سفارة'], en: ['embassy'], gloss: 'embassy', kind: 'official' },
  { ar: ['مكتب'], en: ['office'], gloss: 'office', kind: 'official' },
  { ar: ['برلمان'], en: ['parliament'], gloss: 'parliament', kind: 'official' },
  { ar: ['مجلس', 'هيئة', 'لجنة'], en: ['council', 'committee', 'commission'], gloss: 'council, committee', kind: 'official' },
  { ar: ['كرملين'], en: ['kremlin'], gloss: 'the Kremlin', kind: 'official' },
  { ar: ['تحالف'], en: ['coalition'], gloss: 'coalition', kind: 'official' },
  { ar: ['دفاع مدني'], en: ['civil defence', 'civil defense'], gloss: 'civil defence', kind: 'official' },
  { ar: ['مرصد', 'منظمة'], en: ['observatory', 'organization', 'organisation'], gloss: 'monitor, organization', kind: 'ngo' },
  { ar: ['مستشفى', 'مسعفون', 'مسعفين', 'أطباء'], en: ['hospital', 'medics', 'paramedics', 'doctors'], gloss: 'hospital, medics', kind: 'health' },
  { ar: ['حركة', 'جماعة', 'تنظيم'], en: ['group', 'movement'], gloss: 'group, movement', kind: 'other' },
  { ar: ['شهود', 'شاهد'], en: ['witnesses', 'witness'], gloss: 'witnesses', kind: 'other' },
  { ar: ['تلفزيون', 'تلفزة'], en: ['television'], gloss: 'television', kind: 'outlet' },
  { ar: ['وسائل إعلام'], en: ['media'], gloss: 'media', kind: 'outlet' },
];

/** English words before an institution noun that belong to its name (`the interior minister`, `state prosecutors`). */
export const institutionModifiers: readonly string[] = [
  'interior', 'foreign', 'defense', 'defence', 'health', 'justice', 'finance', 'security', 'prime', 'deputy', 'vice',
  'local', 'state', 'federal', 'regional', 'provincial', 'district', 'county', 'city', 'police', 'military', 'army',
  'chief', 'public', 'national', 'presidential',
];
