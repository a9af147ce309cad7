// The region gazetteer as the running service needs it: the official list plus the directory's aliases.
import type { Directory } from './directory-schema.js';
import { createRegionGazetteer, type RegionAlias, type RegionGazetteer } from './region-gazetteer.js';

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
