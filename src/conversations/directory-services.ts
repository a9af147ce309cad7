/**
 * The hotline flow's view of the world (flows/hotline/hotline-services.ts), built on the office
 * directory and the official region list, both in memory. Cases arrive as the step's loaded facts:
 * nothing here reads or writes storage. Contacts come only from verified offices.
 */
import type { i18n } from 'i18next';
import {
  type CaseStatus,
  type Contact,
  type HotlineServices,
  isOfficePlace,
  OFFICE_PLACE_PREFIX,
  type PlaceLookup,
  type Route,
} from '../../flows/hotline/hotline-services.js';
import {
  type Area,
  contactOffice,
  type DayName,
  type Directory,
  nearestOffice,
  type Office,
  type OfficeChain,
  officeChain,
  officeHoursText,
  type RegionGazetteer,
  type RegionMatch,
  regionlessOfficeByAlias,
  routeArea,
} from '../directory/index.js';
import type { CaseFact, Language } from '../engine/types.js';
import { dateTimeFormat } from '../lib/date-time-format.js';
import { clearCaseReferences, findCaseReferences } from '../engine/case-reference-text.js';
import { DEFAULT_REFERENCE_LIMITS, guardLookUp, guardPin, type ReferenceLimits } from './reference-guard.js';

/** Dates a reporter reads are shown in the office's zone; this when no office is known. */
const DEFAULT_TIMEZONE = 'Asia/Jakarta';

/**
 * `translator` is the runtime's i18next instance: office hours name the days in the conversation's
 * language (`common:days.*`), like every other string the reporter reads.
 */
export function createHotlineServices(
  directory: Directory,
  gazetteer: RegionGazetteer,
  translator: i18n,
  limits: ReferenceLimits = DEFAULT_REFERENCE_LIMITS,
): HotlineServices {
  const dayName = (lang: Language): DayName => {
    const t = translator.getFixedT(lang, 'common');
    return (day) => t(`days.${day}`);
  };
  const toRoute = (chain: OfficeChain, lang: Language): Route => {
    const { responsible, contact } = contactOffice(chain);
    return {
      officeId: responsible.id,
      officeName: responsible.name,
      contact: toContact(contact ?? directory.national, dayName(lang)),
    };
  };

  return {
    findPlaceInText: (text) => {
      const match = gazetteer.findRegionInText(text);
      return match ? toLookup(match) : undefined;
    },
    resolvePlace: (text) => {
      const office = regionlessOfficeByAlias(directory, text);
      if (office)
        return { type: 'found', place: { code: `${OFFICE_PLACE_PREFIX}${office.id}`, label: office.name } };
      return toLookup(gazetteer.resolveRegion(text));
    },
    routePlace: (code, lang) => {
      const named = isOfficePlace(code)
        ? directory.byId.get(code.slice(OFFICE_PLACE_PREFIX.length))
        : undefined;
      if (named) return toRoute(officeChain(directory, named), lang);
      const area = gazetteer.area(code);
      return toRoute(area ? routeArea(directory, area) : officeChain(directory, directory.national), lang);
    },
    routeLocation: (lat, lon, lang) => {
      const nearest = nearestOffice(directory, lat, lon);
      return toRoute(officeChain(directory, nearest?.office ?? directory.national), lang);
    },
    routeNational: (lang) => toRoute(officeChain(directory, directory.national), lang),
    // An erased case is an anonymous count: its reference no longer finds it (safety rule 7).
    lookUpReference: (text, lang, env) => {
      const { value, outputs } = guardLookUp(
        findCaseReferences(text),
        clearCaseReferences(text),
        env.facts,
        env.chat,
        limits,
      );
      return {
        value: value?.type === 'own' ? { type: 'own', status: toStatus(value.found, lang) } : value,
        outputs,
      };
    },
    statusWithPin: (reference, pin, lang, env) => {
      const { value, outputs } = guardPin(reference, pin, env.facts, env.chat);
      return { value: value ? toStatus(value, lang) : undefined, outputs };
    },
  };

  function toStatus(found: CaseFact, lang: Language): CaseStatus {
    const office = found.officeId ? directory.byId.get(found.officeId) : undefined;
    return {
      reference: found.reference,
      officeName: office?.name,
      receivedOn: formatDate(found.createdAt, lang, office?.timezone ?? DEFAULT_TIMEZONE),
      ...(found.handling ? { handling: found.handling } : {}),
    };
  }
}

/**
 * ICU (Node's full-icu) has Javanese and Sundanese date formats; Minangkabau and Bugis readers get
 * the Indonesian ones they also read at school and on forms.
 */
const DATE_LOCALES: Record<Language, string> = {
  id: 'id-ID',
  en: 'en-GB',
  jv: 'jv-ID',
  su: 'su-ID',
  min: 'id-ID',
  bug: 'id-ID',
};

/** "23 Nov 2026" in the reader's language, on the office's calendar day. */
export function formatDate(at: number, lang: Language, timeZone: string): string {
  return dateTimeFormat(DATE_LOCALES[lang], { dateStyle: 'medium', timeZone }).format(at);
}

function toLookup(match: RegionMatch): PlaceLookup {
  const place = (area: Area) => ({ code: area.code, label: area.label });
  switch (match.type) {
    case 'found':
      return { type: 'found', place: place(match.area), ...(match.guessed ? { guessed: true } : {}) };
    case 'ambiguous':
      return { type: 'ambiguous', candidates: match.candidates.map(place) };
    case 'unknown':
      return { type: 'unknown', suggestions: [...match.suggestions] };
    default: {
      const never: never = match;
      throw new Error(`unknown region match ${JSON.stringify(never)}`);
    }
  }
}

/** Safety rule 2: an office's own numbers only when it is verified. */
function toContact(office: Office, dayName: DayName): Contact {
  if (!office.verified) return { officeName: office.name, national: office.kind === 'national' };
  const person = office.contactPerson;
  return {
    officeName: office.name,
    ...(office.phone ? { phone: office.phone } : {}),
    ...(office.whatsapp ? { whatsapp: office.whatsapp } : {}),
    ...(person ? { contactPerson: person.phone ? `${person.name} (${person.phone})` : person.name } : {}),
    ...optional('hours', officeHoursText(office, dayName)),
    ...optional('address', office.address),
    ...optional('alur', office.alurLayanan),
    national: office.kind === 'national',
  };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
