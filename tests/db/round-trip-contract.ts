/**
 * The storage contract's part for the ports that save PostgreSQL round trips: work outside a
 * transaction (`autocommit`), and reads and writes that bring several in one statement. Called
 * from storage-contract.ts, so both backends are held to it.
 */
import { expect, it } from 'vitest';
import type { BackendTraits, ContractTarget } from './storage-contract.js';

const NOW = Date.UTC(2026, 11, 6, 3, 0, 0);

export function roundTripContract(
  withStorage: (test: (t: ContractTarget) => Promise<void>) => Promise<void>,
  traits: BackendTraits,
): void {
  it('should run autocommit work: each write kept on PostgreSQL when a later step fails, all or none on SQLite', () =>
    withStorage(async (target) => {
      const { storage } = target;
      const id = await storage.autocommit((ports) =>
        ports.conversations.findOrCreate('telegram', 'u1', 'addr-1', NOW),
      );
      expect(await storage.unitOfWork((tx) => tx.conversations.findId('telegram', 'u1'))).toBe(id);
      await expect(
        storage.autocommit(async (ports) => {
          await ports.conversations.findOrCreate('telegram', 'u2', 'addr-2', NOW);
          throw new Error('after the write');
        }),
      ).rejects.toThrow('after the write');
      const kept = await storage.unitOfWork((tx) => tx.conversations.findId('telegram', 'u2'));
      // PostgreSQL: no transaction, the statement committed by itself; SQLite: one unit of work.
      if (traits.shared) expect(kept).toBeTypeOf('string');
      else expect(kept).toBeUndefined();
      // The failure left nothing behind: the next work runs as usual.
      expect(await storage.autocommit((ports) => ports.conversations.findId('telegram', 'u1'))).toBe(id);
      const again = await target.reopen();
      await again.close();
      await expect(again.autocommit(async () => 1)).rejects.toThrow(/closed/);
    }));
}
