// Turning place names, as officials write them and as reporters type them, into comparable keys.

/** What an administrative prefix ("Kota", "Kab.", "Kec.", "Desa", "Provinsi") says about the level. */
export type LevelHint = 'province' | 'kota' | 'kabupaten' | 'district' | 'village';

/** Longest first: "kota administrasi" must win over "kota". */
const PREFIXES: ReadonlyArray<{ readonly words: readonly string[]; readonly hint: LevelHint }> = [
  { words: ['kota', 'administrasi'], hint: 'kota' },
  { words: ['kabupaten', 'administrasi'], hint: 'kabupaten' },
  { words: ['kota'], hint: 'kota' },
  { words: ['kotamadya'], hint: 'kota' },
  { words: ['kabupaten'], hint: 'kabupaten' },
  { words: ['kab'], hint: 'kabupaten' },
  { words: ['kecamatan'], hint: 'district' },
  { words: ['kec'], hint: 'district' },
  { words: ['desa'], hint: 'village' },
  { words: ['kelurahan'], hint: 'village' },
  { words: ['kel'], hint: 'village' },
  { words: ['provinsi'], hint: 'province' },
  { words: ['propinsi'], hint: 'province' },
  { words: ['prov'], hint: 'province' },
];

/** Words that only start a prefix; a reporter writing just "kota" has not named a place. */
export const PREFIX_WORDS: ReadonlySet<string> = new Set(PREFIXES.map((prefix) => prefix.words[0] ?? ''));

// Apostrophes and quotes sit inside names ("Ma'rang", "Soka\"an", "Regapu’u") and people drop them
// when typing, so they are deleted rather than turned into a word break.
const INNER_MARKS = /['’‘`"]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_ALPHANUMERIC = /[^a-z0-9]+/;

/** Lower-case words of a name or message: no accents, no punctuation, no empty words. */
export function nameWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(INNER_MARKS, '')
    .split(NOT_ALPHANUMERIC)
    .filter((word) => word.length > 0);
}

/**
 * The comparable key of a name: its words joined without spaces, so "Limapuluh Kota" and
 * "Lima Puluh Kota", or "Mekarsari" and "Mekar Sari", are the same key.
 */
export function nameKey(words: readonly string[]): string {
  return words.join('');
}

export interface PrefixSplit {
  readonly hint: LevelHint | undefined;
  /** The words after the prefix; all words when there is no prefix. */
  readonly core: readonly string[];
}

/** Splits a leading administrative prefix off; a prefix with nothing after it is not a prefix. */
export function splitPrefix(words: readonly string[]): PrefixSplit {
  for (const prefix of PREFIXES) {
    const matches = prefix.words.every((word, index) => words[index] === word);
    if (matches && words.length > prefix.words.length) {
      return { hint: prefix.hint, core: words.slice(prefix.words.length) };
    }
  }
  return { hint: undefined, core: words };
}

// Official upper-case names keep these as written; "dan" stays lower-case inside a name.
const UPPER_CASE_WORDS: ReadonlySet<string> = new Set(['dki']);
const LOWER_CASE_WORDS: ReadonlySet<string> = new Set(['dan']);

/** "KABUPATEN TOJO UNA-UNA" → "Kabupaten Tojo Una-Una"; names already in mixed case are kept. */
export function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .split(' ')
    .map((word, index) => {
      if (UPPER_CASE_WORDS.has(word)) return word.toUpperCase();
      if (index > 0 && LOWER_CASE_WORDS.has(word)) return word;
      return word.replace(
        /(^|[-(])([a-z])/g,
        (_match, before: string, letter: string) => before + letter.toUpperCase(),
      );
    })
    .join(' ');
}
