/**
 * Trafficking (tppo) by its indicators, with or without a recruiter named (triage-labels.md):
 * control, exploitation, deception into work, debt bondage, a child taken off to work. Read by
 * categories.ts.
 */
import type { CaseFacts } from './categories.js';
import type { ChildEvidence } from './child.js';
import type { CueKind } from './cue-kinds.js';
import { near, sameClause } from './cue-nearness.js';
import type { Hit } from './phrase-match.js';
import type { Scan } from './scan.js';

/** Trafficking needs an exploitation or control indicator, not just a recruiter (fee fraud is `other`). */
export function isTrafficking(
  scan: Scan,
  child: ChildEvidence,
  facts: Pick<CaseFacts, 'forcedMarriage' | 'familyPerpetrator'>,
): boolean {
  const has = (kind: CueKind) => scan.of(kind).some((h) => !scan.negated(h));
  const controller = has('agent') || has('abroad');
  const passportWithheld = sameClause(scan, 'passport', 'withhold');
  // Unpaid work: "tidak digaji", or "tidak dibayar" with work named ("kerja ... tidak dibayar").
  const unpaid = (has('wage') || has('work')) && scan.of('unpaid').length > 0;
  const wagesWithheld = unpaid && controller;
  // Control indicators need no recruiter named (triage-labels.md: the indicator decides, not the
  // word "agen"): unpaid and not allowed to leave, held or made to work for a debt, leaving only
  // once a debt or penalty is paid, made to serve guests while held, by force, by deception or as
  // a child.
  const heldWithoutPay = unpaid && has('confinement');
  const debtBondage =
    has('debt') &&
    (has('confinement') || has('forced') || has('bondage') || unpaid || near(scan, 'work', 'debt'));
  const bondedWork = has('bondage') && (has('work') || has('abroad') || controller || has('confinement'));
  const sexualExploitation =
    has('serve') && (has('confinement') || controller || child.child || has('forced') || has('deceived'));
  // Recruitment by deception into exploitation: tricked about work, then unpaid, forced, held or
  // made to serve ("ditipu kerja di luar negeri ... tidak digaji", "dijanjikan kerja di restoran,
  // ternyata tidak boleh keluar"). Unpaid alone needs a recruiter or work abroad named: a
  // freelance job that did not pay is a wage dispute, not trafficking.
  const held = has('forced') || has('confinement') || has('serve');
  const exploited = scan.of('unpaid').length > 0 || held;
  const deceivedIntoWork =
    has('deceived') && (has('work') || has('serve') || has('scam')) && ((controller && exploited) || held);
  const forcedWork = near(scan, 'forced', 'work') || near(scan, 'forced', 'scam');
  // Made to run scams while held, unpaid or abroad: a scam compound.
  // A negated scam counts: "they beat her if she does not scam people" is the threat that forces it.
  const scamCompound =
    scan.has('scam') && (has('abroad') || has('confinement') || unpaid || sameClause(scan, 'forced', 'scam'));
  // The phone or the passport taken by an employer or abroad: control over a worker.
  const phoneTaken = has('phone_taken') && controller;
  return (
    has('trafficking') ||
    has('sale') ||
    // a marriage paid for, or given to settle a debt: the sale of a person
    (facts.forcedMarriage && (has('payment') || has('debt'))) ||
    passportWithheld ||
    wagesWithheld ||
    heldWithoutPay ||
    debtBondage ||
    bondedWork ||
    sexualExploitation ||
    deceivedIntoWork ||
    (has('debt') && controller) ||
    (has('confinement') && controller) ||
    forcedWork ||
    scamCompound ||
    phoneTaken ||
    // someone taking children off tonight to work, said to be a job, far away or paid for ("mau bawa
    // 3 anak SMP ... malam ini katanya kerja di kebun", "arep nggawa bocah2 SMP bengi iki numpak bis
    // menyang Batam, jarene kerja"): recruitment of children into exploitation, agent named or not
    (child.child && childrenTakenToWork(scan)) ||
    // children kept from going home to work for someone outside the family ("anak indak buliah
    // pulang sampai kontrak habih", "bocah2 ... ora oleh mulih"): a third party holding children
    // to exploit them
    (child.child && has('confinement') && has('work') && !facts.familyPerpetrator) ||
    // a recruiter or broker taking a child away, or someone taking children off to a job: a
    // third party moving a child to exploit them
    (child.child && has('taken') && (has('agent') || has('work'))) ||
    // a child setting off with a recruiter, abroad or tonight
    (child.child && has('agent') && has('departure') && (has('abroad') || scan.has('tonight'))) ||
    // a recruiter taking a child along to work, for money paid, tonight or abroad ("calo mau bawa
    // adik sy ke batam malam ini katanya kerja")
    (child.child &&
      has('agent') &&
      scan.of('take_along').some((h) => !scan.negated(h) && !takenByWriter(scan, h)) &&
      (has('work') || has('payment') || has('abroad') || scan.has('tonight')))
  );
}

/** Children taken off tonight to work somewhere, with a job promised, a border, a ride or money paid. */
export function childrenTakenToWork(scan: Scan): boolean {
  const has = (kind: CueKind) => scan.of(kind).some((h) => !scan.negated(h));
  return (
    scan.of('take_along').some((h) => !scan.negated(h) && !takenByWriter(scan, h)) &&
    has('work') &&
    scan.has('tonight') &&
    (['deceived', 'abroad', 'payment', 'departure'] as const).some(has)
  );
}

// "saya bawa anak ke tempat kerja", "I'm picking up my daughter": the writer taking their own child.
export function takenByWriter(scan: Scan, hit: Hit): boolean {
  return [1, 2].some(
    (back) =>
      scan.clauseOf[hit.start - back] === scan.clauseOfHit(hit) &&
      scan.kindsAt(hit.start - back).has('first_person'),
  );
}
