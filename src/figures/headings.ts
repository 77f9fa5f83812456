// A headline shortens its article: `أكثر من 700 قتيل مدني` over a body that says "the escalation
// since 18 February killed more than 700 civilians". The headline's figure is the body's, so it
// takes the scope the body gives the same amount (its period, sub-group and place), instead of
// standing as the event's own toll.
import type { RawFigure } from './read.js';
import { QUANTITIES } from './lexicons/quantities.js';

const ROWS = new Set(QUANTITIES.map((q) => q.key));

const scopeKey = (f: RawFigure): string => [f.period, f.group ?? '', f.place?.key ?? ''].join('|');

/**
 * Gives each headline toll the scope of the same amount in its article's body, when the body gives
 * that amount (same quantity, bounds and qualifier) in one scope only, another than the headline's.
 */
export function scopeHeadings(figures: RawFigure[]): void {
  for (const h of figures) {
    if (h.claim.kind !== 'heading' || h.kind !== 'number' || !ROWS.has(h.quantity)) continue;
    const same = figures.filter(
      (f) => f.articleIndex === h.articleIndex && f.claim.kind !== 'heading' && f.kind === 'number' && f.quantity === h.quantity &&
        f.low === h.low && f.high === h.high && f.qualifier === h.qualifier,
    );
    const scopes = new Set(same.map(scopeKey));
    if (scopes.size !== 1 || scopes.has(scopeKey(h))) continue;
    const body = same[0];
    h.period = body.period;
    h.group = body.group;
    h.place = body.place;
  }
}
