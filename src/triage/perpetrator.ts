import type { CueKind } from './cue-kinds.js';
import type { Hit } from './phrase-match.js';
import type { Scan } from './scan.js';

/**
 * Who did it: whether a partner or kin word in a message names the perpetrator, or only the
 * victim, a recipient, a place or an outsider. Read by the kdrt rule in categories.ts.
 */

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
// Sundanese and Minang "ka", Javanese "marang"/"dhateng" (krama): "to" before a relative.
const RECIPIENT_WORDS: ReadonlySet<string> = new Set([
  'to',
  'ke',
  'kepada',
  'for',
  'ka',
  'marang',
  'dhateng',
]);
// A child crying out for a parent ("nangis manggil mama", "manangih mamanggia amak", "calling
// for her mom") names the one called to, not the one who hurts.
const CALLING_WORDS: ReadonlySet<string> = new Set([
  'manggil',
  'memanggil',
  'manggilin',
  'mamanggia',
  'maimbau',
  'nyeluk',
  'nyeluki',
  'ngageroan',
  'nyambat',
  'calling',
  'mattampa',
]);
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
export const FAMILY_HARM: readonly CueKind[] = [
  'violence',
  'strangle',
  'acute',
  'psych',
  'neglect',
  'sexual',
  // a tracking app on a partner's phone: control, psychological violence
  'surveillance',
  'bruise',
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
  // hiding from someone named in the family ("bapak mabuk lagi, aku ngumpet di kolong")
  'hiding',
];

/**
 * A partner, or a kin word that is not marked as the victim. "adik saya dipukul tetangga": the
 * sister is followed by a passive verb, so she is the victim and the case is not KDRT.
 */
export function familyPerpetrator(scan: Scan, keep: (hit: Hit) => boolean = () => true): boolean {
  return [...scan.of('partner'), ...scan.of('kin')].some(
    (hit) =>
      keep(hit) &&
      (namedAsDoer(scan, hit) ||
        (!isMarkedVictim(scan, hit) && (!isActiveObject(scan, hit) || harmedByTheirPartner(scan, hit)))) &&
      !isRecipient(scan, hit) &&
      !asksForHelp(scan, hit) &&
      !belongsToOutsider(scan, hit),
  );
}

// "ortunya minta pendampingan", "ibunya minta tolong": a relative asking for help right after
// being named is the one reporting, not the one who harms.
function asksForHelp(scan: Scan, hit: Hit): boolean {
  const next = scan.kindsAt(hit.end);
  return scan.clauseOf[hit.end] === scan.clauseOfHit(hit) && (next.has('help') || next.has('info_request'));
}

// "tetangga sering pukul istrinya", "arep mateni bojone", "he hits his wife": someone's partner
// harmed by the subject — who is that partner, so the case is KDRT. "istri saya" (the writer's
// own partner) as the object names no family doer: "ada laki-laki mau bunuh istri saya" is not.
function harmedByTheirPartner(scan: Scan, hit: Hit): boolean {
  return scan.kindsAt(hit.start).has('others_partner');
}

// "dikunci ... sama bapak tiri": an agent word after a passive verb in the same clause.
function namedAsDoer(scan: Scan, hit: Hit): boolean {
  const clause = scan.clauseOfHit(hit);
  // "ditinggal bojo", "dipukul suami": the agent may follow a passive verb with no word between.
  const before = scan.tokens[hit.start - 1] ?? '';
  // Only a harm verb: "dibantu kakak" (helped by a brother) names no doer of harm.
  const harmBefore = FAMILY_HARM.some((kind) => scan.kindsAt(hit.start - 1).has(kind));
  if (
    scan.language !== 'en' &&
    harmBefore &&
    PASSIVE_VERB.test(before) &&
    scan.clauseOf[hit.start - 1] === clause
  )
    return true;
  if (!AGENT_WORDS.has(before)) return false;
  // Only this clause's tokens: scanning from the start of a long message for every hit was
  // quadratic in its length.
  for (let i = hit.start - 2; i >= 0 && scan.clauseOf[i] === clause; i -= 1) {
    const t = scan.tokens[i] ?? '';
    if (PASSIVE_VERB.test(t) || EN_PARTICIPLE.test(t)) return true;
  }
  return false;
}
const PASSIVE_VERB = /^di[a-z]{3,}/;

// Verbs whose object is the one harmed: "mukulin adikku", "ngajak ketemuan adikku", "hit my sister".
const OBJECT_VERB_KINDS: readonly CueKind[] = [
  'violence',
  'strangle',
  'psych',
  'sexual',
  'touch',
  'threat',
  'kill',
  'confinement',
  'meetup',
  'taken',
  'sale',
];
// Passive (di-) and Bugis agent-prefixed (na-) verbs put the doer after them ("dipukul bapak",
// "nakennai ambo'na"), so a kin word there is not the object.
// Bugis ri- too ("indo'ku riuno ambo'na": killed by her husband).
const DOER_FOLLOWS = /^(di|na|ri)[a-z']{3,}/;

// "dipun gebugi bapak" (krama passive); "sing ngamili pakdhe" (the one who did it is the uncle).
const DOER_BEFORE_VERB: ReadonlySet<string> = new Set([
  'dipun',
  'di',
  'sing',
  'yang',
  'ingkang',
  'nu',
  'nan',
]);

// A kin word right after an active verb (or after the verb and a possessive) is its object.
function isActiveObject(scan: Scan, hit: Hit): boolean {
  const clause = scan.clauseOfHit(hit);
  const possessive = ['my', 'her', 'his', 'their', 'our'].includes(scan.tokens[hit.start - 1] ?? '');
  const verbEnd = possessive ? hit.start - 1 : hit.start;
  // The verb phrase ending right before the kin word ("dibawa kabur" is one passive phrase).
  const verbs = (objectVerbsByEnd(scan).get(verbEnd) ?? []).filter((v) => scan.clauseOfHit(v) === clause);
  return verbs.some(
    (v) =>
      !DOER_FOLLOWS.test(scan.tokens[v.start] ?? '') && !DOER_BEFORE_VERB.has(scan.tokens[v.start - 1] ?? ''),
  );
}
const EN_PARTICIPLE = /^[a-z]{3,}ed$/;

// The object verbs of a scan by where they end, built once per message: looking through every verb
// for every kin word was quadratic in a long message.
const objectVerbCache = new WeakMap<Scan, Map<number, Hit[]>>();
function objectVerbsByEnd(scan: Scan): Map<number, Hit[]> {
  let byEnd = objectVerbCache.get(scan);
  if (!byEnd) {
    byEnd = new Map();
    for (const verb of OBJECT_VERB_KINDS.flatMap((k) => scan.of(k))) {
      const list = byEnd.get(verb.end);
      if (list) list.push(verb);
      else byEnd.set(verb.end, [verb]);
    }
    objectVerbCache.set(scan, byEnd);
  }
  return byEnd;
}
// Someone else named between a relative and the work: "ibu nyuruh aku kerja", "bapak jual adik".
const OTHER_PERSON: readonly CueKind[] = ['first_person', 'kin', 'partner', 'child_word', 'third_party'];

// A kin or partner word followed closely by an abroad or work cue, with no harm done and nobody
// else named in between: the relative is the migrant or the worker, not the perpetrator ("adikku
// TKW di Malaysia", "kakak-ku okko Kamboja", "mbakku kerjo neng panti pijet neng Surabaya", "laki
// ambo karajo di kabun sawit", "suami sy ABK kapal ikan"). "ibu nyuruh aku kerja" names the
// writer as the worker, so the mother stays a possible doer.
export function kinAbroad(scan: Scan, hit: Hit): boolean {
  // A relative that ends its clause may be described in the next one: "my aunt, domestic worker
  // in Riyadh".
  const clause = scan.clauseOf[hit.end] ?? -1;
  for (let i = hit.end; i < hit.end + ABROAD_WINDOW && scan.clauseOf[i] === clause; i += 1) {
    const kinds = scan.kindsAt(i);
    if (kinds.has('abroad') || kinds.has('work')) return true;
    if (FAMILY_HARM.some((k) => kinds.has(k)) || kinds.has('sale')) return false;
    const possessive = i === hit.end && kinds.has('first_person');
    if (!possessive && OTHER_PERSON.some((k) => kinds.has(k))) return false;
  }
  return false;
}

// "kancane kakangku" (a friend of my brother): in Indonesian and the regional languages the head
// noun comes first, so the friend is the person and the brother only describes them. English puts
// the head last ("my friend's parents" are parents), so the rule does not apply there.
// Likewise "di rumah nenek", "omahe mbah": the kin word after a house word names a place.
function belongsToOutsider(scan: Scan, hit: Hit): boolean {
  // Only a word of the same clause can own it: "di rumah tetangga, suami nyariin saya" names the
  // writer's husband after the neighbour's house, not the neighbour's husband.
  if (scan.clauseOf[hit.start - 1] !== scan.clauseOfHit(hit)) return false;
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
  const before = possessive ? word(hit.start - 2) : prev;
  return (
    RECIPIENT_WORDS.has(before) ||
    CALLING_WORDS.has(before) ||
    (prev === 'for' && CALLING_WORDS.has(word(hit.start - 2)))
  );
}

function isMarkedVictim(scan: Scan, hit: Hit): boolean {
  const clause = scan.clauseOfHit(hit);
  // An age told after the relative ("adiak ambo umua 7 tahun dibaok ...") does not use up the
  // window.
  let window = VICTIM_WINDOW;
  for (let i = hit.end; i < hit.end + window; i += 1) {
    const token = scan.tokens[i];
    if (token === undefined || scan.clauseOf[i] !== clause) return false;
    const kinds = scan.kindsAt(i);
    if (/^\d+$/.test(token) || kinds.has('age_word') || kinds.has('age_unit')) window += 1;
    if (token.startsWith('di') && token.length >= 5) return true;
    // Bugis marks the passive with ri- ("riala", "riperkosa").
    if (scan.language === 'bug' && token.startsWith('ri') && token.length >= 5) return true;
    const next = scan.tokens[i + 1] ?? '';
    if (EN_PASSIVE_AUX.has(token) && (/(ed|en)$/.test(next) || EN_IRREGULAR_PARTICIPLES.has(next)))
      return true;
  }
  return false;
}

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
