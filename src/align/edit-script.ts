// The shortest edit script of two word lists: the `diff` package's diffArrays (jsdiff 9, Myers'
// greedy algorithm with its pruning of diagonals that left the edit graph), step for step and with
// its tie rules, so it gives the same runs; but its paths live in flat arrays instead of an object
// per step, and it keeps no values and reads no clock. A word diff per aligned pair was a tenth of
// aligning the seed pair; tests/align/edit-script.test.ts checks it against diffArrays on real claims.

/** A run of the script: `count` words kept (`=`), only in the first list (`-`) or only in the second (`+`). */
export interface EditRun {
  op: '=' | '-' | '+';
  count: number;
}

/** Buffers for `editScript`, reused across calls. */
const scratch = {
  counts: [] as number[],
  kinds: [] as number[],
  previous: [] as number[],
  pathOld: new Int32Array(256),
  pathLast: new Int32Array(256),
  alive: new Uint8Array(256),
};

const KEEP = 0;
const REMOVE = 1;
const ADD = 2;

/** The edit script from `a` to `b` (words equal when `===`), as diffArrays(a, b) gives its changes. */
export function editScript(a: readonly string[], b: readonly string[]): EditRun[] {
  const oldLen = a.length;
  const newLen = b.length;
  // Components as jsdiff chains them (each names its previous one), in growing arrays; -1 is none.
  // The arrays are kept from one call to the next (a diff per aligned pair) and written over from
  // the start (emptying them would give their room back).
  const { counts, kinds, previous } = scratch;
  let components = 0;
  const component = (count: number, kind: number, prev: number) => {
    counts[components] = count;
    kinds[components] = kind;
    previous[components] = prev;
    components += 1;
    return components - 1;
  };
  // The furthest path on each diagonal (diagonal d at index d + offset): its position in `a` and last
  // component. Only `alive` needs clearing: the others are read on a diagonal only while it is alive.
  const offset = oldLen + newLen + 1;
  if (scratch.alive.length < 2 * offset + 1) {
    const size = Math.max(2 * offset + 1, 2 * scratch.alive.length);
    scratch.pathOld = new Int32Array(size);
    scratch.pathLast = new Int32Array(size);
    scratch.alive = new Uint8Array(size);
  }
  const { pathOld, pathLast, alive } = scratch;
  alive.fill(0, 0, 2 * offset + 1);
  /** Follows the diagonal while the words are equal; returns the position in `b`. */
  const extract = (d: number): number => {
    let oldPos = pathOld[d + offset];
    let newPos = oldPos - d;
    let common = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && a[oldPos + 1] === b[newPos + 1]) {
      newPos += 1;
      oldPos += 1;
      common += 1;
    }
    if (common > 0) pathLast[d + offset] = component(common, KEEP, pathLast[d + offset]);
    pathOld[d + offset] = oldPos;
    return newPos;
  };
  pathOld[offset] = -1;
  pathLast[offset] = -1;
  alive[offset] = 1;
  let newPos = extract(0);
  if (pathOld[offset] + 1 >= oldLen && newPos + 1 >= newLen) return runsOf(pathLast[offset], counts, kinds, previous);
  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let edit = 1; edit <= oldLen + newLen; edit += 1) {
    for (let d = Math.max(minDiagonal, -edit); d <= Math.min(maxDiagonal, edit); d += 2) {
      const removeAlive = alive[d - 1 + offset] === 1;
      const addAlive = alive[d + 1 + offset] === 1;
      // The path on the diagonal below is read now and never again.
      if (removeAlive) alive[d - 1 + offset] = 0;
      const removeOld = pathOld[d - 1 + offset];
      const removeLast = pathLast[d - 1 + offset];
      const addOld = pathOld[d + 1 + offset];
      const addNewPos = addOld - d;
      const canAdd = addAlive && addNewPos >= 0 && addNewPos < newLen;
      const canRemove = removeAlive && removeOld + 1 < oldLen;
      if (!canAdd && !canRemove) {
        alive[d + offset] = 0;
        continue;
      }
      // From the path furthest along `a` (jsdiff's rule, adding on a tie).
      let baseOld: number;
      let baseLast: number;
      let kind: number;
      if (!canRemove || (canAdd && removeOld < addOld)) {
        baseOld = addOld;
        baseLast = pathLast[d + 1 + offset];
        kind = ADD;
      } else {
        baseOld = removeOld + 1;
        baseLast = removeLast;
        kind = REMOVE;
      }
      // One more word of the same kind lengthens the last run (as a new component: paths share them).
      const last = baseLast >= 0 && kinds[baseLast] === kind ? component(counts[baseLast] + 1, kind, previous[baseLast]) : component(1, kind, baseLast);
      pathOld[d + offset] = baseOld;
      pathLast[d + offset] = last;
      alive[d + offset] = 1;
      newPos = extract(d);
      if (pathOld[d + offset] + 1 >= oldLen && newPos + 1 >= newLen) return runsOf(pathLast[d + offset], counts, kinds, previous);
      if (pathOld[d + offset] + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, d - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, d + 1);
    }
  }
  throw new Error('editScript: no edit script found (cannot happen)');
}

/** The runs of a chain of components, first to last. */
function runsOf(last: number, counts: readonly number[], kinds: readonly number[], previous: readonly number[]): EditRun[] {
  const runs: EditRun[] = [];
  for (let c = last; c >= 0; c = previous[c]) runs.push({ op: kinds[c] === KEEP ? '=' : kinds[c] === REMOVE ? '-' : '+', count: counts[c] });
  return runs.reverse();
}
