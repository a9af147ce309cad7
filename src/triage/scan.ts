import { affixStems } from './affixes.js';
import { composedHits } from './composed-cues.js';
import { COMPETING_GROUPS, type CueKind } from './cue-kinds.js';
import { derivedHits } from './derived-hits.js';
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
