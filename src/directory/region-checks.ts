// The directory's regions against the official list (Kemendagri codes or names): each office's
// regions resolve to one province or kab/kota, one office serves a region, and an alias names one
// office only. Part of directory-checks.ts's cross-check.
import type { Area } from './area-catalog.js';
import type { OfficeConfig } from './directory-schema.js';
import type { RegionGazetteer } from './region-gazetteer.js';
import { ANSWER_RULES, DIRECTORY_REGION_RULES } from './region-match-rules.js';
import { nameKey, nameWords, splitPrefix } from './region-name.js';

/** Reports a problem of an office's field (or of the file, without an office). */
export type Report = (office: OfficeConfig | undefined, field: string, message: string) => void;

const KEMENDAGRI_CODE = /^\d{2}(?:\.\d{2})?$/;

/** The office's regions as codes, or undefined when one of them did not resolve. */
export function resolveRegions(
  office: OfficeConfig,
  gazetteer: RegionGazetteer,
  report: Report,
): string[] | undefined {
  const codes: string[] = [];
  const regions = office.regions ?? [];
  regions.forEach((region, index) => {
    const area = resolveRegion(regionText(region), gazetteer, (message) =>
      report(office, `regions[${index}]`, message),
    );
    if (area) codes.push(area.code);
  });
  return codes.length === regions.length ? codes : undefined;
}

/** YAML reads 72.71 as a number and 73.10 as 73.1; Kemendagri codes always have two-digit parts. */
export function regionText(region: string | number): string {
  if (typeof region === 'string') return region.trim();
  return Number.isInteger(region) ? String(region).padStart(2, '0') : region.toFixed(2);
}

function resolveRegion(
  text: string,
  gazetteer: RegionGazetteer,
  fail: (message: string) => void,
): Area | undefined {
  if (KEMENDAGRI_CODE.test(text)) {
    const area = gazetteer.catalog.byCode.get(text)?.area;
    if (!area) fail(`no province or kab/kota has the code "${text}"; check the Kemendagri code`);
    return area;
  }
  const match = gazetteer.resolveRegion(text, DIRECTORY_REGION_RULES);
  if (match.type === 'found') return match.area;
  if (match.type === 'ambiguous') {
    const choices = match.candidates.map((area) => `"${area.label}" (${area.code})`).join(', ');
    fail(`"${text}" may mean ${choices}; write the full name or the code`);
    return undefined;
  }
  // Why did it fail? A typo, a kecamatan or desa, or nothing at all: each has its own advice.
  const typo = gazetteer.resolveRegion(text, {
    ...DIRECTORY_REGION_RULES,
    typoLevels: DIRECTORY_REGION_RULES.levels,
  });
  if (typo.type === 'found') {
    fail(`"${text}" is not an official name; did you mean "${typo.area.name}" (${typo.area.code})?`);
    return undefined;
  }
  const lower = gazetteer.resolveRegion(text, { ...ANSWER_RULES, aliases: false, typoLevels: new Set() });
  if (lower.type === 'found') {
    const level = lower.area.level === 'district' ? 'kecamatan' : 'desa/kelurahan';
    fail(
      `"${text}" is a ${level} (${lower.area.label}); list its kab/kota instead, code ${lower.area.regencyCode}`,
    );
  } else {
    const suggestions =
      typo.type === 'unknown' ? typo.suggestions : typo.candidates.map((area) => area.label);
    const hint = suggestions.length > 0 ? `; close names: ${suggestions.join(' / ')}` : '';
    fail(`"${text}" is not a province or kab/kota in the official list${hint}`);
  }
  return undefined;
}

/** One office per region, so routing never has to pick between two. */
export function checkRegionOwners(
  offices: readonly OfficeConfig[],
  regionCodes: ReadonlyMap<string, string[]>,
  report: Report,
): void {
  const owners = new Map<string, string>();
  for (const office of offices) {
    (regionCodes.get(office.id) ?? []).forEach((code, index) => {
      const owner = owners.get(code);
      if (owner && owner !== office.id) {
        report(
          office,
          `regions[${index}]`,
          `${code} is already served by "${owner}"; list each region under one office`,
        );
      } else {
        owners.set(code, office.id);
      }
    });
  }
}

/**
 * An alias names its office: the regions it serves, or the office itself when it has none (the
 * national office's "sapa", "nasional"). It must name one office only, so it may not repeat
 * another office's alias or the name of a region another office serves.
 */
export function checkAliases(
  offices: readonly OfficeConfig[],
  regionCodes: ReadonlyMap<string, string[]>,
  gazetteer: RegionGazetteer,
  report: Report,
): void {
  const aliasOwners = new Map<string, string>();
  const regionOwners = new Map<string, string>();
  for (const office of offices) {
    for (const code of regionCodes.get(office.id) ?? []) {
      const area = gazetteer.catalog.byCode.get(code)?.area;
      if (area) regionOwners.set(nameKey(splitPrefix(nameWords(area.name)).core), office.id);
    }
  }
  for (const office of offices) {
    (office.aliases ?? []).forEach((alias, index) => {
      const key = nameKey(nameWords(alias));
      const owner = aliasOwners.get(key);
      const regionOwner = regionOwners.get(key);
      if (owner && owner !== office.id) {
        report(
          office,
          `aliases[${index}]`,
          `"${alias}" is already an alias of "${owner}"; an alias must name one office`,
        );
      } else if (regionOwner && regionOwner !== office.id) {
        report(
          office,
          `aliases[${index}]`,
          `"${alias}" is the name of a region "${regionOwner}" serves; an alias must name one office`,
        );
      } else {
        aliasOwners.set(key, office.id);
      }
    });
  }
}
