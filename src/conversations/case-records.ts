/**
 * A reporter's rights over their case (UU PDP): a copy of everything held about it, and its
 * deletion on an administrator's request, the same deletion as the reporter's own `hapus`. Both
 * are audited (ids and times only).
 */
import type { StoragePorts } from '../db/storage-ports.js';
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

export async function exportCase(repos: StoragePorts, reference: string, now: number): Promise<CaseExport> {
  const found = await findCase(repos, reference);
  const conversationId = found.conversationId;
  await repos.alerts.auditHotline(now, 'case_exported', { caseId: found.id, ...officeOf(found) });
  const evidence: CaseExport['evidence'] = [];
  for (const id of conversationId ? await repos.media.idsOf(conversationId) : []) {
    const file = await repos.media.load(id);
    if (!file) continue;
    evidence.push({
      kind: file.kind,
      status: file.status,
      size: file.size,
      ...(file.bytes ? { base64: file.bytes.toString('base64') } : {}),
    });
  }
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
      ? (await repos.inbox.allOf(conversationId)).map((m) => ({
          at: new Date(m.receivedAt).toISOString(),
          input: m.input,
        }))
      : [],
    repliesSent: conversationId
      ? (await repos.outbox.sentSince(conversationId, 0)).map((m) => m.payload)
      : [],
    notesFromOtherNumbers: (await repos.outsideNotes.ofCase(found.id)).map((note) => ({
      at: new Date(note.at).toISOString(),
      text: note.text,
    })),
    evidence,
  };
}

/** Deletes the case's reporter data as their own `hapus` would, telling an officer who holds it. */
export async function eraseCase(
  repos: StoragePorts,
  reference: string,
  now: number,
  /** The handoff's erasure decision, performed: closes the case's alerts and tells their officer. */
  closeAlerts: ((conversationId: string) => Promise<void>) | undefined,
): Promise<{ alreadyAnonymous: boolean }> {
  const found = await findCase(repos, reference);
  await repos.alerts.auditHotline(now, 'case_erased', { caseId: found.id, ...officeOf(found) });
  if (!found.conversationId) return { alreadyAnonymous: true };
  await eraseReporterData(repos, found.conversationId, now, closeAlerts ? { closeAlerts } : {});
  return { alreadyAnonymous: false };
}

async function findCase(repos: StoragePorts, reference: string) {
  const found = await repos.cases.findByReference(reference.trim().toUpperCase());
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
