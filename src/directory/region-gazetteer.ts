// Matching what people write ("kab. pati", "Payakumbuah", "Lutra", "Juwana") to official areas.
import {
  type Area,
  type AreaCatalog,
  type AreaEntry,
  type AreaLevel,
  sharedAreaCatalog,
} from './area-catalog.js';
import { allowedTypos, editDistanceWithin } from './edit-distance.js';
import { REGION_ABBREVIATIONS } from './region-abbreviations.js';
import { type LevelHint, nameKey, nameWords, splitPrefix } from './region-name.js';
import {
  ADMINISTRATIVE_LEVELS,
  ADMINISTRATIVE_OR_DISTRICT,
  ANSWER_RULES,
  type DefiniteMatch,
  type MatchRules,
  type RegionAlias,
  type RegionMatch,
} from './region-match-rules.js';
import { findRegionInText } from './region-text-finder.js';

// Enough to choose from on a phone screen; more belongs in a follow-up question.
const MAX_CANDIDATES = 5;
const MAX_SUGGESTIONS = 3;
// Suggestions may be further off than accepted typos: they are offered, never assumed.
const SUGGESTION_DISTANCE_SHARE = 0.4;
const MIN_SUGGESTION_QUERY_LENGTH = 3;

// Kab/kota and provinces route to offices, so a tie between them is a real question; a kecamatan
// or desa only matters when no kab/kota or province has that name.
const LEVEL_GROUP: Record<AreaLevel, number> = { province: 0, regency: 0, district: 1, village: 2 };

export interface RegionGazetteerOptions {
  readonly aliases?: readonly RegionAlias[];
  readonly catalog?: AreaCatalog;
}

export class RegionGazetteer {
  readonly catalog: AreaCatalog;
  private readonly aliasByKey = new Map<string, AreaEntry[]>();
  private readonly abbreviationByKey = new Map<string, AreaEntry[]>();
  private readonly administrativeByKey = new Map<string, AreaEntry[]>();

  constructor(options: RegionGazetteerOptions = {}) {
    this.catalog = options.catalog ?? sharedAreaCatalog();
    for (const [key, entries] of this.catalog.byKey) {
      const administrative = entries.filter((entry) => ADMINISTRATIVE_LEVELS.has(entry.area.level));
      if (administrative.length > 0) this.administrativeByKey.set(key, administrative);
    }
    for (const [name, codes] of Object.entries(REGION_ABBREVIATIONS)) {
      this.addName(this.abbreviationByKey, name, codes);
    }
    for (const alias of options.aliases ?? []) this.addName(this.aliasByKey, alias.name, alias.codes);
  }

  /**
   * Resolves an answer to "where are you?". Commas add context: "Sidodadi, Kab. Pati" or a label
   * copied from an earlier `ambiguous` answer ("Juwana, Kab. Pati, Jawa Tengah") resolves exactly.
   */
  resolveRegion(query: string, rules: MatchRules = ANSWER_RULES): RegionMatch {
    const [main = [], ...contextParts] = query.split(/[,;\n]/).map(nameWords);
    const scopes = contextParts
      .map((words) => this.exactAreas(words, { ...rules, levels: ADMINISTRATIVE_OR_DISTRICT }))
      .filter((areas) => areas.length > 0);
    return this.matchWords(main, rules, scopes);
  }

  /** Finds a place named in free text, only after a place cue ("di", "dari", "neng", "Kab."...). */
  findRegionInText(text: string): DefiniteMatch | undefined {
    return findRegionInText(this, text);
  }

  /** Any area by Kemendagri code ("72.71", "33.18.08"). */
  area(code: string): Area | undefined {
    return this.catalog.area(code);
  }

  /** Matches normalized words; `scopes` narrow the answer to areas inside one area of each scope. */
  matchWords(words: readonly string[], rules: MatchRules, scopes: readonly Area[][] = []): RegionMatch {
    return (
      this.findMatch(words, rules, scopes) ?? { type: 'unknown', suggestions: this.suggestions(words, rules) }
    );
  }

  /** Like matchWords, without the cost of suggestions when nothing matches. */
  findMatch(
    words: readonly string[],
    rules: MatchRules,
    scopes: readonly Area[][] = [],
  ): DefiniteMatch | undefined {
    if (nameKey(words) === '') return undefined;
    const queryKey = nameKey(splitPrefix(words).core);
    const exact = this.exactAreas(words, rules, scopes);
    if (exact.length > 0) return confirmLoneVillage(decide(exact, queryKey, this.catalog), words, scopes);
    // Context that rules out every match ("Palu, Sulawesi Selatan") is more likely wrong than the name.
    const unscoped = scopes.length > 0 ? this.exactAreas(words, rules) : [];
    if (unscoped.length > 0) return decide(unscoped, queryKey, this.catalog);
    const split = this.matchWithTrailingContext(words, rules);
    if (split) return split;
    const typos = this.typoAreas(words, rules);
    if (typos.length === 0) return undefined;
    // A typo match may be another word altogether (Javanese "wingi", yesterday, is one letter from
    // Wlingi): it is asked about, never assumed.
    const guess = decide(typos, queryKey, this.catalog);
    return guess.type === 'found' ? { ...guess, guessed: true } : guess;
  }

  /**
   * Areas named exactly `words`: directory aliases first (the maintainer chose them on purpose),
   * then official names and well-known abbreviations, then desa/kelurahan.
   */
  private exactAreas(words: readonly string[], rules: MatchRules, scopes: readonly Area[][] = []): Area[] {
    const { hint, core } = splitPrefix(words);
    const coreKey = nameKey(core);
    const fullKey = nameKey(words);
    const inScope = (areas: Area[]) =>
      narrowToScopes(areas, scopes).filter((area) => rules.levels.has(area.level));

    if (rules.aliases && hint === undefined) {
      const aliased = inScope(entriesToAreas(this.aliasByKey.get(fullKey)));
      if (aliased.length > 0) return aliased;
    }
    const named = [
      ...(this.catalog.byKey.get(coreKey) ?? []),
      ...(this.abbreviationByKey.get(coreKey) ?? []),
    ];
    if (hint !== 'village') {
      const hinted = named.filter((entry) => fitsHint(entry, hint));
      // With a prefix, the prefix may also be part of a kecamatan's name ("Kota Baru").
      const literal = hint === undefined ? [] : (this.catalog.byKey.get(fullKey) ?? []);
      const official = inScope(entriesToAreas([...hinted, ...literal]));
      if (official.length > 0) return official;
    }
    // A prefix that fits nothing ("Kabupaten Palu") is a slip, not a different place.
    if (hint !== undefined && hint !== 'village') {
      const unhinted = inScope(entriesToAreas(named));
      if (unhinted.length > 0) return unhinted;
    }
    // "Kabupaten X" is never a desa, even when some desa is called X: better a typo of a kabupaten.
    const villagesAllowed =
      rules.levels.has('village') &&
      (hint === 'village' || (hint === undefined && !rules.villagesNeedPrefix));
    const villages = villagesAllowed ? inScope(this.catalog.villagesNamed(coreKey)) : [];
    if (villages.length > 0) return villages;
    return hint === 'village' ? inScope(entriesToAreas(named)) : [];
  }

  /** "Juwana Pati", "Sidodadi Juwana": a name followed by the area it lies in, without a comma. */
  private matchWithTrailingContext(words: readonly string[], rules: MatchRules): DefiniteMatch | undefined {
    for (let split = words.length - 1; split >= 1; split -= 1) {
      const scope = this.exactAreas(words.slice(split), { ...rules, levels: ADMINISTRATIVE_OR_DISTRICT });
      if (scope.length === 0) continue;
      const inside = this.exactAreas(words.slice(0, split), rules, [scope]);
      if (inside.length > 0) return decide(inside, nameKey(words.slice(0, split)), this.catalog);
    }
    return undefined;
  }

  /** Areas whose name is within the allowed number of typos of `words`; only the closest ones. */
  private typoAreas(words: readonly string[], rules: MatchRules): Area[] {
    const { hint, core } = splitPrefix(words);
    const key = nameKey(core);
    const maxTypos = allowedTypos(key.length);
    if (maxTypos === 0 || rules.typoLevels.size === 0) return [];
    let best = maxTypos + 1;
    let closest: AreaEntry[] = [];
    for (const [candidateKey, entries] of this.nameTables(rules, rules.typoLevels)) {
      const distance = editDistanceWithin(key, candidateKey, Math.min(best, maxTypos));
      if (distance === undefined) continue;
      const allowed = entries.filter((entry) => rules.typoLevels.has(entry.area.level));
      if (allowed.length === 0) continue;
      if (distance < best) {
        best = distance;
        closest = [];
      }
      closest.push(...allowed);
    }
    const hinted = closest.filter((entry) => fitsHint(entry, hint));
    return entriesToAreas(hinted.length > 0 ? hinted : closest).filter((area) =>
      rules.levels.has(area.level),
    );
  }

  /** Labels of names close to `words`, for "did you mean …?" after an unknown answer. */
  private suggestions(words: readonly string[], rules: MatchRules): string[] {
    const key = nameKey(splitPrefix(words).core);
    if (key.length < MIN_SUGGESTION_QUERY_LENGTH) return [];
    const maxDistance = Math.max(
      allowedTypos(key.length) + 1,
      Math.floor(key.length * SUGGESTION_DISTANCE_SHARE),
    );
    const scored: Array<{ area: Area; distance: number }> = [];
    for (const [candidateKey, entries] of this.nameTables(rules, rules.levels)) {
      const distance = editDistanceWithin(key, candidateKey, maxDistance);
      if (distance === undefined) continue;
      for (const entry of entries) {
        if (rules.levels.has(entry.area.level)) scored.push({ area: entry.area, distance });
      }
    }
    scored.sort(
      (a, b) =>
        a.distance - b.distance ||
        LEVEL_GROUP[a.area.level] - LEVEL_GROUP[b.area.level] ||
        a.area.code.localeCompare(b.area.code),
    );
    return [...new Set(scored.map((item) => item.area.label))].slice(0, MAX_SUGGESTIONS);
  }

  private *nameTables(rules: MatchRules, levels: ReadonlySet<AreaLevel>): Generator<[string, AreaEntry[]]> {
    // Most scans skip kecamatan names, so the ~550 kab/kota and province names have their own table.
    yield* levels.has('district') || levels.has('village') ? this.catalog.byKey : this.administrativeByKey;
    yield* this.abbreviationByKey;
    if (rules.aliases) yield* this.aliasByKey;
  }

  private addName(table: Map<string, AreaEntry[]>, name: string, codes: readonly string[]): void {
    const key = nameKey(nameWords(name));
    const entries = codes.flatMap((code) => {
      const entry = this.catalog.byCode.get(code);
      return entry ? [entry] : [];
    });
    if (key === '' || entries.length === 0) return;
    table.set(key, [...(table.get(key) ?? []), ...entries]);
  }
}

function fitsHint(entry: AreaEntry, hint: LevelHint | undefined): boolean {
  switch (hint) {
    case undefined:
      return true;
    case 'province':
      return entry.area.level === 'province';
    case 'kota':
    case 'kabupaten':
      return entry.kind === hint;
    case 'district':
      return entry.area.level === 'district';
    case 'village':
      return entry.area.level === 'village';
    default: {
      const unreachable: never = hint;
      return unreachable;
    }
  }
}

function entriesToAreas(entries: readonly AreaEntry[] | undefined): Area[] {
  return (entries ?? []).map((entry) => entry.area);
}

/** Kemendagri codes nest ("33.18.08" lies in "33.18" in "33"), so containment is a prefix test. */
export function isWithin(area: Area, container: Area): boolean {
  return area.code === container.code || area.code.startsWith(`${container.code}.`);
}

function narrowToScopes(areas: Area[], scopes: readonly Area[][]): Area[] {
  return areas.filter((area) =>
    scopes.every((scope) => scope.some((container) => isWithin(area, container))),
  );
}

/**
 * One answer from several matches: keep the highest level group, then either the single area or
 * the choices to ask about. When a province ties with a kab/kota of its name ("Jambi"), the kab/kota
 * named after it ("Muaro Jambi") are offered too, because people use the short name for all of them.
 */
function decide(matches: readonly Area[], queryKey: string, catalog: AreaCatalog): DefiniteMatch {
  const unique = [...new Map(matches.map((area) => [area.code, area])).values()];
  const topGroup = Math.min(...unique.map((area) => LEVEL_GROUP[area.level]));
  const top = unique.filter((area) => LEVEL_GROUP[area.level] === topGroup);
  const [only] = top;
  if (top.length === 1 && only) return { type: 'found', area: only };

  const provinces = top.filter((area) => area.level === 'province');
  const namedAfterProvince =
    provinces.length > 0 && top.some((area) => area.level === 'regency')
      ? [...catalog.byCode.values()]
          .filter(
            (entry) =>
              entry.area.level === 'regency' &&
              entry.key !== queryKey &&
              entry.key.includes(queryKey) &&
              provinces.some((province) => isWithin(entry.area, province)),
          )
          .map((entry) => entry.area)
      : [];
  const ordered = [
    ...top.filter((area) => area.level === 'regency'),
    ...provinces,
    ...namedAfterProvince,
    ...top.filter((area) => area.level !== 'regency' && area.level !== 'province'),
  ];
  // A kab/kota named after the province ("Kota Yogyakarta") may already be one of the ties.
  const choices = [...new Map(ordered.map((area) => [area.code, area])).values()];
  return { type: 'ambiguous', candidates: choices.slice(0, MAX_CANDIDATES), total: choices.length };
}

/**
 * A bare word that is the name of one desa and nothing larger is asked about, like a typo: many desa
 * are named after everyday words ("Kamar", room; "Kantor", office; "Kampung"), and an answer such as
 * "kamar" would otherwise route a report to Maluku. "desa Kamar", or a kecamatan or kab/kota given
 * with it, names the desa on purpose.
 */
function confirmLoneVillage(
  match: DefiniteMatch,
  words: readonly string[],
  scopes: readonly Area[][],
): DefiniteMatch {
  if (match.type !== 'found' || match.area.level !== 'village') return match;
  if (scopes.length > 0 || splitPrefix(words).hint === 'village') return match;
  return { ...match, guessed: true };
}

/** A gazetteer over the installed idn-area-data, with the directory's aliases if given. */
export function createRegionGazetteer(options: RegionGazetteerOptions = {}): RegionGazetteer {
  return new RegionGazetteer(options);
}
