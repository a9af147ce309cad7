import type { CueKind, CueTable } from './cue-kinds.js';

/** A cue found in a message: tokens [start, end) matched a phrase of this kind. */
export interface Hit {
  readonly kind: CueKind;
  readonly start: number;
  readonly end: number;
}

interface Part {
  readonly text: string;
  readonly prefix: boolean;
  /** Written with an apostrophe (Bugis "iya'"): only the token typed with it matches. */
  readonly glottal: boolean;
}

interface Phrase {
  readonly kind: CueKind;
  readonly parts: readonly Part[];
  /** Its prefix parts may match affix stems: only phrases of the lexicon the stems are for. */
  readonly stemmed: boolean;
}

/**
 * Phrases indexed by their first word (or, for a prefix pattern, its first letters), so each
 * token is compared with a handful of phrases instead of all of them.
 */
export interface PhraseIndex {
  readonly byFirstWord: ReadonlyMap<string, readonly Phrase[]>;
  readonly byPrefix: ReadonlyMap<string, readonly Phrase[]>;
  /** The affix stems of a token (affixes.ts) that the stemmed table's prefix patterns may match. */
  readonly stems: (token: string) => readonly string[];
  /**
   * The phrases that may start at a token, by token, in the order they are tried: finding them
   * takes a look-up per first word and per prefix bucket of every form, and the same words come
   * back in every message. Bounded.
   */
  readonly candidatesByToken: Map<string, readonly Phrase[]>;
}

const CANDIDATE_CACHE_MAX = 50_000;

// Prefix patterns are bucketed by up to this many leading letters (a shorter prefix by all of its
// letters), so a token looks in one bucket per length from MIN_PREFIX up. By two letters, every
// token starting "di" was compared with a hundred Javanese and Indonesian "di…*" verbs.
const PREFIX_BUCKET = 4;
const MIN_PREFIX = 2;

/**
 * `stemmed` is the table whose prefix patterns also match the affix stems `stems` gives: the
 * detected regional language's own, so "dipotong" (cut) never reaches Indonesian "poto*" (photo).
 */
export function buildPhraseIndex(
  tables: readonly CueTable[],
  stemmed?: CueTable,
  stems: (token: string) => readonly string[] = () => [],
): PhraseIndex {
  const byFirstWord = new Map<string, Phrase[]>();
  const byPrefix = new Map<string, Phrase[]>();
  const push = (map: Map<string, Phrase[]>, key: string, phrase: Phrase) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [phrase]);
    else list.push(phrase);
  };
  for (const table of tables)
    for (const phrase of phrasesOf(table, table === stemmed)) {
      const first = phrase.parts[0]!;
      if (first.prefix && first.text.length < MIN_PREFIX)
        throw new Error(
          `prefix pattern "${first.text}*" is shorter than ${MIN_PREFIX} letters; list whole words instead`,
        );
      if (first.prefix) push(byPrefix, first.text.slice(0, PREFIX_BUCKET), phrase);
      else push(byFirstWord, first.text, phrase);
    }
  return { byFirstWord, byPrefix, stems, candidatesByToken: new Map() };
}

// Every language's index holds the Indonesian and English tables too: parsed once (per whether the
// index stems them) and shared, the phrases cost a quarter of the heap they took when each index
// parsed its own copy.
const parsed = { stemmed: new WeakMap<CueTable, Phrase[]>(), plain: new WeakMap<CueTable, Phrase[]>() };

function phrasesOf(table: CueTable, stemmed: boolean): readonly Phrase[] {
  const cache = stemmed ? parsed.stemmed : parsed.plain;
  let phrases = cache.get(table);
  if (phrases !== undefined) return phrases;
  phrases = [];
  for (const [kind, sources] of Object.entries(table) as [CueKind, readonly string[]][]) {
    for (const source of sources) {
      const parts = source
        .split(' ')
        .filter((w) => w !== '')
        .map((w) =>
          // A prefix is compared with the token's forms, which carry no apostrophe: "lennye'*"
          // must match "lennye'", "lennyena" and "lennye" alike.
          w.endsWith('*')
            ? { text: bare(w.slice(0, -1)), prefix: true, glottal: false }
            : { text: w, prefix: false, glottal: w.includes("'") },
        );
      if (parts.length > 0) phrases.push({ kind, parts, stemmed });
    }
  }
  cache.set(table, phrases);
  return phrases;
}

/**
 * Every phrase occurrence in the tokens, by whole tokens (so "palu" never matches "dipukul").
 * The index's `stems` gives the language's affix-stripped forms of a token (affixes.ts), tried by
 * prefix patterns only.
 */
export function findHits(tokens: readonly string[], index: PhraseIndex): Hit[] {
  const { stems } = index;
  const hits: Hit[] = [];
  const seen = new Set<string>();
  // Every phrase part under a token is compared with the token without apostrophes: stripped once.
  const bareTokens = tokens.map(bare);
  // The forms a prefix pattern may match at each position, computed once per message.
  const formsAt: (readonly string[] | undefined)[] = [];
  const forms = (position: number): readonly string[] => {
    let found = formsAt[position];
    if (found === undefined) {
      found = [bareTokens[position] ?? '', ...nasalStems(tokens[position] ?? '')];
      formsAt[position] = found;
    }
    return found;
  };
  const stemsAt: (readonly string[] | undefined)[] = [];
  const stemForms = (position: number): readonly string[] => {
    let found = stemsAt[position];
    if (found === undefined) {
      found = stems(bareTokens[position] ?? '');
      stemsAt[position] = found;
    }
    return found;
  };
  // Plain loops, no closures: this runs for every phrase indexed under every token.
  const matchesAt = (start: number, phrase: Phrase): boolean => {
    const { parts } = phrase;
    for (let offset = 0; offset < parts.length; offset++) {
      const part = parts[offset]!;
      const token = tokens[start + offset];
      if (token === undefined) return false;
      if (part.prefix) {
        if (
          !startsAny(forms(start + offset), part.text) &&
          !(phrase.stemmed && startsAny(stemForms(start + offset), part.text))
        )
          return false;
        continue;
      }
      // A phrase written without an apostrophe also matches the token typed with one ("ana" ~
      // "ana'"), but a phrase written with one needs it: Bugis "iya'" (I) is not Indonesian "iya".
      if (token !== part.text && (part.glottal || bareTokens[start + offset] !== part.text)) return false;
    }
    return true;
  };
  const tryAll = (start: number, candidates: readonly Phrase[]) => {
    for (const phrase of candidates) {
      if (!matchesAt(start, phrase)) continue;
      const end = start + phrase.parts.length;
      const key = `${phrase.kind}:${start}:${end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      hits.push({ kind: phrase.kind, start, end });
    }
  };
  // The phrases that may start at a position: those listed under the token (and under it without
  // apostrophes), then those in each prefix bucket of its forms and stems, each bucket once, in
  // the order first met. Every phrase is in one list only, so none is tried twice.
  const candidatesAt = (start: number): readonly Phrase[] => {
    const token = tokens[start]!;
    const known = index.candidatesByToken.get(token);
    if (known !== undefined) return known;
    const candidates: Phrase[] = [...(index.byFirstWord.get(token) ?? [])];
    const stripped = bareTokens[start]!;
    if (stripped !== token) candidates.push(...(index.byFirstWord.get(stripped) ?? []));
    const buckets: string[] = [];
    for (const form of [...forms(start), ...stemForms(start)])
      for (let length = MIN_PREFIX; length <= Math.min(PREFIX_BUCKET, form.length); length++) {
        const bucket = form.slice(0, length);
        if (buckets.includes(bucket)) continue;
        buckets.push(bucket);
        candidates.push(...(index.byPrefix.get(bucket) ?? []));
      }
    if (index.candidatesByToken.size >= CANDIDATE_CACHE_MAX) index.candidatesByToken.clear();
    index.candidatesByToken.set(token, candidates);
    return candidates;
  };
  for (let start = 0; start < tokens.length; start++) tryAll(start, candidatesAt(start));
  return hits;
}

// Shorter tokens are function words ("nak", "mau"), where undoing a nasal prefix would invent
// words ("nak" → "tak", a negation).
const MIN_NASAL_TOKEN = 5;

const NASAL_RULES: readonly (readonly [RegExp, readonly string[]])[] = [
  [/^meng(.+)$/, ['$1', 'k$1']],
  [/^meny(.+)$/, ['s$1']],
  [/^mem(.+)$/, ['p$1', '$1']],
  [/^men(.+)$/, ['t$1', '$1']],
  [/^me(.+)$/, ['$1']],
  [/^ng(.+)$/, ['$1', 'k$1']],
  [/^ny(.+)$/, ['s$1', 'c$1']],
  // Minangkabau maN- (mamukua → pukua, manyiksa → siksa, manampa → tampa)
  [/^mang(.+)$/, ['$1', 'k$1']],
  [/^many(.+)$/, ['s$1']],
  [/^mam(.+)$/, ['p$1']],
  [/^man(.+)$/, ['t$1', '$1']],
];

/** Stems by token, remembered: the same words come back in every message. Bounded. */
const stemCache = new Map<string, readonly string[]>();
const STEM_CACHE_MAX = 50_000;

/**
 * Stems a verb may have under an Indonesian/Javanese nasal prefix, so one prefix pattern
 * ("tampar*") also matches "menampar", "nampar"; "hajar*" matches "menghajar"; "gebug*" matches
 * "nggebugi". Only prefix patterns (verbs) use these; the extra candidates are harmless because a
 * stem must still start a listed pattern.
 */
function nasalStems(token: string): readonly string[] {
  // Bare n-/m- forms ("nampar") are listed in the lexicons instead: undoing them here would turn
  // English "morning" into "porning".
  if (token.length < MIN_NASAL_TOKEN || !(token.startsWith('m') || token.startsWith('n'))) return [];
  let stems = stemCache.get(token);
  if (stems === undefined) {
    stems = NASAL_RULES.flatMap(([pattern, forms]) =>
      pattern.test(token) ? forms.map((form) => token.replace(pattern, form)) : [],
    );
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    stemCache.set(token, stems);
  }
  return stems;
}

function startsAny(forms: readonly string[], prefix: string): boolean {
  for (const form of forms) if (form.startsWith(prefix)) return true;
  return false;
}

function bare(token: string): string {
  return token.includes("'") ? token.replaceAll("'", '') : token;
}
