/**
 * Who sees what in the workspace. Roles: an officer sees their own office's cases and the cases
 * they were told about or hold (an escalated notice from an office below); a supervisor sees their
 * office and every office below it; an administrator (WORKSPACE_ADMINS) sees everything.
 */
import type { DeskCaseRow } from '../db/storage-ports.js';
import type { OfficerOnDuty, OfficerRoster } from '../handoff/officer-roster.js';

export type Role = 'officer' | 'supervisor' | 'admin';

/** The actor the hotline's own audit lines carry (alert-ringer.ts, case-notice.ts), not an officer. */
export const SYSTEM_ACTOR = 'hotline';

/** The signed-in officer, as every workspace page sees them. */
export interface Viewer {
  officerId: string;
  name: string;
  officeId: string;
  officeName: string;
  role: Role;
  /** The workspace's language: the directory's `language: en`, Indonesian otherwise. */
  lang: 'id' | 'en';
}

export function viewerOf(on: OfficerOnDuty, admins: ReadonlySet<string>): Viewer {
  return {
    officerId: on.officer.id,
    name: on.officer.name,
    officeId: on.office.id,
    officeName: on.office.name,
    role: admins.has(on.officer.id) ? 'admin' : on.officer.role === 'supervisor' ? 'supervisor' : 'officer',
    lang: on.officer.language === 'en' ? 'en' : 'id',
  };
}

/** The offices whose cases the queue reads for this viewer (undefined: all of them). */
export function queueOffices(viewer: Viewer, roster: OfficerRoster): string[] | undefined {
  // An officer's escalated notices come from offices below theirs: read those, then filter (maySee).
  return viewer.role === 'admin' ? undefined : roster.officesUnder(viewer.officeId);
}

export function maySee(viewer: Viewer, row: DeskCaseRow, roster: OfficerRoster): boolean {
  if (viewer.role === 'admin') return true;
  if (row.officeId === null) return false;
  if (viewer.role === 'supervisor') return roster.officesUnder(viewer.officeId).includes(row.officeId);
  if (row.officeId === viewer.officeId) return true;
  const alert = row.alert;
  // Told about it, not merely further down the chain: a provincial officer reads a district's case
  // once the alert reached them (officer trial: the whole chain could read every urgent story).
  return alert !== null && (alert.claimedBy === viewer.officerId || alert.told.includes(viewer.officerId));
}

/** "Name (id)": two officers may share a name (officer trial: three "Petugas Contoh A"). */
export function whoIs(roster: OfficerRoster, officerId: string): string {
  const name = roster.officer(officerId)?.officer.name;
  return name ? `${name} (${officerId})` : officerId;
}
