import { LEXICONS } from './lexicons/index.js';
import { SHORTHAND } from './shorthand.js';

// A Map, not the object: a message word such as "constructor" must not find Object.prototype.
const EXPANSIONS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(SHORTHAND).map(([short, long]) => [short, long.split(' ')]),
);

/** A message cut into lower-case tokens, each tagged with the clause it belongs to. */
export interface NormalizedText {
  readonly tokens: readonly string[];
  /** clauseOf[i] is the clause index of tokens[i]; time and negation are read per clause. */
  readonly clauseOf: readonly number[];
}

// Punctuation that ends a clause. Parentheses are not here: "my daughter (17)" must keep the age
// next to the noun it describes.
const CLAUSE_PUNCTUATION = /[.,!?;:\n\r]+/;

// Conjunctions that start a new clause in every language we read, so "dulu dipukul tapi
// sekarang aman" keeps its past and present apart.
const CLAUSE_BREAK_WORDS: ReadonlySet<string> = new Set([
  'tapi',
  'tetapi',
  'namun',
  'padahal',
  'sedangkan',
  'but',
  'however',
  'although',
  'nanging',
  'ananging',
  'sanajan',
  'senajan',
  'walaupun',
  'walau',
  // reported speech: what someone said on the phone is dated by its own words, not by the call
  // ("mau bengi telpon, jare ... ora oleh mudhun")
  'jare',
  'jarene',
  'katanya',
  'cenah',
]);

// Laughing emoji (face with tears of joy, rolling on the floor laughing, grinning squinting).
const LAUGHING = /[\u{1F602}\u{1F923}\u{1F606}]/gu;
// A word written with a trailing 2 is repeated ("dipukul2" → "dipukul dipukul").
const REDUPLICATION = /([a-z][a-z']+)2(?![0-9])/g;
// Three or more of the same letter are chat emphasis ("tolongggg"); no word we match needs them.
const ELONGATION = /([a-z])\1{2,}/g;
// Tokens keep inner and final apostrophes: Bugis glottal stops (ana', de') carry meaning.
const TOKEN = /[a-z0-9]+(?:'[a-z0-9]+)*'?/g;

export function normalize(text: string): NormalizedText {
  const cleaned = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    // A laughing emoji is a laugh written in chat ("KDRT iyaro? 😂"): read as "haha".
    .replace(LAUGHING, ' haha ')
    .replace(REDUPLICATION, '$1 $1')
    .replace(/([a-z'])-(?=[a-z])/g, '$1 ')
    .replace(/(\d)([a-z])/g, '$1 $2')
    .replace(ELONGATION, '$1');

  const tokens: string[] = [];
  const clauseOf: number[] = [];
  let clause = 0;
  for (const piece of cleaned.split(CLAUSE_PUNCTUATION)) {
    for (const raw of piece.match(TOKEN) ?? []) {
      for (const token of expand(raw)) {
        if (CLAUSE_BREAK_WORDS.has(token) && tokens.length > 0) clause += 1;
        tokens.push(token);
        clauseOf.push(clause);
      }
    }
    clause += 1;
  }
  return { tokens, clauseOf };
}

function expand(raw: string): readonly string[] {
  const known = EXPANSIONS.get(raw);
  if (known !== undefined) return known;
  // English possessive "mom's" → "mom"; other apostrophes are Bugis/Sulsel glottal stops.
  const word = raw.endsWith("'s") ? raw.slice(0, -2) : raw;
  return EXPANSIONS.get(word) ?? [word];
}

/**
 * The text as the rules read it: a passive prefix written apart joined to its verb. The learned
 * model reads the words as written (`normalize`), so its features do not move with the lexicons.
 */
export function withPassivesJoined(text: NormalizedText): NormalizedText {
  if (!text.tokens.includes('di')) return text;
  const tokens: string[] = [];
  const clauseOf: number[] = [];
  text.tokens.forEach((token, i) => {
    const last = tokens.length - 1;
    const clause = text.clauseOf[i] ?? 0;
    if (tokens[last] === 'di' && clauseOf[last] === clause && isPassiveVerb(`di${token}`)) {
      tokens[last] = `di${token}`;
      return;
    }
    tokens.push(token);
    clauseOf.push(clause);
  });
  return { tokens, clauseOf };
}

// Chat writes the passive prefix apart ("di pukul", "di kunci", "di sebar", "di pukua"): "di" and
// the next word are joined when together they are a passive verb some lexicon lists (exactly, or
// by a starred family such as "dipukul*" with at most a short suffix: "dijak*" is not "di
// Jakarta"), never for a place ("di rumah", "di kamar").
const PASSIVE_EXACT = new Set<string>();
const PASSIVE_FAMILIES: string[] = [];
for (const lexicon of Object.values(LEXICONS)) {
  for (const list of Object.values(lexicon.cues)) {
    for (const phrase of list ?? []) {
      const first = phrase.split(' ')[0] ?? '';
      if (!first.startsWith('di') || first.replace('*', '').length < 5) continue;
      if (first.endsWith('*')) PASSIVE_FAMILIES.push(first.slice(0, -1));
      else PASSIVE_EXACT.add(first);
    }
  }
}

// Places and question words that some lists spell joined ("dibawah umur", "dimana").
const NOT_PASSIVE: ReadonlySet<string> = new Set([
  'dibawah',
  'diatas',
  'didalam',
  'diluar',
  'didepan',
  'dibelakang',
  'dimana',
  'disini',
  'disana',
  'disitu',
]);

function isPassiveVerb(word: string): boolean {
  if (NOT_PASSIVE.has(word)) return false;
  return (
    PASSIVE_EXACT.has(word) ||
    PASSIVE_FAMILIES.some((family) => word.startsWith(family) && word.length - family.length <= 3)
  );
}
