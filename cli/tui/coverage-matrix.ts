// The event overview's model: claim groups and unique claims as rows, outlets as columns, each
// cell saying whether that outlet reports the claim, paraphrases it, contradicts it or leaves it out.
import type { Comparison } from '../../src/types.js';
import { articleLetter, claimIndex, outletName, relationSymbol } from '../../src/report/labels.js';
import { claimMarks, worstRelation, type ClaimStatus } from './claim-status.js';
import { matchesQuery } from './search.js';

export type CellStatus = 'present' | 'partial' | 'conflict' | 'unique' | 'absent';

/** Cell symbols: the relation symbols, and `·` for an outlet that leaves the claim out. */
export const cellSymbol: Record<CellStatus, string> = { present: relationSymbol.shared, partial: relationSymbol.partial, conflict: relationSymbol.conflict, unique: relationSymbol.unique, absent: '·' };

export interface MatrixColumn {
  letter: string;
  outlet: string;
  articleId: string;
}

export interface MatrixRow {
  /** The group id, or the claim id of a unique claim. */
  id: string;
  kind: 'group' | 'unique';
  /** The group's relation, or `unique`. */
  status: ClaimStatus;
  /** One cell per column (article), in article order. */
  cells: CellStatus[];
  /** The claim that names the row: the earliest member in article order. */
  text: string;
  article: number;
  /** Every member's text, for search. */
  texts: string[];
}

export interface CoverageMatrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

const CELL_OF: Record<Exclude<ClaimStatus, 'unique'>, CellStatus> = { shared: 'present', partial: 'partial', conflict: 'conflict' };

const cache = new WeakMap<Comparison, CoverageMatrix>();

/** Rows in story order: by the first article that reports them, then by where it does. */
export function buildCoverageMatrix(comparison: Comparison): CoverageMatrix {
  const cached = cache.get(comparison);
  if (cached) return cached;
  const index = claimIndex(comparison);
  const marks = claimMarks(comparison);
  const position = (id: string) => {
    const { article, claim } = index.get(id)!;
    return article * 1e6 + comparison.articles[article].claims.indexOf(claim);
  };
  const keyed: Array<{ key: number; row: MatrixRow }> = [];
  for (const g of comparison.groups) {
    const members = [...g.members].sort((a, b) => position(a) - position(b));
    const cells: CellStatus[] = comparison.articles.map(() => 'absent');
    const relations = new Map<number, ClaimStatus>();
    for (const id of members) {
      const article = index.get(id)!.article;
      const status = marks.get(id)?.status ?? g.relation;
      const before = relations.get(article);
      relations.set(article, before && before !== 'unique' && status !== 'unique' ? worstRelation(before, status) : status);
    }
    for (const [article, status] of relations) cells[article] = status === 'unique' ? 'unique' : CELL_OF[status];
    const first = index.get(members[0])!;
    keyed.push({
      key: position(members[0]),
      row: { id: g.id, kind: 'group', status: g.relation, cells, text: first.claim.text, article: first.article, texts: members.map((id) => index.get(id)!.claim.text) },
    });
  }
  for (const ids of Object.values(comparison.unique)) {
    for (const id of ids) {
      const { article, claim } = index.get(id)!;
      const cells: CellStatus[] = comparison.articles.map((_, k) => (k === article ? 'unique' : 'absent'));
      keyed.push({ key: position(id), row: { id, kind: 'unique', status: 'unique', cells, text: claim.text, article, texts: [claim.text] } });
    }
  }
  keyed.sort((x, y) => x.key - y.key);
  const matrix: CoverageMatrix = {
    columns: comparison.articles.map((a, k) => ({ letter: articleLetter(k), outlet: outletName(a), articleId: a.id })),
    rows: keyed.map((k) => k.row),
  };
  cache.set(comparison, matrix);
  return matrix;
}

/** Rows that match the search and the relation filter. */
export function filterRows(rows: readonly MatrixRow[], query: string, filter: ClaimStatus | null): MatrixRow[] {
  return rows.filter((r) => (filter === null || r.status === filter || r.cells.includes(filter === 'shared' ? 'present' : filter)) && matchesQuery(r.texts, query));
}

/** A compact form for reading and tests: `A B` then one `symbol id cells` line per row. */
export function formatMatrix(matrix: CoverageMatrix): string {
  const head = matrix.columns.map((c) => c.letter).join(' ');
  const rows = matrix.rows.map((r) => `${relationSymbol[r.status]} ${r.id.padEnd(24)} ${r.cells.map((c) => cellSymbol[c]).join(' ')}`);
  return [`${''.padEnd(26)} ${head}`, ...rows].join('\n');
}
