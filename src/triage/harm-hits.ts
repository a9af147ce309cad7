/**
 * Whether a harm cue counts as harm here: not negated, an "alone" that is not a parent with their
 * own child, a word of going away that is not a parent leaving with the child; and a cry of pain or
 * a plea heard next to someone drunk, harm with no violence word said.
 */
import type { CueKind } from './cue-kinds.js';
import { belongsToOutsider, isMarkedVictim } from './perpetrator.js';
import type { Hit } from './phrase-match.js';
import type { Scan } from './scan.js';

/**
 * A cry of pain or a plea heard now next to someone drunk ("maimbau 'jan pak, sakik pak' sambia
 * manangih, apaknyo mabuak", "she's screaming 'stop you're hurting me', he is drunk"): harm
 * happening, though no violence word is said. A plea counts alone; crying only with a pain word or
 * a plea in its clause. Neither counts negated, in the past or as a habit ("tiap mabuk ...").
 */
export function cryNextToDrunk(scan: Scan): boolean {
  const live = (hit: Hit) => {
    if (scan.negated(hit)) return false;
    const clause = scan.clauseOfHit(hit);
    return scan.inClause(clause, 'habitual').length === 0 && scan.inClause(clause, 'past').length === 0;
  };
  const cry =
    scan.of('plea').some(live) ||
    scan
      .of('crying')
      .some(
        (h) =>
          live(h) &&
          (['pain', 'plea'] as const).some((kind) => scan.inClause(scan.clauseOfHit(h), kind).length > 0),
      );
  return cry && scan.of('drunk').some(live);
}

/** Tokens after an "alone with" cue in which the companion is named. */
const COMPANION_WINDOW = 3;

/**
 * "alone with my children" / "berdua dengan anakku" / "mung karo anakku": the writer is with their
 * own child — no harm by family, no child alone with an abuser.
 */
export function aloneWithOwnChild(scan: Scan, hit: Hit): boolean {
  for (let i = hit.end; i < hit.end + COMPANION_WINDOW && i < scan.tokens.length; i += 1) {
    if (scan.kindsAt(i).has('parent_of')) return true;
  }
  return false;
}

/**
 * "istri saya kabur bawa anak", "my wife ran away with the kids": a partner or relative who goes
 * off taking the child along is the one gone — the child is with a parent, not missing.
 */
export function leftWithChild(scan: Scan, hit: Hit): boolean {
  const clause = scan.clauseOfHit(hit);
  const adultLeft = [...scan.inClause(clause, 'partner'), ...scan.inClause(clause, 'kin')].some(
    (p) => !isMarkedVictim(scan, p) && !belongsToOutsider(scan, p),
  );
  return adultLeft && scan.inClause(clause, 'with_child').length > 0;
}

// "minggat" is missing, abandoned and (in Javanese) neglect at once: all three are the leaving.
function leavingWord(scan: Scan, kind: CueKind, hit: Hit): boolean {
  if (kind === 'missing' || kind === 'abandoned') return true;
  const kinds = scan.kindsAt(hit.start);
  return kind === 'neglect' && (kinds.has('missing') || kinds.has('abandoned'));
}

/**
 * A cue that counts as harm: not negated, an "alone" that is not a parent with their child, and a
 * word of going away ("kabur", "minggat") that is not a parent leaving with the child.
 */
export function harmHit(scan: Scan, kind: CueKind, hit: Hit): boolean {
  return (
    !scan.negated(hit) &&
    !(kind === 'alone' && aloneWithOwnChild(scan, hit)) &&
    !(leavingWord(scan, kind, hit) && leftWithChild(scan, hit))
  );
}
