// Known news outlets as data: the domains they publish under, the other names fields and bylines
// give them, and plain facts about them (country, owner, language). Written from the outlets' own
// sites and public registers; the lean of an outlet is a judgement left to the user's --outlets file.

/** One outlet of the built-in table. */
export interface KnownOutlet {
  /** The name views show. */
  name: string;
  /**
   * Hosts it publishes under, matched with their subdomains (`nytimes.com` covers
   * `thecaucus.blogs.nytimes.com`), optionally with a path prefix (`bbc.co.uk/arabic`), the most
   * specific entry winning.
   */
  domains: readonly string[];
  /** Other names for it in metadata fields, source lines and bylines (`skynews`, `سكاي نيوز عربية`), matched case- and space-insensitively. */
  aliases: readonly string[];
  /** Where it is based (the country of its owner when they differ is in `owner`). */
  country: string | null;
  owner: string | null;
  /** Its main language of publication (`ar`, `en`, another ISO 639-1 code), null for one that publishes in several. */
  language: string | null;
}

type Row = [name: string, domains: string[], aliases: string[], country: string | null, owner: string | null, language: string | null];

// The outlets of the shared corpora first (ANT: Al Arabiya, BBC Arabic, CNN Arabic, France 24,
// Sky News Arabia; BASIL and NewsWCL50: NYT, Fox News, HuffPost, USA Today, Breitbart), then
// common Arabic outlets and agencies, then common English ones.
const ROWS: Row[] = [
  ['Al Arabiya', ['alarabiya.net', 'english.alarabiya.net'], ['alarabiya', 'alarabia', 'al arabiya', 'العربية', 'العربية نت', 'العربية.نت'], 'United Arab Emirates', 'MBC Group', 'ar'],
  ['BBC Arabic', ['bbc.co.uk/arabic', 'bbc.com/arabic'], ['bbc arabic', 'bbc عربي', 'بي بي سي عربي', 'بي بي سي'], 'United Kingdom', 'BBC', 'ar'],
  ['CNN Arabic', ['arabic.cnn.com'], ['cnn arabic', 'cnn بالعربية', 'سي إن إن بالعربية'], 'United Arab Emirates', 'CNN (Warner Bros. Discovery)', 'ar'],
  ['France 24', ['france24.com'], ['france24', 'france 24', 'فرانس 24', 'فرانس24'], 'France', 'France Médias Monde', null],
  ['Sky News Arabia', ['skynewsarabia.com'], ['skynews', 'sky news arabia', 'skynewsarabia', 'سكاي نيوز عربية', 'سكاي نيوز'], 'United Arab Emirates', 'Abu Dhabi Media Investment Corporation and Sky', 'ar'],
  ['The New York Times', ['nytimes.com'], ['nyt', 'new york times', 'the new york times', 'نيويورك تايمز'], 'United States', 'The New York Times Company', 'en'],
  ['Fox News', ['foxnews.com'], ['fox', 'fox news', 'foxnews', 'فوكس نيوز'], 'United States', 'Fox Corporation', 'en'],
  ['HuffPost', ['huffpost.com', 'huffingtonpost.com', 'huffingtonpost.co.uk'], ['hpo', 'huffpost', 'huffington post', 'the huffington post'], 'United States', null, 'en'],
  ['USA Today', ['usatoday.com'], ['usa today', 'usatoday'], 'United States', 'Gannett', 'en'],
  ['Breitbart', ['breitbart.com'], ['breitbart', 'breitbart news'], 'United States', null, 'en'],

  ['Al Jazeera', ['aljazeera.net'], ['al jazeera', 'aljazeera', 'الجزيرة', 'الجزيرة نت'], 'Qatar', 'Al Jazeera Media Network', 'ar'],
  ['Al Jazeera English', ['aljazeera.com'], ['al jazeera english'], 'Qatar', 'Al Jazeera Media Network', 'en'],
  ['Asharq Al-Awsat', ['aawsat.com'], ['asharq al-awsat', 'الشرق الأوسط'], 'United Kingdom', 'Saudi Research and Media Group', 'ar'],
  ['Alhurra', ['alhurra.com'], ['alhurra', 'الحرة'], 'United States', 'Middle East Broadcasting Networks', 'ar'],
  ['RT Arabic', ['arabic.rt.com'], ['rt arabic', 'روسيا اليوم', 'آر تي'], 'Russia', 'TV-Novosti', 'ar'],
  ['Anadolu Agency', ['aa.com.tr'], ['anadolu', 'anadolu agency', 'الأناضول', 'وكالة الأناضول'], 'Turkey', null, null],
  ['Xinhua', ['news.cn', 'xinhuanet.com'], ['xinhua', 'شينخوا', 'وكالة أنباء شينخوا'], 'China', null, null],
  ['Al Mayadeen', ['almayadeen.net'], ['al mayadeen', 'الميادين', 'الميادين نت'], 'Lebanon', null, 'ar'],
  ['Al-Ahram', ['ahram.org.eg'], ['al-ahram', 'ahram', 'الأهرام', 'بوابة الأهرام'], 'Egypt', null, 'ar'],
  ['Youm7', ['youm7.com'], ['youm7', 'اليوم السابع'], 'Egypt', null, 'ar'],
  ['Al-Quds Al-Arabi', ['alquds.co.uk'], ['al-quds al-arabi', 'القدس العربي'], 'United Kingdom', null, 'ar'],
  ['Arabi21', ['arabi21.com'], ['arabi21', 'عربي21', 'عربي 21'], 'United Kingdom', null, 'ar'],
  ['Al-Araby Al-Jadeed', ['alaraby.co.uk'], ['al-araby al-jadeed', 'العربي الجديد', 'the new arab'], 'United Kingdom', null, 'ar'],
  ['Independent Arabia', ['independentarabia.com'], ['independent arabia', 'اندبندنت عربية'], 'United Kingdom', null, 'ar'],
  ['Asharq', ['asharq.com'], ['asharq', 'الشرق'], 'Saudi Arabia', null, 'ar'],
  ['Al-Akhbar', ['al-akhbar.com'], ['الأخبار اللبنانية'], 'Lebanon', null, 'ar'],
  ['Annahar', ['annahar.com'], ['annahar', 'النهار'], 'Lebanon', null, 'ar'],
  ['WAFA', ['wafa.ps'], ['wafa', 'وفا', 'وكالة وفا'], 'Palestine', null, 'ar'],
  ['Saudi Press Agency', ['spa.gov.sa'], ['spa', 'واس', 'وكالة الأنباء السعودية'], 'Saudi Arabia', null, 'ar'],
  ['Emirates News Agency', ['wam.ae'], ['wam', 'وام'], 'United Arab Emirates', null, 'ar'],
  ['Deutsche Welle Arabic', ['dw.com/ar'], ['dw arabic', 'دويتشه فيله'], 'Germany', 'Deutsche Welle', 'ar'],
  ['Euronews Arabic', ['arabic.euronews.com'], ['euronews arabic', 'يورونيوز'], 'France', null, 'ar'],

  ['Reuters', ['reuters.com'], ['reuters', 'رويترز'], 'United Kingdom', 'Thomson Reuters', null],
  ['Agence France-Presse', ['afp.com'], ['afp', 'agence france-presse', 'فرانس برس', 'فرانس پرس', 'أ ف ب', 'أ.ف.ب'], 'France', null, null],
  ['Associated Press', ['apnews.com', 'ap.org'], ['ap', 'associated press', 'the associated press', 'أسوشيتد برس', 'أ ب'], 'United States', null, null],
  ['BBC News', ['bbc.co.uk', 'bbc.com'], ['bbc news'], 'United Kingdom', 'BBC', 'en'],
  ['CNN', ['cnn.com'], ['cnn', 'cnn international'], 'United States', 'Warner Bros. Discovery', 'en'],
  ['The Guardian', ['theguardian.com'], ['the guardian', 'guardian'], 'United Kingdom', 'Guardian Media Group', 'en'],
  ['The Washington Post', ['washingtonpost.com'], ['washington post', 'the washington post', 'wapo'], 'United States', null, 'en'],
  ['The Wall Street Journal', ['wsj.com'], ['wall street journal', 'the wall street journal', 'wsj'], 'United States', 'News Corp', 'en'],
  ['NPR', ['npr.org'], ['npr'], 'United States', null, 'en'],
  ['NBC News', ['nbcnews.com'], ['nbc news'], 'United States', 'NBCUniversal', 'en'],
  ['CBS News', ['cbsnews.com'], ['cbs news'], 'United States', 'Paramount', 'en'],
  ['ABC News', ['abcnews.go.com'], ['abc news'], 'United States', 'The Walt Disney Company', 'en'],
  ['Politico', ['politico.com'], ['politico'], 'United States', 'Axel Springer', 'en'],
  ['The Hill', ['thehill.com'], ['the hill'], 'United States', 'Nexstar Media Group', 'en'],
  ['Axios', ['axios.com'], ['axios', 'أكسيوس'], 'United States', null, 'en'],
  ['Bloomberg', ['bloomberg.com'], ['bloomberg', 'بلومبرغ'], 'United States', 'Bloomberg L.P.', 'en'],
  ['The Times of Israel', ['timesofisrael.com'], ['times of israel', 'the times of israel', 'تايمز أوف إسرائيل'], 'Israel', null, 'en'],
  ['Haaretz', ['haaretz.com'], ['haaretz', 'هآرتس'], 'Israel', null, 'en'],
  ['The Jerusalem Post', ['jpost.com'], ['jerusalem post', 'the jerusalem post', 'جيروزاليم بوست'], 'Israel', null, 'en'],
  ['The Independent', ['independent.co.uk'], ['the independent'], 'United Kingdom', null, 'en'],
  ['Daily Mail', ['dailymail.co.uk'], ['daily mail', 'mail online'], 'United Kingdom', 'DMG Media', 'en'],
  ['The Telegraph', ['telegraph.co.uk'], ['the telegraph', 'daily telegraph'], 'United Kingdom', null, 'en'],
  ['Los Angeles Times', ['latimes.com'], ['los angeles times', 'la times'], 'United States', null, 'en'],
];

export const KNOWN_OUTLETS: readonly KnownOutlet[] = ROWS.map(([name, domains, aliases, country, owner, language]) => ({ name, domains, aliases, country, owner, language }));
