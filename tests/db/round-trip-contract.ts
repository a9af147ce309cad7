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

  it("should queue a step's replies at once, in order, each one's row id back", () =>
    withStorage(async ({ storage }) => {
      await storage.unitOfWork(async (tx) => {
        const reporter = await tx.conversations.findOrCreate('telegram', 'r', 'addr-r', NOW);
        const other = await tx.conversations.findOrCreate('telegram', 'o', 'addr-o', NOW);
        const base = { channel: 'telegram', now: NOW };
        expect(await tx.outbox.enqueueMany([])).toEqual([]);
        const first = await tx.outbox.enqueue({
          ...base,
          conversationId: reporter,
          address: 'r',
          payload: 0,
        });
        const ids = await tx.outbox.enqueueMany([
          { ...base, conversationId: reporter, address: 'r', payload: 1 },
          { ...base, conversationId: other, address: 'o', payload: 2, urgent: true },
          { ...base, conversationId: reporter, address: 'r', payload: 3 },
        ]);
        expect(ids).toHaveLength(3);
        expect(ids[0]).toBeGreaterThan(first);
        expect([...ids].sort((a, b) => a - b)).toEqual(ids);
        // Each row as enqueue would have written it: the urgent one first, the reporter's in order.
        const taken: number[] = [];
        for (let round = 0; round < 4; round++) {
          const claimed = await tx.outbox.claimDue<number>(['telegram'], NOW + round, 30_000, 10, 'one');
          for (const row of claimed) {
            taken.push(row.payload);
            expect(row.address).toBe(row.payload === 2 ? 'o' : 'r');
            expect(row.priority).toBe(row.payload === 2 ? 1 : 0);
            await tx.outbox.markSent(row.id, NOW + round, undefined);
          }
        }
        expect(taken).toEqual([2, 0, 1, 3]);
        expect((await tx.outbox.sentSince<number>(reporter, 0)).map((row) => row.id)).toEqual([
          first,
          ids[0],
          ids[2],
        ]);
      });
    }));

  it("should find or create a message's conversation and give its sender's pace with it", () =>
    withStorage(async ({ storage }) => {
      await storage.unitOfWork(async (tx) => {
        const first = await tx.conversations.arrivedPaced('telegram', 'u1', 'addr-1', NOW, NOW - 60_000);
        expect(first).toEqual({ id: first.id, recent: 0, heldUntil: 0 });
        expect(await tx.conversations.lastInboundAt(first.id)).toBe(NOW);
        const put = (n: number, now: number, availableAt = now) =>
          tx.inbox.insert({
            channel: 'telegram',
            externalId: `e${n}`,
            conversationId: first.id,
            payload: n,
            now,
            availableAt,
          });
        await put(1, NOW - 90_000); // before the window
        await put(2, NOW - 30_000);
        await put(3, NOW - 10_000, NOW + 5_000);
        await put(4, NOW - 5_000, NOW + 9_000);
        await tx.inbox.markProcessed((await put(5, NOW - 1_000, NOW + 20_000))!, NOW);
        const again = await tx.conversations.arrivedPaced('telegram', 'u1', 'addr-2', NOW + 1, NOW - 60_000);
        // As paceOf reads it: four messages in the window, the latest hold of a pending one.
        expect(again).toEqual({ id: first.id, recent: 4, heldUntil: NOW + 9_000 });
        expect(await tx.inbox.paceOf(first.id, NOW - 60_000)).toEqual({ recent: 4, heldUntil: NOW + 9_000 });
        expect(await tx.conversations.lastInboundAt(first.id)).toBe(NOW + 1);
        expect(await tx.conversations.address(first.id)).toEqual({ channel: 'telegram', address: 'addr-2' });
        const other = await tx.conversations.arrivedPaced('telegram', 'u2', 'addr-3', NOW, NOW - 60_000);
        expect(other.id).not.toBe(first.id);
        expect(other).toMatchObject({ recent: 0, heldUntil: 0 });
      });
    }));

  it("should load a step's conversation with its active alert and whether its reserved reference was taken", () =>
    withStorage(async ({ storage }) => {
      await storage.unitOfWork(async (tx) => {
        const a = await tx.conversations.findOrCreate('telegram', 'a', 'addr-a', NOW);
        const b = await tx.conversations.findOrCreate('telegram', 'b', 'addr-b', NOW);
        expect(await tx.conversations.loadForStep('missing', undefined)).toBeUndefined();
        const plain = await tx.conversations.loadForStep(a, undefined);
        expect(plain).toEqual({
          ...(await tx.conversations.load(a)),
          activeAlert: undefined,
          reservedTaken: false,
        });
        // The active alert as AlertPort.active gives it, every column, the newest of the active ones.
        const first = await tx.alerts.open({ conversationId: a, reason: 'urgent', now: NOW });
        await tx.alerts.update(first.id, {
          status: 'claimed',
          claimedBy: 'officer-1',
          claimedAt: NOW + 1,
          chain: ['o-1', 'o-2'],
          rung: 1,
          digestPending: true,
          updatedAt: NOW + 1,
        });
        expect((await tx.conversations.loadForStep(a, undefined))?.activeAlert).toEqual(
          await tx.alerts.active(a),
        );
        const second = await tx.alerts.open({ conversationId: a, reason: 'requested', now: NOW + 2 });
        expect((await tx.conversations.loadForStep(a, undefined))?.activeAlert?.id).toBe(second.id);
        await tx.alerts.update(second.id, { status: 'closed', closedAt: NOW + 3, updatedAt: NOW + 3 });
        await tx.alerts.update(first.id, { status: 'closed', closedAt: NOW + 3, updatedAt: NOW + 3 });
        expect((await tx.conversations.loadForStep(a, undefined))?.activeAlert).toBeUndefined();
        expect((await tx.conversations.loadForStep(b, undefined))?.activeAlert).toBeUndefined();
        // The reserved reference's re-check: taken once any case has it.
        expect((await tx.conversations.loadForStep(a, 'K7M-4PX'))?.reservedTaken).toBe(false);
        await tx.cases.apply(b, { reference: 'K7M-4PX', pin: '123456', categories: ['kdrt'] }, NOW);
        expect((await tx.conversations.loadForStep(a, 'K7M-4PX'))?.reservedTaken).toBe(true);
        expect((await tx.conversations.loadForStep(a, 'K7M-4PY'))?.reservedTaken).toBe(false);
      });
    }));

  it("should save a step's snapshot and mark its message processed at once", () =>
    withStorage(async ({ storage }) => {
      await storage.unitOfWork(async (tx) => {
        const a = await tx.conversations.findOrCreate('telegram', 'a', 'addr-a', NOW);
        const put = (n: number) =>
          tx.inbox.insert({
            channel: 'telegram',
            externalId: `e${n}`,
            conversationId: a,
            payload: n,
            now: NOW,
          });
        const first = await put(1);
        await put(2);
        await tx.conversations.saveStep(a, { state: 'story' }, NOW + 1, first!);
        expect((await tx.conversations.load(a))?.snapshot).toEqual({ state: 'story' });
        expect(await tx.inbox.countPending()).toBe(1);
        expect((await tx.inbox.nextPending<number>(NOW + 1))?.payload).toBe(2);
      });
    }));

  it("should mark a round's sends sent and claim what they held back, in one call", () =>
    withStorage(async ({ storage }) => {
      await storage.autocommit(async (ports) => {
        const a = await ports.conversations.findOrCreate('telegram', 'a', 'addr-a', NOW);
        const b = await ports.conversations.findOrCreate('telegram', 'b', 'addr-b', NOW);
        const base = { channel: 'telegram', now: NOW };
        const [a1, a2, b1, b2] = await ports.outbox.enqueueMany([
          { ...base, conversationId: a, address: 'a', payload: 'a1' },
          { ...base, conversationId: a, address: 'a', payload: 'a2' },
          { ...base, conversationId: b, address: 'b', payload: 'b1' },
          { ...base, conversationId: b, address: 'b', payload: 'b2' },
        ]);
        const first = await ports.outbox.markSentAndClaim<string>([], ['telegram'], NOW, 30_000, 10, 'one');
        expect(first.map((row) => row.payload)).toEqual(['a1', 'b1']);
        // a1 went out: a2 is claimed in the same call; b1, still on the wire, holds b2 back.
        const next = await ports.outbox.markSentAndClaim<string>(
          [{ id: a1!, at: NOW + 1, platformMessageId: 'p-a1' }],
          ['telegram'],
          NOW + 1,
          30_000,
          10,
          'one',
        );
        expect(next.map((row) => row.id)).toEqual([a2]);
        expect(await ports.outbox.countByStatus('sent')).toBe(1);
        expect(
          await ports.outbox.recordDelivery({
            channel: 'telegram',
            platformMessageId: 'p-a1',
            status: 'read',
            at: NOW + 2,
          }),
        ).toBe(a1);
        // No room: the sends are still recorded, nothing is claimed.
        const none = await ports.outbox.markSentAndClaim<string>(
          [
            { id: a2!, at: NOW + 3, platformMessageId: undefined },
            { id: b1!, at: NOW + 3, platformMessageId: 'p-b1' },
          ],
          ['telegram'],
          NOW + 3,
          30_000,
          0,
          'one',
        );
        expect(none).toEqual([]);
        expect(await ports.outbox.countByStatus('sent')).toBe(3);
        const last = await ports.outbox.markSentAndClaim<string>(
          [],
          ['telegram'],
          NOW + 4,
          30_000,
          10,
          'one',
        );
        expect(last.map((row) => row.id)).toEqual([b2]);
      });
    }));
}
