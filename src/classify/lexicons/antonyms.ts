// Opposites in news language, Arabic and English: each row is two sets of forms that contradict
// each other when one claim uses the first where the other uses the second. General knowledge of
// how news reports change (rise/fall, open/close, accept/reject), not words mined from a dataset.
//
// How the rows are read (src/classify/cues.ts): every form is keyed by its normalized form AND its
// stem, and a token matches by its normalized form, its stem, or its form without one leading
// clitic (و ف ب ل ك, وال بال ...). So a form also stands for every word that shares its stem
// (`مرتفعة` also keys `مرتفع`), and for every word that is a clitic plus the form (`عالية` would
// match `فعالية` "event"). Forms are single words: a token never contains a space.
//
// Precision over recall: a pair is flagged between ANY word of one side found only in one claim and
// ANY word of the other side found only in the other claim, wherever they stand in the sentence.
// Rows are therefore kept tight (one contrast each), and words are left out when a common second
// sense would fire in ordinary reports. Left out on purpose:
//   قبل/بعد, before/after (قبل "accepted", من قبل "by", بعد "yet"/"far"); أول/آخر, first/last
//   (آخر "another", الأخيرة "recent", تشرين الأول); north/south/east/west and inside/outside
//   (الضفة الغربية, الشرق الأوسط, South Africa, الخارجية "foreign ministry"); near/far (قرب, "so far");
//   أكثر/أقل, more/less (على الأقل "at least" paraphrases أكثر من); many/few (بعد قليل "shortly");
//   old/new (من جديد "again", القدس القديمة); early/late ("late Tuesday" = "early Wednesday");
//   سلام/حرب, truce/fighting, تهدئة/تصعيد (a call for calm and a warning of escalation say the same;
//   "de-escalation" contains "escalation"; سلامة "safety" stems to سلام); arrive/leave, enter/exit,
//   buy/sell, import/export, give/receive (converse pairs: "A left for B" = "arrived in B from A");
//   attack/defend; safe/dangerous and legal/illegal (usually said as "not safe", غير قانوني);
//   killed/injured
//   (casualty reports list both); found/missing (complementary counts in disaster reports);
//   easy/hard (سهلة stems to سهل, a plain: سهل نينوى);
//   adjectives mostly met negated (غير مقبول, غير مؤكد, غير مستقر, غير علني): the cue does not
//   look at a preceding negation, so "غير X" would sit on X's side.

export const antonymPairs: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  // ============================================================================================
  // Arabic
  // ============================================================================================

  // Amount goes up / goes down (prices, tolls, rates). زيادة stems to زياد (the name Ziad), and
  // يزيد/تزيد also say "more than" (ما يزيد عن); هبط also "landed"; تراجع also "backed down".
  [['ارتفع', 'ارتفعت', 'ارتفعوا', 'يرتفع', 'ترتفع', 'يرتفعون', 'سيرتفع', 'سترتفع', 'ارتفاع', 'ارتفاعا', 'ارتفاعات',
    'صعدت', 'يصعد', 'تصعد', 'صعود', 'صعودا', 'صاعد', 'صاعدة',
    'زاد', 'زادت', 'زادوا', 'يزيد', 'تزيد', 'زيادة', 'زيادات', 'ازداد', 'ازدادت', 'يزداد', 'تزداد', 'ازدياد',
    'تزايد', 'تزايدت', 'يتزايد', 'تتزايد', 'متزايد', 'متزايدة',
    'قفز', 'قفزت', 'يقفز', 'تقفز', 'قفزة', 'قفزات', 'تضاعف', 'تضاعفت', 'يتضاعف', 'تتضاعف',
    'تصاعد', 'تصاعدت', 'يتصاعد', 'تتصاعد', 'متصاعد', 'متصاعدة'],
  ['انخفض', 'انخفضت', 'انخفضوا', 'ينخفض', 'تنخفض', 'ينخفضون', 'سينخفض', 'ستنخفض', 'انخفاض', 'انخفاضا', 'انخفاضات',
    'هبط', 'هبطت', 'يهبط', 'تهبط', 'هبوط', 'هبوطا', 'هابط', 'هابطة',
    'تراجع', 'تراجعت', 'تراجعوا', 'يتراجع', 'تتراجع', 'تراجعا', 'تراجعات',
    'تدنى', 'تدنت', 'يتدنى', 'تتدنى', 'تدني', 'هوت', 'يهوي', 'تهوي', 'تهاوى', 'تهاوت', 'يتهاوى', 'تتهاوى',
    'تناقص', 'تناقصت', 'يتناقص', 'تتناقص', 'تقلص', 'تقلصت', 'يتقلص', 'تتقلص', 'تقليص', 'قلص', 'قلصت', 'يقلص',
    'انحسر', 'انحسرت', 'ينحسر', 'انحسار',
    // Lowering on purpose says the amount goes down (تزيد الإنتاج / تخفض الإنتاج).
    'خفض', 'خفضت', 'خفضوا', 'يخفض', 'تخفض', 'تخفيض']],
  // A level that is high / low (a price, a rate). Not عالية: its clitic-less match فعالية is "event".
  [['مرتفع', 'مرتفعة', 'مرتفعا', 'مرتفعين'], ['منخفض', 'منخفضة', 'منخفضا', 'منخفضين', 'متدن', 'متدنية']],
  // Highest / lowest (a price or a rate at its highest level / its lowest: أعلى مستوى / أدنى
  // مستوى). With the article they are titles (المرشد الأعلى, الحد الأدنى, الشرق الأدنى in
  // UNRWA's name): see titleElatives.
  [['أعلى'], ['أدنى']],
  // A change that is sharp / slight (انخفاض حاد / انخفاض طفيف).
  [['حاد', 'حادة', 'حادا'], ['طفيف', 'طفيفة', 'طفيفا']],
  // Comparatives, one contrast per row. أكبر also in الله أكبر; أقصر left out (الأقصر is Luxor).
  [['أكبر'], ['أصغر']],
  [['أقوى'], ['أضعف']],
  // Strong / weak (a turnout, a position, a currency).
  [['قوي', 'قوية', 'قويا'], ['ضعيف', 'ضعيفة', 'ضعيفا']],
  [['أفضل'], ['أسوأ']],
  [['أسرع'], ['أبطأ']],
  [['أغلى'], ['أرخص']],
  [['أوسع'], ['أضيق']],
  [['أغنى'], ['أفقر']],
  // Size: big / small. كبير also "chief" (كبير المفاوضين); بشكل كبير / بشكل طفيف is the usual contrast.
  [['كبير', 'كبيرة', 'كبيرا', 'ضخم', 'ضخمة', 'ضخما', 'هائل', 'هائلة', 'هائلا'],
    ['صغير', 'صغيرة', 'صغيرا', 'ضئيل', 'ضئيلة', 'ضئيلا', 'طفيف', 'طفيفة']],
  // Scope: full, wide / partial, limited (انسحاب كامل / جزئي, عملية واسعة / محدودة). كامل is also a name.
  [['كامل', 'كاملة', 'كاملا', 'بالكامل', 'شامل', 'شاملة', 'شاملا', 'واسع', 'واسعة', 'واسعا'],
    ['جزئي', 'جزئية', 'جزئيا', 'محدود', 'محدودة', 'محدودا']],
  // Injuries: slight / serious.
  [['طفيفة', 'طفيف', 'طفيفا'], ['خطيرة', 'خطير', 'خطيرا', 'بليغة']],
  // Intensity: heavy, violent / sporadic (قصف كثيف / قصف متقطع).
  [['كثيف', 'كثيفة', 'كثيفا', 'مكثف', 'مكثفة', 'مكثفا', 'عنيف', 'عنيفة', 'عنيفا'], ['متقطع', 'متقطعة', 'متقطعا', 'ضعيف', 'ضعيفة', 'ضعيفا']],
  // Peaceful / violent (مظاهرات سلمية / عنيفة). سلمي keeps its nisba ي in the stem, apart from سلام.
  [['سلمي', 'سلمية', 'سلميا'], ['عنيف', 'عنيفة', 'عنيفا']],
  // Temporary / permanent (هدنة مؤقتة / وقف دائم). دائما "always" shares the stem دائم.
  [['مؤقت', 'مؤقتة', 'مؤقتا'], ['دائم', 'دائمة']],
  // Public / secret. Only the adverb علنا: اجتماع غير علني is a secret meeting.
  [['علنا'], ['سري', 'سرية', 'سرا']],
  // Positive / negative (a reply, a test result).
  [['إيجابي', 'إيجابية', 'إيجابيا'], ['سلبي', 'سلبية', 'سلبيا']],
  // Optimistic / pessimistic.
  [['تفاؤل', 'متفائل', 'متفائلة', 'متفائلون'], ['تشاؤم', 'متشائم', 'متشائمة', 'متشائمون']],
  // Calm / tense (the adjectives only; الهدوء and التوتر also appear in calls and warnings).
  [['هادئ', 'هادئة', 'هادئا'], ['متوتر', 'متوترة', 'متوترا']],
  // Cheap / expensive.
  [['رخيص', 'رخيصة', 'رخيصا'], ['باهظ', 'باهظة', 'باهظا', 'غالية']],
  // Rich / poor. Not غني alone (غني عن القول).
  [['غنية', 'ثري', 'ثرية', 'أثرياء', 'أغنياء'], ['فقير', 'فقيرة', 'فقراء']],
  // Beneficial / harmful.
  [['مفيد', 'مفيدة'], ['ضار', 'ضارة']],
  // Solid / fragile (هدنة هشة).
  [['متين', 'متينة', 'راسخ', 'راسخة'], ['هش', 'هشة']],
  // Friendly / hostile.
  [['ودي', 'ودية', 'وديا'], ['عدائي', 'عدائية', 'عداء']],
  // Warm / cool reception. Not حار (بحار "seas").
  [['حفاوة', 'دافئ', 'دافئة'], ['فاتر', 'فاترة']],
  // Fair / rigged (elections). Not نزيه (انتخابات غير نزيهة).
  [['نزاهة'], ['مزور', 'مزورة', 'تزوير', 'زورت']],
  // Majority / minority.
  [['أغلبية', 'غالبية', 'أكثرية'], ['أقلية']],

  // --- Economy ------------------------------------------------------------------------------
  // Profit / loss. خسائر is also "casualties", rarely beside أرباح.
  [['ربح', 'ربحت', 'يربح', 'تربح', 'أرباح', 'أرباحا', 'مكاسب', 'مكسب'], ['خسارة', 'خسائر', 'خسر', 'خسرت', 'يخسر', 'تخسر']],
  // Surplus / deficit. عجز is also "inability" (عجز عن).
  [['فائض', 'فائضا'], ['عجز', 'عجزا']],
  // Growth, boom / contraction, recession. Not نما (بنما is Panama).
  [['نمو', 'نموا', 'ينمو', 'تنمو', 'ازدهار', 'ازدهر', 'يزدهر'], ['انكماش', 'انكمش', 'انكمشت', 'ينكمش', 'ركود', 'كساد']],
  // Recovery / collapse. انهار is also أنهار "rivers".
  [['انتعاش', 'انتعش', 'انتعشت', 'ينتعش', 'تنتعش', 'تعافى', 'تعافت', 'يتعافى', 'تعافي'],
    ['انهيار', 'انهار', 'انهارت', 'ينهار', 'تنهار']],
  // Improve / worsen. Not تحسين (mostly in calls: دعا إلى تحسين).
  [['تحسن', 'تحسنت', 'يتحسن', 'تتحسن'], ['تدهور', 'تدهورت', 'يتدهور', 'تتدهور', 'تفاقم', 'تفاقمت', 'يتفاقم', 'تتفاقم']],
  // Strengthen / weaken. Not إضعاف (same letters as أضعاف "multiples"); تعزيزات "reinforcements" shares the stem.
  [['تعزيز', 'عزز', 'عززت', 'يعزز', 'تعزز', 'تقوية'], ['أضعف', 'أضعفت', 'يضعف', 'تضعف']],
  // Accelerate / slow down.
  [['تسارع', 'تسارعت', 'يتسارع', 'تتسارع'], ['تباطؤ', 'تباطأ', 'تباطأت', 'يتباطأ', 'تتباطأ']],
  // Expand / shrink. Not وسع (بوسع "able to").
  [['توسيع', 'يوسع', 'توسع', 'توسعت', 'يتوسع', 'تتوسع'], ['تقليص', 'قلص', 'قلصت', 'يقلص', 'تقلص', 'تقلصت', 'يتقلص', 'انكماش']],
  // Abundant / scarce. نقص here is "shortage". Not متوفر (غير متوفر "unavailable").
  [['وفرة'], ['شح', 'شحيح', 'شحيحة', 'نقص', 'نفاد', 'نفد', 'نفدت', 'ندرة']],
  // Raise / lower (rates, prices). رفع is also "lift" and "file (a suit)", خفض also خفض التصعيد.
  [['رفع', 'رفعت', 'رفعوا', 'يرفع', 'ترفع'], ['خفض', 'خفضت', 'خفضوا', 'يخفض', 'تخفض', 'تخفيض', 'قلص', 'قلصت', 'يقلص', 'تقلص', 'تقليص']],

  // --- Outcomes -----------------------------------------------------------------------------
  // Win / lose. Converse risk ("A beat B" = "B lost"): هزم and هزيمة are left out, since who
  // defeated whom is not in the word; فائز (the name Fayez) and منتصر (Muntasir) too.
  [['فاز', 'فازت', 'فازوا', 'يفوز', 'تفوز', 'سيفوز', 'فوز', 'فوزا', 'انتصر', 'انتصرت', 'ينتصر', 'تنتصر', 'انتصار', 'انتصارا'],
    ['خسر', 'خسرت', 'خسروا', 'يخسر', 'تخسر', 'سيخسر', 'خسارة', 'خاسر', 'خاسرة', 'انهزم', 'انهزمت', 'مهزوم', 'مهزومة']],
  // Succeed / fail. Not تمكن (لم يتمكن "could not" paraphrases فشل).
  [['نجح', 'نجحت', 'نجحوا', 'ينجح', 'تنجح', 'نجاح', 'نجاحا', 'ناجح', 'ناجحة'],
    ['فشل', 'فشلت', 'فشلوا', 'يفشل', 'تفشل', 'فشلا', 'فاشل', 'فاشلة', 'أخفق', 'أخفقت', 'يخفق', 'تخفق', 'إخفاق',
      'تعثر', 'تعثرت', 'يتعثر', 'تتعثر']],
  // Accept, approve, ratify / reject, veto. Not مقبول (nearly always غير مقبول), أقر (باقر, a name,
  // loses its ب), اعترض (mostly "intercepted" a missile) or صادق (a name).
  [['قبول', 'قبلت', 'قبلوا', 'يقبل', 'تقبل', 'وافق', 'وافقت', 'وافقوا', 'يوافق', 'توافق', 'موافقة',
    'يصادق', 'تصادق', 'صادقت', 'مصادقة', 'أقرت', 'يقر', 'تقر', 'إقرار'],
  ['رفض', 'رفضت', 'رفضوا', 'يرفض', 'ترفض', 'رافض', 'رافضة', 'رافضا', 'مرفوض', 'مرفوضة', 'فيتو', 'نقض']],
  // Support / oppose, reject, denounce (يؤيد / يرفض, تساند / تستنكر). Not معارضة (the opposition;
  // its stem معارض is also "exhibitions").
  [['دعم', 'دعمت', 'دعموا', 'يدعم', 'تدعم', 'داعم', 'داعمة', 'تأييد', 'أيد', 'أيدت', 'أيدوا', 'يؤيد', 'تؤيد', 'مؤيد', 'مؤيدة',
    'ساند', 'ساندت', 'ساندوا', 'يساند', 'تساند', 'مساندة', 'مساند'],
  ['عارض', 'عارضت', 'عارضوا', 'يعارض', 'تعارض', 'يعارضون',
    'رفض', 'رفضت', 'رفضوا', 'يرفض', 'ترفض', 'رافض', 'رافضة', 'رافضا',
    'ندد', 'نددت', 'نددوا', 'يندد', 'تندد', 'تنديد', 'استنكر', 'استنكرت', 'يستنكر', 'تستنكر', 'استنكار']],
  // Welcome / condemn. يدين is also "two hands" and "owes", تدين "religiosity".
  // Welcome, encouragement, relief / anger, displeasure (ترحيب دولي / غضب دولي).
  [['رحب', 'رحبت', 'رحبوا', 'يرحب', 'ترحب', 'ترحيب', 'ترحيبا', 'تشجيع', 'شجع', 'شجعت', 'يشجع', 'ارتياح'],
    ['أدان', 'أدانت', 'أدانوا', 'يدين', 'تدين', 'إدانة', 'ندد', 'نددت', 'نددوا', 'يندد', 'تندد', 'تنديد',
      'شجب', 'شجبت', 'يشجب', 'تشجب', 'استنكر', 'استنكرت', 'يستنكر', 'تستنكر', 'استنكار',
      'غضب', 'غاضب', 'غاضبة', 'غاضبون', 'استياء', 'سخط']],
  // Praise / criticise. Not أثنى (اثني عشر "twelve"); not هاجم (mostly a military attack).
  [['أشاد', 'أشادت', 'أشادوا', 'يشيد', 'تشيد', 'إشادة', 'ثناء', 'مدح', 'يمدح'],
    ['انتقد', 'انتقدت', 'انتقدوا', 'ينتقد', 'تنتقد', 'انتقاد', 'انتقادات', 'منتقدا']],
  // Defend / criticise (a leader who defends a policy, one who criticises it). The verbs only: دفاع
  // is also the defence ministry (وزارة الدفاع).
  [['دافع', 'دافعت', 'دافعوا', 'يدافع', 'تدافع', 'يدافعون', 'مدافعا'],
    ['انتقد', 'انتقدت', 'انتقدوا', 'ينتقد', 'تنتقد', 'انتقاد', 'انتقادات', 'منتقدا']],
  // Confirm, admit / deny. أكد is often just "said"; "أكد أنه لم ..." paraphrasing نفى would be
  // flagged. اعتراف is also "recognition" (of a state). Not مؤكد (أنباء غير مؤكدة).
  [['أكد', 'أكدت', 'أكدوا', 'يؤكد', 'تؤكد', 'تأكيد', 'اعترف', 'اعترفت', 'اعترفوا', 'يعترف', 'تعترف', 'اعتراف'],
    ['نفى', 'نفت', 'نفوا', 'ينفي', 'تنفي', 'نفي', 'نافيا', 'نافية', 'أنكر', 'أنكرت', 'ينكر', 'إنكار', 'كذبت', 'تكذيب']],
  // Agree / disagree. اتفاق is also "a deal"; خلافا also "contrary to".
  [['اتفق', 'اتفقت', 'اتفقوا', 'يتفق', 'تتفق', 'اتفاق', 'اتفاقا', 'متفق', 'متفقون', 'توافق'],
    ['اختلف', 'اختلفت', 'اختلفوا', 'يختلف', 'تختلف', 'خلاف', 'خلافات', 'اختلاف']],
  // Unite / split. Not وحدة ("unit") or اتحاد ("union", الاتحاد الأوروبي).
  [['توحيد', 'توحد', 'توحدت', 'يتوحد', 'تتوحد', 'موحد', 'موحدة'],
    ['انقسام', 'انقسم', 'انقسمت', 'ينقسم', 'تنقسم', 'منقسم', 'منقسمة', 'انشقاق', 'انشق', 'انشقت', 'ينشق']],
  // Ally, friend / enemy. Not خصم (also "discount").
  [['حليف', 'حليفة', 'حلفاء', 'صديق', 'صديقة', 'أصدقاء', 'شريك', 'شركاء'], ['عدو', 'عدوة', 'أعداء', 'خصوم']],
  // Reconcile, normalise / break off. قطع is also a power cut or a road block.
  [['تصالح', 'تصالحت', 'تقارب', 'تطبيع'], ['قطيعة', 'قطع', 'قطعت', 'يقطع', 'تقطع']],
  // Keep to / break (a truce, a pledge): verbs only, since الالتزام and الانتهاكات fill calls and charges.
  [['التزم', 'التزمت', 'التزموا', 'يلتزم', 'تلتزم', 'ملتزم', 'ملتزمة'],
    ['انتهك', 'انتهكت', 'انتهكوا', 'ينتهك', 'تنتهك', 'خرق', 'خرقت', 'خرقوا', 'يخرق', 'تخرق']],
  // Facilitate / obstruct (aid, talks).
  [['تسهيل', 'سهلت', 'يسهل', 'تسهل'], ['عرقلة', 'عرقل', 'عرقلت', 'عرقلوا', 'يعرقل', 'تعرقل', 'إعاقة', 'أعاق', 'أعاقت', 'يعيق', 'تعيق']],
  // Insist / back down. Not مصر or مصرة ("insistent", the letters of Egypt).
  [['تمسك', 'تمسكت', 'تمسكوا', 'يتمسك', 'تتمسك', 'متمسك', 'متمسكة', 'أصر', 'أصرت', 'أصروا', 'يصر'],
    ['تراجع', 'تراجعت', 'تراجعوا', 'يتراجع', 'تتراجع', 'تنازل', 'تنازلت', 'تنازلوا', 'يتنازل', 'تتنازل']],

  // --- Open, start, continue ----------------------------------------------------------------
  // Open / close. Not فتح (the Fatah movement); فتحت is also "opened fire".
  [['يفتح', 'تفتح', 'فتحت', 'فتحوا', 'مفتوح', 'مفتوحة'], ['أغلق', 'أغلقت', 'أغلقوا', 'يغلق', 'تغلق', 'إغلاق', 'مغلق', 'مغلقة', 'غلق']],
  // Start, open (a session) / end, postpone, cancel. Not بدء / انتهاء / إنهاء: منذ بدء الحرب,
  // بعد انتهاء and calls for إنهاء الحرب are background, not news of a start or an end. Not بدأ
  // (normalized بدا, "seemed"); يبدأ stems to يبد, also لم يبدِ "did not show".
  [['بدأت', 'بدأوا', 'يبدأ', 'تبدأ', 'سيبدأ', 'انطلق', 'انطلقت', 'ينطلق', 'تنطلق',
    'افتتح', 'افتتحت', 'يفتتح', 'تفتتح', 'افتتاح'],
  ['انتهى', 'انتهت', 'انتهوا', 'ينتهي', 'تنتهي', 'أنهى', 'أنهت', 'ينهي', 'تنهي',
    'اختتم', 'اختتمت', 'يختتم', 'تختتم', 'اختتام', 'تأجيل', 'يؤجل', 'تؤجل', 'أرجأ', 'أرجأت', 'إرجاء',
    'ألغى', 'ألغت', 'ألغوا', 'يلغي', 'تلغي', 'إلغاء']],
  // Continue, resume / stop. Not وقف (وقف إطلاق النار), تواصل ("contact"), تعليق ("comment") or
  // أوقف ("arrested"). استئناف is also "appeal" (محكمة الاستئناف).
  [['استمر', 'استمرت', 'استمروا', 'يستمر', 'تستمر', 'استمرار', 'مستمر', 'مستمرة', 'متواصل', 'متواصلة',
    'واصل', 'واصلت', 'واصلوا', 'يواصل', 'مواصلة', 'استأنف', 'استأنفت', 'استأنفوا', 'يستأنف', 'تستأنف', 'استئناف'],
  ['توقف', 'توقفت', 'توقفوا', 'يتوقف', 'تتوقف', 'متوقف', 'متوقفة', 'إيقاف', 'يوقف']],
  // Extend / expire (a truce, a mandate).
  [['تمديد', 'مدد', 'مددت', 'مددوا', 'يمدد'], ['انتهى', 'انتهت', 'ينتهي', 'تنتهي', 'انتهاء', 'انقضاء', 'انقضت']],
  // Convene / postpone, cancel (a meeting).
  [['انعقد', 'انعقدت', 'ينعقد', 'تنعقد', 'انعقاد'],
    ['تأجيل', 'يؤجل', 'تؤجل', 'مؤجل', 'مؤجلة', 'أرجأ', 'أرجأت', 'إرجاء', 'ألغى', 'ألغت', 'يلغي', 'تلغي', 'إلغاء']],
  // Speed up / delay.
  [['تسريع', 'يسرع', 'تسرع'], ['تأخير', 'يؤخر', 'تؤخر', 'تأخر', 'تأخرت', 'يتأخر', 'تتأخر', 'إبطاء', 'يبطئ', 'تبطئ']],

  // --- Rules and sanctions ------------------------------------------------------------------
  // Impose / cancel, ease. Not رفع here: فرض ضرائب and رفع الضرائب both say taxes went up.
  [['فرض', 'فرضت', 'فرضوا', 'يفرض', 'تفرض'], ['ألغى', 'ألغت', 'يلغي', 'تلغي', 'إلغاء', 'تخفيف', 'خفف', 'خففت', 'يخفف', 'تخفف']],
  // Tighten / ease. Not شدد or مشدد (مشدداً على "stressing", a reporting verb).
  [['تشديد'], ['تخفيف', 'خفف', 'خففت', 'خففوا', 'يخفف', 'تخفف', 'مخفف', 'مخففة']],
  // Allow / ban, prevent. منع is also "prevent" in statements (لمنع توسع الصراع); not مسموح
  // (غير مسموح).
  [['سمح', 'سمحت', 'سمحوا', 'يسمح', 'تسمح', 'سماح'],
    ['حظر', 'حظرت', 'حظروا', 'يحظر', 'تحظر', 'محظور', 'محظورة', 'منع', 'منعت', 'منعوا', 'يمنع', 'تمنع', 'ممنوع', 'ممنوعة']],
  // Grant / withdraw, deny (citizenship, a licence). سحب is also "clouds".
  [['منح', 'منحت', 'منحوا', 'يمنح', 'تمنح', 'أعطى', 'أعطت', 'يعطي'], ['سحب', 'سحبت', 'سحبوا', 'يسحب', 'تسحب', 'حرمان', 'منع', 'منعت', 'يمنع', 'تمنع']],
  // Send / withdraw (troops, an ambassador).
  [['أرسل', 'أرسلت', 'أرسلوا', 'يرسل', 'ترسل', 'إرسال'], ['سحب', 'سحبت', 'سحبوا', 'يسحب', 'تسحب']],
  // Build / demolish. Not بناء (بناء على "based on"), بنى/بنت (بني, بنت "girl"), تبني ("adopt").
  [['يبني', 'بنوا', 'تشييد', 'إنشاء', 'أنشأ', 'أنشأت', 'ينشئ', 'تنشئ'], ['هدم', 'هدمت', 'هدموا', 'يهدم', 'تهدم']],
  // Include / exclude. Not شمل (لم الشمل) or استثناء (باستثناء "except").
  [['شملت', 'يشمل', 'تشمل'], ['استثنى', 'استثنت', 'يستثني', 'تستثني']],

  // --- Justice and office -------------------------------------------------------------------
  // Arrest / release. Not احتجز (hostage reports recall who held them: "الرهائن الذين احتجزتهم"),
  // أسر ("families"), سجن ("prison"), تحرير (هيئة تحرير الشام, منظمة التحرير) or أطلق ("fired").
  // A release report that recalls the arrest (أفرج عن أسرى اعتقلتهم) is still a risk.
  [['اعتقل', 'اعتقلت', 'اعتقلوا', 'يعتقل', 'تعتقل', 'اعتقال', 'اعتقالات', 'توقيف', 'قبض', 'قبضت', 'يقبض', 'تقبض'],
    ['أفرج', 'أفرجت', 'أفرجوا', 'يفرج', 'تفرج', 'إفراج', 'سراح']],
  // Convict / acquit. أدان and إدانة are also "condemn". Not برأ (the letters of برا "by land").
  // A death sentence and an accusation stand against an acquittal too (تقضي بإعدام / تقضي ببراءة);
  // not متهم: the accused are named in the acquittal too.
  [['أدان', 'أدانت', 'إدانة', 'مدان', 'مدانة', 'مذنب', 'مذنبة', 'إعدام', 'اتهم', 'اتهمت', 'يتهم', 'تتهم', 'اتهام'], ['برأت', 'يبرئ', 'تبرئ', 'تبرئة', 'براءة', 'بريء', 'بريئة']],
  // Appoint / dismiss, resign. Not عين ("eye", عين الحلوة), عزل (عزل "unarmed"), انتخاب ("elections").
  [['تعيين', 'عينت', 'يعين'],
    ['أقال', 'أقالت', 'يقيل', 'تقيل', 'إقالة', 'استقال', 'استقالت', 'استقالوا', 'يستقيل', 'تستقيل', 'استقالة', 'مستقيل']],
  // Hire / lay off.
  [['توظيف', 'وظفت', 'يوظف', 'توظف'], ['تسريح', 'سرحت', 'يسرح', 'تسرح']],
  // Take office / be ousted. تولى normalizes to تولي, also "attach" (تولي أهمية).
  [['تولى', 'تولت', 'تولوا', 'يتولى', 'تتولى'], ['أطاح', 'أطاحت', 'أطاحوا', 'يطيح', 'تطيح', 'إطاحة', 'أطيح']],

  // --- Forces, people -----------------------------------------------------------------------
  // Advance, take control / retreat, withdraw. تقدم is also "progress" and "submitted" (تقدم بطلب).
  [['تقدم', 'تقدمت', 'تقدموا', 'يتقدم', 'تتقدم', 'سيطر', 'سيطرت', 'سيطروا', 'يسيطر', 'تسيطر', 'سيطرة'],
    ['تراجع', 'تراجعت', 'تراجعوا', 'يتراجع', 'تتراجع', 'تقهقر', 'تقهقرت', 'انسحب', 'انسحبت', 'انسحبوا', 'ينسحب', 'تنسحب', 'انسحاب']],
  // Regain / lose (ground, control). Not فقد ("for indeed", ف + قد) or تفقد ("inspected").
  [['استعاد', 'استعادت', 'استعادوا', 'يستعيد', 'تستعيد', 'استعادة'], ['خسر', 'خسرت', 'خسروا', 'يخسر', 'تخسر', 'فقدت', 'يفقد', 'فقدان']],
  // Join / leave (an alliance, a deal).
  [['انضم', 'انضمت', 'انضموا', 'ينضم', 'تنضم', 'انضمام'], ['انسحب', 'انسحبت', 'انسحبوا', 'ينسحب', 'تنسحب', 'انسحاب']],
  // Attend, take part / stay away, boycott. Not قاطع ("categorical": رفض قاطع) or مقاطعة (its stem
  // مقاطع is "clips"). غياب is also "in the absence of".
  [['حضر', 'حضرت', 'حضروا', 'يحضر', 'حضور', 'شارك', 'شاركت', 'شاركوا', 'يشارك', 'تشارك', 'مشاركة'],
    ['غاب', 'غابت', 'غابوا', 'يغيب', 'تغيب', 'غياب', 'قاطعت', 'قاطعوا', 'يقاطع', 'يقاطعون']],
  // Survive / die. وفاة stems to وفا, the WAFA news agency. Not ناجين (the search for survivors is
  // in every death toll), سالم (كرم أبو سالم), إنقاذ (rescue teams), شفاء (مستشفى الشفاء).
  [['نجا', 'نجت', 'نجوا', 'ينجو', 'تنجو', 'نجاة'],
    ['قتل', 'قتلت', 'قتلوا', 'مقتل', 'مصرع', 'توفي', 'توفيت', 'وفاة', 'مات', 'ماتت', 'موت', 'حتفه', 'حتفها', 'حتفهم']],
  // Man, boy / woman, girl: a swap within one category (طعن صبي / طعن فتاة). Singulars only (رجال
  // الأمن stand beside any victim); not شابة or طفلة (their stems are شاب and طفل), not ابن/ابنة.
  [['رجل', 'رجلا', 'صبي', 'صبيا'], ['امرأة', 'امراة', 'سيدة', 'فتاة']],
  // Ignore / react (a government that ignores a death, one that protests it).
  [['تجاهل', 'تجاهلت', 'تجاهلوا', 'يتجاهل', 'تتجاهل', 'متجاهلا', 'تجاهلا'],
    ['اهتمام', 'اهتمت', 'يهتم', 'تهتم', 'غضب', 'غاضبة', 'استياء', 'استنكار', 'تنديد']],
  // Stay / flee. بقوا only: بقي and يبقى are mostly "remain" as an auxiliary, and يبقون stems to
  // يبق (لم يبق "none remained" agrees with فروا); يهربون stems to يهرب, also "smuggles".
  [['بقوا'], ['فروا', 'يفرون', 'فرار', 'نزحوا', 'ينزحون', 'نزوح', 'هربوا', 'هروب']],

  // ============================================================================================
  // English
  // ============================================================================================

  // Amount goes up / goes down. "declined to comment" shares the stem of declined; "growing concern".
  [['rise', 'rises', 'rose', 'risen', 'rising', 'climb', 'climbs', 'climbed', 'climbing', 'jump', 'jumps', 'jumped',
    'surge', 'surges', 'surged', 'surging', 'soar', 'soars', 'soared', 'soaring', 'increase', 'increases', 'increased',
    'increasing', 'grow', 'grows', 'grew', 'grown', 'growing', 'rebound', 'rebounds', 'rebounded'],
  ['fall', 'falls', 'fell', 'fallen', 'falling', 'drop', 'drops', 'dropped', 'dropping', 'decline', 'declines', 'declined',
    'declining', 'decrease', 'decreases', 'decreased', 'decreasing', 'plunge', 'plunges', 'plunged', 'plunging', 'slump',
    'slumps', 'slumped', 'plummet', 'plummets', 'plummeted', 'tumble', 'tumbles', 'tumbled', 'dip', 'dips', 'dipped',
    'sink', 'sinks', 'sank', 'shrink', 'shrinks', 'shrank', 'shrinking']],
  // Higher / lower.
  [['higher', 'highest'], ['lower', 'lowest']],
  // Raise / lower (rates, prices). "raised concerns" shares the stem of raise.
  [['raise', 'raises', 'raised', 'raising', 'hike', 'hikes', 'hiked'], ['lower', 'lowers', 'lowered', 'lowering', 'slash', 'slashes', 'slashed']],
  // Gain / lose (ground, value).
  [['gain', 'gains', 'gained', 'gaining'], ['lose', 'loses', 'lost', 'losing', 'loss', 'losses']],
  // Win / lose. Not beat or defeat (who beat whom is not in the word).
  [['win', 'wins', 'won', 'winning', 'winner', 'winners', 'victory', 'victorious'], ['lose', 'loses', 'lost', 'losing', 'loser', 'losers']],
  // Succeed / fail.
  [['succeed', 'succeeds', 'succeeded', 'success', 'successful', 'successfully'], ['fail', 'fails', 'failed', 'failing', 'failure', 'unsuccessful']],
  // Accept, approve / reject, veto. Not pass ("passed away").
  [['accept', 'accepts', 'accepted', 'accepting', 'acceptance', 'approve', 'approves', 'approved', 'approving', 'approval',
    'ratify', 'ratifies', 'ratified', 'endorse', 'endorses', 'endorsed'],
  ['reject', 'rejects', 'rejected', 'rejecting', 'rejection', 'refuse', 'refuses', 'refused', 'refusing', 'refusal',
    'veto', 'vetoes', 'vetoed', 'vetoing', 'overturn', 'overturned']],
  // Support / oppose. Not backed ("Iran-backed") or backing (its stem back is "back home").
  [['support', 'supports', 'supported', 'supporting', 'supporter', 'supporters'], ['oppose', 'opposes', 'opposed', 'opposing', 'opponent', 'opponents']],
  // Welcome / condemn.
  [['welcome', 'welcomes', 'welcomed', 'welcoming'], ['condemn', 'condemns', 'condemned', 'condemning', 'condemnation', 'denounce', 'denounces', 'denounced']],
  // Praise / criticise. The stem critic also keys "critical".
  [['praise', 'praises', 'praised', 'praising', 'commend', 'commends', 'commended', 'hailed'],
    ['criticise', 'criticises', 'criticised', 'criticising', 'criticize', 'criticizes', 'criticized', 'criticizing', 'criticism']],
  // Confirm, acknowledge / deny. Not admitted ("admitted to hospital").
  [['confirm', 'confirms', 'confirmed', 'confirming', 'confirmation', 'acknowledge', 'acknowledges', 'acknowledged'],
    ['deny', 'denies', 'denied', 'denying', 'denial']],
  // Agree / disagree.
  [['agree', 'agrees', 'agreed', 'agreement'], ['disagree', 'disagrees', 'disagreed', 'disagreement']],
  // Unified / divided. Not united (United States, United Nations) or unite (its stem unit).
  [['unified', 'reunified'], ['divided', 'split', 'splits']],
  // Ally / enemy.
  [['ally', 'allies', 'allied', 'friend', 'friends', 'partner', 'partners'], ['enemy', 'enemies', 'foe', 'foes', 'adversary', 'adversaries', 'rival', 'rivals']],
  // Reopen / shut. Not open or close ("opened fire", "close to", "close ally", their stems included).
  [['reopen', 'reopens', 'reopened', 'reopening'], ['shut', 'shuts', 'shutting', 'shutdown', 'closure', 'closures']],
  // Continue, resume / stop, suspend, postpone, cancel. Not end or start (their stems are nouns:
  // "the end of", "since the start of the war"); not pause ("humanitarian pause" is a truce).
  [['continue', 'continues', 'continued', 'continuing', 'ongoing', 'resume', 'resumes', 'resumed', 'resuming', 'resumption', 'began', 'begun'],
    ['stop', 'stops', 'stopped', 'stopping', 'halt', 'halts', 'halted', 'halting', 'suspend', 'suspends', 'suspended',
      'suspending', 'suspension', 'postpone', 'postpones', 'postponed', 'postponement', 'cancel', 'cancels', 'cancelled',
      'canceled', 'cancellation']],
  // Allow / ban, block.
  [['allow', 'allows', 'allowed', 'allowing', 'permit', 'permits', 'permitted', 'permission'],
    ['ban', 'bans', 'banned', 'banning', 'forbid', 'forbids', 'forbade', 'forbidden', 'prohibit', 'prohibits', 'prohibited',
      'prohibition', 'block', 'blocked', 'blocking', 'prevent', 'prevented']],
  // Impose / lift (sanctions, a curfew).
  [['impose', 'imposes', 'imposed', 'imposing'], ['lift', 'lifts', 'lifted', 'lifting', 'scrap', 'scraps', 'scrapped']],
  // Tighten / ease.
  [['tighten', 'tightens', 'tightened', 'tightening'], ['ease', 'eases', 'eased', 'easing', 'loosen', 'loosens', 'loosened', 'relax', 'relaxes', 'relaxed']],
  // Arrest / free. Not release or released ("released a statement"), jailed (its stem jail is the prison).
  [['arrest', 'arrests', 'arrested', 'arresting', 'detain', 'detains', 'detained', 'detaining'], ['freed']],
  // Convict / acquit. Not guilty ("pleaded not guilty").
  [['convict', 'convicts', 'convicted', 'conviction'], ['acquit', 'acquits', 'acquitted', 'acquittal']],
  // Sentenced / pardoned.
  [['sentenced'], ['pardon', 'pardons', 'pardoned']],
  // Appoint / dismiss, resign. Not fire or fired (gunfire), named ("a man named").
  [['appoint', 'appoints', 'appointed', 'appointing', 'appointment', 'nominate', 'nominates', 'nominated', 'nomination'],
    ['dismiss', 'dismisses', 'dismissed', 'dismissal', 'sack', 'sacks', 'sacked', 'oust', 'ousts', 'ousted', 'ouster',
      'resign', 'resigns', 'resigned', 'resignation']],
  // Hire / lay off.
  [['hire', 'hires', 'hired', 'hiring'], ['layoff', 'layoffs']],
  // Survive / die. Not survivors (searched for in every death toll) or death ("death toll").
  [['survive', 'survives', 'survived', 'surviving', 'alive'], ['die', 'dies', 'died', 'dying', 'dead', 'killed']],
  // Unharmed / injured.
  [['unharmed', 'unhurt', 'uninjured'], ['injured', 'wounded', 'hurt']],
  // Attend, take part / boycott, stay away. "in the absence of".
  [['attend', 'attends', 'attended', 'attending', 'attendance', 'participate', 'participates', 'participated', 'participating', 'participation'],
    ['boycott', 'boycotts', 'boycotted', 'boycotting', 'absent', 'absence', 'skipped']],
  // Join / quit, withdraw.
  [['join', 'joins', 'joined', 'joining', 'rejoin', 'rejoined'],
    ['quit', 'quits', 'quitting', 'withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing', 'withdrawal', 'exit', 'exits', 'exited']],
  // Advance / retreat. "advanced weapons" shares the stem.
  [['advance', 'advances', 'advanced', 'advancing'], ['retreat', 'retreats', 'retreated', 'retreating']],
  // Deploy / withdraw (troops).
  [['deploy', 'deploys', 'deployed', 'deploying', 'deployment'], ['withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing', 'withdrawal']],
  // Strengthen / weaken.
  [['strengthen', 'strengthens', 'strengthened', 'strengthening', 'bolster', 'bolsters', 'bolstered', 'boost', 'boosts', 'boosted', 'boosting'],
    ['weaken', 'weakens', 'weakened', 'weakening', 'undermine', 'undermines', 'undermined', 'undermining']],
  // Improve / worsen.
  [['improve', 'improves', 'improved', 'improving', 'improvement'],
    ['worsen', 'worsens', 'worsened', 'worsening', 'deteriorate', 'deteriorates', 'deteriorated', 'deteriorating', 'deterioration']],
  // Rebound / collapse. Not recover (rescuers "recovered bodies" from a collapsed building).
  [['rebound', 'rebounds', 'rebounded'], ['collapse', 'collapses', 'collapsed', 'collapsing']],
  // Growth / recession.
  [['growth'], ['recession', 'stagnation']],
  // Expand / shrink.
  [['expand', 'expands', 'expanded', 'expanding', 'expansion', 'widen', 'widened'], ['shrink', 'shrinks', 'shrank', 'shrinking', 'narrowed']],
  // Profit / loss.
  [['profit', 'profits', 'profitable'], ['loss', 'losses']],
  // Surplus / deficit.
  [['surplus', 'surpluses'], ['deficit', 'deficits']],
  // Cheap / expensive.
  [['cheap', 'cheaper', 'cheapest', 'inexpensive'], ['expensive', 'pricier', 'pricey']],
  // Big / small.
  [['big', 'bigger', 'biggest', 'large', 'larger', 'largest', 'huge', 'massive'], ['small', 'smaller', 'smallest', 'tiny']],
  // Better / worse.
  [['better', 'best'], ['worse', 'worst']],
  // Strong / weak.
  [['strong', 'stronger', 'strongest'], ['weak', 'weaker', 'weakest']],
  // Optimistic / pessimistic.
  [['optimistic', 'optimism'], ['pessimistic', 'pessimism']],
  // Temporary / permanent (a ceasefire).
  [['temporary', 'temporarily'], ['permanent', 'permanently']],
  // Full / partial (a withdrawal).
  [['full', 'fully'], ['partial', 'partially']],
  // Heavy / sporadic (fighting, shelling).
  [['intense', 'heavy', 'fierce'], ['sporadic']],
  // Rich / poor.
  [['rich', 'richer', 'wealthy', 'affluent'], ['poor', 'poorer', 'poorest', 'impoverished']],
  // Comply / violate (a truce, a ruling).
  [['comply', 'complies', 'complied', 'abide', 'abides', 'abided'],
    ['violate', 'violates', 'violated', 'violating', 'violation', 'violations', 'breach', 'breaches', 'breached']],
  // Facilitate / obstruct.
  [['facilitate', 'facilitates', 'facilitated', 'facilitating'],
    ['obstruct', 'obstructs', 'obstructed', 'obstructing', 'obstruction', 'hinder', 'hinders', 'hindered', 'hamper', 'hampers', 'hampered', 'impede', 'impedes', 'impeded']],
  // Accelerate / slow.
  [['accelerate', 'accelerates', 'accelerated', 'accelerating', 'faster'], ['slow', 'slows', 'slowed', 'slowing', 'slowdown', 'slower']],
  // Include / exclude. The stem includ also keys "including".
  [['include', 'includes', 'included'], ['exclude', 'excludes', 'excluded']],
  // Fair / rigged (elections).
  [['fair'], ['rigged', 'fraudulent']],
  // Genuine / fake.
  [['genuine', 'authentic'], ['fake', 'fabricated']],
];

/**
 * Opposite words that with the article name a title or a fixed term, not a level (المرشد الأعلى,
 * المجلس الأعلى, الحد الأدنى, الشرق الأدنى): written with ال they are no opposite.
 */
export const titleElatives: readonly string[] = ['أعلى', 'أدنى'];

/**
 * Words of asking for something (نداءات بالتوقف, دعا إلى وقف, urged to stop, called for a halt):
 * the opposite word right after them is what someone asks for, not what happened, so it contradicts
 * no claim that it did not happen (warnings and calls to stop / riots that lasted two hours).
 */
export const demandWords: readonly string[] = [
  'نداء', 'نداءات', 'دعوة', 'دعوات', 'مطالبة', 'مطالبات', 'مناشدة', 'مناشدات', 'طالب', 'طالبت', 'طالبوا', 'يطالب', 'تطالب', 'يطالبون',
  'دعا', 'دعت', 'دعوا', 'يدعو', 'تدعو', 'يدعون', 'ناشد', 'ناشدت', 'يناشد', 'تناشد', 'أمر', 'أمرت', 'أوامر', 'يأمر', 'تأمر',
  'call', 'calls', 'called', 'calling', 'urge', 'urges', 'urged', 'urging', 'demand', 'demands', 'demanded', 'demanding', 'order', 'orders', 'ordered', 'appeal', 'appeals', 'appealed',
];

/**
 * Acts that follow one another (enter / leave, arrive / depart): said on two days, they are two acts
 * of one story (دخل المستشفى صباح الأحد / خروجه من المستشفى ظهر الاثنين), not rival dates. Only the
 * date cue reads them: as opposites they would name conflicts between any two reports of a visit.
 * Not تدخل (also "intervention", التدخل العسكري).
 */
export const sequenceActs: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [['دخل', 'دخلت', 'دخلوا', 'يدخل', 'دخول', 'وصل', 'وصلت', 'وصلوا', 'يصل', 'تصل', 'وصول', 'arrived', 'arrives', 'entered', 'enters'],
    ['خرج', 'خرجت', 'خرجوا', 'يخرج', 'تخرج', 'خروج', 'غادر', 'غادرت', 'غادروا', 'يغادر', 'تغادر', 'مغادرة', 'left', 'leaves', 'departed', 'discharged']],
];
