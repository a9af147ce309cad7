import { type ChildEvidence, minorClauses, writerIsMinor } from './child.js';
import type { CueKind } from './cue-kinds.js';
import {
  adultVictim,
  cryNextToDrunk,
  FAMILY_HARM,
  familyPerpetrator,
  harmHit,
  kinAbroad,
  writerHarmed,
} from './perpetrator.js';
import type { Hit } from './phrase-match.js';
import type { Scan } from './scan.js';
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

/** Trafficking needs an exploitation or control indicator, not just a recruiter (fee fraud is `other`). */
function isTrafficking(scan: Scan, child: ChildEvidence, facts: CaseFacts): boolean {
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

const PERSON_KINDS: readonly CueKind[] = ['partner', 'kin', 'not_family', 'third_party', 'child_word'];

/**
 * Someone spreading photos or videos in a group or an app ("mantanku nyebar foto-fotoku neng grup
 * WA", "nasebbara' fotoku okko grup WA"): spreading, media and a channel in one clause. A request
 * to share ("tolong sebar foto anak saya yang hilang") or the writer's own posting ("saya upload
 * foto di IG") is not harm.
 */
function spreadOverChannel(scan: Scan): boolean {
  return scan.of('spread').some((h) => {
    const clause = scan.clauseOfHit(h);
    const kindsAt = (i: number) => (scan.clauseOf[i] === clause ? scan.kindsAt(i) : new Set<CueKind>());
    // "saya upload", but not "mantan sy nyebarin" (the pronoun there owns the ex).
    // A passive verb ("poto abdi disebarkeun") puts the pronoun before it as the owner, not the doer.
    const writerPosts =
      !/^(di|ri)/.test(scan.tokens[h.start] ?? '') &&
      kindsAt(h.start - 1).has('first_person') &&
      !PERSON_KINDS.some((k) => kindsAt(h.start - 2).has(k));
    return (
      !scan.negated(h) &&
      !writerPosts &&
      scan.inClause(clause, 'help').length === 0 &&
      // "kumaha carana lapor upami poto abdi disebarkeun": asking how to report the writer's own
      // photos spread is a question about that kind of case, so it counts.
      (scan.inClause(clause, 'info_request').length === 0 ||
        scan.inClause(clause, 'media').some((m) => writersImage(scan, m))) &&
      !scan.has('missing') &&
      scan.inClause(clause, 'media').length > 0 &&
      scan.inClause(clause, 'channel').length > 0
    );
  });
}

// Sex, a kiss or a touch forced on someone (in one clause: "dipaksa berhubungan", "dicium
// paksa", "dipun peksa sare kaliyan") or against their will, which is often said in a clause of
// its own ("memeluk saya dari belakang, padahal saya sudah menolak").
function unwantedContact(scan: Scan): boolean {
  // The refusal stands in the act's clause or the one right after it: "memeluk saya dari
  // belakang, padahal saya sudah menolak" — not "... baru mangirim pesan diam2" three clauses on.
  const refusedIn = new Set(
    scan
      .of('unwanted')
      .filter((h) => !scan.negated(h))
      .map((h) => scan.clauseOfHit(h)),
  );
  const refused = (act: Hit) =>
    refusedIn.has(scan.clauseOfHit(act)) || refusedIn.has(scan.clauseOfHit(act) + 1);
  return (['sex_act', 'kiss', 'touch'] as const).some(
    (act) => sameClause(scan, 'forced', act) || scan.of(act).some((h) => !scan.negated(h) && refused(h)),
  );
}

// Contraception or sterilisation forced ("mekso aku masang KB spiral", "maksa kuring disteril")
// or refused in its clause or the next ("mamakai KB suntiak padohal ambo indak namuah").
function forcedContraception(scan: Scan): boolean {
  const refusedIn = new Set(
    scan
      .of('unwanted')
      .filter((h) => !scan.negated(h))
      .map((h) => scan.clauseOfHit(h)),
  );
  return scan.of('contraception').some((h) => {
    const clause = scan.clauseOfHit(h);
    return (
      scan.inClause(clause, 'forced').some((f) => !scan.negated(f)) ||
      refusedIn.has(clause) ||
      refusedIn.has(clause + 1)
    );
  });
}

// A former or current partner spreading the writer's photos or videos ("mantanku nyebar
// foto-fotoku neng grup WA", "poto abdi disebarkeun ku kabogoh"): image-based abuse (UU TPKS),
// whether or not the images are called intimate. The partner must be the one spreading: named
// before the verb, or as its agent right after it — not "nyebarkeun chat kuring jeung kabogoh".
const EX_PARTNER = /^(mantan|mantang|urut|bekas|tilas|ex|former|eks)/;
const AGENT_DISTANCE = 2;
function partnerSpreadsImages(scan: Scan): boolean {
  const partners = [
    ...scan.of('partner').filter((h) => !scan.negated(h)),
    ...scan.of('not_family').filter((h) => EX_PARTNER.test(scan.tokens[h.start] ?? '')),
  ];
  return scan.of('spread').some((spread) => {
    const clause = scan.clauseOfHit(spread);
    if (scan.negated(spread) || !scan.inClause(clause, 'media').some((m) => writersImage(scan, m)))
      return false;
    if (scan.inClause(clause, 'help').length > 0 || scan.inClause(clause, 'info_request').length > 0)
      return false;
    return partners.some(
      (p) =>
        scan.clauseOfHit(p) === clause && (p.end <= spread.start || p.start - spread.end < AGENT_DISTANCE),
    );
  });
}

// The writer's own photo or video: "fotoku", "poto abdi", "my photos", "foto-foto pribadi kula" —
// not "foto anak kami", a family photo someone posts.
const MY_MEDIA = /(ku|ku'|kuh)$/;
// "video kami berdua", "video kita", "video idi'", "our video": the writer is in it too.
const OUR: ReadonlySet<string> = new Set(['kami', 'kita', 'kito', "idi'", 'idi', 'our']);
function writersImage(scan: Scan, media: Hit): boolean {
  const after = scan.kindsAt(media.end);
  const before = scan.kindsAt(media.start - 1);
  const sameClauseAfter = scan.clauseOf[media.end] === scan.clauseOfHit(media);
  return (
    MY_MEDIA.test(scan.tokens[media.end - 1] ?? '') ||
    (OUR.has(scan.tokens[media.end] ?? '') && sameClauseAfter) ||
    (OUR.has(scan.tokens[media.start - 1] ?? '') && scan.language === 'en') ||
    (after.has('first_person') && scan.clauseOf[media.end] === scan.clauseOfHit(media)) ||
    (before.has('first_person') && scan.language === 'en')
  );
}

function childBodyImage(scan: Scan): boolean {
  return scan.of('media').some((media) => {
    const clause = scan.clauseOfHit(media);
    return scan
      .of('body_part')
      .some((b) => b.start >= media.end && b.start - media.end <= 1 && scan.clauseOfHit(b) === clause);
  });
}

// Touching is sexual when a body part is named in the same clause ("pegang2 paha saya").
function touchesBody(scan: Scan): boolean {
  return scan.of('touch').some((h) => scan.inClause(scan.clauseOfHit(h), 'body_part').length > 0);
}

// Being married off against one's will, said as a refusal: "gamau dinikahin", "indak nio
// dinikahan", "ora gelem dirabekake", "de' umaelo ripabotting". Only the passive (being married
// off by someone) counts: "saya tidak mau menikah lagi" is a choice, not a forced marriage.
const PASSIVE_MARRIAGE = /^(di|dipun|ri|na|ka)/;
function refusedMarriage(scan: Scan): boolean {
  return scan.of('marriage').some((h) => {
    const before = h.start - 1;
    const refusal =
      scan.negated(h) && (scan.kindsAt(before).has('intent') || scan.kindsAt(before).has('unwanted'));
    return refusal && PASSIVE_MARRIAGE.test(scan.tokens[h.start] ?? '');
  });
}

// "perkawinan anak", "child marriage", "kawin budak": marriage of a child named as such.
function childNextToMarriage(scan: Scan): boolean {
  return scan.of('marriage').some((m) => scan.of('child_word').some((c) => Math.abs(c.start - m.start) <= 2));
}

// How far (in tokens) "forced" may stand from the work it forces: "dipaksa kerja", "dipaksa
// untuk bekerja", "forced to work long hours" — not "dicium paksa sama teman kerja".
const FORCED_DISTANCE = 3;

function near(scan: Scan, a: CueKind, b: CueKind): boolean {
  return scan
    .of(a)
    .some(
      (h) =>
        !scan.negated(h) &&
        scan.inClause(scan.clauseOfHit(h), b).some((o) => Math.abs(o.start - h.start) <= FORCED_DISTANCE),
    );
}

function sameClause(scan: Scan, a: CueKind, b: CueKind): boolean {
  return scan.of(a).some((h) => !scan.negated(h) && scan.inClause(scan.clauseOfHit(h), b).length > 0);
}

// Filming someone in a toilet or changing room, or spreading such a video (UU TPKS Ps. 14).
function intimateRecording(scan: Scan): boolean {
  return (scan.has('recording') || (scan.has('spread') && scan.has('media'))) && scan.has('privacy_place');
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
