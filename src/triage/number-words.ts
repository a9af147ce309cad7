/**
 * Numbers written as words, per language, for stated ages ("lima taung", "telulas taun", "tigo
 * baleh tahun", "seppulo tellu taung", "thirteen years old"): a child's age is as often spelled
 * out as written in digits. Only 1–19 matter here (under 18 is a child; 18 and 19 say adult).
 */
const UNITS: ReadonlyMap<string, number> = new Map(
  `satu:1 siji:1 hiji:1 ciek:1 seddi:1 one:1
   dua:2 loro:2 kalih:2 duo:2 two:2
   tiga:3 telu:3 tilu:3 tigo:3 tellu:3 three:3
   empat:4 papat:4 sekawan:4 opat:4 ampek:4 eppa:4 four:4
   lima:5 limang:5 gangsal:5 limo:5 five:5
   enam:6 enem:6 genep:6 anam:6 enneng:6 six:6
   tujuh:7 pitu:7 tujuah:7 seven:7
   delapan:8 wolu:8 dalapan:8 lapan:8 arua:8 eight:8
   sembilan:9 sanga:9 songo:9 salapan:9 sambilan:9 asera:9 nine:9
   sepuluh:10 sedasa:10 sapuluh:10 sapuluah:10 seppulo:10 ten:10
   sebelas:11 sewelas:11 sabelas:11 sabaleh:11 eleven:11
   twelve:12 rolas:12 thirteen:13 telulas:13 fourteen:14 patbelas:14 fifteen:15 limalas:15
   sixteen:16 nembelas:16 seventeen:17 pitulas:17 eighteen:18 wolulas:18 nineteen:19 sangalas:19`
    .split(/\s+/)
    .filter((pair) => pair !== '')
    .map((pair) => {
      const [word = '', value = ''] = pair.split(':');
      return [word, Number(value)] as const;
    }),
);
// "tiga belas", "tilu welas", "tigo baleh", "telu welas": the unit then the teen word.
const TEEN_AFTER: ReadonlySet<string> = new Set(['belas', 'welas', 'baleh', 'las']);
// Bugis puts ten first: "seppulo tellu" (13).
const TEN_BEFORE: ReadonlySet<string> = new Set(['seppulo']);
// After a tens word the unit is part of 20 or more ("dua puluh tiga", "selikur", "twenty three").
// Bugis and chat write the tens as one word ("duappulo arua", "duapuluh tiga").
const TENS = /(puluh|pulo|puluah|likur|twenty|thirty|forty)$/;

/** The number a word (or two) spells at `index`, and the index of its last token. */
export function numberWordAt(
  tokens: readonly string[],
  index: number,
): { value: number; last: number } | undefined {
  const word = tokens[index] ?? '';
  const unit = UNITS.get(word);
  if (unit === undefined || TENS.test(tokens[index - 1] ?? '')) return undefined;
  const next = tokens[index + 1] ?? '';
  if (unit < 10 && TEEN_AFTER.has(next)) return { value: 10 + unit, last: index + 1 };
  const following = UNITS.get(next);
  if (TEN_BEFORE.has(word) && following !== undefined && following < 10)
    return { value: 10 + following, last: index + 1 };
  return { value: unit, last: index };
}
