import type { ChildEvidence } from './child.js';
import type { CaseFacts } from './categories.js';
import { childrenTakenToWork, takenByWriter } from './trafficking.js';
import type { CueKind } from './cue-kinds.js';
import { aloneWithOwnChild, cryNextToDrunk, leftWithChild } from './harm-hits.js';
import type { Hit } from './phrase-match.js';
import type { Scan } from './scan.js';
import { habitualInClause, hitTime, messageIsNow, safeNow } from './time-context.js';
import type { UrgentSignal } from './types.js';

/**
 * The urgency rules of triage-labels.md: immediate danger now or within hours. Each rule names
 * the signal it raises. Shared conditions: a negated cue ("tidak dikunci") never counts, a cue in
 * a past clause ("dulu pernah dipukul") never counts, a victim who says they are safe now turns
 * off the danger-now rules, and questions about how to report are not reports.
 */
export function urgentSignals(scan: Scan, child: ChildEvidence, facts: CaseFacts): UrgentSignal[] {
  const live = (hit: Hit) => !scan.negated(hit) && hitTime(scan, hit) !== 'past';
  const liveOf = (kind: CueKind) => scan.of(kind).filter(live);
  const has = (kind: CueKind) => scan.of(kind).some((h) => !scan.negated(h));
  const now = messageIsNow(scan);
  const safe = safeNow(scan);
  const question = has('info_request');
  const danger = !safe && !question;
  const signals = new Set<UrgentSignal>();

  // A story told in the past ("waktu itu dia nyekik aku, tolong") with no word of now anywhere:
  // its undated strong verbs belong to that story, and a plea for help asks about it.
  const pastStory = !now && scan.of('past').some((h) => !scan.negated(h));
  // 1. Violence happening, or the perpetrator attacking, breaking in or pursuing.
  const attackNow = [...liveOf('violence'), ...liveOf('strangle')].some((hit) => {
    if (habitualInClause(scan, hit)) return false;
    return (
      hitTime(scan, hit) === 'present' || (hitTime(scan, hit) === undefined && has('help') && !pastStory)
    );
  });
  // Abuse a habit word makes chronic somewhere in the message ("sering mukul", "biasa nalempari").
  const chronic = scan
    .of('habitual')
    .some(
      (h) => !scan.negated(h) && ABUSE.some((kind) => scan.inClause(scan.clauseOfHit(h), kind).length > 0),
    );
  // Anger with no time word in a message about chronic abuse ("macai ladde' narekko engka salaku,
  // biasa nalempari'ka'") describes the habit, not a rage happening now.
  const raging = liveOf('acute').some(
    (hit) =>
      !habitualInClause(scan, hit) &&
      !(pastStory && hitTime(scan, hit) === undefined) &&
      (!chronic || hitTime(scan, hit) !== undefined || has('help')),
  );
  // A cry of pain or a plea next to someone drunk is an attack heard, not named.
  if (danger && (attackNow || raging || cryNextToDrunk(scan))) signals.add('violence_now');

  // The perpetrator coming, coming back or at the door now ("datang lagi", "mau ke sini"): not
  // urgent alone, but it makes a weapon or a kill threat one for now.
  const approaching = liveOf('approach').some((hit) => !habitualInClause(scan, hit));

  // 2. A weapon in a threat happening now.
  const threatening =
    now ||
    approaching ||
    has('threat') ||
    has('kill') ||
    has('acute') ||
    has('violence') ||
    has('help') ||
    has('fear') ||
    // "bapak bawa celurit nyari ibu": armed and looking for someone
    liveOf('search').some((hit) => !habitualInClause(scan, hit));
  if (danger && liveOf('weapon').length > 0 && threatening) signals.add('weapon');

  // 3. Locked in, confined or held now — unless they can still go out or phone. "Cannot get
  // away" in a message about chronic abuse ("pukul terus tiap malam, tidak bisa lari") says the
  // victim is trapped in the relationship, not held right now.
  // A worker who cannot get off the boat or out of the compound is held, however long it has
  // lasted (triage-labels.md: trafficking victims held now).
  const worker = (['work', 'agent', 'abroad', 'trafficking'] as const).some(has);
  const held = liveOf('confinement').some(
    (hit) =>
      !(chronic && !worker && cannotLeave(scan, hit) && hitTime(scan, hit) !== 'present') &&
      // "mama sering ngurung sy di kamar tiap weekend", "locks me in every weekend": a habit of
      // locking in, told with no word of now, is chronic abuse, not someone held right now.
      !(!worker && habitualInClause(scan, hit) && hitTime(scan, hit) !== 'present') &&
      // "gk boleh pulang sebelum lunas", "can't go home until it's paid off": leaving once a debt
      // is paid is debt bondage, a condition on going home, not a lock (triage-labels.md).
      !(cannotLeave(scan, hit) && scan.inClause(scan.clauseOfHit(hit), 'bondage').length > 0) &&
      !homeUntil(scan, hit) &&
      !passportHeld(scan, hit),
  );
  if (danger && held && !has('free_to_leave')) signals.add('confined');

  // 4. Hiding from the perpetrator right now (a hiding place is not "safe").
  if (!question && liveOf('hiding').length > 0) signals.add('hiding');

  // 5. An injury that needs care now.
  if (danger && needsCare(scan, child, live)) signals.add('injury');

  // 6. Suicidal intent or self-harm.
  if (liveOf('self_harm').length > 0) signals.add('self_harm');

  // 7. A child in danger now or tonight — including a child who spends tonight where a relative
  // abuses them sexually ("she is at her father's house tonight; he touches her").
  const withAbuserTonight = facts.sexual && facts.familyPerpetrator && scan.has('tonight');
  // A child married off tonight ("dinikahkeun siri wengi ayeuna", "dinikahke bengi iki"): sex with
  // a child within hours.
  const marriedOffTonight = facts.forcedMarriage && scan.of('tonight').some(live);
  // A child sold or made to serve guests tonight ("dijual ke mami, malam ini mulai disuruh layani
  // tamu"): sexual exploitation of a child within hours.
  const exploitedTonight =
    (['serve', 'sale'] as const).some((kind) => has(kind)) && scan.of('tonight').some(live);
  if (
    danger &&
    child.child &&
    (childInDanger(scan, live, now) || withAbuserTonight || marriedOffTonight || exploitedTonight)
  )
    signals.add('child_danger');

  // 8. A sextortion deadline within hours when the victim is a child ("by tonight" is one).
  if (child.child && facts.sextortion && (has('deadline') || has('tonight')))
    signals.add('sextortion_deadline');

  // A threat to kill counts when the perpetrator is there now, on the way, armed or raging — or,
  // as with a blow (rule 1), when an undated, unhabitual threat comes with a plea for help
  // ("tulungi ka', melo nawunu ka' lakkaikku").
  const pleaded =
    has('help') && !pastStory && !chronic && liveOf('kill').some((hit) => !habitualInClause(scan, hit));
  if (danger && liveOf('kill').length > 0 && (now || approaching || has('acute') || has('weapon')))
    signals.add('threat_to_kill');
  if (danger && pleaded) signals.add('threat_to_kill');

  return [...signals];
}

// Abuse a habit word makes chronic ("pukul terus tiap malam", "sering dihina").
const ABUSE: readonly CueKind[] = ['violence', 'strangle', 'psych', 'sexual', 'threat'];

// "tidak bisa lari", "can not leave", "ora iso metu": a negated ability to leave, as opposed to
// being locked, tied or held ("dikunci", "disekap").
function cannotLeave(scan: Scan, hit: Hit): boolean {
  for (let i = hit.start; i < hit.end; i += 1) if (scan.kindsAt(i).has('negation')) return true;
  return false;
}

/**
 * "ora oleh mulih nganti umur 18", "indak buliah pulang sampai kontrak habih", "teu meunang balik
 * dua taun": not going home until a date or for a term is a condition of the work (tppo), not a
 * lock on the door now; "not allowed out" still is.
 */
function homeUntil(scan: Scan, hit: Hit): boolean {
  if (!cannotLeave(scan, hit)) return false;
  const home = scan.tokens.slice(hit.start, hit.end).some((t) => GO_HOME.has(t));
  const clause = scan.clauseOfHit(hit);
  const term =
    scan.tokens.some((t, i) => scan.clauseOf[i] === clause && UNTIL.has(t)) ||
    scan.inClause(clause, 'age_unit').length > 0;
  return home && term;
}

const GO_HOME: ReadonlySet<string> = new Set([
  'pulang',
  'mulih',
  'wangsul',
  'balik',
  'uih',
  'lisu',
  'home',
  'mudik',
]);
const UNTIL: ReadonlySet<string> = new Set([
  'sampai',
  'sampe',
  'sebelum',
  'nganti',
  'dumugi',
  'ngantos',
  'nepi',
  'dugi',
  'until',
  'till',
  'before',
  'lettu',
  "lettu'",
  'narekko',
]);

function needsCare(scan: Scan, child: ChildEvidence, live: (hit: Hit) => boolean): boolean {
  const any = (kind: CueKind) => scan.of(kind).some(live);
  const pregnantHit = any('pregnant') && any('belly') && (any('violence') || any('pain') || any('injury'));
  const childGenital = child.child && any('genital') && (any('pain') || any('injury'));
  const acuteInjury = [...scan.of('injury'), ...scan.of('strangle')].some(
    (h) => live(h) && !habitualInClause(scan, h),
  );
  return acuteInjury || pregnantHit || childGenital;
}

function childInDanger(scan: Scan, live: (hit: Hit) => boolean, now: boolean): boolean {
  const any = (kind: CueKind) => scan.of(kind).some(live);
  // A habit word in another clause is someone's habit ("org itu sering minta foto"), not a sign
  // that the child going missing or meeting him now is an old story.
  const chronic = (kind: CueKind) => scan.of(kind).some((hit) => live(hit) && !habitualInClause(scan, hit));
  const alone = scan.of('alone').some((hit) => live(hit) && !aloneWithOwnChild(scan, hit));
  // Alone with the abuser or meeting a groomer tonight counts even if the abuse itself is chronic.
  if ((alone || any('meetup')) && scan.has('tonight')) return true;
  const habit = scan.of('habitual').length > 0;
  if ((alone || any('meetup')) && now && !habit) return true;
  // About to leave with a trafficker: taken along by a recruiter ("engka calo natiwi eppa ana'
  // makkunrai"), or abroad tonight or now. A parent taking a child to grandma's is neither.
  // The writer taking their own child ("I'm picking up my daughter", "aku nggawa anakku") is not.
  if (scan.of('take_along').some((hit) => live(hit) && !takenByWriter(scan, hit)) && scan.has('agent'))
    return true;
  // With a recruiter at the port or about to board, tonight or now ("ayeuna di palabuhan jeung
  // calo, bade naek kapal peuting ieu").
  if (scan.has('agent') && any('departure') && (scan.has('tonight') || now)) return true;
  if (any('take_along') && scan.has('abroad') && (scan.has('tonight') || now)) return true;
  if (childrenTakenToWork(scan)) return true;
  // A parent who runs off taking the child along leaves no missing or abandoned child; nor does a
  // partner who has not come home ("salaki abdi parantos dua taun teu uih"): that is neglect.
  const gone = (kind: CueKind) =>
    scan
      .of(kind)
      .some(
        (hit) =>
          live(hit) && !habitualInClause(scan, hit) && !leftWithChild(scan, hit) && !partnerGone(scan, hit),
      );
  // A baby left or found with nobody there ("orok ditinggalkeun, teu aya sasaha") is in danger as
  // found; the writer's own baby asleep with nobody else at home is not.
  const infantAlone = any('infant') && any('nobody') && gone('abandoned');
  // Gone within the hour or now ("kabur sejam lalu") is today's, whatever else is a habit.
  const goneNow = scan
    .of('missing')
    .some((hit) => hitTime(scan, hit) === 'recent' || hitTime(scan, hit) === 'present');
  return (
    (!habit && (any('taken') || gone('missing') || infantAlone || (gone('abandoned') && now))) ||
    (goneNow && gone('missing')) ||
    chronic('taken')
  );
}

// "salaki abdi teu uih", "suami pergi gak balik": the partner named before the missing word in its
// clause, with no child named between, is the one gone.
function partnerGone(scan: Scan, hit: Hit): boolean {
  const clause = scan.clauseOfHit(hit);
  const partner = scan.inClause(clause, 'partner').filter((p) => p.end <= hit.start);
  const last = partner[partner.length - 1];
  if (last === undefined) return false;
  return !scan.inClause(clause, 'child_word').some((c) => c.start >= last.end && c.end <= hit.start);
}

// "paspor masih ditahan di ditu": a holding verb ("ditahan", also a confinement word) whose
// clause names the passport before it holds the passport, not the person. "paspor dipegang
// majikan dan saya dikunci" still locks the person in.
function passportHeld(scan: Scan, hit: Hit): boolean {
  return (
    scan.kindsAt(hit.start).has('withhold') &&
    scan.inClause(scan.clauseOfHit(hit), 'passport').some((p) => p.end <= hit.start)
  );
}
