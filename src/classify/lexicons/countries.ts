// Countries, continents and regions as news names them, Arabic and English: a name swapped for
// another in two otherwise equal claims (مصر والأردن / مصر والسودان) says a different "where" or
// "who". General knowledge, as data; a country and its capital are one actor (capitals.ts).
// Single words only (clitics are taken off the text's words before look-up); names of two words
// are matched through the claims' entities.

export const countryNames: readonly string[] = [
  // Arab countries
  'مصر', 'السودان', 'ليبيا', 'تونس', 'الجزائر', 'المغرب', 'موريتانيا', 'الصومال', 'جيبوتي', 'جزر القمر',
  'السعودية', 'اليمن', 'عمان', 'الإمارات', 'قطر', 'البحرين', 'الكويت', 'العراق', 'سوريا', 'سورية', 'لبنان',
  'الأردن', 'فلسطين', 'إسرائيل',
  // Asia
  'إيران', 'تركيا', 'أفغانستان', 'باكستان', 'الهند', 'بنغلاديش', 'سريلانكا', 'نيبال', 'الصين', 'اليابان', 'كوريا',
  'تايوان', 'منغوليا', 'فيتنام', 'تايلاند', 'ماليزيا', 'سنغافورة', 'إندونيسيا', 'الفلبين', 'ميانمار', 'بورما',
  'كمبوديا', 'كازاخستان', 'أوزبكستان', 'تركمانستان', 'طاجيكستان', 'قرغيزستان', 'أذربيجان', 'أرمينيا', 'جورجيا',
  // Europe
  'روسيا', 'أوكرانيا', 'بيلاروسيا', 'بولندا', 'ألمانيا', 'فرنسا', 'بريطانيا', 'إنجلترا', 'إنكلترا', 'اسكتلندا', 'أيرلندا',
  'إسبانيا', 'البرتغال', 'إيطاليا', 'اليونان', 'قبرص', 'مالطا', 'سويسرا', 'النمسا', 'بلجيكا', 'هولندا', 'لوكسمبورغ',
  'الدنمارك', 'السويد', 'النرويج', 'فنلندا', 'أيسلندا', 'المجر', 'التشيك', 'سلوفاكيا', 'رومانيا', 'بلغاريا', 'صربيا',
  'كرواتيا', 'البوسنة', 'ألبانيا', 'مقدونيا', 'كوسوفو', 'مولدوفا', 'ليتوانيا', 'لاتفيا', 'إستونيا', 'سلوفينيا',
  // Africa
  'إثيوبيا', 'إريتريا', 'كينيا', 'أوغندا', 'تنزانيا', 'رواندا', 'نيجيريا', 'غانا', 'السنغال', 'مالي', 'النيجر',
  'تشاد', 'الكاميرون', 'الكونغو', 'أنغولا', 'زامبيا', 'زيمبابوي', 'موزمبيق', 'مدغشقر', 'ناميبيا', 'بوتسوانا',
  'ساحل العاج', 'غينيا', 'بوركينا فاسو', 'ليبيريا', 'سيراليون', 'جنوب أفريقيا', 'جنوب السودان',
  // Americas, Oceania
  'أمريكا', 'أميركا', 'كندا', 'المكسيك', 'البرازيل', 'الأرجنتين', 'تشيلي', 'بيرو', 'كولومبيا', 'فنزويلا', 'كوبا',
  'الإكوادور', 'بوليفيا', 'أوروغواي', 'باراغواي', 'غواتيمالا', 'هندوراس', 'نيكاراغوا', 'بنما', 'هايتي', 'أستراليا', 'نيوزيلندا',
  // Continents and regions
  'أفريقيا', 'إفريقيا', 'أوروبا', 'آسيا', 'الخليج', 'المغرب العربي', 'الشرق الأوسط', 'أمريكا اللاتينية',
  // English
  'Egypt', 'Sudan', 'Libya', 'Tunisia', 'Algeria', 'Morocco', 'Somalia', 'Saudi', 'Yemen', 'Oman', 'UAE', 'Qatar',
  'Bahrain', 'Kuwait', 'Iraq', 'Syria', 'Lebanon', 'Jordan', 'Palestine', 'Israel', 'Iran', 'Turkey', 'Afghanistan',
  'Pakistan', 'India', 'Bangladesh', 'China', 'Japan', 'Korea', 'Taiwan', 'Vietnam', 'Thailand', 'Malaysia', 'Singapore',
  'Indonesia', 'Philippines', 'Myanmar', 'Russia', 'Ukraine', 'Poland', 'Germany', 'France', 'Britain', 'England',
  'Scotland', 'Ireland', 'Spain', 'Portugal', 'Italy', 'Greece', 'Cyprus', 'Switzerland', 'Austria', 'Belgium',
  'Netherlands', 'Denmark', 'Sweden', 'Norway', 'Finland', 'Hungary', 'Romania', 'Bulgaria', 'Serbia', 'Croatia',
  'Ethiopia', 'Eritrea', 'Kenya', 'Uganda', 'Nigeria', 'Ghana', 'Senegal', 'Mali', 'Niger', 'Chad', 'Congo',
  'America', 'Canada', 'Mexico', 'Brazil', 'Argentina', 'Chile', 'Peru', 'Colombia', 'Venezuela', 'Cuba',
  'Australia', 'Africa', 'Europe', 'Asia',
];
