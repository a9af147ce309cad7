/**
 * A reporter's rights over their case (UU PDP): a copy of everything held about it, and its
 * deletion on an administrator's request, the same deletion as the reporter's own `hapus`. Both
 * are audited (ids and times only).
 */
import type { Repositories } from '../db/repositories.js';
import { AppError } from '../lib/app-error.js';
import { eraseReporterData } from './reporter-erasure.js';

export interface CaseExport {
  readonly exportedAt: string;
  readonly case: {
    reference: string;
    createdAt: string;
    categories: string[];
    urgent: boolean;
    risk: string | null;
    regionCode: string | null;
    officeId: string | null;
    details: Record<string, unknown>;
  };
  readonly messagesFromReporter: { at: string; input: unknown }[];
  readonly repliesSent: unknown[];
  readonly notesFromOtherNumbers: { at: string; text: string }[];
  readonly evidence: { kind: string; status: string; size: number | null; base64?: string }[];
}

export function exportCase(repos: Repositories, reference: string, now: number): CaseExport {
  const found = findCase(repos, reference);
  const conversationId = found.conversationId;
  repos.alerts.auditHotline(now, 'case_exported', { caseId: found.id, ...officeOf(found) });
  return {
    exportedAt: new Date(now).toISOString(),
    case: {
      reference: found.reference,
      createdAt: new Date(found.createdAt).toISOString(),
      categories: found.categories,
      urgent: found.urgent,
      risk: found.risk,
      regionCode: found.regionCode,
      officeId: found.officeId,
      details: found.details,
    },
    messagesFromReporter: conversationId
      ? repos.inbox
          .allOf(conversationId)
          .map((m) => ({ at: new Date(m.receivedAt).toISOString(), input: m.input }))
      : [],
    repliesSent: conversationId ? repos.outbox.sentSince(conversationId, 0).map((m) => m.payload) : [],
    notesFromOtherNumbers: repos.outsideNotes
      .ofCase(found.id)
      .map((note) => ({ at: new Date(note.at).toISOString(), text: note.text })),
    evidence: conversationId
      ? repos.media.idsOf(conversationId).flatMap((id) => {
          const file = repos.media.load(id);
          if (!file) return [];
          return [
            {
              kind: file.kind,
              status: file.status,
              size: file.size,
              ...(file.bytes ? { base64: file.bytes.toString('base64') } : {}),
            },
          ];
        })
      : [],
  };
}

/** Deletes the case's reporter data as their own `hapus` would, telling an officer who holds it. */
export function eraseCase(
  repos: Repositories,
  reference: string,
  now: number,
  /** The handoff's erasure decision, performed: closes the case's alerts and tells their officer. */
  closeAlerts: ((conversationId: string) => void) | undefined,
): { alreadyAnonymous: boolean } {
  const found = findCase(repos, reference);
  repos.alerts.auditHotline(now, 'case_erased', { caseId: found.id, ...officeOf(found) });
  if (!found.conversationId) return { alreadyAnonymous: true };
  eraseReporterData(repos, found.conversationId, now, closeAlerts ? { closeAlerts } : {});
  return { alreadyAnonymous: false };
}

function findCase(repos: Repositories, reference: string) {
  const found = repos.cases.findByReference(reference.trim().toUpperCase());
  if (!found)
    throw new AppError(
      'case_not_found',
      `no case has the reference ${reference}; check it (e.g. K7M-4PX)`,
      404,
    );
  return found;
}

function officeOf(found: { officeId: string | null }): { officeId?: string } {
  return found.officeId ? { officeId: found.officeId } : {};
}
