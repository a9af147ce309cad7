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
  const childhoodClauses = new Set(scan.of('childhood').map((h) => scan.clauseOfHit(h)));
  const counts = (i: number) => !childhoodClauses.has(scan.clauseOf[i] ?? -1);
  const ages = statedAges(scan).filter((a) => counts(a.index));
  const minorAge = ages.some((a) => a.age < ADULT_AGE);
  const adultOnly = ages.length > 0 && !minorAge;
  const minorGrade =
    scan.of('grade').some((h) => counts(h.start)) ||
    scan.of('grade_word').some((h) => {
      const n = Number(scan.tokens[h.end]);
      return counts(h.start) && Number.isInteger(n) && n >= 1 && n <= HIGHEST_GRADE;
    });
  const childWord = scan.of('child_word').some((h) => counts(h.start));
  const explicitMinor = minorAge || minorGrade;
  return { child: explicitMinor || (childWord && !adultOnly), explicitMinor };
}

interface StatedAge {
  index: number;
  age: number;
}

function statedAges(scan: Scan): StatedAge[] {
  const ages: StatedAge[] = [];
  scan.tokens.forEach((token, index) => {
    if (!/^\d{1,2}$/.test(token)) return;
    const age = Number(token);
    if (age < 1 || age > MAX_AGE) return;
    const prev = scan.tokens[index - 1] ?? '';
    const kindsBefore = scan.kindsAt(index - 1);
    const unitAfter = scan.kindsAt(index + 1).has('age_unit');
    if (DURATION_WORDS.has(prev) || COUNTER_WORDS.has(scan.tokens[index + 1] ?? '')) return;
    // "nikah 6 thn" is how long a marriage has lasted, not a bride's age.
    if (kindsBefore.has('marriage')) return;
    if (unitAfter && AGO_WORDS.has(scan.tokens[index + 2] ?? '')) return;
    const agePhrase =
      unitAfter ||
      kindsBefore.has('age_word') ||
      kindsBefore.has('child_word') ||
      kindsBefore.has('kin') ||
      kindsBefore.has('first_person');
    if (agePhrase) ages.push({ index, age });
  });
  return ages;
}
