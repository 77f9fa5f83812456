// Words that decide whether a short quoted name or term is a scare quote: names of states,
// armies and organizations that outlets put in quotation marks to distance themselves from them;
// nouns after which a quoted name is a title (موقع "أكسيوس", the film "Jenin"); and words that
// introduce a quoted label as someone's wording (وصفها بـ"السخية", what he called "a disaster").

/** Names whose quoting marks distance, not quotation. Matched on the whole quoted text. */
export const scareEntities: Readonly<Record<'ar' | 'en', readonly string[]>> = {
  ar: [
    'إسرائيل', 'دولة إسرائيل', 'الدولة العبرية', 'الدولة اليهودية', 'أرض إسرائيل', 'يهودا والسامرة',
    'الجيش الإسرائيلي', 'جيش الدفاع', 'جيش الدفاع الإسرائيلي', 'الحكومة الإسرائيلية', 'حكومة إسرائيل',
    'الشاباك', 'الشين بيت', 'الموساد', 'الكنيست', 'الإدارة المدنية', 'الشرق الأوسط', 'الشرق الأوسط الجديد',
    'حماس', 'حزب الله', 'الحوثيين', 'الحوثيون', 'أنصار الله', 'الدولة الإسلامية', 'تنظيم الدولة', 'داعش',
    'المجتمع الدولي', 'الشرعية الدولية', 'العالم الحر', 'الناتو',
  ],
  en: [
    'israel', 'state of israel', 'jewish state', 'palestine', 'state of palestine', 'middle east', 'idf',
    'israel defense forces', 'islamic state', 'hamas', 'hezbollah', 'international community', 'free world',
    'judea and samaria',
  ],
};

/** After one of these nouns a quoted name is the title of an outlet, work or operation. */
export const titleNouns: Readonly<Record<'ar' | 'en', readonly string[]>> = {
  ar: [
    'موقع', 'صحيفة', 'جريدة', 'قناة', 'وكالة', 'شبكة', 'مجلة', 'إذاعة', 'برنامج', 'كتاب', 'فيلم', 'مسلسل',
    'تطبيق', 'منصة', 'حساب', 'وسم', 'هاشتاغ', 'عملية', 'معركة', 'مبادرة', 'خطة', 'صفقة', 'مشروع', 'شركة',
    'مجموعة', 'مؤسسة', 'مركز', 'منظمة', 'جمعية', 'مستشفى', 'معبر', 'مخيم', 'سفينة', 'صاروخ', 'صواريخ', 'طائرة',
    'تقرير', 'دراسة', 'قانون', 'مقال', 'مقالة', 'تحقيق', 'بعنوان', 'عنوان', 'شعار',
    // A group's type before its name: حركة "حماس" marks the name, as Arabic style does for acronyms.
    'حركة', 'جماعة', 'تنظيم', 'حزب', 'كتائب', 'سرايا', 'لواء', 'فرقة', 'وحدة',
  ],
  en: [
    'newspaper', 'magazine', 'website', 'channel', 'network', 'book', 'film', 'movie', 'show', 'series', 'program',
    'programme', 'podcast', 'operation', 'plan', 'deal', 'initiative', 'project', 'company', 'group', 'report',
    'article', 'act', 'bill', 'titled', 'entitled', 'headlined', 'slogan', 'hashtag', 'campaign',
  ],
};

/** Words that make a following short quotation someone's wording (checked up to three words before it). */
export const describingWords: Readonly<Record<'ar' | 'en', readonly string[]>> = {
  ar: [
    'وصف', 'وصفت', 'وصفه', 'وصفها', 'وصفهم', 'وصفته', 'وصفتها', 'وصفوا', 'وصفوه', 'واصفا', 'واصفة', 'يصف', 'تصف',
    'يصفها', 'يصفه', 'تصفها', 'سمى', 'سماه', 'سماها', 'أسماه', 'أسمته', 'أسماها', 'يسمى', 'تسمى', 'يسميه', 'تسميه',
    'يدعى', 'تدعى', 'أطلق', 'أطلقت', 'يطلق', 'تطلق', 'لقب', 'مصطلح', 'كلمة', 'عبارة', 'تعبير', 'اسم', 'باسم',
    'بوصفه', 'نعت', 'نعته', 'اعتبره', 'اعتبرها', 'معتبرا', 'معتبرة',
    // designations: تصنفه واشنطن بـ"الإرهابي"
    'صنف', 'صنفت', 'صنفته', 'صنفها', 'يصنف', 'تصنف', 'يصنفه', 'تصنفه', 'يصنفها', 'تصنفها', 'المصنفة', 'المصنف',
    // chants, slogans, banners: هتافات "خونة"
    'هتاف', 'هتافات', 'هتفوا', 'يهتفون', 'هاتفين', 'رددوا', 'يرددون', 'مرددين', 'شعارات', 'لافتة', 'لافتات',
  ],
  en: [
    'called', 'calls', 'calling', 'dubbed', 'dubs', 'described', 'describes', 'describing', 'termed', 'terms',
    'labeled', 'labelled', 'branded', 'nicknamed', 'named', 'known', 'word', 'words', 'term', 'phrase', 'as',
    'designated', 'designates', 'chanted', 'chanting', 'chants', 'signs', 'banners', 'slogans', 'shouted', 'shouting',
  ],
};
