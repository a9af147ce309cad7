/** fast-check arbitraries for what an attacker or a broken phone can send. */
import fc from 'fast-check';

const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const BIDI = ['\u202e', '\u202d', '\u2066', '\u2067', '\u2069', '\u200f'];
const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff'];
const EMOJI = ['😭', '🆘', '👨‍👩‍👧', '🏳️‍🌈', '❤️', '🔪'];
const WORDS = [
  'tolong',
  'suami',
  'pukul',
  'di',
  'jawa',
  'Pati',
  'kota',
  'hapus',
  'ya',
  '1',
  'bunuh',
  'sekarang',
  'constructor',
  '__proto__',
  'toString',
  'nggebuki',
  'kula',
  'wonten',
  'ing',
];

/** Text of every kind: plain words, invisible and bidi marks, lone surrogates, emoji floods. */
export const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(fc.constantFrom(...WORDS, ...ZERO_WIDTH, ...BIDI, ...LONE_SURROGATES, ...EMOJI, ' ', '\n'), {
      maxLength: 80,
    })
    .map((parts) => parts.join('')),
  fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((words) => words.join(' ')),
);

/** A very long text (a pasted page, a repeated phrase). */
export const longText = fc
  .tuple(
    fc.constantFrom('di jawa ', 'tolong ', '😭', 'a', 'kula wonten ing '),
    fc.integer({ min: 500, max: 5_000 }),
  )
  .map(([unit, times]) => unit.repeat(times).slice(0, 20_000));

/** JSON nested deeper than any honest payload. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { message: value };
  return value;
}
