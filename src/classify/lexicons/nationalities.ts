// Nationality and group adjectives (masculine singular, as written): one swapped for another in
// otherwise identical claims (صينية / يابانية, German / Turkish) names a different actor.
// Feminine and plural forms are reached through the stemmer. Not عربي or غربي: they stand in names
// (الإمارات العربية المتحدة, الجامعة العربية, الضفة الغربية) and directions far more than as actors.

export const nationalityWords: readonly string[] = [
  'أمريكي', 'أميركي', 'روسي', 'صيني', 'ياباني', 'كوري', 'هندي', 'باكستاني', 'أفغاني', 'إيراني', 'تركي',
  'ألماني', 'فرنسي', 'بريطاني', 'إيطالي', 'إسباني', 'برتغالي', 'هولندي', 'بلجيكي', 'سويسري', 'سويدي',
  'نرويجي', 'دنماركي', 'بولندي', 'أوكراني', 'يوناني', 'نمساوي', 'مجري', 'روماني', 'صربي', 'كندي',
  'مكسيكي', 'برازيلي', 'أرجنتيني', 'أسترالي', 'إسرائيلي', 'فلسطيني', 'مصري', 'سعودي', 'قطري', 'إماراتي',
  'كويتي', 'بحريني', 'عماني', 'يمني', 'عراقي', 'سوري', 'لبناني', 'أردني', 'ليبي', 'تونسي', 'جزائري',
  'مغربي', 'موريتاني', 'سوداني', 'صومالي', 'إثيوبي', 'نيجيري', 'جنوب أفريقي', 'كردي', 'أوروبي', 'آسيوي',
  'أفريقي', 'يهودي', 'مسيحي', 'مسلم', 'سني', 'شيعي', 'قبطي', 'مجوسي',
  'American', 'Russian', 'Chinese', 'Japanese', 'Korean', 'Indian', 'Pakistani', 'Afghan', 'Iranian', 'Turkish',
  'German', 'French', 'British', 'Italian', 'Spanish', 'Dutch', 'Swiss', 'Swedish', 'Polish', 'Ukrainian',
  'Greek', 'Canadian', 'Mexican', 'Brazilian', 'Australian', 'Israeli', 'Palestinian', 'Egyptian', 'Saudi',
  'Qatari', 'Emirati', 'Kuwaiti', 'Yemeni', 'Iraqi', 'Syrian', 'Lebanese', 'Jordanian', 'Libyan',
  'Tunisian', 'Algerian', 'Moroccan', 'Sudanese', 'Kurdish', 'European', 'African', 'Arab', 'Jewish',
  'Christian', 'Muslim', 'Sunni', 'Shiite',
];

/** Words for casualties: "without casualties" in one claim contradicts casualties in the other. */
export const casualtyWords: readonly string[] = [
  'قتلى', 'قتيل', 'قتيلا', 'مقتل', 'قتل', 'ضحايا', 'ضحية', 'جرحى', 'جريح', 'إصابات', 'مصابين', 'إصابة',
  'وفيات', 'وفاة', 'مصرع', 'شهداء', 'شهيد', 'casualties', 'deaths', 'dead', 'killed', 'injured', 'wounded', 'victims',
];
