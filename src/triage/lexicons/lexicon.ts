import type { CueTable } from '../cue-kinds.js';
import type { Language } from '../types.js';

/** Everything triage knows about one language. */
export interface Lexicon {
  readonly language: Language;
  /**
   * Function words and particles that mark the language, with how reliably each one points to
   * it: about 2 for words no other language here uses, 1 for typical words, below 1 for words
   * shared with a neighbour (domain README 3.1).
   */
  readonly markers: Readonly<Record<string, number>>;
  readonly cues: CueTable;
}

/** Writes a cue list compactly: phrases separated by `|` (a phrase may hold spaces and `*`). */
export function phrases(list: string): readonly string[] {
  return list
    .split('|')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}

/**
 * Writes marker weights compactly: `word:weight` pairs separated by whitespace; a line starting
 * with `#` is a comment saying why the words after it are weighted as they are.
 */
export function weights(list: string): Readonly<Record<string, number>> {
  const table: Record<string, number> = {};
  for (const line of list.split('\n')) {
    if (line.trim().startsWith('#')) continue;
    for (const pair of line.trim().split(/\s+/)) {
      const at = pair.lastIndexOf(':');
      if (at > 0) table[pair.slice(0, at)] = Number(pair.slice(at + 1));
    }
  }
  return table;
}
