import { affixStems } from './affixes.js';
import { composedHits } from './composed-cues.js';
import { COMPETING_GROUPS, type CueKind } from './cue-kinds.js';
import { LEXICONS } from './lexicons/index.js';
import type { NormalizedText } from './normalize.js';
import { buildPhraseIndex, findHits, type Hit, type PhraseIndex } from './phrase-match.js';
import { LANGUAGES, type Language } from './types.js';

/**
 * The cues found in one message, with the questions every rule asks about them: is this hit
 * negated, which clause is it in, what else is in that clause.
 */
export interface Scan {
  /** The detected language whose lexicon (with id and en) was read. */
  readonly language: Language;
  readonly tokens: readonly string[];
  readonly clauseOf: readonly number[];
  readonly hits: readonly Hit[];
  has(kind: CueKind): boolean;
  of(kind: CueKind): readonly Hit[];
  clauseOfHit(hit: Hit): number;
  /** Hits of `kind` in the given clause. */
  inClause(clause: number, kind: CueKind): readonly Hit[];
  kindsAt(index: number): ReadonlySet<CueKind>;
  negated(hit: Hit): boolean;
}

// Words that may stand between a negation and what it negates: "tidak pernah dipukul",
// "not allowed", "ora iso metu". Shared by all languages because code-mixing is normal.
const NEGATION_BRIDGE_KINDS: readonly CueKind[] = ['intent', 'habitual', 'past'];

// Lexicons are read in Indonesian and English (borrowed nouns, brand names, code-mixing) plus the
// detected language; a regional word is never read in a language it does not belong to
// (Sundanese `budak` = child, Indonesian `budak` = slave).
const INDEXES: ReadonlyMap<Language, PhraseIndex> = new Map(
  LANGUAGES.map((language) => {
    const languages = [...new Set<Language>(['id', 'en', language])];
    return [
      language,
      buildPhraseIndex(
        languages.map((l) => LEXICONS[l].cues),
        LEXICONS[language].cues,
        (token) => affixStems(language, token),
      ),
    ];
  }),
);

// What the questions below answer for a kind or a position without hits: shared and read-only,
// since the rules ask them many times a message and most kinds are absent.
const NO_HITS: readonly Hit[] = Object.freeze([]);
const NO_KINDS: ReadonlySet<CueKind> = new Set();

export function scan(text: NormalizedText, language: Language): Scan {
  const { tokens, clauseOf } = text;
  const index = INDEXES.get(language);
  const raw = index === undefined ? [] : findHits(tokens, index);
  const hits = raw.filter((hit) => !isClockTime(hit, tokens) && !isAgain(hit, raw, tokens, clauseOf));
  const parts = [...hits, ...composedHits(hits, clauseOf)];
  const kept = withoutReportedWitness(
    prune([...parts, ...progressiveHits(tokens), ...derivedHits(parts, tokens, clauseOf)]),
    clauseOf,
  );

  const byKind = new Map<CueKind, Hit[]>();
  const atIndex = new Map<number, Set<CueKind>>();
  for (const hit of kept) {
    const list = byKind.get(hit.kind);
    if (list === undefined) byKind.set(hit.kind, [hit]);
    else list.push(hit);
    for (let i = hit.start; i < hit.end; i += 1) {
      const kinds = atIndex.get(i) ?? new Set<CueKind>();
      kinds.add(hit.kind);
      atIndex.set(i, kinds);
    }
  }
  const clauseOfHit = (hit: Hit) => clauseOf[hit.start] ?? -1;
  const kindsAt = (i: number): ReadonlySet<CueKind> => atIndex.get(i) ?? NO_KINDS;
  const isKind = (i: number, kind: CueKind) => kindsAt(i).has(kind);

  return {
    language,
    tokens,
    clauseOf,
    hits: kept,
    has: (kind) => (byKind.get(kind)?.length ?? 0) > 0,
    of: (kind) => byKind.get(kind) ?? NO_HITS,
    clauseOfHit,
    inClause: (clause, kind) => {
      const all = byKind.get(kind);
      return all === undefined ? NO_HITS : all.filter((h) => clauseOfHit(h) === clause);
    },
    kindsAt,
    negated: (hit) => {
      const clause = clauseOfHit(hit);
      const sameClause = (i: number) => i >= 0 && clauseOf[i] === clause;
      const before = hit.start - 1;
      if (sameClause(before) && isKind(before, 'negation')) return true;
      const bridged = sameClause(before - 1) && isKind(before - 1, 'negation');
      return bridged && NEGATION_BRIDGE_KINDS.some((kind) => isKind(before, kind));
    },
  };
}

// The longer phrase wins; of two equally long ones, the one that starts first ("mantan pacar"
// beats "pacar saya").
function outranks(other: Hit, hit: Hit): boolean {
  const [a, b] = [other.end - other.start, hit.end - hit.start];
  return a > b || (a === b && other.start < hit.start);
}

/**
 * Drops a hit that starts inside a longer (or earlier) hit of a competing kind (see COMPETING_GROUPS), so that
 * "bunuh diri" is only self-harm and "mantan suami" only an ex-partner.
 */
function prune(hits: readonly Hit[]): Hit[] {
  const covering = new Map<number, Hit[]>();
  for (const hit of hits) {
    for (let i = hit.start; i < hit.end; i += 1) {
      const list = covering.get(i);
      if (list === undefined) covering.set(i, [hit]);
      else list.push(hit);
    }
  }
  const competes = (a: CueKind, b: CueKind) =>
    a !== b && COMPETING_GROUPS.some((group) => group.includes(a) && group.includes(b));
  return hits.filter(
    (hit) =>
      !(covering.get(hit.start) ?? []).some(
        (other) =>
          competes(hit.kind, other.kind) &&
          other.start <= hit.start &&
          hit.start < other.end &&
          outranks(other, hit),
      ),
  );
}

// "uwitai ri berita", "saw it on the news": seeing something reported is no witness of it now.
function withoutReportedWitness(hits: readonly Hit[], clauseOf: readonly number[]): Hit[] {
  const reported = new Set(hits.filter((h) => h.kind === 'news').map((h) => clauseOf[h.start]));
  return hits.filter((h) => h.kind !== 'witness' || !reported.has(clauseOf[h.start]));
}

// "pukul 9" / Minang "pukua 9" is a clock time, not a blow.
function isClockTime(hit: Hit, tokens: readonly string[]): boolean {
  return hit.kind === 'violence' && /^\d+$/.test(tokens[hit.end] ?? '');
}

// Kinds of cue after which "lagi" is "again", not "now": "dia memukul lagi", "mukul aku lagi".
// The object pronoun may stand between them, so "lagi" this close after the verb is "again".
const AGAIN_DISTANCE = 2;
const AGAIN_AFTER: ReadonlySet<CueKind> = new Set([
  'violence',
  'acute',
  'strangle',
  'psych',
  'sexual',
  'threat',
]);

/**
 * Indonesian "lagi" means "now" before a verb ("lagi mukul") but "again/more" after one ("dia
 * memukul lagi kemarin"), at the end of a clause ("gak mau hidup lagi") or inside a phrase of
 * coming ("datang lagi", "sebentar lagi pulang"). A clause that also has a past time word ("lagi
 * kemarin") is dated by that word, not by an ambiguous "lagi".
 */
function isAgain(
  hit: Hit,
  raw: readonly Hit[],
  tokens: readonly string[],
  clauseOf: readonly number[],
): boolean {
  if (tokens[hit.start] !== 'lagi' || hit.end - hit.start !== 1) return false;
  if (hit.kind !== 'present' && hit.kind !== 'intent') return false;
  const clause = clauseOf[hit.start];
  if (clauseOf[hit.end] !== clause) return true;
  if (raw.some((o) => o.kind === 'approach' && o.start < hit.start && hit.start < o.end)) return true;
  return raw.some(
    (other) =>
      (other.end <= hit.start &&
        hit.start - other.end <= AGAIN_DISTANCE - 1 &&
        clauseOf[other.start] === clause &&
        AGAIN_AFTER.has(other.kind)) ||
      (clauseOf[other.start] === clause && other.kind === 'past'),
  );
}

// English progressive ("is beating", "are holding") marks the present without a time word.
function progressiveHits(tokens: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  tokens.forEach((token, i) => {
    const next = tokens[i + 1] ?? '';
    if (['is', 'are', 'am'].includes(token) && next.length > 4 && next.endsWith('ing')) {
      hits.push({ kind: 'present', start: i, end: i + 2 });
    }
  });
  return hits;
}

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

/**
 * Cues made of a negation, an ability word and an action, written in any of many word orders:
 * "tidak boleh keluar", "won't let me leave", "teu ngantep abdi kaluar" (confinement), and
 * "gak kuat hidup", "ora betah urip", "indak tahan iduik" (suicidal intent); and a time clause
 * about the writer in school, "pas sy SD" (their own childhood).
 */
// A passive verb: Indonesian, Javanese, Sundanese and Minang di-, krama dipun-, Bugis ri-.
const PASSIVE = /^(di|ri)/;

// Who else a school level may belong to (see the writer's school years below).
const CHILD_NAMES: readonly CueKind[] = ['child_word', 'parent_of'];
const PERSON_NAMES: readonly CueKind[] = ['kin', 'partner', 'third_party', 'others_partner'];

function derivedHits(hits: readonly Hit[], tokens: readonly string[], clauseOf: readonly number[]): Hit[] {
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
