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
}

interface Phrase {
  readonly kind: CueKind;
  readonly parts: readonly Part[];
}

/** Phrases indexed by their first word, so a message is scanned once per token, not per phrase. */
export interface PhraseIndex {
  readonly byFirstWord: ReadonlyMap<string, readonly Phrase[]>;
  readonly byPrefix: readonly Phrase[];
}

export function buildPhraseIndex(tables: readonly CueTable[]): PhraseIndex {
  const byFirstWord = new Map<string, Phrase[]>();
  const byPrefix: Phrase[] = [];
  for (const table of tables) {
    for (const [kind, phrases] of Object.entries(table) as [CueKind, readonly string[]][]) {
      for (const source of phrases) {
        const parts = source
          .split(' ')
          .filter((w) => w !== '')
          .map((w) =>
            w.endsWith('*') ? { text: w.slice(0, -1), prefix: true } : { text: w, prefix: false },
          );
        const first = parts[0];
        if (first === undefined) continue;
        const phrase = { kind, parts };
        if (first.prefix) byPrefix.push(phrase);
        else byFirstWord.set(first.text, [...(byFirstWord.get(first.text) ?? []), phrase]);
      }
    }
  }
  return { byFirstWord, byPrefix };
}

/** Every phrase occurrence in the tokens, by whole tokens (so "palu" never matches "dipukul"). */
export function findHits(tokens: readonly string[], index: PhraseIndex): Hit[] {
  const hits: Hit[] = [];
  const seen = new Set<string>();
  const add = (hit: Hit) => {
    const key = `${hit.kind}:${hit.start}:${hit.end}`;
    if (!seen.has(key)) {
      seen.add(key);
      hits.push(hit);
    }
  };
  tokens.forEach((token, start) => {
    const candidates = [
      ...(index.byFirstWord.get(token) ?? []),
      ...(index.byFirstWord.get(bare(token)) ?? []),
      ...index.byPrefix,
    ];
    for (const phrase of candidates) {
      if (matchesAt(tokens, start, phrase.parts)) {
        add({ kind: phrase.kind, start, end: start + phrase.parts.length });
      }
    }
  });
  return hits;
}

function matchesAt(tokens: readonly string[], start: number, parts: readonly Part[]): boolean {
  return parts.every((part, offset) => {
    const token = tokens[start + offset];
    return token !== undefined && partMatches(token, part);
  });
}

// A phrase written without an apostrophe also matches the token typed with one ("ana" ~ "ana'"),
// but a phrase written with one needs it: Bugis "iya'" (I) is not Indonesian "iya" (yes).
function partMatches(token: string, part: Part): boolean {
  if (part.prefix) return token.startsWith(part.text) || bare(token).startsWith(part.text);
  return token === part.text || (!part.text.includes("'") && bare(token) === part.text);
}

function bare(token: string): string {
  return token.replaceAll("'", '');
}
