import type { ChildEvidence } from './child.js';
import type { CaseFacts } from './categories.js';
import type { CueKind } from './cue-kinds.js';
import { takenByWriter } from './trafficking.js';
import { aloneWithOwnChild } from './harm-hits.js';
import type { Hit } from './phrase-match.js';
import type { Scan } from './scan.js';
import { habitualInClause, hitTime, safeNow, withinLastDay } from './time-context.js';
import type { UrgentSignal } from './types.js';

/**
 * Urgency composed from parts that each generalise, instead of from whole phrasings: an act of
 * harm, and with it at least one of
 * - immediacy: the act is dated now, someone perceives it now ("kedengeran", "I can hear", "krungu")
 *   or the danger is at the door or on its way;
 * - severity: an injury or a body that cannot move since the act (the last day counts: "bleeding
 *   after last night"), a pregnant woman hit in the belly, a child alone with the one who harms;
 * - lost control: held or locked in, the phone taken.
 * An act in a past or habitual clause is over or chronic, so it never composes with immediacy or
 * control; only with a severity that still needs care now.
 */
export interface SituationParts {
  act: boolean;
  immediacy: boolean;
  severity: boolean;
  control: boolean;
}

export interface Situation {
  parts: SituationParts;
  /** The signal the composed situation raises, or undefined when it is not urgent. */
  signal: UrgentSignal | undefined;
}

// Acts of harm to another person (or to oneself, below). Threats to kill count as an act: the
// intent is the harm announced.
const HARM_ACTS: readonly CueKind[] = ['violence', 'strangle', 'acute', 'sexual', 'kill', 'taken'];
const SELF_ACTS: readonly CueKind[] = ['self_harm', 'overdose'];
const SEVERITY: readonly CueKind[] = ['injury', 'immobile'];

export function readSituation(scan: Scan, child: ChildEvidence, facts: CaseFacts): Situation {
  // A threat said in jest ("haha he'll murder me in the game tonight") is words, not an act.
  const jest = scan.of('joke').some((hit) => !scan.negated(hit));
  const usable = (hit: Hit) =>
    !scan.negated(hit) &&
    !habitualInClause(scan, hit) &&
    !(jest && hit.kind === 'kill') &&
    !(hit.kind === 'sexual' && onlineClause(scan, hit));
  const live = (hit: Hit) => usable(hit) && hitTime(scan, hit) !== 'past';
  const lastDay = (hit: Hit) => usable(hit) && (hitTime(scan, hit) !== 'past' || withinLastDay(scan, hit));
  const hits = (kinds: readonly CueKind[], keep: (hit: Hit) => boolean) =>
    kinds.flatMap((kind) => scan.of(kind).filter(keep));

  const jumps = scan.of('jump').filter((hit) => live(hit) && jumpIsSelfHarm(scan, hit));
  const roomEntry = child.child ? scan.of('room_entry').filter(live) : [];
  const harmActs = [...hits(HARM_ACTS, live), ...roomEntry, ...takenByHarmer(scan, child, facts, live)];
  // A drunk at the door ("aya lalaki mabok di hareup panto", "bapak mabuk udah di depan pintu"):
  // the danger is there now, trying to get in.
  const drunkAtDoor = scan.has('drunk')
    ? hits(['approach', 'here_now'], live).filter((hit) =>
        scan.inClause(scan.clauseOfHit(hit), 'drunk').some((d) => !scan.negated(d)),
      )
    : [];
  harmActs.push(...drunkAtDoor);
  const selfActs = [...hits(SELF_ACTS, lastDay), ...jumps];
  const recentActs = [...hits(HARM_ACTS, lastDay), ...roomEntry, ...selfActs];

  // Someone perceives it now, or the danger is at the door or on its way.
  const perceivedNow = hits(['witness', 'here_now', 'approach'], live).length > 0;
  // An act told as this morning's ("tadi pagi") is over; an undated one is now if the message says
  // it is perceived now or happens tonight.
  // Going into a child's room and shutting the door "just now" is still going on behind it.
  const immediate = (hit: Hit) => {
    const time = hitTime(scan, hit);
    if (time === 'recent' && hit.kind === 'room_entry') return true;
    return time === 'present' || (time === undefined && (perceivedNow || scan.has('tonight')));
  };
  const control = hits(['confinement', 'phone_taken'], live).length > 0;
  // Alone with someone now or tonight ("sendirian sama bapak tiri malam ini"); "dhewe" in "pakdhe
  // dhewe" (his own uncle) is no time of being alone.
  const alone =
    scan.of('alone').some(
      (hit) =>
        // A habit word here is the abuser's ("om yang suka nyabulin"), not a habit of being alone.
        !scan.negated(hit) &&
        hitTime(scan, hit) !== 'past' &&
        !aloneWithOwnChild(scan, hit) &&
        (hitTime(scan, hit) === 'present' || scan.has('tonight')),
    ) ||
    // Staying the night is tonight's unless dated or a habit ("dipiwarang nginep deui di bumi
    // pelatihna": told to sleep over at the coach's again; "sok nginep" is a habit). A habit word
    // after it is the abuser's ("nu sok nyabulan").
    scan
      .of('stay_over')
      .some(
        (hit) =>
          !scan.negated(hit) &&
          hitTime(scan, hit) !== 'past' &&
          !scan.inClause(scan.clauseOfHit(hit), 'habitual').some((h) => h.start < hit.start) &&
          !aloneWithOwnChild(scan, hit),
      );
  const injured = hits(SEVERITY, lastDay).length > 0;
  const pregnantHit = scan.has('pregnant') && scan.has('belly') && harmActs.length > 0;
  // Alone tonight with the one who harms: the harm may be a habit ("he comes into my room at night"),
  // which is exactly the danger of tonight.
  const harmer = facts.sexual || harmActs.length > 0 || scan.has('room_entry') || scan.has('violence');
  const childAlone = child.child && alone && harmer;
  const severity = injured || pregnantHit || childAlone;

  const parts: SituationParts = {
    act: recentActs.length > 0,
    immediacy: [...harmActs, ...selfActs].some(immediate),
    severity,
    control,
  };
  const composed =
    (harmActs.length > 0 && (parts.immediacy || control)) ||
    (recentActs.length > 0 && severity) ||
    childAlone ||
    selfActs.length > 0;
  // "kepalanyo berdarah, idak sadar, cak mano ni": a body that needs care now is danger whatever
  // the writer asks.
  const asking =
    scan.of('info_request').some((hit) => !scan.negated(hit)) && !(injured && recentActs.length > 0);
  const danger = !safeNow(scan) && !asking;
  if (!composed || !danger) return { parts, signal: undefined };
  return { parts, signal: signalOf(scan, child, { selfActs, harmActs, injured, control, childAlone }) };
}

/** The named signal a composed situation raises, so `urgentSignals` always says why. */
function signalOf(
  scan: Scan,
  child: ChildEvidence,
  s: { selfActs: Hit[]; harmActs: Hit[]; injured: boolean; control: boolean; childAlone: boolean },
): UrgentSignal {
  if (s.selfActs.length > 0) return 'self_harm';
  if (s.injured) return 'injury';
  const takenAlong = s.harmActs.some((hit) => hit.kind === 'take_along');
  if (child.child && (s.childAlone || takenAlong || scan.has('taken') || scan.has('room_entry')))
    return 'child_danger';
  if (s.control) return 'confined';
  if (s.harmActs.some((hit) => hit.kind === 'kill')) return 'threat_to_kill';
  return 'violence_now';
}

/**
 * Taken along by someone who harms: a child or the writer dragged, carried or taken off by one
 * who abuses sexually, is drunk, a recruiter or buyer, or who forces or beats in that clause
 * ("om yg suka pegang2 adek bawa adek ke kamarnya", "bapake mendem arep nggawa adhiku adoh bengi
 * iki", "bojoku nyeret aku ... dilebokke mobil"). Not the writer taking someone ("aku nggawa
 * anakku").
 */
function takenByHarmer(
  scan: Scan,
  child: ChildEvidence,
  facts: CaseFacts,
  live: (hit: Hit) => boolean,
): Hit[] {
  if (!scan.has('take_along')) return [];
  const some = (kind: CueKind) => scan.of(kind).some((h) => !scan.negated(h));
  const harmer =
    facts.sexual ||
    facts.forcedMarriage ||
    (['drunk', 'agent', 'sale', 'forced'] as const).some(some) ||
    // "laki ambo manyeret ambo ..., kini ambo dibaok naiak oto": taken off by the one who drags
    (['violence', 'strangle'] as const).some((kind) => scan.of(kind).some(live));
  return scan.of('take_along').filter((hit) => {
    // "aku dilebokke mobil", "ambo dibaok": the writer before a passive verb is the one taken.
    const passive = PASSIVE.test(scan.tokens[hit.start] ?? '');
    if (!live(hit) || (takenByWriter(scan, hit) && !passive)) return false;
    const clause = scan.clauseOfHit(hit);
    const victim =
      child.child ||
      scan.inClause(clause, 'first_person').length > 0 ||
      TAKEN_PERSON.some((kind) => scan.inClause(clause, kind).length > 0);
    const beaten = (['violence', 'strangle'] as const).some((kind) =>
      scan.inClause(clause, kind).some((h) => !scan.negated(h)),
    );
    return victim && (harmer || beaten);
  });
}

const PASSIVE = /^(di|dipun|ri|ni)/;
const TAKEN_PERSON: readonly CueKind[] = ['kin', 'child_word', 'partner', 'third_party'];

// "loncat dari jembatan", "I'm going to jump": jumping is self-harm from a high place, or when the
// writer says they are about to.
function jumpIsSelfHarm(scan: Scan, hit: Hit): boolean {
  if (scan.has('high_place')) return true;
  const clause = scan.clauseOfHit(hit);
  return scan.inClause(clause, 'intent').length > 0 && scan.inClause(clause, 'first_person').length > 0;
}

// Sexual harm through a screen ("sending me dick pics on messenger") is online harm, not an attack
// on the body now.
function onlineClause(scan: Scan, hit: Hit): boolean {
  const clause = scan.clauseOfHit(hit);
  return (['channel', 'media', 'intimate_image'] as const).some(
    (kind) => scan.inClause(clause, kind).length > 0,
  );
}
