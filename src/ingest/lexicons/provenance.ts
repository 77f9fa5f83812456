// Who an article's text comes from: news agencies and outlets with their spellings in Arabic and
// English, and the words that credit them. Plain data, written from general knowledge of the
// trade (agency names, their Arabic renderings and acronyms), read by src/ingest/provenance.ts.

/** A news agency or an outlet, with the ways it is written. */
export interface OriginEntry {
  /** Stable key, shared with the framing stage's source keys where both know it (`afp`, `reuters`). */
  key: string;
  /** How views name it: `AFP`, `Reuters`, `BBC`. */
  name: string;
  /** What it is, for readers who do not know it. */
  gloss: string;
  /** Spellings safe anywhere in a text: full names and distinctive words. */
  terms: readonly string[];
  /**
   * Acronyms and short names that are ordinary words or places too (`وفا`, `قنا`, `AP`, `الأناضول`):
   * read only where something credits them (a byline, a dateline, brackets, a credit line, after `وكالة`).
   */
  short?: readonly string[];
}

/** News agencies whose copy outlets carry (the big wires first, then national agencies). */
export const AGENCIES: readonly OriginEntry[] = [
  { key: 'afp', name: 'AFP', gloss: 'Agence France-Presse (France)', terms: ['فرانس برس', 'فرانس بريس', 'فرانس-برس', 'وكالة الصحافة الفرنسية', 'وكالة الأنباء الفرنسية', 'الوكالة الفرنسية', 'أ ف ب', 'أ.ف.ب', 'AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { key: 'reuters', name: 'Reuters', gloss: 'Reuters (United Kingdom)', terms: ['رويترز', 'رويتر', 'Reuters'] },
  { key: 'ap', name: 'AP', gloss: 'the Associated Press (United States)', terms: ['أسوشيتد برس', 'أسوشيتدبرس', 'أسوشييتد برس', 'أسوشيتيد برس', 'أسوشيايتد برس', 'Associated Press'], short: ['AP', 'أ ب', 'أ.ب'] },
  { key: 'dpa', name: 'DPA', gloss: 'Deutsche Presse-Agentur (Germany)', terms: ['وكالة الأنباء الألمانية', 'د ب أ', 'د.ب.أ', 'Deutsche Presse-Agentur'], short: ['DPA', 'الألمانية'] },
  { key: 'anadolu', name: 'Anadolu', gloss: 'Anadolu Agency (Turkey)', terms: ['وكالة الأناضول', 'Anadolu Agency'], short: ['الأناضول', 'Anadolu', 'AA'] },
  { key: 'xinhua', name: 'Xinhua', gloss: 'Xinhua News Agency (China)', terms: ['شينخوا', 'وكالة أنباء الصين الجديدة', 'Xinhua'] },
  { key: 'wafa', name: 'WAFA', gloss: 'WAFA, the Palestinian news agency', terms: ['وكالة الأنباء الفلسطينية', 'وكالة الأنباء والمعلومات الفلسطينية', 'WAFA'], short: ['وفا'] },
  { key: 'sana', name: 'SANA', gloss: 'SANA, the Syrian Arab News Agency', terms: ['الوكالة العربية السورية للأنباء', 'وكالة الأنباء السورية', 'SANA'], short: ['سانا'] },
  { key: 'kuna', name: 'KUNA', gloss: 'KUNA, the Kuwait News Agency', terms: ['وكالة الأنباء الكويتية', 'KUNA'], short: ['كونا'] },
  { key: 'mena', name: 'MENA', gloss: 'MENA, the Middle East News Agency (Egypt)', terms: ['وكالة أنباء الشرق الأوسط', 'MENA'], short: ['أ ش أ', 'أ.ش.أ'] },
  { key: 'irna', name: 'IRNA', gloss: 'IRNA, the Islamic Republic News Agency (Iran)', terms: ['وكالة الأنباء الإيرانية', 'وكالة الجمهورية الإسلامية للأنباء', 'IRNA'], short: ['إرنا', 'ارنا'] },
  { key: 'qna', name: 'QNA', gloss: 'QNA, the Qatar News Agency', terms: ['وكالة الأنباء القطرية', 'QNA'], short: ['قنا'] },
  { key: 'spa', name: 'SPA', gloss: 'SPA, the Saudi Press Agency', terms: ['وكالة الأنباء السعودية', 'Saudi Press Agency'], short: ['واس', 'SPA'] },
  { key: 'wam', name: 'WAM', gloss: 'WAM, the Emirates News Agency', terms: ['وكالة أنباء الإمارات', 'Emirates News Agency'], short: ['وام', 'WAM'] },
  { key: 'bna', name: 'BNA', gloss: 'BNA, the Bahrain News Agency', terms: ['وكالة أنباء البحرين', 'Bahrain News Agency'], short: ['بنا', 'BNA'] },
  { key: 'ona', name: 'ONA', gloss: 'ONA, the Oman News Agency', terms: ['وكالة الأنباء العمانية', 'Oman News Agency'], short: ['العمانية', 'ONA'] },
  { key: 'petra', name: 'Petra', gloss: 'Petra, the Jordan News Agency', terms: ['وكالة الأنباء الأردنية', 'Jordan News Agency'], short: ['بترا', 'Petra'] },
  { key: 'ina', name: 'INA', gloss: 'INA, the Iraqi News Agency', terms: ['وكالة الأنباء العراقية', 'Iraqi News Agency'], short: ['واع', 'INA'] },
  { key: 'nna', name: 'NNA', gloss: 'NNA, the National News Agency (Lebanon)', terms: ['الوكالة الوطنية للإعلام', 'National News Agency'], short: ['NNA'] },
  { key: 'aps', name: 'APS', gloss: 'APS, the Algeria Press Service', terms: ['وكالة الأنباء الجزائرية', 'Algeria Press Service'], short: ['APS'] },
  { key: 'map', name: 'MAP', gloss: 'MAP, the Maghreb Arabe Presse (Morocco)', terms: ['وكالة المغرب العربي للأنباء', 'Maghreb Arabe Presse'], short: ['لاماب', 'MAP'] },
  { key: 'tap', name: 'TAP', gloss: 'TAP, Tunis Afrique Presse (Tunisia)', terms: ['وكالة تونس أفريقيا للأنباء', 'Tunis Afrique Presse'], short: ['وات', 'TAP'] },
  { key: 'suna', name: 'SUNA', gloss: 'SUNA, the Sudan News Agency', terms: ['وكالة السودان للأنباء', 'Sudan News Agency'], short: ['سونا', 'SUNA'] },
  { key: 'saba', name: 'Saba', gloss: 'Saba, the Yemen News Agency', terms: ['وكالة الأنباء اليمنية'], short: ['سبأ', 'Saba'] },
  { key: 'lana', name: 'LANA', gloss: 'LANA, the Libyan news agency', terms: ['وكالة الأنباء الليبية'], short: ['LANA'] },
  { key: 'tass', name: 'TASS', gloss: 'TASS (Russia)', terms: ['تاس', 'إيتار تاس', 'TASS', 'ITAR-TASS'] },
  { key: 'sputnik', name: 'Sputnik', gloss: 'Sputnik (Russia)', terms: ['سبوتنيك', 'Sputnik'] },
  { key: 'ria', name: 'RIA Novosti', gloss: 'RIA Novosti (Russia)', terms: ['ريا نوفوستي', 'نوفوستي', 'RIA Novosti', 'RIA'] },
  { key: 'interfax', name: 'Interfax', gloss: 'Interfax (Russia)', terms: ['إنترفاكس', 'انترفاكس', 'Interfax'] },
  { key: 'efe', name: 'EFE', gloss: 'EFE (Spain)', terms: ['وكالة إفي', 'EFE'], short: ['إفي'] },
  { key: 'ansa', name: 'ANSA', gloss: 'ANSA (Italy)', terms: ['وكالة أنسا', 'أنسا', 'ANSA'] },
  { key: 'upi', name: 'UPI', gloss: 'United Press International (United States)', terms: ['يونايتد برس إنترناشونال', 'يونايتد برس', 'United Press International', 'UPI'] },
  { key: 'kyodo', name: 'Kyodo', gloss: 'Kyodo News (Japan)', terms: ['كيودو', 'Kyodo'] },
  { key: 'yonhap', name: 'Yonhap', gloss: 'Yonhap News Agency (South Korea)', terms: ['يونهاب', 'Yonhap'] },
  { key: 'kcna', name: 'KCNA', gloss: 'KCNA, the Korean Central News Agency (North Korea)', terms: ['وكالة الأنباء المركزية الكورية', 'Korean Central News Agency', 'KCNA'] },
  { key: 'tasnim', name: 'Tasnim', gloss: 'Tasnim News Agency (Iran)', terms: ['وكالة تسنيم', 'Tasnim'], short: ['تسنيم'] },
  { key: 'fars', name: 'Fars', gloss: 'Fars News Agency (Iran)', terms: ['وكالة فارس', 'Fars News'], short: ['فارس'] },
  { key: 'isna', name: 'ISNA', gloss: 'ISNA, the Iranian Students News Agency', terms: ['وكالة إسنا', 'ISNA'] },
  // Bloomberg is also a person (Michael Bloomberg): the bare name only where something credits it.
  { key: 'bloomberg', name: 'Bloomberg', gloss: 'Bloomberg News (United States)', terms: ['وكالة بلومبرغ', 'وكالة بلومبيرغ', 'Bloomberg News'], short: ['بلومبرغ', 'بلومبيرغ', 'بلومبرج', 'Bloomberg'] },
  { key: 'pti', name: 'PTI', gloss: 'Press Trust of India', terms: ['Press Trust of India'], short: ['PTI'] },
  { key: 'bernama', name: 'Bernama', gloss: 'Bernama, the Malaysian national news agency', terms: ['برناما', 'Bernama'] },
];

/** Agencies credited without a name (`العربية.نت - وكالات`): somebody's wire, not the outlet's own. */
export const UNNAMED_AGENCIES: readonly string[] = ['وكالات', 'الوكالات', 'وكالات الأنباء', 'وكالات أنباء', 'agencies', 'wires', 'wire services', 'news agencies'];

/**
 * Outlets, so that a byline or a dateline naming the article's own outlet (`دبي - العربية.نت`,
 * `(CNN)--`) reads as its own reporting, and a correspondent of an outlet is recognised. The
 * outlet fields of real corpora (`alarabia`, `skynews`, `france24`) are among the spellings.
 */
export const OUTLETS: readonly OriginEntry[] = [
  { key: 'bbc', name: 'BBC', gloss: 'BBC (BBC Arabic, BBC News)', terms: ['بي بي سي', 'بي.بي.سي', 'بي بي سي عربي', 'BBC', 'BBC Arabic', 'BBC News'] },
  { key: 'cnn', name: 'CNN', gloss: 'CNN (CNN Arabic)', terms: ['سي إن إن', 'سي ان ان', 'CNN', 'CNN بالعربية'] },
  { key: 'skynews', name: 'Sky News Arabia', gloss: 'Sky News Arabia', terms: ['سكاي نيوز عربية', 'سكاي نيوز', 'Sky News Arabia', 'Sky News', 'skynews'] },
  // Al Hadath is Al Arabiya's sister channel: one newsroom.
  { key: 'alarabiya', name: 'Al Arabiya', gloss: 'Al Arabiya (and its sister channel Al Hadath)', terms: ['العربية.نت', 'العربية نت', 'قناة العربية', 'قناة الحدث', 'Al Arabiya', 'alarabiya', 'alarabia'], short: ['العربية', 'الحدث'] },
  { key: 'france24', name: 'France 24', gloss: 'France 24', terms: ['فرانس 24', 'فرانس24', 'France 24', 'france24'] },
  { key: 'aljazeera', name: 'Al Jazeera', gloss: 'Al Jazeera', terms: ['الجزيرة نت', 'قناة الجزيرة', 'Al Jazeera', 'aljazeera'], short: ['الجزيرة'] },
  { key: 'alhurra', name: 'Alhurra', gloss: 'Alhurra (US-funded Arabic channel)', terms: ['قناة الحرة', 'Alhurra'], short: ['الحرة'] },
  { key: 'rt', name: 'RT', gloss: 'RT (Russia Today)', terms: ['روسيا اليوم', 'Russia Today'], short: ['RT'] },
  { key: 'dw', name: 'DW', gloss: 'Deutsche Welle (Germany)', terms: ['دويتشه فيله', 'Deutsche Welle'], short: ['DW'] },
  { key: 'nyt', name: 'The New York Times', gloss: 'The New York Times', terms: ['نيويورك تايمز', 'New York Times', 'NYT'] },
  { key: 'washpost', name: 'The Washington Post', gloss: 'The Washington Post', terms: ['واشنطن بوست', 'Washington Post'] },
  { key: 'fox', name: 'Fox News', gloss: 'Fox News', terms: ['فوكس نيوز', 'Fox News'], short: ['fox'] },
  { key: 'hpo', name: 'HuffPost', gloss: 'HuffPost (The Huffington Post)', terms: ['HuffPost', 'Huffington Post'], short: ['hpo'] },
  { key: 'guardian', name: 'The Guardian', gloss: 'The Guardian (United Kingdom)', terms: ['الغارديان', 'The Guardian'] },
];

/** Words for a correspondent or reporter: `مراسل بي بي سي`, `BBC correspondent`. */
export const CORRESPONDENT_WORDS: readonly string[] = ['مراسل', 'مراسلة', 'مراسلو', 'مراسلي', 'موفد', 'موفدة', 'مصور', 'صحفي', 'صحافي'];
/** The outlet's own correspondent, without naming it: `مراسلنا`, `our correspondent`. */
export const OWN_CORRESPONDENT: readonly string[] = ['مراسلنا', 'مراسلتنا', 'مراسلونا', 'مراسلينا', 'موفدنا', 'our correspondent', 'our reporter'];
export const CORRESPONDENT_WORDS_EN: readonly string[] = ['correspondent', 'reporter', 'reporters', 'correspondents', 'photographer'];

/**
 * Words that cite an agency just before its name (`ذكرت وكالة رويترز`, `بحسب ما نقلت فرانس برس`,
 * `قال لوكالة فرانس برس`, `according to Reuters`): Arabic in normalized form is matched with its clitics.
 */
export const CITING_BEFORE: readonly string[] = [
  'ذكرت', 'ذكر', 'قالت', 'قال', 'نقلت', 'نقل', 'نقلا', 'أوردت', 'أورد', 'أفادت', 'أفاد', 'أعلنت', 'بحسب', 'حسب', 'حسبما', 'وفق', 'وفقا', 'طبقا', 'نقلته', 'ذكرته', 'أوردته', 'نشرته', 'نشرت', 'عن', 'لوكالة', 'لوكالات', 'مراسل', 'مصور', 'صحافي', 'صحفي',
  'according to', 'told', 'citing', 'cited', 'quoted', 'reported by', 'said to', 'spoke to', 'interview with',
];
/** Words that may stand between a citing word and the agency: `بحسب ما نقلت وكالة أنباء "الأناضول"`. */
export const CITING_FILLERS: readonly string[] = ['ما', 'وكالة', 'وكالات', 'أنباء', 'الأنباء', 'عن', 'the', 'news', 'agency'];
/** English words after an agency that cite it: `Reuters reported`, `the Associated Press said`. */
export const CITING_AFTER_EN: readonly string[] = ['reported', 'reports', 'said', 'says', 'quoted', 'cited', 'learned', 'reported that'];

/** What a byline may say before the credited names: `Posted on 5 June 2018 by Reuters`, `By John Smith`, `بقلم`. */
export const BYLINE_OPENERS: readonly string[] = ['Posted on', 'Posted at', 'Published on', 'Posted', 'By', 'بقلم', 'كتب', 'كتبت', 'إعداد'];
