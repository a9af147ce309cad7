/**
 * Cues a single phrase cannot express, derived from the hits a scan found: a negated ability
 * ("tidak boleh keluar"), a child taken by a stranger, a person held by who controls their work,
 * a touch said twice, the writer's own school years.
 */
import type { CueKind } from './cue-kinds.js';
import type { Hit } from './phrase-match.js';

// What "held" may hold other than a person.
const HELD_THINGS: readonly CueKind[] = [
  'passport',
  'wage',
  'debt',
  'media',
  'intimate_image',
  'phone_taken',
  'payment',
  'hand',
];

// How far apart the words of a negated-ability pattern may be ("ora ngolehi aku metu").
const PATTERN_GAP = 2;

// A passive verb: Indonesian, Javanese, Sundanese and Minang di-, krama dipun-, Bugis ri-.
const PASSIVE = /^(di|ri)/;

// Who else a school level may belong to (see the writer's school years below).
const CHILD_NAMES: readonly CueKind[] = ['child_word', 'parent_of'];
const PERSON_NAMES: readonly CueKind[] = ['kin', 'partner', 'third_party', 'others_partner'];

/**
 * Cues made of a negation, an ability word and an action, written in any of many word orders:
 * "tidak boleh keluar", "won't let me leave", "teu ngantep abdi kaluar" (confinement), and
 * "gak kuat hidup", "ora betah urip", "indak tahan iduik" (suicidal intent); and a time clause
 * about the writer in school, "pas sy SD" (their own childhood).
 */
export function derivedHits(
  hits: readonly Hit[],
  tokens: readonly string[],
  clauseOf: readonly number[],
): Hit[] {
  const of = (kind: CueKind) => hits.filter((h) => h.kind === kind);
  const follows = (first: Hit, next: Hit) =>
    next.start >= first.end &&
    next.start - first.end <= PATTERN_GAP &&
    clauseOf[next.start] === clauseOf[first.start];
  const derived: Hit[] = [];
  const pattern = (middle: CueKind, last: CueKind, kind: CueKind) => {
    for (const negation of of('negation')) {
      for (const word of of(middle).filter((m) => follows(negation, m))) {
        for (const action of of(last).filter((a) => follows(word, a))) {
          derived.push({ kind, start: negation.start, end: action.end });
        }
      }
    }
  };
  pattern('ability', 'leave', 'confinement');
  pattern('endure', 'life', 'self_harm');
  // "urang indak dikenal mambawo anak", "a stranger took the kid with him", "aya jalma teu
  // dikenal di hareupeun panto, bade nyandak putra abdi": someone unknown taking a child along,
  // named before in the message, is a child being taken; so is a recruiter doing it ("engka calo
  // natiwi eppa ana' makkunrai").
  // "adiak ambo dibaok urang indak dikenal", "budak abdi dibawa ku jalma teu dikenal", "anri'ku
  // riala tau de' uwissengi": taken (passive) by someone unknown, with the child or relative
  // named before.
  for (const along of of('take_along').filter((t) => PASSIVE.test(tokens[t.start] ?? ''))) {
    const victim = [...CHILD_NAMES, 'kin' as const].some((kind) =>
      of(kind).some((c) => c.end <= along.start),
    );
    // The agent may come after a place ("diasupkeun ka angkot ku lalaki teu dikenal"): anywhere
    // later in the clause.
    const byStranger = of('stranger').some(
      (s) => s.start >= along.end && clauseOf[s.start] === clauseOf[along.start],
    );
    if (victim && byStranger) derived.push({ kind: 'taken', start: along.start, end: along.end });
  }
  for (const along of of('with_child')) {
    const recruiter = of('agent').some(
      (a) => a.end <= along.start && clauseOf[a.start] === clauseOf[along.start],
    );
    if (recruiter || of('stranger').some((s) => s.end <= along.start))
      derived.push({ kind: 'taken', start: along.start, end: along.end });
  }
  // "dia ditahan dan dipukuli kapten", "the boss kept us": a person held by someone who controls
  // their work is confined, unless the clause says what was held instead (a passport, the wages,
  // a phone, a photo).
  const clauseHas = (clause: number | undefined, kinds: readonly CueKind[]) =>
    hits.some((h) => kinds.includes(h.kind) && clauseOf[h.start] === clause);
  for (const held of of('withhold')) {
    const clause = clauseOf[held.start];
    // "keeps touching me" is a habit, not holding someone.
    if (/ing$/.test(tokens[held.end] ?? '')) continue;
    // "pacar saya nahan saya di kosnya": the writer held by a partner or relative.
    const writerHeld =
      clauseHas(clause, ['partner', 'kin']) &&
      hits.some((h) => h.kind === 'first_person' && h.start === held.end && clauseOf[h.start] === clause);
    if ((clauseHas(clause, ['agent']) || writerHeld) && !clauseHas(clause, HELD_THINGS))
      derived.push({ kind: 'confinement', start: held.start, end: held.end });
  }
  // "dipacik2", "dicekel-cekel", "dirampa-rampa": a touch said twice is groping (the domain
  // notes list "dipegang2" as a euphemism for sexual abuse).
  for (const touch of of('touch')) {
    const again = tokens[touch.end] ?? '';
    const word = tokens[touch.start] ?? '';
    // The repeat may carry a suffix ("nggesek2ke", "manggesek-gesekan", "gesek2in").
    const stems = ['kan', 'ke', 'an', 'in', 'i']
      .filter((suffix) => again.endsWith(suffix))
      .map((suffix) => again.slice(0, -suffix.length));
    // A suffixed repeat of a word that is also a blow ("nakenna-kennai") is a beating, not groping.
    const alsoBlow = of('violence').some((v) => v.start === touch.start);
    const suffixed =
      !alsoBlow && (again.startsWith(word) || stems.some((stem) => stem.length >= 4 && word.endsWith(stem)));
    const repeated = again === word || word.endsWith(again) || suffixed;
    if (touch.end - touch.start === 1 && again !== '' && repeated)
      derived.push({ kind: 'sexual', start: touch.start, end: touch.end + 1 });
  }
  // "pas sy SD", "waktu aku kelas 5", "nalika kula SMP": the writer's own school years.
  for (const when of of('when_clause')) {
    // "baheula pas SMA", "back when in grade 8": a school level right after "when" is the
    // writer's too, unless a child or relative is named before it or a child in the clause ("anak
    // saya waktu kelas 5").
    const someoneElse = hits.some(
      (h) =>
        clauseOf[h.start] === clauseOf[when.start] &&
        (CHILD_NAMES.includes(h.kind) || (h.end <= when.start && PERSON_NAMES.includes(h.kind))),
    );
    for (const grade of [...of('grade'), ...of('grade_word')].filter((g) => !someoneElse && follows(when, g)))
      derived.push({ kind: 'childhood', start: when.start, end: grade.end });
    for (const self of of('first_person').filter((f) => follows(when, f))) {
      for (const grade of [...of('grade'), ...of('grade_word')].filter((g) => follows(self, g))) {
        derived.push({ kind: 'childhood', start: when.start, end: grade.end });
      }
    }
  }
  return derived;
}
