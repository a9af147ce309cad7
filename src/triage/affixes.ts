import type { Language } from './types.js';

/**
 * Stems a regional verb may have under its affixes, so that one prefix pattern in a lexicon
 * (`gebug*`, `pukua*`, `bampa*`) matches the word family instead of one inflected form:
 * - Sundanese: di-, ka-, ti-, nga-/nge-, the nasal N- (nonjok → tonjok, nyabok → sabok,
 *   mawa → bawa) and the plural infix -ar-/-al- (digarebugan → gebugan, narajong → tajong);
 * - Minangkabau: di-, ba-, ta-, ka-, ma- and maN- (mambaok → baok, malompek → lompek);
 * - Bugis: the person prefixes na-, ri-, u-, ku-, mu-, ta-, the verb prefixes ma-/mi-/me-/pa-/si-
 *   and the doubled consonant after them (nabbampa → bampa, naccabulie → cabulie, mappamate →
 *   pamate → mate), stacked up to three deep.
 * Suffixes and clitics (-na, -keun, -an, -nyo, -ka', -ki, -i) need no rule: a prefix pattern
 * already matches any ending. Only prefix patterns use these forms, and a form must still start
 * with a listed pattern, so a wrong strip only costs a lookup. Indonesian, Javanese and English
 * keep the nasal rules of phrase-match.ts alone: their patterns were written for them.
 */
export function affixStems(language: Language, token: string): readonly string[] {
  const rules = RULES[language];
  if (rules === undefined || token.length < MIN_TOKEN) return [];
  const key = `${language}:${token}`;
  let stems = cache.get(key);
  if (stems === undefined) {
    stems = strip(token, rules);
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(key, stems);
  }
  return stems;
}

type Rule = readonly [RegExp, readonly string[]];

// Shorter tokens are function words and clitics ("nu", "na", "ka'"); shorter stems would invent
// words from them.
const MIN_TOKEN = 5;
const MIN_STEM = 4;
// Bugis stacks person, verb and causative prefixes (na-pa-kenna, ri-pa-mate): three strips reach
// the root of every form we have seen; more would only invent stems.
const MAX_DEPTH = 3;

// A doubled consonant after a Bugis prefix belongs to the prefix (ma' + bampa → mabbampa).
const GEMINATE: Rule = [/^([bcdfghjklmnprstwy])\1(.+)$/, ['$1$2']];

// The nominal pa- is not stripped in Sundanese or Minangkabau: "pamajikan" (wife) is not
// "majikan" (employer).
const SU_RULES: readonly Rule[] = [
  [/^di(.+)$/, ['$1']],
  [/^ka(.+)$/, ['$1']],
  [/^ti(.+)$/, ['$1']],
  [/^nga(.+)$/, ['$1']],
  [/^nge(.+)$/, ['$1']],
  [/^ng([aeiou].+)$/, ['k$1', '$1']],
  [/^ny([aeiou].+)$/, ['s$1', 'c$1']],
  [/^n([aeiou].+)$/, ['t$1']],
  [/^m([aeiou].+)$/, ['p$1', 'b$1']],
  // The plural infix sits after the first consonant: garebug → gebug, tarajong → tajong.
  [/^(ng|ny|[bcdghjklmnprstwy])(?:ar|al)([aeiou].+)$/, ['$1$2']],
];

const MIN_RULES: readonly Rule[] = [
  [/^di(.+)$/, ['$1']],
  [/^ba(.+)$/, ['$1']],
  [/^ta(.+)$/, ['$1']],
  [/^ka(.+)$/, ['$1']],
  [/^mang(.+)$/, ['k$1', '$1']],
  [/^many(.+)$/, ['s$1', 'c$1']],
  [/^mam(.+)$/, ['p$1', '$1']],
  [/^man(.+)$/, ['t$1', '$1']],
  [/^ma(.+)$/, ['$1']],
];

const BUG_RULES: readonly Rule[] = [
  [/^(?:ri|na|ku|mu|ta|u)(.+)$/, ['$1']],
  [/^(?:ma|mi|me|pa|si)(.+)$/, ['$1']],
  [/^mang(.+)$/, ['$1']],
  GEMINATE,
];

const RULES: Partial<Record<Language, readonly Rule[]>> = { su: SU_RULES, min: MIN_RULES, bug: BUG_RULES };

const cache = new Map<string, readonly string[]>();
const CACHE_MAX = 50_000;

function strip(token: string, rules: readonly Rule[]): readonly string[] {
  const found = new Set<string>();
  let frontier = [token];
  for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth += 1) {
    const next: string[] = [];
    for (const form of frontier) {
      for (const [pattern, replacements] of rules) {
        if (!pattern.test(form)) continue;
        for (const replacement of replacements) {
          const stem = form.replace(pattern, replacement);
          if (stem.length < MIN_STEM || found.has(stem) || stem === token) continue;
          found.add(stem);
          next.push(stem);
        }
      }
    }
    frontier = next;
  }
  return [...found];
}
