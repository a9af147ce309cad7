import type { CueKind } from './cue-kinds.js';
import type { Scan } from './scan.js';
import type { Role, When } from './types.js';

// Kinds of harm near which a first-person word makes the writer the victim ("saya dipukul",
// "memukul saya", "beating me").
const HARM_KINDS: readonly CueKind[] = [
  'violence',
  'strangle',
  'psych',
  'sexual',
  'touch',
  'threat',
  'kill',
  'confinement',
  'neglect',
  'hiding',
  'self_harm',
  'spread',
  'recording',
];
// How close (in tokens) a first-person word must be to the harm to be its subject or object.
const VICTIM_DISTANCE = 3;

/** Who is writing: a parent about their child, the victim, or a witness. */
export function detectRole(scan: Scan): Role | undefined {
  const incidental = scan.of('incidental_child');
  const parent = scan
    .of('parent_of')
    .some((p) => !incidental.some((i) => i.start <= p.start && i.end >= p.end));
  if (parent) return 'parent';
  if (writerIsVictim(scan)) return 'victim';
  if (scan.has('third_party') || scan.has('kin')) return 'witness';
  return undefined;
}

function writerIsVictim(scan: Scan): boolean {
  // "suami saya", "my husband", "bojoku": the writer's own partner.
  const ownPartner = scan.of('partner').some((p) => {
    const word = scan.tokens[p.start] ?? '';
    const mine = (i: number) => scan.kindsAt(i).has('first_person');
    return mine(p.start - 1) || mine(p.start + 1) || mine(p.end) || /ku$/.test(word);
  });
  if (ownPartner) return true;
  // A first-person word that is not a possessive of someone else ("tetangga saya", "ibu saya").
  const owners: readonly CueKind[] = ['kin', 'third_party', 'child_word', 'parent_of'];
  const selves = scan
    .of('first_person')
    .filter((fp) => !owners.some((k) => scan.kindsAt(fp.start - 1).has(k)));
  return selves.some((fp) =>
    HARM_KINDS.some((kind) =>
      scan
        .of(kind)
        .filter((h) => !scan.negated(h))
        .some(
          (h) =>
            scan.clauseOfHit(h) === scan.clauseOfHit(fp) &&
            Math.min(Math.abs(h.start - fp.end), Math.abs(fp.start - h.end)) <= VICTIM_DISTANCE,
        ),
    ),
  );
}

/** When the abuse happens: still going on (or chronic), just now, or in the past. */
export function detectWhen(scan: Scan): When | undefined {
  const unsafe = (kind: CueKind) =>
    scan.of(kind).some((h) => !scan.negated(h) && scan.inClause(scan.clauseOfHit(h), 'safe').length === 0);
  if (unsafe('present') || unsafe('tonight') || unsafe('ongoing_since') || scan.has('habitual'))
    return 'ongoing';
  if (scan.has('recent')) return 'recent';
  if (scan.has('past') || scan.has('childhood')) return 'past';
  return undefined;
}

/** Migrant-worker or abroad context: destination countries, TKI/PMI, shelters, KBRI. */
export function isAbroad(scan: Scan): boolean {
  return scan.has('abroad');
}
