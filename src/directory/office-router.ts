// Which office is responsible for an area, and whose contacts a reporter may see.
// Safety rule 2: only `verified: true` contacts are shown; otherwise office → parent → national.
import type { Area } from './area-catalog.js';
import type { Directory, Office } from './directory-schema.js';

/** The responsible office first, then its parents, ending at the national office. */
export type OfficeChain = readonly [Office, ...Office[]];

export interface OfficeContact {
  /** Who handles the case: cases and alerts go here, verified or not. */
  readonly responsible: Office;
  /** Whose phone and WhatsApp the reporter may be shown; undefined when no office in the chain is verified. */
  readonly contact: Office | undefined;
}

/**
 * The office chain for an area: the office serving its kab/kota, else the one serving its province,
 * else the national office; then parents up to the national office.
 */
export function routeArea(directory: Directory, area: Area): OfficeChain {
  const regencyCode = area.level === 'regency' ? area.code : area.regencyCode;
  const serving = (code: string | undefined) =>
    code === undefined ? undefined : directory.offices.find((office) => office.regionCodes.includes(code));
  return officeChain(directory, serving(regencyCode) ?? serving(area.provinceCode) ?? directory.national);
}

/** `office`, its parent, the parent's parent…, and the national office last. */
export function officeChain(directory: Directory, office: Office): OfficeChain {
  const chain: [Office, ...Office[]] = [office];
  const seen = new Set([office.id]);
  // The loader rejects parent loops; `seen` only keeps a hand-built directory from hanging.
  for (let next = parentOf(directory, office); next && !seen.has(next.id); next = parentOf(directory, next)) {
    chain.push(next);
    seen.add(next.id);
  }
  if (!seen.has(directory.national.id)) chain.push(directory.national);
  return chain;
}

function parentOf(directory: Directory, office: Office): Office | undefined {
  return office.parent === undefined ? undefined : directory.byId.get(office.parent);
}

/** The responsible office, and the first verified office of the chain for the contacts shown. */
export function contactOffice(chain: OfficeChain): OfficeContact {
  return { responsible: chain[0], contact: chain.find((office) => office.verified) };
}

// ── Shared locations ──────────────────────────────────────────────────────────────────────

const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in kilometres. */
export function haversineKm(from: { lat: number; lon: number }, to: { lat: number; lon: number }): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(to.lat - from.lat);
  const dLon = radians(to.lon - from.lon);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(from.lat)) * Math.cos(radians(to.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

// At the same distance a local office knows the area better than the provincial one.
const KIND_PREFERENCE: Record<Office['kind'], number> = {
  uptd_ppa: 0,
  p2tp2a: 0,
  provincial: 1,
  national: 2,
};

/**
 * The office with a `location` closest to a shared location, and how far it is. Distance is not
 * jurisdiction: callers should confirm the area with the reporter when the office is far away.
 */
export function nearestOffice(
  directory: Directory,
  lat: number,
  lon: number,
): { readonly office: Office; readonly distanceKm: number } | undefined {
  let best: { office: Office; distanceKm: number } | undefined;
  for (const office of directory.offices) {
    if (!office.location) continue;
    const distanceKm = haversineKm({ lat, lon }, office.location);
    const closer =
      !best ||
      distanceKm < best.distanceKm ||
      (distanceKm === best.distanceKm && KIND_PREFERENCE[office.kind] < KIND_PREFERENCE[best.office.kind]);
    if (closer) best = { office, distanceKm };
  }
  return best;
}
