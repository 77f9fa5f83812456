// Words of a blast's or a fire's cause, Arabic and English (general knowledge): a cause said to be
// unknown, and a deliberate detonation (someone set off a device), which tells the cause.

/** `سبب` / `أسباب` with the article and `و`, normalized; not `بسبب` (because of). */
export const CAUSE_PATTERN = /^(?:[وف])?(?:ال)?(?:سبب|اسباب)(?:ه|ها)?$|^causes?$/;

/**
 * Before the cause, saying it is not known: `ولم ترد معلومات عن سبب`, `لم تحدد الشرطة ... سبب`,
 * `التحقيق في سبب`, `no information on the cause`, `investigating the cause`.
 */
export const UNKNOWN_BEFORE: readonly string[] = [
  'لم', 'لا', 'ليس', 'no', 'not', 'تحقيق', 'التحقيق', 'تحقيقا', 'تحقق', 'يحقق', 'تحقيقات', 'investigating', 'investigate', 'investigation',
];

/** After the cause: `سبب الانفجار غير معروف`, `لا يزال مجهولا`, `the cause was not known`, `under investigation`. */
export const UNKNOWN_AFTER: readonly string[] = [
  'غير', 'مجهول', 'مجهولا', 'مجهوله', 'لم', 'لا', 'ليس', 'unknown', 'unclear', 'not', "wasn't", "isn't", 'investigation', 'investigating',
];

/** Verbs of setting off a device (`فجر رجلان عبوة ناسفة`, `قاما بتفجير جهاز`, `detonated a bomb`). */
export const DETONATE_VERBS: readonly string[] = [
  'فجر', 'فجرا', 'فجروا', 'فجرت', 'فجرتا', 'يفجر', 'بتفجير', 'detonated', 'detonate', 'detonating',
];

/** What is set off: a device, a bomb, a belt, a car bomb. */
export const DEVICE_NOUNS: readonly string[] = [
  'عبوة', 'عبوات', 'قنبلة', 'قنابل', 'جهاز', 'حزام', 'حزاما', 'مفخخة', 'ناسفة', 'متفجرات', 'bomb', 'bombs', 'device', 'devices', 'explosives', 'explosive',
];
