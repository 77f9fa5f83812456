// Words the date cue reads around a date, as written (the cue matches them in the claim's own text).
// General knowledge of the languages, not words mined from a dataset.

/**
 * Participles with the article that schedule the noun before them (كأس العالم المقامة في روسيا,
 * اللقاء المزمع إقامته, القمة المرتقبة, the talks scheduled for): a date after one dates that
 * noun, as a date in a relative clause does.
 */
export const schedulingParticiples: readonly string[] = [
  'المقرر', 'المقررة', 'المزمع', 'المزمعة', 'المرتقب', 'المرتقبة', 'المقام', 'المقامة', 'المنعقد', 'المنعقدة',
  'المتوقع', 'المتوقعة', 'المنتظر', 'المنتظرة', 'scheduled', 'slated',
];
