/**
 * After `hotline restore`: the chats erased since the backup was taken (a reporter's `hapus`,
 * `hotline case erase`, the retention sweep) are erased again in the restored database, the same
 * way, so restoring a backup never brings back what a reporter had deleted.
 */
import type { ErasedSinceBackup } from '../db/backup.js';
import type { Storage } from '../db/storage-ports.js';
import { eraseReporterData } from './reporter-erasure.js';

export async function reapplyErasures(
  storage: Storage,
  found: ErasedSinceBackup,
  now: number,
): Promise<number> {
  const forgotten = new Set(found.forgotten);
  await storage.unitOfWork(async (tx) => {
    for (const conversationId of found.erased)
      await eraseReporterData(tx, conversationId, now, { forgetConversation: forgotten.has(conversationId) });
  });
  return found.erased.length;
}
