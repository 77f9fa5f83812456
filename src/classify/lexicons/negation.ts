// Negation cues, Arabic and English, as written (normalized and stemmed at load). Idioms that
// contain a negation particle but do not negate (لا تزال "still", لا سيما "especially") are listed apart.

export const negationWords: readonly string[] = [
  // Arabic particles and negating verbs
  'لا', 'لم', 'لن', 'ليس', 'ليست', 'ليسوا', 'لسنا', 'لست', 'غير', 'عدم', 'بدون', 'دون', 'ما', 'لما',
  'نفى', 'نفت', 'ينفي', 'تنفي', 'نافيا', 'نفي', 'رفض', 'رفضت', 'يرفض', 'ترفض', 'رافضا',
  // English
  'not', "n't", 'no', 'never', 'none', 'nobody', 'nothing', 'without', 'denied', 'denies', 'deny', 'rejected', 'rejects',
];

/** Failure verbs negate what follows (تفشل في التصدي / fails to stop): a claim that says so contradicts one that says it happened. */
export const failureWords: readonly string[] = [
  'فشل', 'فشلت', 'يفشل', 'تفشل', 'يفشلون', 'عجز', 'عجزت', 'يعجز', 'تعجز', 'fail', 'fails', 'failed', 'unable',
];

/** A negation word followed by one of these is not a negation (لا تزال مرتفعة: "is still high"). */
export const negationIdiomFollowers: readonly string[] = [
  'يزال', 'تزال', 'زال', 'زالت', 'يزالون', 'سيما', 'بد', 'شك', 'بأس', 'only', 'longer', 'matter', 'doubt',
];

/** `ما` is a negation only before a past verb or in ما زال idioms; elsewhere it is "what". Treated apart. */
export const weakNegations: readonly string[] = ['ما', 'لما', 'دون', 'غير', 'no'];
