import type { Hit } from './phrase-match.js';
import type { Scan } from './scan.js';

/** When a cue happens, read from the time words of its own clause. */
export type HitTime = 'present' | 'recent' | 'past' | undefined;

const TIME_KINDS = ['present', 'tonight', 'ongoing_since', 'recent', 'past'] as const;

// A time word after a relative pronoun dates the relative clause, not the hit before it: in
// "ditinggal dhewe karo pakdhe sing tau nyabuli" (left alone with the uncle who once abused her)
// "tau" (once) says nothing about when the child is left alone.
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set([
  'yang',
  'sing',
  'ingkang',
  'nu',
  'anu',
  'nan',
  'who',
  'which',
]);

/**
 * The time of a hit is the nearest time word before it in its clause ("dulu pernah dipukul,
 * sekarang aman": past), else the nearest after it ("saya dipukul kemarin": past). A clause
 * without time words is `undefined`: the rules then decide from other evidence.
 */
export function hitTime(scan: Scan, hit: Hit): HitTime {
  const clause = scan.clauseOfHit(hit);
  const marks = TIME_KINDS.flatMap((kind) =>
    scan
      .inClause(clause, kind)
      .filter((mark) => !scan.negated(mark) && mark !== hit)
      .map((mark) => ({ kind, mark })),
  );
  const before = marks.filter(({ mark }) => mark.end <= hit.start).sort((a, b) => b.mark.end - a.mark.end);
  const after = marks
    .filter(({ mark }) => mark.start >= hit.end && !relativeBetween(scan, hit.end, mark.start))
    .sort((a, b) => a.mark.start - b.mark.start);
  const nearest = before[0] ?? after[0];
  if (nearest === undefined) return undefined;
  switch (nearest.kind) {
    case 'present':
    case 'tonight':
    case 'ongoing_since':
      return 'present';
    case 'recent':
      return 'recent';
    case 'past':
      return 'past';
    default: {
      const impossible: never = nearest.kind;
      return impossible;
    }
  }
}

function relativeBetween(scan: Scan, from: number, to: number): boolean {
  return scan.tokens.slice(from, to).some((t) => RELATIVE_PRONOUNS.has(t));
}

/** A present-time word anywhere in the message, outside clauses that say the victim is safe. */
export function messageIsNow(scan: Scan): boolean {
  return (['present', 'tonight', 'ongoing_since'] as const).some((kind) =>
    scan
      .of(kind)
      .some((hit) => !scan.negated(hit) && scan.inClause(scan.clauseOfHit(hit), 'safe').length === 0),
  );
}

/** The victim is said to be somewhere safe now ("sekarang sudah aman", "I'm at my friend's"). */
export function safeNow(scan: Scan): boolean {
  return scan.of('safe').some((hit) => {
    if (scan.negated(hit) || hitTime(scan, hit) === 'past') return false;
    // "aman gak ya?" asks whether something is safe; it does not say the writer is.
    const next = hit.end;
    return !(scan.clauseOf[next] === scan.clauseOfHit(hit) && scan.kindsAt(next).has('negation'));
  });
}

/** A habit word in the hit's clause: chronic abuse, not an attack happening now. */
export function habitualInClause(scan: Scan, hit: Hit): boolean {
  return scan.inClause(scan.clauseOfHit(hit), 'habitual').length > 0;
}
