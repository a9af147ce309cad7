import type { ChildEvidence } from './child.js';
import type { CueKind } from './cue-kinds.js';
import type { Hit } from './phrase-match.js';
import type { Scan } from './scan.js';
import type { Category } from './types.js';

// How far after a kin word we look for a passive verb that makes them the victim ("adik saya
// kelas 8 diancam"): the possessive and a short description fit in this window.
const VICTIM_WINDOW = 4;
// Passive-voice auxiliaries in English ("my sister is locked in").
const EN_PASSIVE_AUX: ReadonlySet<string> = new Set([
  'is',
  'was',
  'were',
  'are',
  'got',
  'being',
  'been',
  'gets',
]);
const RECIPIENT_WORDS: ReadonlySet<string> = new Set(['to', 'ke', 'kepada', 'for']);
// "dikunci sama bapak tiri", "dipukua dek apak", "dikonci ku bapa", "beaten by her brother": after
// a passive verb these words introduce the doer, so the kin word after them is the perpetrator.
const AGENT_WORDS: ReadonlySet<string> = new Set([
  'sama',
  'ama',
  'oleh',
  'by',
  'ku',
  'dek',
  'karo',
  'kaliyan',
  'dening',
]);
// How far after a kin word an abroad cue may be for the kin to be the migrant ("adik saya TKW di
// Malaysia", "my cousin is in a compound in Myanmar").
const ABROAD_WINDOW = 6;
const EN_IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'hit',
  'beat',
  'cut',
  'held',
  'sold',
  'taken',
  'kept',
]);

// Harm a family member or partner can do that makes a case KDRT (UU PKDRT Ps. 5: physical,
// psychological, sexual, neglect).
const FAMILY_HARM: readonly CueKind[] = [
  'violence',
  'strangle',
  'acute',
  'psych',
  'neglect',
  'sexual',
  'intimate_image',
  'kill',
  'threat',
  'confinement',
  'sale',
  'weapon',
  'injury',
  'abandoned',
  'taken',
  'alone',
];

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
    ((has('threat') || has('extortion')) &&
      (has('intimate_image') || (scan.has('spread') && scan.has('media'))));
  const grooming = child.child && has('channel') && (has('meetup') || has('missing') || has('taken'));
  const forcedMarriage =
    has('marriage') &&
    (has('forced') || has('sale') || has('payment') || child.explicitMinor || childNextToMarriage(scan));
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
    sameClause(scan, 'forced', 'sex_act');
  return { familyPerpetrator: familyPerpetrator(scan), sexual, sextortion, grooming, forcedMarriage };
}

/** Categories per triage-labels.md; `other` when none holds. */
export function categorize(scan: Scan, child: ChildEvidence, facts: CaseFacts): Category[] {
  const has = (kind: CueKind) => scan.of(kind).some((h) => !scan.negated(h));
  const categories: Category[] = [];

  const familyHarm = FAMILY_HARM.some(has) || facts.sexual || facts.forcedMarriage;
  const trafficking = isTrafficking(scan, child, facts);
  // In a trafficking case the relative named abroad is the migrant, not the perpetrator.
  const family = trafficking
    ? familyPerpetrator(scan, (hit) => !kinAbroad(scan, hit))
    : facts.familyPerpetrator;
  if (has('explicit_kdrt') || (family && familyHarm)) categories.push('kdrt');
  if (facts.sexual) categories.push('sexual_violence');
  if (trafficking) categories.push('tppo');
  if (child.child && childAtRisk(scan, facts)) categories.push('child');
  if (isOnline(scan, facts)) categories.push('online');
  return categories.length > 0 ? categories : ['other'];
}

/** Trafficking needs an exploitation or control indicator, not just a recruiter (fee fraud is `other`). */
function isTrafficking(scan: Scan, child: ChildEvidence, facts: CaseFacts): boolean {
  const has = (kind: CueKind) => scan.of(kind).some((h) => !scan.negated(h));
  const controller = has('agent') || has('abroad');
  const passportWithheld = sameClause(scan, 'passport', 'withhold');
  const wagesWithheld = has('wage') && scan.of('unpaid').length > 0 && controller;
  const forcedWork = sameClause(scan, 'forced', 'work') || sameClause(scan, 'forced', 'scam');
  return (
    has('trafficking') ||
    has('sale') ||
    (facts.forcedMarriage && has('payment')) ||
    passportWithheld ||
    wagesWithheld ||
    (has('debt') && controller) ||
    (has('confinement') && controller) ||
    forcedWork ||
    (has('scam') && has('abroad')) ||
    // a recruiter or broker taking a child away: a third party moving a child
    (child.child && has('taken') && has('agent'))
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
    facts.sextortion ||
    facts.grooming ||
    has('impersonation') ||
    intimateRecording(scan) ||
    harmOverChannel
  );
}

/**
 * A partner, or a kin word that is not marked as the victim. "adik saya dipukul tetangga": the
 * sister is followed by a passive verb, so she is the victim and the case is not KDRT.
 */
function familyPerpetrator(scan: Scan, keep: (hit: Hit) => boolean = () => true): boolean {
  return [...scan.of('partner'), ...scan.of('kin')].some(
    (hit) =>
      keep(hit) &&
      (namedAsDoer(scan, hit) || !isMarkedVictim(scan, hit)) &&
      !isRecipient(scan, hit) &&
      !belongsToOutsider(scan, hit),
  );
}

// "dikunci ... sama bapak tiri": an agent word after a passive verb in the same clause.
function namedAsDoer(scan: Scan, hit: Hit): boolean {
  const clause = scan.clauseOfHit(hit);
  if (!AGENT_WORDS.has(scan.tokens[hit.start - 1] ?? '')) return false;
  return scan.tokens
    .slice(0, hit.start - 1)
    .some((t, i) => scan.clauseOf[i] === clause && (PASSIVE_VERB.test(t) || EN_PARTICIPLE.test(t)));
}
const PASSIVE_VERB = /^di[a-z]{3,}/;
const EN_PARTICIPLE = /^[a-z]{3,}ed$/;

// A kin word (not a partner) followed closely by an abroad cue, with no harm done in between:
// "adikku TKW di Malaysia", "kakak-ku okko Kamboja", "my cousin is in a compound in Myanmar".
function kinAbroad(scan: Scan, hit: Hit): boolean {
  if (scan.kindsAt(hit.start).has('partner')) return false;
  const clause = scan.clauseOfHit(hit);
  for (let i = hit.end; i < hit.end + ABROAD_WINDOW && scan.clauseOf[i] === clause; i += 1) {
    const kinds = scan.kindsAt(i);
    if (kinds.has('abroad')) return true;
    if (FAMILY_HARM.some((k) => kinds.has(k)) || kinds.has('sale')) return false;
  }
  return false;
}

// "kancane kakangku" (a friend of my brother): in Indonesian and the regional languages the head
// noun comes first, so the friend is the person and the brother only describes them. English puts
// the head last ("my friend's parents" are parents), so the rule does not apply there.
// Likewise "di rumah nenek", "omahe mbah": the kin word after a house word names a place.
function belongsToOutsider(scan: Scan, hit: Hit): boolean {
  const before = scan.kindsAt(hit.start - 1);
  return before.has('home') || (scan.language !== 'en' && before.has('third_party'));
}

// "send my nudes to my parents", "lapor ke ibu": family named as recipients, not perpetrators.
function isRecipient(scan: Scan, hit: Hit): boolean {
  const clause = scan.clauseOfHit(hit);
  const word = (i: number) => (scan.clauseOf[i] === clause ? (scan.tokens[i] ?? '') : '');
  const prev = word(hit.start - 1);
  const possessive =
    scan.kindsAt(hit.start - 1).has('first_person') || ['her', 'his', 'their'].includes(prev);
  return RECIPIENT_WORDS.has(prev) || (possessive && RECIPIENT_WORDS.has(word(hit.start - 2)));
}

function isMarkedVictim(scan: Scan, hit: Hit): boolean {
  const clause = scan.clauseOfHit(hit);
  for (let i = hit.end; i < hit.end + VICTIM_WINDOW; i += 1) {
    const token = scan.tokens[i];
    if (token === undefined || scan.clauseOf[i] !== clause) return false;
    if (token.startsWith('di') && token.length >= 5) return true;
    const next = scan.tokens[i + 1] ?? '';
    if (EN_PASSIVE_AUX.has(token) && (/(ed|en)$/.test(next) || EN_IRREGULAR_PARTICIPLES.has(next)))
      return true;
  }
  return false;
}

// Touching is sexual when a body part is named in the same clause ("pegang2 paha saya").
function touchesBody(scan: Scan): boolean {
  return scan.of('touch').some((h) => scan.inClause(scan.clauseOfHit(h), 'body_part').length > 0);
}

// "perkawinan anak", "child marriage", "kawin budak": marriage of a child named as such.
function childNextToMarriage(scan: Scan): boolean {
  return scan.of('marriage').some((m) => scan.of('child_word').some((c) => Math.abs(c.start - m.start) <= 2));
}

function sameClause(scan: Scan, a: CueKind, b: CueKind): boolean {
  return scan.of(a).some((h) => !scan.negated(h) && scan.inClause(scan.clauseOfHit(h), b).length > 0);
}

// Filming someone in a toilet or changing room, or spreading such a video (UU TPKS Ps. 14).
function intimateRecording(scan: Scan): boolean {
  return (scan.has('recording') || (scan.has('spread') && scan.has('media'))) && scan.has('privacy_place');
}

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

/** A child is the victim or explicitly at risk, not only mentioned. */
export function childAtRisk(scan: Scan, facts: CaseFacts): boolean {
  return facts.sexual || CHILD_HARM.some((kind) => scan.of(kind).some((h) => !scan.negated(h)));
}
