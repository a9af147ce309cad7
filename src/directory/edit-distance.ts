// Typo tolerance for place names: a bounded edit distance that gives up early.

// Rows are reused between calls: a typo look-up compares the query with ~8,000 names.
let rowBefore = new Int32Array(64);
let rowPrevious = new Int32Array(64);
let rowCurrent = new Int32Array(64);

/**
 * Optimal-string-alignment distance (insert, delete, substitute, swap two neighbours) between
 * `a` and `b`, or `undefined` when it is above `max`. Swaps count once because "Plau"-style
 * slips are the most common typing error.
 */
export function editDistanceWithin(a: string, b: string, max: number): number | undefined {
  if (Math.abs(a.length - b.length) > max) return undefined;
  if (a === b) return 0;
  if (rowCurrent.length <= b.length) {
    rowBefore = new Int32Array(b.length + 1);
    rowPrevious = new Int32Array(b.length + 1);
    rowCurrent = new Int32Array(b.length + 1);
  }
  for (let j = 0; j <= b.length; j += 1) rowPrevious[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    rowCurrent[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(
        (rowPrevious[j] ?? 0) + 1,
        (rowCurrent[j - 1] ?? 0) + 1,
        (rowPrevious[j - 1] ?? 0) + cost,
      );
      const swapped =
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1);
      if (swapped) value = Math.min(value, (rowBefore[j - 2] ?? 0) + 1);
      rowCurrent[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    // Every later row is at least this row's minimum, so nothing within `max` can follow.
    if (rowMinimum > max) return undefined;
    [rowBefore, rowPrevious, rowCurrent] = [rowPrevious, rowCurrent, rowBefore];
  }
  const distance = rowPrevious[b.length] ?? Number.POSITIVE_INFINITY;
  return distance <= max ? distance : undefined;
}

// Short names are too close to each other ("Pati", "Palu", "Paku") to allow any typo; longer ones
// can take one or two slips before they start to collide with other real names.
const MIN_LENGTH_FOR_ONE_TYPO = 5;
const MIN_LENGTH_FOR_TWO_TYPOS = 9;

/** How many typos a name key of this length may carry and still match. */
export function allowedTypos(keyLength: number): number {
  if (keyLength >= MIN_LENGTH_FOR_TWO_TYPOS) return 2;
  if (keyLength >= MIN_LENGTH_FOR_ONE_TYPO) return 1;
  return 0;
}
