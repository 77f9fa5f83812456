// A clause's TF-IDF vectors are written straight into the comparison's store from its term lists
// (sparseFromTerms), with no Map in between: they must hold what tfidfVector's Map converted by
// sparseVector holds, entry for entry and bit for bit, or the pair features would move.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/compare.js';
import { featuresWithIdf } from '../../src/align/align.js';
import { tfidfVector } from '../../src/align/features.js';
import { Interner, sparseFromIds, sparseFromTerms, sparseVector, Store, type SparseVector } from '../../src/align/sparse.js';
import { prepareClaim, preparation } from '../../src/align/prepared.js';
import { seedArticles } from '../support/ant.js';

/** A vector's entries as `term=weight` in entry order, its squares and its table size. */
function entries(v: SparseVector, interner: Interner, store: Store): string {
  const out: string[] = [];
  for (let k = 0; k < v.size; k += 1) out.push(`${interner.term(store.ints[v.ids + k])}=${store.reals[v.weights + k]}`);
  return `${out.join(' ')} | ${v.squares} | ${v.bits}`;
}

describe('a clause vector from its terms', () => {
  const { features, idf } = featuresWithIdf(seedArticles().map(analyzeArticle));
  const clauses = features.flatMap((f) => f.clauses);

  it('the seed corpus has clauses with repeated terms to weigh', () => {
    expect(clauses.length).toBeGreaterThan(100);
    expect(clauses.some((c) => new Set(c.terms).size < c.terms.length)).toBe(true);
  });

  it.each([
    ['stems', (c: (typeof clauses)[number]) => c.terms, idf.stems],
    ['concepts', (c: (typeof clauses)[number]) => c.conceptSeq, idf.concepts],
  ] as const)('%s: the entries, weights and table of tfidfVector + sparseVector', (_name, termsOf, table) => {
    const interner = new Interner(() => 1);
    const store = new Store();
    for (const c of clauses) {
      const direct = sparseFromTerms(termsOf(c), table, interner, store);
      const viaMap = sparseVector(tfidfVector(termsOf(c), table), interner, store);
      expect(entries(direct, interner, store)).toBe(entries(viaMap, interner, store));
      // From terms already interned (a clause's concepts, each term looked up once): the same.
      const fromIds = sparseFromIds(termsOf(c).map((t) => interner.id(t)), table, interner, store);
      expect(entries(fromIds, interner, store)).toBe(entries(viaMap, interner, store));
    }
  });

  it("a prepared clause's concepts and stems are its term lists' vectors", () => {
    const prep = preparation(idf);
    const { interner, store } = prep;
    for (const f of features.filter((x) => x.clauses.length > 0)) {
      for (const c of prepareClaim(f, prep).clauses) {
        const concepts = sparseVector(tfidfVector(c.features.conceptSeq, idf.concepts), interner, store);
        const stems = sparseVector(tfidfVector(c.features.terms, idf.stems), interner, store);
        expect(entries(c.concepts, interner, store)).toBe(entries(concepts, interner, store));
        expect(entries(c.stems, interner, store)).toBe(entries(stems, interner, store));
      }
    }
  });

  it('an IDF table is read once per term, however many clauses share it', () => {
    let reads = 0;
    const counted = new (class extends Map<string, number> {
      override get(term: string): number | undefined {
        reads += 1;
        return super.get(term);
      }
    })(idf.stems);
    const interner = new Interner(() => 1);
    const store = new Store();
    for (const c of clauses) sparseFromTerms(c.terms, counted, interner, store);
    expect(reads).toBe(new Set(clauses.flatMap((c) => c.terms)).size);
  });

  it('a term list with no terms gives an empty vector', () => {
    const interner = new Interner(() => 1);
    const store = new Store();
    expect(sparseFromTerms([], idf.stems, interner, store).size).toBe(0);
  });
});
