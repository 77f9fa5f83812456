// The built-in framing lexicon: the term tables and reporting verbs of `lexicons/` as entries.
import type { FramingCategory } from '../types.js';
import type { LexiconEntry, TermRow, TermTable } from './lexicon-types.js';
import { arabicReportingVerbs, englishReportingVerbs } from './lexicons/reporting-verbs.js';
import { arabicTerms } from './lexicons/terms-ar.js';
import { englishTerms } from './lexicons/terms-en.js';

function toEntries(rows: readonly TermRow[], category: FramingCategory, language: 'ar' | 'en'): LexiconEntry[] {
  return rows.map(([term, value, gloss, constraints]) => ({ term, category, value, gloss, language, ...constraints }));
}

function tableEntries(table: TermTable, language: 'ar' | 'en'): LexiconEntry[] {
  return (Object.keys(table) as FramingCategory[]).flatMap((category) => toEntries(table[category] ?? [], category, language));
}

export const builtinEntries: readonly LexiconEntry[] = [
  ...tableEntries(arabicTerms, 'ar'),
  ...toEntries(arabicReportingVerbs, 'reporting-verb', 'ar'),
  ...tableEntries(englishTerms, 'en'),
  ...toEntries(englishReportingVerbs, 'reporting-verb', 'en'),
];
