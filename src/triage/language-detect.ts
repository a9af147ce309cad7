import { LEXICONS } from './lexicons/index.js';
import { normalize } from './normalize.js';
import { LANGUAGES, type Language, type TriageHints } from './types.js';

export interface LanguageGuess {
  language: Language;
  /** 0..1: how sure, from how much evidence there is and how far ahead the winner is. */
  confidence: number;
}

// The platform's language code is a weak prior: a Javanese speaker's phone is usually set to
// Indonesian or English, so it may only tip a close call, never outvote the words.
const PLATFORM_PRIOR = 0.5;
// Evidence that saturates confidence: about three typical function words make a guess trustworthy.
const EVIDENCE_SCALE = 2;
// Per-token bonuses for spelling patterns that a word list cannot hold.
const SUNDANESE_EU_BONUS = 0.8;
const MINANG_ENDING_BONUS = 0.7;
const BUGIS_GEMINATE_BONUS = 0.6;
const BUGIS_GLOTTAL_BONUS = 0.5;
const JAVANESE_SUFFIX_BONUS = 0.4;
// Javanese possessive/definite suffix -e/-ne ("ibune", "omahe", "bapake", "wetenge").
const JAVANESE_SUFFIX = /([aiueo]ne|he|[aiueo]ke|nge)$/;
// English words with the same ending.
const NOT_JAVANESE_SUFFIX: ReadonlySet<string> = new Set([
  'online',
  'phone',
  'alone',
  'someone',
  'anyone',
  'everyone',
  'gasoline',
  'broke',
  'spoke',
  'awake',
  'smoke',
  'stroke',
  'change',
  'strange',
  'orange',
  'range',
  'arrange',
  'machine',
  'iphone',
]);

// Indonesian words that happen to end like Minang sound changes (-uik, -aik, -uah, -ua).
const NOT_MINANG_ENDINGS: ReadonlySet<string> = new Set([
  'baik',
  'naik',
  'buah',
  'sebuah',
  'dua',
  'semua',
  'tua',
  'ua',
  'muah',
  'kaik',
  'kedua',
  'mertua',
  'ketua',
  'tetua',
  'jua',
  'nakenna',
  'via',
  'ilmiah',
]);
// Indonesian and Javanese kin words with -ku: "anak" + "ku", not a Bugis doubled consonant.
const NOT_BUGIS_GEMINATES: ReadonlySet<string> = new Set([
  'anakku',
  'bapakku',
  'adikku',
  'kakakku',
  'cucuku',
  'budakku',
  'apakku',
  'mbakku',
  'emakku',
]);
// Sulsel Indonesian particles carry a glottal stop too (README 3.1); they are not Bugis evidence.
const SULSEL_PARTICLES: ReadonlySet<string> = new Set(["ki'", "ka'", "di'", "mi'", "ji'"]);

const PLATFORM_CODES: Readonly<Record<string, Language>> = {
  id: 'id',
  in: 'id',
  ms: 'id',
  en: 'en',
  jv: 'jv',
  jw: 'jv',
  su: 'su',
  min: 'min',
  bug: 'bug',
};

/**
 * Every language's marker words in one Map (one look-up a token, not six), each with the position
 * of its language in LANGUAGES (the scores are kept in that order); a Map, so a message word such
 * as "constructor" never finds Object.prototype.
 */
const MARKERS: ReadonlyMap<string, readonly (readonly [number, number])[]> = (() => {
  const markers = new Map<string, [number, number][]>();
  LANGUAGES.forEach((language, position) => {
    for (const [word, weight] of Object.entries(LEXICONS[language].markers)) {
      const list = markers.get(word) ?? [];
      list.push([position, weight]);
      markers.set(word, list);
    }
  });
  return markers;
})();

const SU = LANGUAGES.indexOf('su');
const MIN = LANGUAGES.indexOf('min');
const BUG = LANGUAGES.indexOf('bug');
const JV = LANGUAGES.indexOf('jv');

/** Guesses the language that supplies most of a message's function words (triage-labels.md). */
export function detectLanguage(text: string, hints?: TriageHints): LanguageGuess {
  return detectFromTokens(normalize(text).tokens, hints);
}

export function detectFromTokens(tokens: readonly string[], hints?: TriageHints): LanguageGuess {
  // One score per language, in LANGUAGES order; a typed array, not a Map: this runs for every token.
  const scores = new Float64Array(LANGUAGES.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // A reduplicated word is a content word of its own ("alun-alun", the town square), not the
    // function word it repeats (Minang "alun", not yet).
    const reduplicated = tokens[i - 1] === token || tokens[i + 1] === token;
    const markers = reduplicated ? undefined : MARKERS.get(token);
    if (markers !== undefined) for (const [language, weight] of markers) scores[language]! += weight;
    if (token.includes('eu')) scores[SU]! += SUNDANESE_EU_BONUS;
    if (hasMinangEnding(token)) scores[MIN]! += MINANG_ENDING_BONUS;
    // "anakku", "bapakku", "apakke": a k-final Indonesian or Javanese stem with -ku/-ke is no Bugis
    // geminate (Bugis "majikakku", "lakkaikku" are).
    if (!NOT_BUGIS_GEMINATES.has(token) && /(kk|pp|tt|dd|cc|bb)/.test(token.replace(/kke$/, 'ke')))
      scores[BUG]! += BUGIS_GEMINATE_BONUS;
    if (token.length >= 5 && JAVANESE_SUFFIX.test(token) && !NOT_JAVANESE_SUFFIX.has(token)) {
      scores[JV]! += JAVANESE_SUFFIX_BONUS;
    }
    if (token.endsWith("'") && !SULSEL_PARTICLES.has(token) && token.length > 2)
      scores[BUG]! += BUGIS_GLOTTAL_BONUS;
  }
  const prior = platformLanguage(hints?.platformLanguage);
  if (prior !== undefined) scores[LANGUAGES.indexOf(prior)]! += PLATFORM_PRIOR;

  // Ties go to Indonesian, the default language of the service (LANGUAGES lists it first; the
  // sort is stable).
  const ranked = LANGUAGES.map((language, position) => [language, scores[position]!] as const).sort(
    (a, b) => b[1] - a[1],
  );
  const [best, second] = [ranked[0], ranked[1]];
  if (best === undefined || best[1] <= 0) return { language: 'id', confidence: 0 };
  const runnerUp = second?.[1] ?? 0;
  const margin = (best[1] - runnerUp) / best[1];
  const evidence = 1 - Math.exp(-best[1] / EVIDENCE_SCALE);
  return { language: best[0], confidence: round(evidence * (0.5 + 0.5 * margin)) };
}

function hasMinangEnding(token: string): boolean {
  if (NOT_MINANG_ENDINGS.has(token) || token.length < 4) return false;
  return /(uik|aik|uah|ua|iah)$/.test(token);
}

function platformLanguage(code: string | undefined): Language | undefined {
  if (code === undefined) return undefined;
  const base = code.toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(PLATFORM_CODES, base) ? PLATFORM_CODES[base] : undefined;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
