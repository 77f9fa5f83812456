// Negation cues, Arabic and English, as written (normalized at load; a leading و/ف and ب/ل are
// taken off the text's words before look-up, so ولم, فلا, وعدم, بدون need not be listed).
// General knowledge of the languages, not words mined from a dataset.

/**
 * Particles and nouns that negate what follows them (لم يحدث, عدم وقوع, no casualties). Not غير:
 * it makes compound adjectives (غير حكومية, المنقولة وغير المنقولة) far more than it denies; not
 * لما, mostly "for what" (لما وصفه).
 */
export const negationParticles: readonly string[] = [
  'لا', 'لم', 'لن', 'ليس', 'ليست', 'ليسوا', 'لسنا', 'لست', 'عدم', 'دون', 'بدون', 'ما',
  'not', "n't", 'no', 'never', 'none', 'nobody', 'nothing', 'without', 'neither', 'nor',
];

/**
 * Verbs that deny what follows them: their subject is who denies (نفت الهيئة), their object what is
 * denied (وقوع إصابات). One row per verb, in every person and tense: نفى / نفت / تنفي / ينفي / نافيا.
 * Two claims that report the same denial (ألغى القمة / بعد أن ألغاها) agree on it.
 */
export const denyingVerbRows: ReadonlyArray<readonly string[]> = [
  // The first person too (ننفي بشدة, نفينا, أنفي): a spokesman's own denial, quoted, is the denial reported.
  ['نفى', 'نفت', 'نفوا', 'ينفي', 'تنفي', 'ينفون', 'نفي', 'نافيا', 'نافية', 'نافين', 'سينفي', 'ننفي', 'أنفي', 'نفينا', 'سننفي'],
  ['أنكر', 'أنكرت', 'أنكروا', 'ينكر', 'تنكر', 'إنكار', 'منكرا', 'ننكر', 'أنكرنا'],
  ['deny', 'denies', 'denied', 'denying', 'denial'],
  // Refusing or cancelling something says it is not so (ترفض تنظيم العمالة / تنظيم العمالة; يلغي
  // العقوبات / العقوبات): its object is negated in the same way.
  ['رفض', 'رفضت', 'رفضوا', 'يرفض', 'ترفض', 'يرفضون', 'رافضا', 'رافضة', 'سيرفض', 'سترفض', 'نرفض', 'أرفض', 'رفضنا', 'سنرفض'],
  ['ألغى', 'ألغت', 'ألغوا', 'يلغي', 'تلغي', 'إلغاء', 'نلغي', 'ألغينا'],
  // Not English reject / refuse: "rejected the veto" overrides it, the opposite of denying it.
];

/** Every denying verb form, whatever its row. */
export const denyingVerbs: readonly string[] = denyingVerbRows.flat();

/**
 * Verbs that lay a charge on someone (حمّلت لندن روسيا مسؤولية الهجوم, اتهمت, blamed, accused): a
 * word the other claim denies (تنفي موسكو المسؤولية), said as the object of one of these, is the
 * charge the denial answers, not a rival fact.
 */
export const chargingVerbs: readonly string[] = ['حمل', 'حملت', 'يحمل', 'تحمل', 'يحملون', 'محملا', 'محملة', 'اتهم', 'اتهمت', 'يتهم', 'تتهم', 'يتهمون', 'متهما', 'متهمة', 'blame', 'blames', 'blamed', 'blaming', 'accuse', 'accuses', 'accused', 'accusing'];

/** Failure verbs negate what follows (تفشل في التصدي / fails to stop): a claim that says so contradicts one that says it happened. */
export const failureWords: readonly string[] = [
  'فشل', 'فشلت', 'يفشل', 'تفشل', 'يفشلون', 'عجز', 'عجزت', 'يعجز', 'تعجز', 'fail', 'fails', 'failed', 'unable',
];

/**
 * A negation word followed by one of these is no negation: لا تزال "is still", لا سيما
 * "especially", لا بد "must", لا يقل عن "at least" and لا يزيد عن "at most" (a figure's
 * qualifier), غير أن "however", "no longer", "not only", "no less / more than", "no doubt".
 */
export const negationIdiomFollowers: readonly string[] = [
  'يزال', 'تزال', 'زال', 'زالت', 'يزالون', 'سيما', 'بد', 'شك', 'بأس', 'يقل', 'تقل', 'يقلون', 'يزيد', 'تزيد', 'أن', 'أنه', 'أنها',
  // طائرة بدون طيار is a drone.
  'طيار',
  'only', 'longer', 'matter', 'doubt', 'less', 'more', 'fewer', 'sooner',
];

/** `ما` negates only a verb of these stems or idioms (ما زال is an idiom, listed above); elsewhere it is "what". */
export const maNegatedVerbPrefixes: readonly string[] = ['كان', 'تم', 'قال', 'يزال', 'تزال', 'زال', 'جرى', 'حدث', 'وقع'];

/**
 * Light verbs after a negation particle: what is negated is the word after them (لم يتم الإعلان,
 * لا يوجد مؤشر, لن تكون مطروحة, لم ترد أنباء).
 */
export const lightVerbs: readonly string[] = [
  'يتم', 'تتم', 'تم', 'يكن', 'تكن', 'يكون', 'تكون', 'كان', 'كانت', 'يعد', 'تعد', 'يوجد', 'توجد', 'يرد', 'ترد', 'يمكن', 'يتمكن', 'تتمكن', 'يستطيع', 'تستطيع', 'أستطيع',
  'be', 'been', 'have', 'has', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'able', 'can', 'could', 'will', 'would',
];

/**
 * Words that may stand between a negation and a casualty word when it says there were no
 * casualties: لم ترد أنباء عن سقوط قتلى, no reports of deaths. Any other word between them (دون
 * إعطاء تفاصيل حول الضحايا, "without details about the victims") makes it something else.
 */
export const noCasualtyLinks: readonly string[] = [
  'أنباء', 'تقارير', 'معلومات', 'أخبار', 'سقوط', 'وقوع', 'بشأن', 'حول', 'عن', 'أي', 'وجود', 'ترد', 'يرد', 'تسجيل', 'يسجل', 'تسجل',
  'reports', 'report', 'word', 'news', 'immediate', 'any', 'of', 'were', 'was',
];

/** Nouns of an event's happening: a denial of one denies what follows it (نفى وقوع إصابات, نفت حدوث انفجار). */
export const eventNouns: readonly string[] = ['وقوع', 'حدوث', 'وجود', 'سقوط', 'تسجيل', 'صحة'];

/** Verbs of the كان family: after a negation, what is negated is the verb that follows them (لم يكن لويس يتردد). */
export const kanaVerbs: readonly string[] = ['يكن', 'تكن', 'يكون', 'تكون', 'كان', 'كانت'];

/**
 * Verbs and nouns of warning against something: what follows them is what should not happen, as
 * after عدم (حذرت تركيا فرنسا من تكرار الخطأ / دعت فرنسا إلى عدم تكرار الأخطاء). Not a denial that
 * it happened: they only make a negation on the other side an agreement.
 */
export const warningWords: readonly string[] = [
  'حذر', 'حذرت', 'حذروا', 'يحذر', 'تحذر', 'يحذرون', 'تحذير', 'تحذيرات', 'محذرا', 'محذرة', 'محذرين',
  'warn', 'warns', 'warned', 'warning', 'warnings', 'cautioned',
];

/**
 * Words that say what follows is unlikely (`unlikely to meet the deadline`, `يستبعد`): like a
 * warning, they only make a negation on the other side an agreement ("for not meeting the deadline").
 */
export const unlikelyWords: readonly string[] = ['يستبعد', 'تستبعد', 'يستبعدون', 'مستبعد', 'مستبعدا', 'unlikely', 'improbable', 'doubtful'];

/**
 * Words of expecting (`would be expected to attend`, `من المتوقع أن`): what follows them is not
 * stated, so another claim's negation of it (`won't attend`) contradicts nothing.
 */
export const expectingWords: readonly string[] = ['يتوقع', 'متوقع', 'المتوقع', 'expected', 'expects', 'would'];

/**
 * Words that undo what follows them: lifting a ban is allowing (رفع الحظر / السماح), ending a
 * truce is no truce. An opposite word right after one is not opposed to the other claim's word.
 */
export const reversalWords: readonly string[] = [
  'رفع', 'رفعت', 'يرفع', 'ترفع', 'برفع', 'إلغاء', 'إنهاء', 'أنهى', 'أنهت', 'ينهي', 'تنهي', 'إزالة', 'وقف', 'أوقف', 'أوقفت',
  'lift', 'lifts', 'lifted', 'lifting', 'end', 'ends', 'ended', 'ending', 'scrap', 'scrapped', 'overturn', 'overturned',
];


/**
 * Words for a part of a group set apart from another part (`staffers and others who did not work
 * for his administration`, `بعض من لم يشاركوا`): a negation in the relative clause they head tells
 * which people are meant, it denies nothing the sentence reports.
 */
export const partGroupWords: readonly string[] = [
  'others', 'some', 'those', 'many', 'several', 'few', 'آخرين', 'آخرون', 'الآخرين', 'الآخرون', 'بعض', 'بعضهم', 'منهم', 'أولئك',
];
