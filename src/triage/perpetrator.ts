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
export const AGENT_WORDS: ReadonlySet<string> = new Set([
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
export function namedAsDoer(scan: Scan, hit: Hit): boolean {
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
export function isActiveObject(scan: Scan, hit: Hit): boolean {
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
export function belongsToOutsider(scan: Scan, hit: Hit): boolean {
  // Only a word of the same clause can own it: "di rumah tetangga, suami nyariin saya" names the
  // writer's husband after the neighbour's house, not the neighbour's husband.
  if (scan.clauseOf[hit.start - 1] !== scan.clauseOfHit(hit)) return false;
  const before = scan.kindsAt(hit.start - 1);
  return before.has('home') || (scan.language !== 'en' && before.has('third_party'));
}

// "send my nudes to my parents", "lapor ke ibu": family named as recipients, not perpetrators.
export function isRecipient(scan: Scan, hit: Hit): boolean {
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

export function isMarkedVictim(scan: Scan, hit: Hit): boolean {
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
