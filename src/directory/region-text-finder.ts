// Finding a place in free text. Many place names are everyday words ("palu" = hammer, "pati" =
// death in Javanese, kecamatan "Ibu", "Ayah", "Pacar"), so a name counts only right after a cue
// that says a place follows. An answer to "where are you?" goes to resolveRegion instead.
import type { AreaLevel } from './area-catalog.js';
import type { RegionGazetteer } from './region-gazetteer.js';
import type { DefiniteMatch, MatchRules } from './region-match-rules.js';
import { nameWords, PREFIX_WORDS } from './region-name.js';

/** Words after which a place name may follow; the name itself starts at the next word. */
const PLACE_CUES: ReadonlySet<string> = new Set([
  // Indonesian; also Sundanese and Minangkabau "di", Minangkabau "dari".
  'di',
  'dari',
  'dr', // chat shorthand for "dari"
  'ke',
  'daerah',
  'wilayah',
  'asal',
  'sekitar',
  // Javanese ngoko "in/at" and "from".
  'neng',
  'ning',
  'nang',
  'saka',
  // Bugis "in/at/to" and "from".
  'ri',
  'okko',
  'pole',
  // Javanese krama "in/at", "from" and "to" ("kula wonten ing Pati", "kedadosanipun ing Juwana";
  // "ing" is also ngoko); Sundanese "from".
  'wonten',
  'ing',
  'saking',
  'dhateng',
  'ti',
  // Sundanese and Minangkabau "to" ("angkat ka Garut", "pai ka Padang").
  'ka',
  // English: "I am in Juwana", "we live near Palu".
  'in',
  'from',
  'near',
]);

/**
 * Single words that follow a cue all the time and are never meant as a place in a report, although
 * some are official kecamatan names ("dari ibu" is not Kec. Ibu in Halmahera Barat).
 */
const NOT_A_PLACE: ReadonlySet<string> = new Set([
  'ibu',
  'ayah',
  'pacar',
  'bola', // Bugis "house": "ri bola" = at home
  'panti',
  'pesantren',
  'balai',
  'barat',
  'timur',
  'utara',
  'selatan',
  'tengah',
  'sini',
  'sana',
  'situ',
  'mana',
  'rumah',
  'omah',
  'imah',
]);

// Official names run to four words ("Kota Administrasi Jakarta Selatan", "Malangke Barat").
const MAX_NAME_WORDS = 4;
// Time budget, so no message holds the event loop: an exact look-up costs microseconds, one that
// tolerates typos scans ~550 names (a few hundred microseconds). Typos are tolerated for the first
// candidates only (people name the place early, and a typo'd guess is confirmed with them anyway);
// past the second limit (about 16 cues) a pasted page is not searched further, and the flow asks
// "where?" as it does for any message that names no place.
const MAX_TYPO_CANDIDATES = 8;
const MAX_CANDIDATES = 64;

const FREE_TEXT_RULES: MatchRules = {
  levels: new Set<AreaLevel>(['province', 'regency', 'district', 'village']),
  // In free text only kab/kota and province names may carry typos: kecamatan names are too many
  // and too close to ordinary words.
  typoLevels: new Set<AreaLevel>(['province', 'regency']),
  aliases: true,
  villagesNeedPrefix: true,
};
const EXACT_RULES: MatchRules = { ...FREE_TEXT_RULES, typoLevels: new Set() };

/**
 * The first place named as written after a cue; failing that, the first one matched with a typo
 * (`guessed`, for the reporter to confirm); `undefined` when the text names none. A name as written
 * anywhere wins over a typo's guess earlier on: "di kamar mandi … saya di Juwana" is Juwana, not
 * Kampar ("kamar" is one letter from it).
 */
export function findRegionInText(gazetteer: RegionGazetteer, text: string): DefiniteMatch | undefined {
  const words = nameWords(text);
  return (
    firstMatch(gazetteer, words, () => EXACT_RULES) ??
    firstMatch(gazetteer, words, (tried) => (tried <= MAX_TYPO_CANDIDATES ? FREE_TEXT_RULES : undefined))
  );
}

/** The first run after a cue that `rulesFor` (given how many runs were tried) lets match. */
function firstMatch(
  gazetteer: RegionGazetteer,
  words: readonly string[],
  rulesFor: (tried: number) => MatchRules | undefined,
): DefiniteMatch | undefined {
  // Each distinct run of words is looked up once: "di jawa di jawa …" costs four look-ups, not
  // two thousand; and the budget above bounds a page of distinct cues.
  const tried = new Set<string>();
  for (let index = 0; index < words.length && tried.size < MAX_CANDIDATES; index += 1) {
    const word = words[index] ?? '';
    // "Kota Palu", "Kab. Pati", "kecamatan Juwana": the prefix is both the cue and part of the name.
    const start = PREFIX_WORDS.has(word) ? index : PLACE_CUES.has(word) ? index + 1 : -1;
    if (start < 0) continue;
    const match = matchAt(gazetteer, words, start, tried, rulesFor);
    if (match) return match;
    if (rulesFor(tried.size) === undefined) return undefined;
  }
  return undefined;
}

/** The longest run of words from `start` that names a place and has not been tried yet. */
function matchAt(
  gazetteer: RegionGazetteer,
  words: readonly string[],
  start: number,
  tried: Set<string>,
  rulesFor: (tried: number) => MatchRules | undefined,
): DefiniteMatch | undefined {
  // A run that starts with another cue ("wonten ing Pati") is left to that cue's own turn.
  if (PLACE_CUES.has(words[start] ?? '')) return undefined;
  for (let length = Math.min(MAX_NAME_WORDS, words.length - start); length >= 1; length -= 1) {
    const candidate = words.slice(start, start + length);
    const [first = ''] = candidate;
    if (length === 1 && (NOT_A_PLACE.has(first) || PREFIX_WORDS.has(first))) continue;
    const key = candidate.join(' ');
    if (tried.has(key)) continue;
    tried.add(key);
    const rules = rulesFor(tried.size);
    if (!rules) return undefined;
    const match = gazetteer.findMatch(candidate, rules);
    if (match) return match;
  }
  return undefined;
}
