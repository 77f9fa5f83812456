// Words of one kind: two claims that say the same thing but one word of a kind for another of the
// same kind (الدولار / اليورو, الذهب / النفط, ممثل / مغني, اغتصاب / قتل) usually say different
// things. General knowledge of news vocabulary, as data; each list is a whole class, not words
// taken from an evaluation set. Numbers, months and weekdays come from src/text/lexicons.
// Forms are matched by normalized form and by stem, so one form stands for its inflections.

export const wordKinds: Readonly<Record<string, readonly string[]>> = {
  currency: [
    'الدولار', 'اليورو', 'الإسترليني', 'الاسترليني', 'الين', 'اليوان', 'الروبل', 'الليرة', 'الريال', 'الدينار', 'الدرهم',
    'الجنيه', 'الروبية', 'الفرنك', 'الشيكل', 'البيتكوين', 'بيتكوين',
    'dollar', 'euro', 'sterling', 'pound', 'yen', 'yuan', 'ruble', 'rouble', 'lira', 'riyal', 'dinar', 'dirham', 'rupee', 'franc', 'shekel', 'bitcoin',
  ],
  commodity: [
    'النفط', 'الذهب', 'الفضة', 'الغاز', 'القمح', 'الذرة', 'السكر', 'القطن', 'البن', 'النحاس', 'الحديد', 'الألمنيوم', 'البلاتين', 'الخام',
    'oil', 'gold', 'silver', 'gas', 'wheat', 'corn', 'sugar', 'cotton', 'coffee', 'copper', 'iron', 'aluminium', 'platinum',
  ],
  colour: [
    'أبيض', 'بيضاء', 'أسود', 'سوداء', 'أحمر', 'حمراء', 'أخضر', 'خضراء', 'أزرق', 'زرقاء', 'أصفر', 'صفراء', 'أسمر', 'سمراء', 'رمادي', 'بني',
    'white', 'black', 'red', 'green', 'blue', 'yellow', 'brown', 'grey', 'gray',
  ],
  // Professions and public roles: who someone is.
  profession: [
    'ممثل', 'ممثلة', 'مغني', 'مغنية', 'مطرب', 'مطربة', 'مذيع', 'مذيعة', 'صحفي', 'صحفية', 'صحافي', 'صحافية', 'كاتب', 'كاتبة', 'روائي',
    'شاعر', 'شاعرة', 'مخرج', 'مخرجة', 'منتج', 'رسام', 'مصور', 'لاعب', 'لاعبة', 'مدرب', 'طبيب', 'طبيبة', 'مهندس', 'محامي', 'قاضي',
    'معلم', 'أستاذ', 'طالب', 'طالبة', 'جندي', 'ضابط', 'شرطي', 'وزير', 'وزيرة', 'نائب', 'سفير', 'رئيس', 'ملك', 'أمير', 'أميرة', 'ملكة',
    'actor', 'actress', 'singer', 'presenter', 'journalist', 'writer', 'novelist', 'poet', 'director', 'producer', 'painter',
    'photographer', 'player', 'coach', 'doctor', 'engineer', 'lawyer', 'judge', 'teacher', 'student', 'soldier', 'officer',
    'minister', 'ambassador', 'president', 'king', 'prince', 'princess', 'queen',
  ],
  // Offences a person is charged with.
  offence: [
    'اغتصاب', 'قتل', 'سرقة', 'اختلاس', 'تحرش', 'تهريب', 'احتيال', 'رشوة', 'فساد', 'تزوير', 'تجسس', 'إرهاب', 'اختطاف', 'خطف', 'اعتداء',
    'rape', 'murder', 'theft', 'embezzlement', 'harassment', 'smuggling', 'fraud', 'bribery', 'corruption', 'forgery', 'espionage',
    'terrorism', 'kidnapping', 'assault',
  ],
  // Family ties.
  kin: [
    'زوج', 'زوجة', 'ابن', 'ابنة', 'بنت', 'أخ', 'أخت', 'أب', 'والد', 'والدة', 'أم', 'جد', 'جدة', 'حفيد', 'حفيدة', 'عم', 'خال', 'أرملة',
    'husband', 'wife', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'grandfather', 'grandmother', 'grandson', 'uncle', 'widow',
  ],
  // Means of transport and their places (not a helicopter: it is also an aircraft).
  transport: [
    'قطار', 'قطارات', 'طائرة', 'طائرات', 'سفينة', 'قارب', 'حافلة', 'سيارة', 'شاحنة', 'مطار', 'مطارات', 'ميناء', 'محطة',
    'train', 'plane', 'ship', 'boat', 'bus', 'car', 'truck', 'airport', 'port', 'station',
  ],
  // Broadcast and print media.
  medium: ['تلفزيوني', 'تلفزيونية', 'إذاعي', 'إذاعية', 'صحيفة', 'مجلة', 'television', 'radio', 'newspaper', 'magazine'],
  season: ['الشتاء', 'الصيف', 'الربيع', 'الخريف', 'winter', 'summer', 'spring', 'autumn'],
};
