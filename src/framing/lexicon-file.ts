// Reads a user framing lexicon (`--lexicon FILE`) into entries that extend the built-in one.
//
// File format (UTF-8). Either tab-separated lines:
//
//     # comments start with #; blank lines are ignored
//     # term <TAB> category <TAB> value (optional) <TAB> gloss (optional)
//     الكيان الغاصب	label	delegitimizing	the usurping entity
//     قوات الاحتلال	label	occupation
//     crackdown	loaded
//     asserted	reporting-verb	asserting	asserted
//
// or JSON: an array of objects `{ "term": ..., "category": ..., "value": ..., "gloss": ... }`
// (or `{ "entries": [...] }`). `category` is one of loaded, label, victim-term, conflict-name, hedge,
// reporting-verb, agency. `value` is the sub-kind shown with each flag (for reporting verbs the
// stance: neutral, asserting, distancing, opinion); empty or `-` means none. `gloss` defaults to the
// term. The language is inferred from the script (Arabic letters -> ar, else en). Terms are matched
// like built-in ones: normalized, whole words, Arabic clitic prefixes (و ف ب ل ك ال) allowed on the
// first word (و ف ل س only for reporting verbs); list inflected forms separately. A user entry wins
// over a built-in entry covering the same words.
import type { FramingCategory } from '../types.js';
import { hasArabic } from '../text/normalize.js';
import type { FramingLexiconEntry } from './lexicon-types.js';

/** Categories a lexicon entry may have; scare quotes and sources come from rules, not word lists. */
export const lexiconCategories: readonly FramingCategory[] = [
  'loaded', 'label', 'victim-term', 'conflict-name', 'hedge', 'reporting-verb', 'agency',
];

function fail(source: string, line: number, message: string): never {
  throw new Error(`${source}:${line}: ${message}`);
}

function entryOf(source: string, line: number, term: unknown, category: unknown, value: unknown, gloss: unknown): FramingLexiconEntry {
  if (typeof term !== 'string' || !/[\p{L}\p{N}]/u.test(term)) fail(source, line, 'the term is empty');
  if (typeof category !== 'string' || !lexiconCategories.includes(category as FramingCategory)) {
    fail(source, line, `unknown category ${JSON.stringify(category ?? '')} (expected one of ${lexiconCategories.join(', ')})`);
  }
  if (value !== undefined && value !== null && typeof value !== 'string') fail(source, line, 'value must be text');
  if (gloss !== undefined && gloss !== null && typeof gloss !== 'string') fail(source, line, 'gloss must be text');
  const v = typeof value === 'string' ? value.trim() : '';
  const g = typeof gloss === 'string' ? gloss.trim() : '';
  return {
    term: term.trim(),
    category: category as FramingCategory,
    value: v === '' || v === '-' ? null : v,
    gloss: g === '' ? term.trim() : g,
    language: hasArabic(term) ? 'ar' : 'en',
  };
}

/** 1-based line of character `index` in `content`. */
function lineAt(content: string, index: number): number {
  return content.slice(0, Math.max(0, index)).split('\n').length;
}

function parseJson(content: string, source: string): FramingLexiconEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (err) {
    const at = /position (\d+)/.exec(String((err as Error).message));
    fail(source, at ? lineAt(content, Number(at[1])) : 1, `invalid JSON (${(err as Error).message.split('\n')[0]})`);
  }
  const list = Array.isArray(data) ? data : (data as { entries?: unknown })?.entries;
  if (!Array.isArray(list)) fail(source, 1, 'expected a JSON array of entries or { "entries": [...] }');
  let searchFrom = 0;
  return list.map((item: unknown, n) => {
    // Point errors at the line of the entry's term, found in order through the file.
    const term = (item as { term?: unknown })?.term;
    const found = typeof term === 'string' ? content.indexOf(JSON.stringify(term).slice(1, -1), searchFrom) : -1;
    if (found >= 0) searchFrom = found;
    const line = found >= 0 ? lineAt(content, found) : 1;
    if (typeof item !== 'object' || item === null) fail(source, line, `entry ${n + 1} is not an object`);
    const o = item as Record<string, unknown>;
    return entryOf(source, line, o.term, o.category, o.value, o.gloss);
  });
}

function parseTsv(content: string, source: string): FramingLexiconEntry[] {
  const out: FramingLexiconEntry[] = [];
  content.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const fields = raw.split('\t');
    if (fields.length < 2) fail(source, line, 'expected term<TAB>category[<TAB>value[<TAB>gloss]]');
    if (fields.length > 4) fail(source, line, `too many fields (${fields.length}; at most 4: term, category, value, gloss)`);
    const [term, category, value, gloss] = fields;
    out.push(entryOf(source, line, term, category.trim(), value, gloss));
  });
  return out;
}

/** Parses a user lexicon file (TSV or JSON); throws `FILE:LINE: problem` on bad input. */
export function parseLexiconFile(content: string, source: string): FramingLexiconEntry[] {
  const text = content.replace(/^\uFEFF/, '');
  return /^\s*[[{]/.test(text) ? parseJson(text, source) : parseTsv(text, source);
}
