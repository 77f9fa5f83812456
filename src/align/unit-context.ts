// The unit view of each claim pair: claims split into fact-sized units, every unit ranked against
// the units of the other article, and for the pair its closest unit pair: how close, and whether
// each unit is the other's best match (a sentence of three facts matches three sentences elsewhere,
// each through one of its units). Unit pairs are many (a few per claim pair), so each keeps only
// what ranking needs, in flat arrays; the words around a shared word are read for the closest only.
import type { IdfTables } from './features.js';
import { baseScore, FEATURE_INDEX, unitBaseScore, unitLocalMatch } from './pair-features.js';
import type { PreparedClaim } from './prepared.js';
import { rankInContext } from './rank-context.js';

/** A claim pair with its feature vector, as align.ts scores it. */
interface Pair {
  i: number;
  j: number;
  x: Float64Array;
}

/** Every claim's units (its clauses, or the claim itself), numbered once per comparison. */
export interface UnitTable {
  units: PreparedClaim[];
  /** The unit numbers of each claim. */
  unitsOf: number[][];
}

export function unitTable(claims: readonly PreparedClaim[]): UnitTable {
  const units: PreparedClaim[] = [];
  const unitsOf: number[][] = claims.map((f) =>
    (f.clauses.length > 0 ? f.clauses : [f]).map((u) => {
      units.push(u);
      return units.length - 1;
    }),
  );
  return { units, unitsOf };
}

/**
 * Fills the unit features (unitCosine, unitLocal, unitRank, unitMargin) of every pair; context
 * features must be in place. A unit pair is ranked among its unit's pairs into the other article
 * only, so pairs may come in parts, each holding every pair between the articles it joins.
 */
export function addUnitContext(table: UnitTable, pairs: readonly Pair[], idf: IdfTables): void {
  const { units, unitsOf } = table;
  let count = 0;
  for (const p of pairs) count += unitsOf[p.i].length * unitsOf[p.j].length;
  const ui = new Int32Array(count);
  const uj = new Int32Array(count);
  const base = new Float64Array(count);
  const cosConcept = new Float64Array(count);
  const i = FEATURE_INDEX;
  // The closest unit pair of each claim pair (the first on ties).
  const best = new Int32Array(pairs.length);
  let n = 0;
  pairs.forEach((p, k) => {
    // Two claims that do not split are their own units: their pair's features serve.
    const whole = unitsOf[p.i].length === 1 && unitsOf[p.j].length === 1;
    best[k] = n;
    for (const a of unitsOf[p.i]) {
      for (const b of unitsOf[p.j]) {
        ui[n] = a;
        uj[n] = b;
        if (whole) {
          base[n] = baseScore(p.x);
          cosConcept[n] = p.x[i.cosConcept];
        } else base[n] = unitBaseScore(units[a], units[b], cosConcept, n);
        if (base[n] > base[best[k]]) best[k] = n;
        n += 1;
      }
    }
  });
  const { rank, margin } = rankInContext(ui, uj, base, (u) => units[u].features.article);
  pairs.forEach((p, k) => {
    const u = best[k];
    const whole = unitsOf[p.i].length === 1 && unitsOf[p.j].length === 1;
    p.x[i.unitCosine] = cosConcept[u];
    p.x[i.unitLocal] = whole ? p.x[i.localMatch] : unitLocalMatch(units[ui[u]], units[uj[u]], idf);
    p.x[i.unitRank] = Math.min(rank[2 * u], rank[2 * u + 1]);
    p.x[i.unitMargin] = Math.min(margin[2 * u], margin[2 * u + 1]);
  });
}
