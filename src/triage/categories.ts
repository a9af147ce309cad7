import { type ChildEvidence, minorClauses, writerIsMinor } from './child.js';
import type { CueKind } from './cue-kinds.js';
import { cryNextToDrunk, harmHit } from './harm-hits.js';
import { FAMILY_HARM, familyPerpetrator, kinAbroad } from './perpetrator.js';
import { adultVictim, writerHarmed } from './victim.js';
import { sameClause } from './cue-nearness.js';
import type { Hit } from './phrase-match.js';
import type { Scan } from './scan.js';
import {
  childBodyImage,
  childNextToMarriage,
  forcedContraception,
  intimateRecording,
  partnerSpreadsImages,
  refusedMarriage,
  spreadOverChannel,
  touchesBody,
  unwantedContact,
} from './sexual-indicators.js';
import { isTrafficking } from './trafficking.js';
import type { Category } from './types.js';

/** The facts the category rules and the urgency rules share. */
export interface CaseFacts {
  familyPerpetrator: boolean;
  sexual: boolean;
  sextortion: boolean;
  grooming: boolean;
  forcedMarriage: boolean;
}

export function caseFacts(scan: Scan, child: ChildEvidence): CaseFacts {
  const has = (kind: CueKind) => scan.of(kind).some((h) => !scan.negated(h));
  // Blackmail with a photo or video ("blackmailing me with a video of us") is sextortion even
  // when the threat to spread it is only implied.
  const sextortion =
    scan.tokens.some((t) => t.startsWith('sextort') || t === 'sekstorsi') ||
    sameClause(scan, 'threat', 'media') ||
    // extorted by someone who holds a photo, video or recording of the writer ("diperes, anjeunna
    // gaduh video abdi", "blackmailed over a video call"): the threat to spread is implied
    (has('blackmail') && (scan.has('media') || scan.has('recording') || has('intimate_image'))) ||
    // "kalau gak transfer" is a condition of the threat, so a negated payment still counts.
    // The image may sit inside the condition ("kalo gk tf, rekaman vc sy disebar"), so a negated
    // one counts here.
    ((has('threat') || scan.has('extortion')) &&
      (scan.has('intimate_image') || (scan.has('spread') && scan.has('media'))));
  const grooming = child.child && has('channel') && (has('meetup') || has('missing') || has('taken'));
  const forcedMarriage =
    refusedMarriage(scan) ||
    (has('marriage') &&
      (has('forced') ||
        has('unwanted') ||
        has('sale') ||
        has('payment') ||
        child.explicitMinor ||
        childNextToMarriage(scan) ||
        sameClause(scan, 'marriage', 'debt')));
  const sexual =
    has('sexual') ||
    has('intimate_image') ||
    sextortion ||
    grooming ||
    forcedMarriage ||
    touchesBody(scan) ||
    (child.child && has('genital')) ||
    (child.explicitMinor && has('pregnant')) ||
    intimateRecording(scan) ||
    partnerSpreadsImages(scan) ||
    unwantedContact(scan) ||
    // remarks on the body, dirty words, a child asked to bathe together: non-physical harassment
    has('sexual_remark') ||
    forcedContraception(scan) ||
    // made to serve or accompany guests: sexual exploitation (UU TPKS), whoever writes it
    has('serve') ||
    // sold to an entertainment venue ("dijual ke tempat hiburan", "sold to a club")
    (has('sale') && has('venue')) ||
    // an adult going into a child's room and shutting the door, with no blow named: an explicit
    // sexual risk to the child
    (child.child && has('room_entry') && !(['violence', 'strangle', 'acute'] as const).some(has)) ||
    // images of a child's body ("foto dhadhane", "foto dadanyo"): child sexual abuse material
    (child.child && childBodyImage(scan));
  return { familyPerpetrator: familyPerpetrator(scan), sexual, sextortion, grooming, forcedMarriage };
}

/** Categories per triage-labels.md; `other` when none holds. */
export function categorize(scan: Scan, child: ChildEvidence, facts: CaseFacts): Category[] {
  const has = (kind: CueKind) => scan.of(kind).some((h) => !scan.negated(h));
  const categories: Category[] = [];
  // "wkwk adik gw ngancem mau bunuh gw krn charger": words alone, marked as a joke. Urgency is
  // left alone on purpose — a nervous "haha" must never hide real danger.
  if (has('joke') && !DONE_HARM.some(has) && !facts.sexual) return ['other'];
  // A custody dispute the writer says has no violence ("rebutan hak asuh anak, ora ana
  // kekerasan") is `other` by triage-labels.md, whoever keeps the child from whom.
  if (has('custody') && has('no_harm') && !DONE_HARM.some(has) && !facts.sexual) return ['other'];

  const familyHarm =
    FAMILY_HARM.some((kind) => scan.of(kind).some((h) => harmHit(scan, kind, h))) ||
    cryNextToDrunk(scan) ||
    facts.sexual ||
    facts.forcedMarriage;
  const trafficking = isTrafficking(scan, child, facts);
  // In a trafficking case the relative named abroad is the migrant, not the perpetrator.
  const family = trafficking
    ? familyPerpetrator(scan, (hit) => !kinAbroad(scan, hit))
    : facts.familyPerpetrator;
  if (has('explicit_kdrt') || (family && (familyHarm || takesChildAlongToDie(scan)))) categories.push('kdrt');
  if (facts.sexual) categories.push('sexual_violence');
  if (trafficking) categories.push('tppo');
  // A stated minor in a trafficking case is its victim ("adiak ambo umua 16 ... jo calo").
  if (child.child && (childAtRisk(scan, facts) || (trafficking && child.explicitMinor)))
    categories.push('child');
  if (isOnline(scan, facts)) categories.push('online');
  return categories.length > 0 ? categories : ['other'];
}

/**
 * `other` is never urgent (triage-labels.md), so an urgent message the category rules left as
 * `other` is read again for who is in it: a partner or a family member named beside the danger
 * ("udah ga sanggup sama kelakuan suami, mau loncat"), or a beating in a house, makes it `kdrt`; a
 * child at risk, `child`. Nobody named (a self-harm message alone) stays `other`.
 */
export function urgentCategories(scan: Scan, childVictim: boolean, categories: Category[]): Category[] {
  if (categories.length !== 1 || categories[0] !== 'other') return categories;
  const named = (kind: CueKind) =>
    scan.of(kind).some((h) => !scan.negated(h) && scan.kindsAt(h.start).has('not_family') === false);
  const found: Category[] = [];
  // A beating heard or seen in a house with nobody named ("kadenge ti imah gigireun aya awewe
  // ngajerit, siga keur digebugan"): violence at home is taken as domestic — an urgent message
  // may not stay `other`. In the street it stays `other`.
  const atHome = scan.has('home') && (['violence', 'acute', 'crying'] as const).some((kind) => named(kind));
  if (named('partner') || familyPerpetrator(scan) || atHome) found.push('kdrt');
  if (childVictim) found.push('child');
  return found.length > 0 ? found : categories;
}

/**
 * A parent about to jump or end their life taking the child along ("di jembatan bawa bayinya,
 * bilang mau lompat"): the child is explicitly at risk, from a relative.
 */
function takesChildAlongToDie(scan: Scan): boolean {
  const ending = (['self_harm', 'jump'] as const).some((kind) => scan.of(kind).some((h) => !scan.negated(h)));
  return ending && scan.has('with_child');
}

function isOnline(scan: Scan, facts: CaseFacts): boolean {
  const has = (kind: CueKind) => scan.of(kind).some((h) => !scan.negated(h));
  const harmOverChannel = scan
    .of('channel')
    .some((h) =>
      (['threat', 'psych', 'sexual', 'intimate_image', 'bully'] as const).some(
        (kind) => scan.inClause(scan.clauseOfHit(h), kind).length > 0,
      ),
    );
  return (
    has('intimate_image') ||
    spreadOverChannel(scan) ||
    facts.sextortion ||
    facts.grooming ||
    has('impersonation') ||
    // a tracking or spy app on someone's phone
    has('surveillance') ||
    intimateRecording(scan) ||
    // recorded or photographed against their will ("direkam diam-diam tanpa izin")
    sameClause(scan, 'recording', 'unwanted') ||
    // an address or personal data spread over an app ("alamat rumah ambo disebar di fesbuk"):
    // doxing
    // A request to share a missing person's details ("tolong sebar data anak hilang ini") is not.
    (sameClause(scan, 'spread', 'personal_data') &&
      scan.has('channel') &&
      !scan.has('missing') &&
      !scan.of('help').some((h) => !scan.negated(h))) ||
    harmOverChannel
  );
}

/** Harm that happened or happens, as opposed to words (threats, insults) that a joke may hold. */
const DONE_HARM: readonly CueKind[] = [
  'violence',
  'strangle',
  'injury',
  'weapon',
  'confinement',
  'neglect',
  'abandoned',
  'taken',
  'missing',
  'sale',
  'trafficking',
  'self_harm',
];

// Harm a child can suffer, or a question about it: a child merely mentioned ("anak saya demam")
// is not a child case.
const CHILD_HARM: readonly CueKind[] = [
  ...FAMILY_HARM,
  'missing',
  'bully',
  'work',
  'trafficking',
  'harm_word',
  'explicit_kdrt',
  'genital',
  'threat',
  'extortion',
];

// What a child who only witnesses may do: hide, be afraid, cry.
const WITNESS_KINDS: readonly CueKind[] = ['hiding', 'fear'];
const DIRECT_CHILD_HARM = CHILD_HARM.filter((kind) => !WITNESS_KINDS.includes(kind));

/** A child is the victim or explicitly at risk, not only mentioned. */
export function childAtRisk(scan: Scan, facts: CaseFacts): boolean {
  if (facts.sexual) return true;
  if (takesChildAlongToDie(scan)) return true;
  const harm =
    CHILD_HARM.some((kind) => scan.of(kind).some((h) => harmHit(scan, kind, h) && !wantsTo(scan, kind, h))) ||
    cryNextToDrunk(scan);
  return harm && !onlyWitnesses(scan);
}

// "anakku arep kerja neng Jepang", "my son wants to work abroad": work someone means to take up
// is a plan, not child labour.
function wantsTo(scan: Scan, kind: CueKind, hit: Hit): boolean {
  return kind === 'work' && scan.kindsAt(hit.start - 1).has('intent');
}

/**
 * "A minor who only witnesses violence against an adult: not child" — an adult is harmed, and
 * no clause that names a minor holds harm beyond hiding or fear ("aku sm anak2 di kamar mandi",
 * "the kids are with me", "im 10 im under the bed").
 */
function onlyWitnesses(scan: Scan): boolean {
  const clauses = minorClauses(scan);
  if (clauses.size === 0) return false;
  // Neglect and abandonment by a parent harm the children too, wherever they are named.
  if ((['neglect', 'abandoned'] as const).some((kind) => scan.of(kind).some((h) => harmHit(scan, kind, h))))
    return false;
  // A writer who says they are a minor and is harmed themselves is the child victim.
  const writerMinor = writerIsMinor(scan);
  if (writerMinor && writerHarmed(scan)) return false;
  // "dia teriak mau bunuh kami berdua", "he says he'll kill us", "arep mateni kabeh": a threat to
  // kill everyone there reaches the child named with the writer.
  const killsAll = scan
    .of('kill')
    .some(
      (k) =>
        !scan.negated(k) &&
        scan
          .of('all_of_us')
          .some(
            (a) => a.start >= k.end && a.start - k.end <= 1 && scan.clauseOfHit(a) === scan.clauseOfHit(k),
          ),
    );
  if (killsAll) return false;
  const childHarmed = [...clauses].some((clause) =>
    [...DIRECT_CHILD_HARM, 'with_perpetrator' as const, 'plea' as const].some((kind) =>
      scan.inClause(clause, kind).some((h) => harmHit(scan, kind, h)),
    ),
  );
  return !childHarmed && adultVictim(scan, clauses, writerMinor);
}
