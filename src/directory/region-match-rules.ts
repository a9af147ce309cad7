// What a region answer may match and what a match is: the rules' vocabulary, apart from the
// gazetteer that applies them, so checks and the text finder name them without the matcher.
import type { Area, AreaLevel } from './area-catalog.js';

export type RegionMatch =
  /** `guessed`: the name matched only with a typo — confirm it with the reporter before routing. */
  | { readonly type: 'found'; readonly area: Area; readonly guessed?: true }
  /** Ask the reporter: show each candidate's `label`. `total` counts every match, shown or not. */
  | { readonly type: 'ambiguous'; readonly candidates: readonly Area[]; readonly total: number }
  | { readonly type: 'unknown'; readonly suggestions: readonly string[] };

/** A match that names one area or a few to choose from. */
export type DefiniteMatch = Exclude<RegionMatch, { type: 'unknown' }>;

/** An extra name for areas, e.g. an office's `aliases` pointing at the regions it serves. */
export interface RegionAlias {
  readonly name: string;
  readonly codes: readonly string[];
}

/** Which names may match, and how loosely. */
export interface MatchRules {
  /** Levels an answer may have. */
  readonly levels: ReadonlySet<AreaLevel>;
  /** Levels whose names may match with a typo or two. */
  readonly typoLevels: ReadonlySet<AreaLevel>;
  /** Whether directory aliases count. */
  readonly aliases: boolean;
  /** Whether a desa/kelurahan matches only after "desa"/"kelurahan" (free text: many are everyday words). */
  readonly villagesNeedPrefix: boolean;
}

const ALL_LEVELS: ReadonlySet<AreaLevel> = new Set(['province', 'regency', 'district', 'village']);
export const ADMINISTRATIVE_LEVELS: ReadonlySet<AreaLevel> = new Set(['province', 'regency']);
/** Context after a comma ("…, Kab. Pati") names a container, never a desa. */
export const ADMINISTRATIVE_OR_DISTRICT: ReadonlySet<AreaLevel> = new Set([
  'province',
  'regency',
  'district',
]);

/** An answer to "where are you?": any level; typos tolerated down to kecamatan names. */
export const ANSWER_RULES: MatchRules = {
  levels: ALL_LEVELS,
  typoLevels: new Set(['province', 'regency', 'district']),
  aliases: true,
  villagesNeedPrefix: false,
};

/** A `regions:` entry in the directory: a province or kab/kota, spelled exactly. */
export const DIRECTORY_REGION_RULES: MatchRules = {
  levels: ADMINISTRATIVE_LEVELS,
  typoLevels: new Set(),
  aliases: false,
  villagesNeedPrefix: false,
};
