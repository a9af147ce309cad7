/**
 * Two cue kinds near each other in a message: in one clause, or within a few tokens there. Shared
 * by the category indicators (categories.ts, sexual-indicators.ts, trafficking.ts).
 */
import type { CueKind } from './cue-kinds.js';
import type { Scan } from './scan.js';

// How far (in tokens) "forced" may stand from the work it forces: "dipaksa kerja", "dipaksa
// untuk bekerja", "forced to work long hours" — not "dicium paksa sama teman kerja".
const FORCED_DISTANCE = 3;

export function near(scan: Scan, a: CueKind, b: CueKind): boolean {
  return scan
    .of(a)
    .some(
      (h) =>
        !scan.negated(h) &&
        scan.inClause(scan.clauseOfHit(h), b).some((o) => Math.abs(o.start - h.start) <= FORCED_DISTANCE),
    );
}

export function sameClause(scan: Scan, a: CueKind, b: CueKind): boolean {
  return scan.of(a).some((h) => !scan.negated(h) && scan.inClause(scan.clauseOfHit(h), b).length > 0);
}
