// Hedges and questions: a claim that says something may happen, or asks whether it did, does not
// state it. One claim hedging or asking where the other asserts is a difference the model weighs.

/** Words that make a statement possible rather than stated (قد before a present verb is listed apart). */
export const hedgeWords: readonly string[] = [
  'ربما', 'لعل', 'يحتمل', 'يرجح', 'محتمل', 'محتملة', 'احتمال', 'احتمالات', 'إمكانية', 'ممكن',
  'may', 'might', 'could', 'possibly', 'perhaps', 'likely', 'possible',
];

/** Words that open a question (هل حدث؟ كيف؟), Arabic and English. */
export const questionWords: readonly string[] = [
  'هل', 'كيف', 'لماذا', 'متى', 'أين', 'ماذا',
  'did', 'does', 'do', 'is', 'are', 'was', 'were', 'will', 'can', 'how', 'why', 'when', 'where', 'what',
];
