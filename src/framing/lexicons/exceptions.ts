// Fixed phrases that contain a framing word without framing anything: official names, titles and
// idioms. A match of one of these covers its words, so no shorter entry inside it fires.

export const arabicExceptions: readonly string[] = [
  'حركة المقاومة الإسلامية', // Hamas's official name
  'المقاومة الإسلامية', // Hamas's and Hezbollah's official names
  'مكافحة الإرهاب', // counter-terrorism (a policy, not a label)
  'مكافحة الارهاب',
  'الحرب العالمية', // World War
  'الحرب الباردة', // the Cold War
  'مجلس الحرب', // the war cabinet
  'حكومة الحرب', // the war cabinet
  'أسرى الحرب', // prisoners of war
  'أسرى حرب',
];

export const englishExceptions: readonly string[] = [
  'world war',
  'cold war',
  'war chest',
  'war room',
  'culture war',
  'culture wars',
  'trade war',
  'price war',
  'war of words',
  'prisoners of war',
  'counter-terrorism',
  'conflict of interest',
  'conflicts of interest',
  'amnesty international',
  'war on poverty',
];
