/**
 * What the hotline flow needs from the world, as plain data. The host implements it with the
 * directory and the case store; tests implement it with fixtures. Flows never import src/ beyond
 * the engine, so this interface is the whole contract.
 */
import type { Env, Language, Output } from '../../src/engine/types.js';

/** An official area (province, kab/kota, kecamatan, desa) as a reporter sees it. */
export interface Place {
  /** A Kemendagri code, or `office:<id>` when the answer named an office itself (its alias). */
  code: string;
  /** "Juwana, Kab. Pati, Jawa Tengah" */
  label: string;
}

export type PlaceLookup =
  /** `guessed`: matched only with a typo, so the reporter confirms it first. */
  | { type: 'found'; place: Place; guessed?: boolean }
  | { type: 'ambiguous'; candidates: Place[] }
  | { type: 'unknown'; suggestions: string[] };

/** Contacts that may be shown: always from a `verified: true` office (safety rule 2). */
export interface Contact {
  officeName: string;
  phone?: string;
  whatsapp?: string;
  contactPerson?: string;
  hours?: string;
  address?: string;
  /** The office's own steps after a report (its `alurLayanan`), as the office wrote them. */
  alur?: string;
  /** True when no office nearer than the national service has verified contacts. */
  national: boolean;
}

export interface Route {
  /** The office that handles the case (alerts and case records go here, verified or not). */
  officeId: string;
  officeName: string;
  /** Whose contacts the reporter is shown: the responsible office, or the nearest verified one above it. */
  contact: Contact;
}

export interface CaseStatus {
  reference: string;
  officeName: string | undefined;
  /** Formatted in the office's time zone, e.g. "5 Jan 2026". */
  receivedOn: string;
  /** Whether an officer holds it now, or it waits for one (CaseFact.handling). */
  handling?: 'taken' | 'waiting';
}

/** A case reference typed by someone, as much as this chat may know about it. */
export type ReferenceAnswer =
  /** The chat's own case: its status. */
  | { type: 'own'; status: CaseStatus }
  /**
   * Some other chat's case, or no case at all: nothing is shown (a reference is not a password).
   * The PIN given with the reference opens the status; a message can be left for the office.
   */
  | { type: 'other'; reference: string }
  /** Too many references typed from this chat (or all chats) lately: try later. */
  | { type: 'throttled' };

/** An answer the reference guard gave, and what it leaves behind (a counted attempt, an audit trace). */
export interface Guarded<T> {
  value: T;
  outputs: Output[];
}

/** The part of the step's environment the reference guard reads: whose chat, and the loaded facts. */
export type GuardEnv = Pick<Env, 'chat' | 'facts'>;

export interface HotlineServices {
  /** A place named in free text, only with a place cue ("di Palu"); "dipukul pakai palu" is not one. */
  findPlaceInText(text: string): PlaceLookup | undefined;
  /** An answer to "where?": tolerant of case, prefixes, aliases and typos. */
  resolvePlace(text: string): PlaceLookup;
  routePlace(code: string, lang: Language): Route;
  /** A shared location: the nearest office that has coordinates. */
  routeLocation(lat: number, lon: number, lang: Language): Route;
  /** The national service (SAPA 129), when the place stays unknown. */
  routeNational(lang: Language): Route;
  /**
   * A case reference in what a chat wrote (any case, with or without the dash); undefined when
   * there is none. Only the reporter's own chat (`env.chat`) reads the status by reference. The
   * cases come from `env.facts`, which the host loaded for this step.
   */
  lookUpReference(text: string, lang: Language, env: GuardEnv): Guarded<ReferenceAnswer | undefined>;
  /** The status a reference and its PIN open from another chat; undefined for anything else, alike. */
  statusWithPin(
    reference: string,
    pin: string,
    lang: Language,
    env: GuardEnv,
  ): Guarded<CaseStatus | undefined>;
}

/** Whether a place is an office named by its alias rather than an area (no region to record). */
export function isOfficePlace(code: string): boolean {
  return code.startsWith(OFFICE_PLACE_PREFIX);
}

export const OFFICE_PLACE_PREFIX = 'office:';

/** What the hotline flow reads from `env.services` (its `defineFlow` declares it). */
export interface HotlineFlowServices {
  hotline: HotlineServices;
}
