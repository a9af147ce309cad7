// The region gazetteer as the running service needs it: the official list plus the directory's aliases.
import type { Directory, Office } from './directory-schema.js';
import { nameKey, nameWords } from './region-name.js';
import { createRegionGazetteer, type RegionGazetteer } from './region-gazetteer.js';
import type { RegionAlias } from './region-match-rules.js';

/** Each office alias ("lutra") as a name for the regions that office serves. */
export function directoryAliases(directory: Directory): RegionAlias[] {
  return directory.offices.flatMap((office) =>
    office.aliases.map((name) => ({ name, codes: office.regionCodes })),
  );
}

/** A gazetteer that also knows the directory's aliases. */
export function createDirectoryGazetteer(directory: Directory): RegionGazetteer {
  return createRegionGazetteer({ aliases: directoryAliases(directory) });
}

/**
 * The office an answer names by one of its aliases, for offices that serve no region of their own
 * (the national line's "sapa", "nasional"): their aliases name the office itself, not an area.
 */
export function regionlessOfficeByAlias(directory: Directory, text: string): Office | undefined {
  const key = nameKey(nameWords(text));
  if (key === '') return undefined;
  return directory.offices.find(
    (office) =>
      office.regionCodes.length === 0 && office.aliases.some((alias) => nameKey(nameWords(alias)) === key),
  );
}
