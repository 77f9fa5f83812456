// Which side a toll counts: when an event's tolls count people of two nationalities (`at least two
// Israelis`, `more than two dozen Gazans`; `إسرائيليين`, `فلسطينيين`), each nationality is a group
// of its own, as a sub-group is: two sides' dead are two counts, never rivals of one toll.
import type { RawFigure } from './read.js';
import { PERSON_NOUNS, QUANTITIES, SUBGROUPS } from './lexicons/quantities.js';
import { normalizeText } from '../text/normalize.js';

const ROWS = new Set(QUANTITIES.map((q) => q.key));
const NOT_SIDES = new Set([...PERSON_NOUNS, ...SUBGROUPS.flatMap((g) => g.terms)].map((w) => normalizeText(w.toLowerCase())));
/**
 * English demonyms in the plural, as written: capitalised, `-ans` or `-is` (Afghans, Gazans,
 * Palestinians, Israelis, Iraqis) or `-ese` (Lebanese). Party members are not nations.
 */
const EN_DEMONYM = /^\p{Lu}\p{Ll}+(ans|is|ese)$/u;
const PARTIES = new Set(['republicans', 'democrats', 'christians', 'muslims']);
/** Arabic nisba plurals (`فلسطينيين`, `الإسرائيليون`). */
const AR_DEMONYM = /^(ال)?(\S{3,})(يين|يون)$/;

/** The nationality a counted noun names, as a key (`israeli`, `فلسطين`), or null. */
export function nationalityOf(counted: string | null): string | null {
  if (!counted) return null;
  const lower = counted.toLowerCase();
  if (NOT_SIDES.has(normalizeText(lower)) || PARTIES.has(lower)) return null;
  if (EN_DEMONYM.test(counted)) return lower.replace(/s$/, '');
  const ar = AR_DEMONYM.exec(normalizeText(counted));
  return ar ? ar[2] : null;
}

/**
 * Keys each toll that counts a nationality by it, when the event's figures of that quantity count
 * two nationalities or more; an event that counts only one (`استشهاد 7 فلسطينيين` against `مقتل 10
 * أشخاص`) keeps one toll.
 */
export function groupSides(figures: RawFigure[]): void {
  const sides = new Map<string, Set<string>>();
  for (const f of figures) {
    const n = ROWS.has(f.quantity) ? nationalityOf(f.counted) : null;
    if (n) sides.set(f.quantity, (sides.get(f.quantity) ?? new Set()).add(n));
  }
  for (const f of figures) {
    if (f.group !== null || (sides.get(f.quantity)?.size ?? 0) < 2) continue;
    const n = nationalityOf(f.counted);
    if (n) f.group = n;
  }
}
