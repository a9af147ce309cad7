// The public face of src/directory: import from here, not from the files behind it.
export type { Area, AreaLevel } from './area-catalog.js';
/** A Kemendagri code's name ("72.71" → "Kota Palu"), from the catalog the gazetteer already loaded. */
export { sharedAreaCatalog } from './area-catalog.js';
export {
  createDirectoryGazetteer,
  directoryAliases,
  regionlessOfficeByAlias,
} from './directory-gazetteer.js';
export { type CaseRisk, caseDeadline, endOfNextWorkingDay } from './case-deadlines.js';
export { DirectoryError } from './directory-error.js';
export {
  checkDirectory,
  checkDirectoryText,
  EXAMPLE_DIRECTORY_FILE,
  type Inspection,
  loadDirectory,
  loadDirectoryWithWarnings,
  parseDirectory,
} from './directory-loader.js';
export type {
  CaseDeadlines,
  Directory,
  Office,
  OfficeKind,
  Officer,
  OfficerRole,
  OncallRule,
  Service,
  Weekday,
} from './directory-schema.js';
export {
  type DayName,
  type LocalTime,
  isOncallNow,
  isOpenNow,
  officeHoursText,
  officeLocalTime,
  zoneName,
} from './office-hours.js';
export {
  contactOffice,
  haversineKm,
  nearestOffice,
  type OfficeChain,
  type OfficeContact,
  officeChain,
  routeArea,
} from './office-router.js';
export { createRegionGazetteer, RegionGazetteer } from './region-gazetteer.js';
export type { DefiniteMatch, RegionAlias, RegionMatch } from './region-match-rules.js';
