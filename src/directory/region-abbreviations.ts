// Well-known short names that are not in the official list. Only names that every Indonesian reads
// the same way belong here; local nicknames ("Lutra") belong in the directory's `aliases`, where the
// office that uses them can vouch for them.

/** Short name (any spelling; it is normalized like every other name) → Kemendagri codes it may mean. */
export const REGION_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  nad: ['11'],
  sumut: ['12'],
  sumbar: ['13'],
  sumsel: ['16'],
  babel: ['19'],
  kepri: ['21'],
  dki: ['31'],
  jakarta: ['31'],
  jabar: ['32'],
  jateng: ['33'],
  diy: ['34'],
  // "Jogja" is said of the city and of the whole special region alike, so it stays ambiguous.
  jogja: ['34', '34.71'],
  jogjakarta: ['34', '34.71'],
  yogya: ['34', '34.71'],
  jatim: ['35'],
  // Surakarta is "Solo" to everyone (web-chat trial: "solo" offered two villages of that name).
  solo: ['33.72'],
  ntb: ['52'],
  ntt: ['53'],
  kalbar: ['61'],
  kalteng: ['62'],
  kalsel: ['63'],
  kaltim: ['64'],
  kaltara: ['65'],
  sulut: ['71'],
  sulteng: ['72'],
  sulsel: ['73'],
  sultra: ['74'],
  sulbar: ['76'],
  malut: ['82'],
  '50 kota': ['13.07'],
};
