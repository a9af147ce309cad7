/**
 * Indicators of sexual violence and image-based abuse that need more than one word (triage-labels.md,
 * UU TPKS): a touch on a named body part, contact forced or refused, contraception forced, a
 * marriage refused or of a child, the writer's images spread by a partner or over an app, a child's
 * body photographed, filming in a private place. Read by categories.ts.
 */
import type { CueKind } from './cue-kinds.js';
import { sameClause } from './cue-nearness.js';
import type { Hit } from './phrase-match.js';
import type { Scan } from './scan.js';

const PERSON_KINDS: readonly CueKind[] = ['partner', 'kin', 'not_family', 'third_party', 'child_word'];

/**
 * Someone spreading photos or videos in a group or an app ("mantanku nyebar foto-fotoku neng grup
 * WA", "nasebbara' fotoku okko grup WA"): spreading, media and a channel in one clause. A request
 * to share ("tolong sebar foto anak saya yang hilang") or the writer's own posting ("saya upload
 * foto di IG") is not harm.
 */
export function spreadOverChannel(scan: Scan): boolean {
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
export function unwantedContact(scan: Scan): boolean {
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
export function forcedContraception(scan: Scan): boolean {
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
export function partnerSpreadsImages(scan: Scan): boolean {
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

export function childBodyImage(scan: Scan): boolean {
  return scan.of('media').some((media) => {
    const clause = scan.clauseOfHit(media);
    return scan
      .of('body_part')
      .some((b) => b.start >= media.end && b.start - media.end <= 1 && scan.clauseOfHit(b) === clause);
  });
}

// Touching is sexual when a body part is named in the same clause ("pegang2 paha saya").
export function touchesBody(scan: Scan): boolean {
  return scan.of('touch').some((h) => scan.inClause(scan.clauseOfHit(h), 'body_part').length > 0);
}

// Being married off against one's will, said as a refusal: "gamau dinikahin", "indak nio
// dinikahan", "ora gelem dirabekake", "de' umaelo ripabotting". Only the passive (being married
// off by someone) counts: "saya tidak mau menikah lagi" is a choice, not a forced marriage.
const PASSIVE_MARRIAGE = /^(di|dipun|ri|na|ka)/;
export function refusedMarriage(scan: Scan): boolean {
  return scan.of('marriage').some((h) => {
    const before = h.start - 1;
    const refusal =
      scan.negated(h) && (scan.kindsAt(before).has('intent') || scan.kindsAt(before).has('unwanted'));
    return refusal && PASSIVE_MARRIAGE.test(scan.tokens[h.start] ?? '');
  });
}

// "perkawinan anak", "child marriage", "kawin budak": marriage of a child named as such.
export function childNextToMarriage(scan: Scan): boolean {
  return scan.of('marriage').some((m) => scan.of('child_word').some((c) => Math.abs(c.start - m.start) <= 2));
}

// Filming someone in a toilet or changing room, or spreading such a video (UU TPKS Ps. 14).
export function intimateRecording(scan: Scan): boolean {
  return (scan.has('recording') || (scan.has('spread') && scan.has('media'))) && scan.has('privacy_place');
}
