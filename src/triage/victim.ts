/**
 * Who was harmed: an adult (a relative named as the victim, a partner doing the harm, or the writer
 * harmed near "saya"/"me"), or the writer. Read by the child rule in categories.ts: a minor who only
 * witnesses harm to an adult is not a child case.
 */
import type { CueKind } from './cue-kinds.js';
import {
  AGENT_WORDS,
  belongsToOutsider,
  isActiveObject,
  isMarkedVictim,
  isRecipient,
  namedAsDoer,
} from './perpetrator.js';
import type { Scan } from './scan.js';

// "my dad", "our dad": possessives, not the writer as subject or object.
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['my', 'our']);
// How far after a relative an injury may be to be theirs ("mama kepalanya bocor").
const INJURED_WINDOW = 3;
// Harm near the writer that makes the writer the one harmed ("mukul saya", "hit me", "nyari2 sy").
const HARM_TO_WRITER: readonly CueKind[] = [
  'violence',
  'strangle',
  'psych',
  'threat',
  'kill',
  'confinement',
  'acute',
  'injury',
];

/**
 * An adult is the one harmed: a relative named as the victim outside any clause about a minor
 * ("dad is hitting my mom", "mama kepalanya bocor", "nakennai bainena"), a partner doing the harm
 * (their victim is their partner), or the writer harmed near "saya"/"me" — the last two only when
 * the writer does not say they are a minor.
 */
export function adultVictim(scan: Scan, minorClauses: ReadonlySet<number>, writerMinor: boolean): boolean {
  const relativeHarmed = [...scan.of('partner'), ...scan.of('kin')].some((hit) => {
    if (minorClauses.has(scan.clauseOfHit(hit)) || scan.kindsAt(hit.start).has('child_word')) return false;
    const injured = scan.of('injury').some(
      (h) =>
        !scan.negated(h) &&
        scan.clauseOfHit(h) === scan.clauseOfHit(hit) &&
        h.start >= hit.end &&
        h.start - hit.end < INJURED_WINDOW &&
        // "dad burned his arm": a violence verb after the relative is what they did
        !scan.kindsAt(h.start).has('violence'),
    );
    return !namedAsDoer(scan, hit) && (isMarkedVictim(scan, hit) || isActiveObject(scan, hit) || injured);
  });
  if (relativeHarmed) return true;
  if (writerMinor) return false;
  const partnerDoer = scan
    .of('partner')
    .some(
      (hit) =>
        !scan.kindsAt(hit.start).has('others_partner') &&
        !isMarkedVictim(scan, hit) &&
        !isActiveObject(scan, hit) &&
        !belongsToOutsider(scan, hit) &&
        !isRecipient(scan, hit),
    );
  return partnerDoer || writerHarmed(scan);
}

/** The writer is harmed: "saya dipukul", "mukul aku", "hit me", "aku dikunci". */
export function writerHarmed(scan: Scan): boolean {
  const owners: readonly CueKind[] = ['kin', 'partner', 'third_party', 'child_word', 'parent_of'];
  const selves = scan.of('first_person').filter(
    (fp) =>
      !(
        scan.clauseOf[fp.start - 1] === scan.clauseOfHit(fp) &&
        owners.some((k) => scan.kindsAt(fp.start - 1).has(k))
      ) &&
      !POSSESSIVE_DETERMINERS.has(scan.tokens[fp.start] ?? '') &&
      // Sundanese "digebugan ku indungna": "ku" is "by" there
      !AGENT_WORDS.has(scan.tokens[fp.start] ?? ''),
  );
  return selves.some((fp) =>
    HARM_TO_WRITER.some((kind) =>
      scan
        .of(kind)
        .some(
          (h) =>
            !scan.negated(h) &&
            scan.clauseOfHit(h) === scan.clauseOfHit(fp) &&
            Math.min(Math.abs(h.start - fp.end), Math.abs(fp.start - h.end)) <= INJURED_WINDOW,
        ),
    ),
  );
}
