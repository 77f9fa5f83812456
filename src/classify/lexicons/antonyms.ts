// Opposites in news language, Arabic and English: each row is two sets of forms that contradict
// each other when one claim uses the first where the other uses the second. General knowledge of
// how news reports change (rise/fall, open/close, accept/reject), not words mined from a dataset.

export const antonymPairs: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  // rise / fall
  [['ارتفاع', 'ارتفع', 'ارتفعت', 'يرتفع', 'ترتفع', 'صعود', 'صعد', 'يصعد', 'يصعد', 'زيادة', 'زاد', 'يزيد', 'تزيد', 'قفز', 'يقفز', 'تقفز', 'قفزة', 'مكاسب', 'أرباح', 'تعزيز', 'عزز', 'يعزز', 'تعزز', 'يكسب', 'ينتعش', 'انتعاش', 'تحسن', 'يتحسن'],
    ['انخفاض', 'انخفض', 'انخفضت', 'ينخفض', 'تنخفض', 'هبوط', 'هبط', 'يهبط', 'تهبط', 'تراجع', 'يتراجع', 'تتراجع', 'هوى', 'يهوي', 'تهوي', 'هوت', 'تهاوى', 'يتهاوى', 'تدني', 'يتدنى', 'تقليص', 'قلص', 'يقلص', 'تقلص', 'نقص', 'ينقص', 'خسائر', 'يخسر', 'تدهور', 'يتدهور', 'يتدهور', 'انهيار', 'ينهار', 'تباطؤ', 'ضعف', 'يضعف']],
  [['أعلى', 'اعلى', 'أقصى', 'أكبر', 'أكثر', 'أقوى', 'أطول'], ['أدنى', 'ادنى', 'أقل', 'أصغر', 'أضعف', 'أقصر']],
  [['rise', 'rises', 'rose', 'risen', 'rising', 'increase', 'increases', 'increased', 'up', 'gain', 'gains', 'gained', 'surge', 'surged', 'jump', 'jumped', 'climb', 'climbed', 'higher', 'highest', 'more', 'improve', 'improved'],
    ['fall', 'falls', 'fell', 'fallen', 'falling', 'decrease', 'decreases', 'decreased', 'down', 'drop', 'drops', 'dropped', 'decline', 'declined', 'lose', 'loses', 'lost', 'plunge', 'plunged', 'lower', 'lowest', 'less', 'fewer', 'worsen', 'worsened']],
  // start / stop, continue / halt, postpone
  [['بدء', 'بدأ', 'بدأت', 'يبدأ', 'تبدأ', 'انطلاق', 'انطلق', 'استئناف', 'استأنف', 'يستأنف', 'يباشر', 'يباشرون', 'باشر', 'افتتاح', 'افتتح'],
    ['انتهاء', 'انتهى', 'ينتهي', 'إنهاء', 'أنهى', 'توقف', 'توقفت', 'يتوقف', 'إيقاف', 'أوقف', 'تعليق', 'علق', 'يعلق', 'تأجيل', 'أجل', 'يؤجل', 'إلغاء', 'ألغى', 'يلغي', 'اختتام', 'اختتم']],
  [['استمرار', 'استمر', 'يستمر', 'تستمر', 'تواصل', 'يتواصل', 'مواصلة', 'واصل'], ['توقف', 'يتوقف', 'تتوقف', 'وقف', 'انتهاء', 'هدوء', 'يهدأ']],
  [['start', 'starts', 'started', 'begin', 'begins', 'began', 'resume', 'resumed', 'launch', 'launched', 'open', 'opens', 'opened', 'continue', 'continues', 'continued'],
    ['end', 'ends', 'ended', 'stop', 'stops', 'stopped', 'halt', 'halted', 'suspend', 'suspended', 'postpone', 'postponed', 'delay', 'delayed', 'cancel', 'cancelled', 'canceled', 'close', 'closes', 'closed']],
  // open / close
  [['فتح', 'يفتح', 'تفتح', 'فتحت', 'افتتاح'], ['إغلاق', 'أغلق', 'يغلق', 'تغلق', 'أغلقت', 'غلق']],
  // accept / reject, agree / refuse, support / oppose
  [['قبول', 'يقبل', 'تقبل', 'قبلت', 'موافقة', 'وافق', 'يوافق', 'توافق', 'وافقت', 'تأييد', 'أيد', 'يؤيد', 'تؤيد', 'دعم', 'يدعم', 'تدعم', 'يدعمون', 'ترحيب', 'رحب', 'يرحب', 'صادق', 'يصادق', 'تصادق', 'مصادقة', 'إقرار', 'أقر', 'يقر', 'تقر'],
    ['رفض', 'يرفض', 'ترفض', 'رفضت', 'معارضة', 'عارض', 'يعارض', 'تعارض', 'اعتراض', 'اعترض', 'يعترض', 'إدانة', 'أدان', 'يدين', 'تدين', 'تنديد', 'ندد', 'يندد', 'ضد', 'يتظاهرون']],
  [['accept', 'accepts', 'accepted', 'agree', 'agrees', 'agreed', 'approve', 'approves', 'approved', 'support', 'supports', 'supported', 'back', 'backs', 'backed', 'welcome', 'welcomed', 'endorse', 'endorsed'],
    ['reject', 'rejects', 'rejected', 'refuse', 'refuses', 'refused', 'oppose', 'opposes', 'opposed', 'veto', 'vetoed', 'condemn', 'condemned', 'deny', 'denied', 'disapprove']],
  // win / lose, success / failure
  [['فوز', 'فاز', 'يفوز', 'تفوز', 'انتصار', 'انتصر', 'ينتصر', 'نجاح', 'نجح', 'ينجح', 'تنجح', 'ربح', 'يربح', 'تقدم', 'يتقدم'],
    ['خسارة', 'خسر', 'يخسر', 'تخسر', 'هزيمة', 'هزم', 'يهزم', 'انهزم', 'فشل', 'فشلت', 'يفشل', 'تفشل', 'إخفاق', 'أخفق', 'تعثر']],
  [['win', 'wins', 'won', 'victory', 'succeed', 'succeeded', 'success', 'pass', 'passed'], ['lose', 'loses', 'lost', 'defeat', 'defeated', 'fail', 'fails', 'failed', 'failure']],
  // arrest / release, war / peace, allow / ban
  [['اعتقال', 'اعتقل', 'يعتقل', 'تعتقل', 'احتجاز', 'احتجز', 'يحتجز', 'سجن', 'حبس', 'يحبس', 'توقيف', 'أوقف', 'أسر', 'القبض', 'قبض', 'يقبض', 'إدانة'], ['إفراج', 'أفرج', 'يفرج', 'تفرج', 'إطلاق سراح', 'الإفراج', 'تحرير', 'حرر', 'يحرر', 'براءة', 'برأ']],
  [['منح', 'يمنح', 'تمنح', 'منحت', 'إعطاء', 'أعطى'], ['منع', 'يمنع', 'تمنع', 'منعت', 'حرمان', 'حرم', 'يحرم', 'سحب', 'يسحب']],
  [['بقاء', 'بقي', 'يبقى', 'يبقون', 'تبقى', 'صمود', 'يصمد'], ['فرار', 'فر', 'يفر', 'يفرون', 'نزوح', 'نزح', 'ينزح', 'هروب', 'هرب', 'يهرب', 'رحيل', 'يرحل']],
  [['وضع', 'يضع', 'تضع', 'تركيب', 'نشر', 'ينشر'], ['نزع', 'ينزع', 'تنزع', 'إزالة', 'أزال', 'يزيل', 'سحب']],
  [['ترحيب', 'إشادة', 'أشاد', 'يشيد', 'تشيد', 'مدح', 'يمدح'], ['انتقاد', 'انتقد', 'ينتقد', 'تنتقد', 'هجوم', 'يهاجم', 'تهاجم', 'تحذير', 'حذر', 'يحذر']],
  [['arrest', 'arrested', 'detain', 'detained', 'jail', 'jailed', 'capture', 'captured', 'convicted'], ['release', 'released', 'free', 'freed', 'acquit', 'acquitted']],
  [['سماح', 'سمح', 'يسمح', 'تسمح', 'إباحة', 'ترخيص', 'رفع الحظر'], ['حظر', 'يحظر', 'تحظر', 'منع', 'يمنع', 'تمنع', 'منعت']],
  [['allow', 'allows', 'allowed', 'permit', 'permitted', 'lift', 'lifted'], ['ban', 'bans', 'banned', 'forbid', 'forbidden', 'prohibit', 'prohibited', 'block', 'blocked']],
  [['سلام', 'هدنة', 'تهدئة', 'وقف إطلاق النار', 'اتفاق', 'اتفق', 'يتفق', 'مصالحة', 'تقارب'], ['حرب', 'تصعيد', 'تصعد', 'يصعد', 'خلاف', 'اختلف', 'يختلف', 'قطيعة', 'توتر', 'نزاع']],
  [['peace', 'truce', 'ceasefire', 'agreement', 'deal', 'calm'], ['war', 'escalation', 'escalate', 'escalated', 'dispute', 'conflict', 'clash', 'clashes']],
  // life / death, safe / harm
  [['نجاة', 'نجا', 'ينجو', 'نجوا', 'سالم', 'سالمين', 'إنقاذ'], ['مقتل', 'قتل', 'قتلوا', 'وفاة', 'توفي', 'مصرع', 'لقي حتفه', 'لقوا حتفهم', 'موت']],
  [['survive', 'survived', 'survives', 'rescued', 'safe', 'alive'], ['die', 'died', 'dies', 'dead', 'killed', 'kill', 'death']],
  // before / after, first / last, north / south, east / west, inside / outside
  [['قبل'], ['بعد']],
  [['before', 'prior'], ['after']],
  [['أول', 'الأولى', 'أولى'], ['آخر', 'الأخيرة', 'أخيرة']],
  [['first'], ['last', 'final']],
  [['شمال', 'شمالي', 'شمالية'], ['جنوب', 'جنوبي', 'جنوبية']],
  [['شرق', 'شرقي', 'شرقية'], ['غرب', 'غربي', 'غربية']],
  [['north', 'northern'], ['south', 'southern']],
  [['east', 'eastern'], ['west', 'western']],
  [['داخل', 'داخلي', 'داخلية'], ['خارج', 'خارجي', 'خارجية']],
  [['قريب', 'قرب'], ['بعيد', 'بعد']],
  // presence / absence, confirm / deny, increase of trust
  [['تأكيد', 'أكد', 'يؤكد', 'تؤكد', 'أكدت', 'اعتراف', 'اعترف', 'يعترف'], ['نفي', 'نفى', 'ينفي', 'تنفي', 'نفت', 'إنكار', 'أنكر', 'ينكر']],
  [['confirm', 'confirms', 'confirmed', 'admit', 'admits', 'admitted'], ['deny', 'denies', 'denied']],
  [['حضور', 'حضر', 'يحضر', 'مشاركة', 'شارك', 'يشارك', 'تشارك'], ['غياب', 'غاب', 'يغيب', 'مقاطعة', 'قاطع', 'يقاطع', 'انسحاب', 'انسحب', 'ينسحب']],
  [['attend', 'attended', 'join', 'joined', 'participate', 'participated'], ['boycott', 'boycotted', 'skip', 'skipped', 'withdraw', 'withdrew', 'quit']],
  [['فرض', 'يفرض', 'تفرض', 'فرضت'], ['رفع', 'يرفع', 'ترفع', 'رفعت', 'إلغاء', 'ألغى']],
  [['impose', 'imposed', 'imposes'], ['lift', 'lifted', 'lifts', 'ease', 'eased', 'scrap', 'scrapped']],
  [['تعيين', 'عين', 'يعين', 'انتخاب', 'انتخب'], ['إقالة', 'أقال', 'يقيل', 'عزل', 'يعزل', 'استقالة', 'استقال', 'يستقيل']],
  [['appoint', 'appointed', 'elect', 'elected', 'hire', 'hired'], ['fire', 'fired', 'dismiss', 'dismissed', 'resign', 'resigned', 'sack', 'sacked', 'oust', 'ousted']],
  [['حليف', 'حلفاء', 'صديق', 'شريك'], ['عدو', 'أعداء', 'خصم', 'خصوم']],
  [['ally', 'allies', 'friend', 'partner'], ['enemy', 'enemies', 'foe', 'rival', 'adversary']],
];
