/**
 * How a case row becomes a `CaseView`, how its PIN is hashed and how a later note or file is added
 * to its details — the same on SQLite and PostgreSQL, so a case written by one backend reads the
 * same on the other (and a PIN hashed by one matches on the other).
 */
import type { CasePatch } from '../engine/types.js';
import type { FieldCipher } from './field-cipher.js';
import type { CaseView } from './case-repository.js';

/** The columns both schemas share for a case. */
interface CaseRow {
  id: string;
  reference: string;
  categories: string[];
  urgent: boolean;
  risk: CaseView['risk'];
  regionCode: string | null;
  officeId: string | null;
  detailsEnc: string | null;
  createdAt: number;
  conversationId: string | null;
}

export function caseView(row: CaseRow, cipher: FieldCipher): CaseView {
  return {
    id: row.id,
    reference: row.reference,
    categories: row.categories,
    urgent: row.urgent,
    risk: row.risk,
    regionCode: row.regionCode,
    officeId: row.officeId,
    details: row.detailsEnc ? cipher.decryptJson(row.detailsEnc) : {},
    createdAt: row.createdAt,
    anonymized: row.conversationId === null,
    conversationId: row.conversationId,
  };
}

/** Salted with the case id, so one PIN's hash says nothing about another case's. */
export function casePinHash(cipher: FieldCipher, caseId: string, pin: string): string {
  return cipher.blindIndex(`case-pin:${caseId}:${pin}`);
}

/** A reporter adding to their story later: notes and evidence are appended, never replaced. */
export function appendToDetails(details: Record<string, unknown>, patch: CasePatch): Record<string, unknown> {
  const list = (name: string) => (Array.isArray(details[name]) ? (details[name] as unknown[]) : []);
  return {
    ...details,
    ...(patch.addNote ? { notes: [...list('notes'), patch.addNote] } : {}),
    ...(patch.addEvidence ? { evidence: [...list('evidence'), patch.addEvidence] } : {}),
  };
}
