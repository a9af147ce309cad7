// ~84,000 desa/kelurahan in a few megabytes: the CSV text itself holds the names, and two typed
// arrays map a hash of each normalized name to its line. A Map of 84,000 strings and objects would
// cost several times more, and the service must idle under 100 MB.
import { nameKey, nameWords } from './region-name.js';

export interface VillageRow {
  readonly code: string;
  readonly districtCode: string;
  readonly name: string;
}

// A row number fits in 17 bits (131,072 > 84,000 villages), so hash × 2^17 + row stays below
// 2^49 and is exact in a float; sorting one Float64Array sorts hashes and rows together.
const ROW_BITS = 17;
const ROW_FACTOR = 2 ** ROW_BITS;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashKey(key: string): number {
  let hash = FNV_OFFSET;
  for (let index = 0; index < key.length; index += 1) {
    hash = Math.imul(hash ^ key.charCodeAt(index), FNV_PRIME);
  }
  return hash >>> 0;
}

export class VillageIndex {
  private constructor(
    /** The CSV text; names are sliced out of it on demand. */
    private readonly text: string,
    /** Where each data line starts in `text`, in file order (the file is sorted by code). */
    private readonly lineStarts: Int32Array,
    /** Name hashes, ascending, and the line each belongs to. */
    private readonly hashes: Uint32Array,
    private readonly lines: Int32Array,
  ) {}

  /** Builds the index from the text of idn-area-data's villages.csv (`code,district_code,name`). */
  static fromCsv(csv: string): VillageIndex {
    // Typographic apostrophes would make V8 store the whole text as two bytes per character.
    const text = /[’‘]/.test(csv) ? csv.replace(/[’‘]/g, "'") : csv;
    const lineStarts = dataLineStarts(text);
    if (lineStarts.length >= ROW_FACTOR) throw new Error(`villages.csv has more than ${ROW_FACTOR} rows`);
    const packed = new Float64Array(lineStarts.length);
    for (let line = 0; line < lineStarts.length; line += 1) {
      packed[line] = nameHashAt(text, lineStarts[line] ?? 0) * ROW_FACTOR + line;
    }
    packed.sort();
    const hashes = new Uint32Array(packed.length);
    const lines = new Int32Array(packed.length);
    packed.forEach((value, index) => {
      hashes[index] = Math.floor(value / ROW_FACTOR);
      lines[index] = value % ROW_FACTOR;
    });
    return new VillageIndex(text, lineStarts, hashes, lines);
  }

  get size(): number {
    return this.lineStarts.length;
  }

  /** Every village whose normalized name key is exactly `key`, in code order. */
  find(key: string): VillageRow[] {
    const hash = hashKey(key);
    const found: VillageRow[] = [];
    for (let index = lowerBound(this.hashes, hash); this.hashes[index] === hash; index += 1) {
      const row = VillageIndex.rowAt(this.text, this.lineStarts, this.lines[index] ?? 0);
      // Different names can share a hash; the name itself decides.
      if (nameKey(nameWords(row.name)) === key) found.push(row);
    }
    return found.sort((a, b) => a.code.localeCompare(b.code));
  }

  /** The village with this Kemendagri code ("33.18.08.2001"), found by binary search. */
  byCode(code: string): VillageRow | undefined {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const row = VillageIndex.rowAt(this.text, this.lineStarts, middle);
      if (row.code === code) return row;
      if (row.code < code) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  private static rowAt(text: string, lineStarts: Int32Array, line: number): VillageRow {
    const start = lineStarts[line] ?? 0;
    const end = text.indexOf('\n', start);
    const row = text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
    const firstComma = row.indexOf(',');
    const secondComma = row.indexOf(',', firstComma + 1);
    return {
      code: row.slice(0, firstComma),
      districtCode: row.slice(firstComma + 1, secondComma),
      name: row.slice(secondComma + 1),
    };
  }
}

/** Where each non-empty line after the header starts; counted first so no growing array is needed. */
function dataLineStarts(text: string): Int32Array {
  const isDataLine = (start: number) => start < text.length && text[start] !== '\n' && text[start] !== '\r';
  let count = 0;
  for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', newline + 1)) {
    if (isDataLine(newline + 1)) count += 1;
  }
  const starts = new Int32Array(count);
  let index = 0;
  for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', newline + 1)) {
    if (isDataLine(newline + 1)) starts[index++] = newline + 1;
  }
  return starts;
}

const CODE_UPPER_A = 65;
const CODE_UPPER_Z = 90;
const CODE_LOWER_A = 97;
const CODE_LOWER_Z = 122;
const CODE_ZERO = 48;
const CODE_NINE = 57;
const FIRST_NON_ASCII = 0x80;

/**
 * hashKey(nameKey(nameWords(name))) for the name on the line starting at `start`, read in place:
 * for plain ASCII the key is just the letters and digits in lower case, so building it for 84,000
 * names would only make garbage. Other names take the full normalizer.
 */
function nameHashAt(text: string, start: number): number {
  const nameStart = text.indexOf(',', text.indexOf(',', start) + 1) + 1;
  const newline = text.indexOf('\n', nameStart);
  const end = newline === -1 ? text.length : newline;
  let hash = FNV_OFFSET;
  for (let index = nameStart; index < end; index += 1) {
    let code = text.charCodeAt(index);
    if (code >= FIRST_NON_ASCII) return hashKey(nameKey(nameWords(text.slice(nameStart, end))));
    if (code >= CODE_UPPER_A && code <= CODE_UPPER_Z) code += CODE_LOWER_A - CODE_UPPER_A;
    const isKeyChar =
      (code >= CODE_LOWER_A && code <= CODE_LOWER_Z) || (code >= CODE_ZERO && code <= CODE_NINE);
    if (isKeyChar) hash = Math.imul(hash ^ code, FNV_PRIME);
  }
  return hash >>> 0;
}

function lowerBound(sorted: Uint32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
