import { numberWordAt } from './number-words.js';
import { FAMILY_HARM } from './perpetrator.js';
import type { Hit } from './phrase-match.js';
import type { Scan } from './scan.js';

// Under 18 is a child (UU 35/2014, Perpres 55/2024).
const ADULT_AGE = 18;
// School grades run 1-12; anyone still in a grade is a minor for triage.
const HIGHEST_GRADE = 12;
// Numbers read as ages only in this range; "2 juta" or "jam 9" never reach the age check anyway.
const MAX_AGE = 99;
// A number after these is a duration ("sudah 2 tahun menikah"), not an age.
const DURATION_WORDS: ReadonlySet<string> = new Set([
  'sudah',
  'udah',
  'selama',
  'for',
  'wis',
  'tos',
  'alah',
  'purani',
  'sejak',
  'since',
  'hampir',
]);
// ...and so is one followed by "ago" ("5 tahun lalu").
const AGO_WORDS: ReadonlySet<string> = new Set(['lalu', 'ago', 'kepungkur', 'kapungkur', 'yang', 'kemudian']);
// A number before a counter counts something else ("2 kali", "3 bulan", "5 million").
const COUNTER_WORDS: ReadonlySet<string> = new Set([
  'kali',
  'bulan',
  'hari',
  'minggu',
  'juta',
  'ribu',
  'jam',
  'orang',
  'x',
  'times',
  'months',
  'days',
  'weeks',
  'million',
  'hours',
  'sasi',
  'dina',
  'poe',
  'uleng',
  'esso',
  'dinten',
  'dollars',
  'rupiah',
  'teman',
]);

// Grade abbreviations that chat shorthand also uses for another word: "smp" is "sampai" (until,
// so much that) in "dicekek smp gk bs napas", "dr halte smp gang rmh". Such a token is a school
// grade only next to school context (see schoolGrade).
const AMBIGUOUS_GRADES: ReadonlySet<string> = new Set(['smp']);
// Words before a grade that say it is a school level: "masih SMP", "guru SMP", "seragam SMP".
const SCHOOL_CONTEXT: ReadonlySet<string> = new Set([
  'masih',
  'isih',
  'mupa',
  'nuju',
  'guru',
  'seragam',
  'sekolah',
  'lulus',
  'lulusan',
  'still',
]);
// Kinds before a grade that name who is in it: "anak SMP", "adikku smp", "aku SMP", "kelas 2 SMP".
const GRADE_OWNER_KINDS = [
  'child_word',
  'kin',
  'first_person',
  'parent_of',
  'third_party',
  'grade_word',
] as const;

export interface ChildEvidence {
  /** The victim or someone at risk is under 18 now. */
  child: boolean;
  /** A stated age or grade under 18 (stronger than a word like "anak"). */
  explicitMinor: boolean;
}

/**
 * Reads whether a child is at risk: a stated age under 18, a school grade, or a child word —
 * except in a clause where an adult describes their own childhood, for children only mentioned in
 * passing ("hp anak", "in front of the kids"), and when every stated age is adult.
 */
export function childEvidence(scan: Scan): ChildEvidence {
  const { explicit, words, adultOnly } = minorEvidence(scan);
  const explicitMinor = explicit.length > 0;
  return { child: explicitMinor || (words.length > 0 && !adultOnly && !grownMigrant(scan)), explicitMinor };
}

// "anak kula nyambut damel dhateng Korea", "putri abdi damel di Malaysia": a son or daughter
// working abroad, with no age or grade, is a grown migrant worker — unless they were sold, taken
// or went missing, which happens to children too.
function grownMigrant(scan: Scan): boolean {
  const has = (kind: 'work' | 'abroad' | 'sale' | 'taken' | 'missing' | 'trafficking' | 'with_child') =>
    scan.of(kind).some((h) => !scan.negated(h));
  // Children being taken along there ("mau bawa 3 anak SMP ... ke Tawau") are not grown migrants.
  return (
    has('work') &&
    has('abroad') &&
    !has('sale') &&
    !has('taken') &&
    !has('missing') &&
    !has('trafficking') &&
    !has('with_child')
  );
}

interface MinorEvidence {
  /** Token positions of stated ages under 18 and school grades. */
  explicit: number[];
  /** Token positions of child words. */
  words: number[];
  /** Ages are stated and all of them are adult. */
  adultOnly: boolean;
}

function minorEvidence(scan: Scan): MinorEvidence {
  const childhoodClauses = new Set(scan.of('childhood').map((h) => scan.clauseOfHit(h)));
  const counts = (i: number) => !childhoodClauses.has(scan.clauseOf[i] ?? -1);
  const ages = statedAges(scan).filter((a) => counts(a.index));
  const minorAges = ages.filter((a) => a.age < ADULT_AGE).map((a) => a.index);
  const grades = [
    ...scan.of('grade').filter((h) => counts(h.start) && schoolGrade(scan, h)),
    ...scan.of('grade_word').filter((h) => {
      const n = Number(scan.tokens[h.end]);
      return counts(h.start) && Number.isInteger(n) && n >= 1 && n <= HIGHEST_GRADE;
    }),
  ].map((h) => h.start);
  const words = scan
    .of('child_word')
    .filter((h) => counts(h.start))
    .map((h) => h.start);
  return { explicit: [...minorAges, ...grades], words, adultOnly: ages.length > 0 && minorAges.length === 0 };
}

/**
 * A grade cue that is a school level, not chat shorthand for another word: an ambiguous
 * abbreviation ("smp") counts only after a person, a number or a school word, before a number or
 * "kelas", or at the end of its clause ("aku isih SMP", "anak SMP di desa", "dpn SMP, barusan").
 */
function schoolGrade(scan: Scan, hit: Hit): boolean {
  if (hit.end - hit.start !== 1 || !AMBIGUOUS_GRADES.has(scan.tokens[hit.start] ?? '')) return true;
  const clause = scan.clauseOfHit(hit);
  const prev = hit.start - 1;
  const next = hit.end;
  if (scan.clauseOf[next] !== clause) return true;
  if (/^\d+$/.test(scan.tokens[next] ?? '') || scan.kindsAt(next).has('grade_word')) return true;
  if (scan.clauseOf[prev] !== clause) return false;
  const before = scan.tokens[prev] ?? '';
  // "nyekik sy smp gk bs napas": a pronoun right after a harm verb is its object, not a pupil.
  const objectPronoun =
    scan.kindsAt(prev).has('first_person') && FAMILY_HARM.some((k) => scan.kindsAt(prev - 1).has(k));
  return (
    /^\d+$/.test(before) ||
    SCHOOL_CONTEXT.has(before) ||
    (!objectPronoun && GRADE_OWNER_KINDS.some((k) => scan.kindsAt(prev).has(k)))
  );
}

/**
 * Clauses that name a minor: a stated age or grade, or a child word that is not the possessor
 * of a relative ("bapaknya anak-anak", the children's father, names the father).
 */
export function minorClauses(scan: Scan): ReadonlySet<number> {
  const { explicit, words } = minorEvidence(scan);
  const possessor = (i: number) => {
    const before = scan.kindsAt(i - 1);
    return before.has('kin') || before.has('partner');
  };
  return new Set([...explicit, ...words.filter((i) => !possessor(i))].map((i) => scan.clauseOf[i] ?? -1));
}

/**
 * The writer may be the minor: an age or grade next to "aku", "I" ("aku kls 5", "im 10"), or one
 * in a clause that names nobody else ("umurku 15").
 */
export function writerIsMinor(scan: Scan): boolean {
  const selves = new Set(selfMentions(scan).map((h) => scan.clauseOfHit(h)));
  const others = (['child_word', 'kin', 'partner', 'third_party', 'parent_of'] as const).flatMap((kind) =>
    scan.of(kind).map((h) => scan.clauseOfHit(h)),
  );
  return minorEvidence(scan).explicit.some((i) => {
    const clause = scan.clauseOf[i] ?? -1;
    return selves.has(clause) || !others.includes(clause);
  });
}

/** First-person words that are the writer, not a possessive ("ibu saya", "anak saya"). */
export function selfMentions(scan: Scan): readonly Hit[] {
  const owners = ['kin', 'partner', 'third_party', 'child_word', 'parent_of'] as const;
  return scan
    .of('first_person')
    .filter(
      (fp) =>
        !(
          scan.clauseOf[fp.start - 1] === scan.clauseOfHit(fp) &&
          owners.some((k) => scan.kindsAt(fp.start - 1).has(k))
        ),
    );
}

interface StatedAge {
  index: number;
  age: number;
}

function statedAges(scan: Scan): StatedAge[] {
  const ages: StatedAge[] = [];
  scan.tokens.forEach((token, index) => {
    // An age in digits, or spelled out ("lima taung", "tigo baleh tahun"): a spelled number counts
    // only with an age unit after it, since number words are common words too.
    const spelled = /^\d{1,2}$/.test(token) ? undefined : numberWordAt(scan.tokens, index);
    if (spelled === undefined && !/^\d{1,2}$/.test(token)) return;
    const age = spelled?.value ?? Number(token);
    const last = spelled?.last ?? index;
    if (age < 1 || age > MAX_AGE) return;
    const prev = scan.tokens[index - 1] ?? '';
    const kindsBefore = scan.kindsAt(index - 1);
    const unitAfter = scan.kindsAt(last + 1).has('age_unit');
    if (spelled !== undefined && !unitAfter) return;
    if (DURATION_WORDS.has(prev) || COUNTER_WORDS.has(scan.tokens[last + 1] ?? '')) return;
    // "nikah 6 thn" is how long a marriage has lasted, not a bride's age.
    if (kindsBefore.has('marriage')) return;
    if (unitAfter && AGO_WORDS.has(scan.tokens[last + 2] ?? '')) return;
    const agePhrase =
      unitAfter ||
      kindsBefore.has('age_word') ||
      // "umur urang 15", "umua awak 15": a pronoun between the age word and the number
      (spelled === undefined &&
        scan.kindsAt(index - 2).has('age_word') &&
        scan.clauseOf[index - 2] === scan.clauseOf[index]) ||
      kindsBefore.has('child_word') ||
      kindsBefore.has('kin') ||
      kindsBefore.has('first_person');
    if (agePhrase) ages.push({ index, age });
  });
  return ages;
}
