/**
 * The storage contract: what every backend behind src/db/storage-ports.ts must do, written against
 * the ports only. Run once per adapter (sqlite-storage.test.ts; PostgreSQL's adapter passes the same
 * suite). `open` gives a fresh database; `reopen` the same one after a restart.
 */
import { describe, expect, it } from 'vitest';
import type { Storage, UnitOfWork } from '../../src/db/storage-ports.js';
import { roundTripContract } from './round-trip-contract.js';
import { workspaceContract } from './workspace-storage-contract.js';

/**
 * What a backend promises about concurrency; the contract holds each backend to its own promise.
 * `shared: false` (SQLite): one connection runs units one at a time and one process owns the
 * database, so any other instance's outbox claim is a dead one's and is taken back at start.
 * `shared: true` (PostgreSQL): units run side by side on their own connections and several live
 * instances share the database, so another instance's claim stands until its lease runs out.
 */
export interface BackendTraits {
  shared: boolean;
}

export interface ContractTarget {
  storage: Storage;
  /** Closes this storage and opens the same database again, as after a restart. */
  reopen(): Promise<Storage>;
  cleanup(): Promise<void>;
}

const NOW = Date.UTC(2026, 11, 6, 3, 0, 0);
const LEASE = 30_000;

export function storageContract(
  name: string,
  open: () => Promise<ContractTarget>,
  traits: BackendTraits,
): void {
  describe(`storage contract: ${name}`, () => {
    async function withStorage(test: (t: ContractTarget) => Promise<void>): Promise<void> {
      const target = await open();
      try {
        await test(target);
      } finally {
        await target.cleanup();
      }
    }

    const chat = (tx: UnitOfWork, user: string) =>
      tx.conversations.findOrCreate('telegram', user, `addr-${user}`, NOW);

    it('should commit all of a unit of work or none of it', () =>
      withStorage(async ({ storage }) => {
        await expect(
          storage.unitOfWork(async (tx) => {
            await chat(tx, 'u1');
            throw new Error('boom');
          }),
        ).rejects.toThrow('boom');
        expect(await storage.unitOfWork((tx) => tx.conversations.findId('telegram', 'u1'))).toBeUndefined();
        const id = await storage.unitOfWork((tx) => chat(tx, 'u1'));
        expect(await storage.unitOfWork((tx) => tx.conversations.findId('telegram', 'u1'))).toBe(id);
      }));

    it('should find or create the conversation a message arrived in and record when and from where', () =>
      withStorage(async ({ storage }) => {
        await storage.unitOfWork(async (tx) => {
          const first = await tx.conversations.arrived('telegram', 'u1', 'addr-1', NOW);
          expect(await tx.conversations.lastInboundAt(first)).toBe(NOW);
          const again = await tx.conversations.arrived('telegram', 'u1', 'addr-2', NOW + 5);
          expect(again).toBe(first);
          expect(await tx.conversations.lastInboundAt(first)).toBe(NOW + 5);
          expect(await tx.conversations.address(first)).toEqual({ channel: 'telegram', address: 'addr-2' });
          // A conversation the hotline opened itself (an officer's chat) has no inbound time yet.
          const opened = await tx.conversations.findOrCreate('telegram', 'u2', 'addr-3', NOW);
          expect(opened).not.toBe(first);
          expect(await tx.conversations.lastInboundAt(opened)).toBeUndefined();
          expect(await tx.conversations.arrived('telegram', 'u2', 'addr-3', NOW + 9)).toBe(opened);
        });
      }));

    it('should undo only the failed savepoint and commit the rest of the unit', () =>
      withStorage(async ({ storage }) => {
        await storage.unitOfWork(async (tx) => {
          await chat(tx, 'kept');
          await expect(
            tx.savepoint(async () => {
              await chat(tx, 'undone');
              throw new Error('one bad message');
            }),
          ).rejects.toThrow('one bad message');
        });
        const found = await storage.unitOfWork(async (tx) => [
          await tx.conversations.findId('telegram', 'kept'),
          await tx.conversations.findId('telegram', 'undone'),
        ]);
        expect(found[0]).toBeTypeOf('string');
        expect(found[1]).toBeUndefined();
      }));

    it('should never run a statement of one unit inside another open unit', () =>
      withStorage(async ({ storage }) => {
        const events: string[] = [];
        const firstWrote = latch();
        const secondWrote = latch();
        const first = storage.unitOfWork(async (tx) => {
          events.push('first:start');
          await chat(tx, 'a');
          firstWrote.open();
          // Side by side (PostgreSQL): stay open until the second unit has read and written.
          await (traits.shared ? secondWrote.opened : new Promise((resolve) => setTimeout(resolve, 20)));
          events.push('first:end');
          throw new Error('rolled back');
        });
        const second = storage.unitOfWork(async (tx) => {
          await firstWrote.opened;
          events.push('second:start');
          const seen = await tx.conversations.findId('telegram', 'a');
          await chat(tx, 'b');
          secondWrote.open();
          return seen;
        });
        await expect(first).rejects.toThrow('rolled back');
        // The second unit never saw the first's uncommitted row, and the first's rollback did not
        // undo the second's own write: none of its statements ran in the first's transaction.
        expect(await second).toBeUndefined();
        const after = await storage.unitOfWork(async (tx) => [
          await tx.conversations.findId('telegram', 'a'),
          await tx.conversations.findId('telegram', 'b'),
        ]);
        expect(after[0]).toBeUndefined();
        expect(after[1]).toBeTypeOf('string');
        // One connection (SQLite) keeps units apart by running them one after the other; a
        // connection per unit (PostgreSQL) runs them side by side, each in its own transaction.
        expect(events).toEqual(
          traits.shared
            ? ['first:start', 'second:start', 'first:end']
            : ['first:start', 'first:end', 'second:start'],
        );
      }));

    it('should store a redelivered inbound message once and hand them out in arrival order', () =>
      withStorage(async ({ storage }) => {
        await storage.unitOfWork(async (tx) => {
          const a = await chat(tx, 'a');
          const b = await chat(tx, 'b');
          const row = (conversationId: string, externalId: string, text: string) => ({
            channel: 'telegram',
            externalId,
            conversationId,
            payload: { input: { type: 'text', text } },
            now: NOW,
          });
          expect(await tx.inbox.insert(row(a, '1', 'first'))).toBeTypeOf('number');
          expect(await tx.inbox.insert(row(b, '2', 'second'))).toBeTypeOf('number');
          expect(await tx.inbox.insert(row(a, '1', 'first again'))).toBeUndefined();
          expect(await tx.inbox.countPending()).toBe(2);
          const next = await tx.inbox.nextPending<{ input: { text: string } }>(NOW);
          expect(next?.payload.input.text).toBe('first');
          await tx.inbox.markProcessed(next!.id, NOW);
          expect((await tx.inbox.nextPending<{ input: { text: string } }>(NOW))?.payload.input.text).toBe(
            'second',
          );
        });
      }));

    it("should try a failed message again only while it is its chat's newest and recent, and know it failed before", () =>
      withStorage(async ({ storage }) => {
        const DAY = 86_400_000;
        await storage.unitOfWork(async (tx) => {
          const a = await chat(tx, 'a');
          const b = await chat(tx, 'b');
          const row = (conversationId: string, externalId: string, now = NOW) => ({
            channel: 'telegram',
            externalId,
            conversationId,
            payload: { input: { type: 'text', text: externalId } },
            now,
          });
          const failedA = (await tx.inbox.insert(row(a, 'a1')))!;
          const failedB = (await tx.inbox.insert(row(b, 'b1')))!;
          const laterB = (await tx.inbox.insert(row(b, 'b2')))!;
          const old = (await tx.inbox.insert(row(await chat(tx, 'c'), 'c1', NOW - 2 * DAY)))!;
          for (const id of [failedA, failedB, old]) await tx.inbox.markProcessed(id, NOW, 'failed');
          await tx.inbox.markProcessed(laterB, NOW);
          expect(await tx.inbox.triedBefore(failedA)).toBe(true);
          expect(await tx.inbox.retryFailed(NOW - DAY)).toBe(1); // not b's (a later one went), not c's (old)
          const next = await tx.inbox.nextPending<{ input: { text: string } }>(NOW);
          expect(next?.payload.input.text).toBe('a1');
          expect(await tx.inbox.triedBefore(next!.id)).toBe(true);
          expect(await tx.inbox.triedBefore(laterB)).toBe(true); // processed: it had its turn
          expect(await tx.inbox.triedBefore((await tx.inbox.insert(row(a, 'a2')))!)).toBe(false);
          expect(await tx.inbox.retryFailed(NOW - DAY)).toBe(0);
        });
      }));

    it("should erase a conversation's messages but the one asking, or all of them when none is", () =>
      withStorage(async ({ storage }) => {
        await storage.unitOfWork(async (tx) => {
          const a = await chat(tx, 'a');
          const row = (externalId: string) => ({
            channel: 'telegram',
            externalId,
            conversationId: a,
            payload: { input: { type: 'text', text: externalId } },
            now: NOW,
          });
          await tx.inbox.insert(row('1'));
          const asking = await tx.inbox.insert(row('2'));
          await tx.inbox.eraseConversation(a, asking);
          expect((await tx.inbox.allOf(a)).map((m) => m.input)).toEqual([null]); // kept, its text gone
          await tx.inbox.insert(row('3'));
          await tx.inbox.eraseConversation(a); // an administrator's erase, retention
          expect(await tx.inbox.allOf(a)).toEqual([]);
        });
      }));

    it("should hand out urgent messages first, never ahead of their own conversation's earlier ones, and held ones when due", () =>
      withStorage(async ({ storage }) => {
        await storage.unitOfWork(async (tx) => {
          const a = await chat(tx, 'a');
          const b = await chat(tx, 'b');
          const c = await chat(tx, 'c');
          const put = (
            conversationId: string,
            n: number,
            extra: { priority?: number; availableAt?: number } = {},
          ) =>
            tx.inbox.insert({
              channel: 'telegram',
              externalId: `e${n}`,
              conversationId,
              payload: n,
              now: NOW,
              ...extra,
            });
          await put(a, 1);
          await put(b, 2, { availableAt: NOW + 1_000 }); // held back
          await put(a, 3, { priority: 1 }); // urgent, but after a's first
          await put(c, 4, { priority: 1 });
          const order: number[] = [];
          for (
            let next = await tx.inbox.nextPending<number>(NOW);
            next;
            next = await tx.inbox.nextPending<number>(NOW)
          ) {
            order.push(next.payload);
            await tx.inbox.markProcessed(next.id, NOW);
          }
          expect(order).toEqual([4, 1, 3]);
          expect(await tx.inbox.nextAvailableAt()).toBe(NOW + 1_000);
          expect((await tx.inbox.nextPending<number>(NOW + 1_000))?.payload).toBe(2);
        });
      }));

    it('should claim only the first unsent row of a conversation, alerts first, and hold a live lease', () =>
      withStorage(async ({ storage }) => {
        await storage.unitOfWork(async (tx) => {
          const reporter = await chat(tx, 'reporter');
          const officer = await chat(tx, 'officer');
          const base = { channel: 'telegram', now: NOW };
          await tx.outbox.enqueue({ ...base, conversationId: reporter, address: 'r', payload: { n: 1 } });
          await tx.outbox.enqueue({ ...base, conversationId: reporter, address: 'r', payload: { n: 2 } });
          await tx.outbox.enqueue({
            ...base,
            conversationId: officer,
            address: 'o',
            payload: { n: 3 },
            standalone: true,
          });
          const claimed = await tx.outbox.claimDue<{ n: number }>(['telegram'], NOW, LEASE, 10, 'one');
          expect(claimed.map((c) => c.payload.n)).toEqual([3, 1]);
          expect(claimed[1]?.address).toBe('r');
          // Leased: nobody claims them again, and row 2 waits for row 1.
          expect(await tx.outbox.claimDue(['telegram'], NOW + 1, LEASE, 10, 'two')).toEqual([]);
          await tx.outbox.markSent(claimed[1]!.id, NOW + 2, 'platform-1');
          const next = await tx.outbox.claimDue<{ n: number }>(['telegram'], NOW + 3, LEASE, 10, 'two');
          expect(next.map((c) => c.payload.n)).toEqual([2]);
          // The officer's row, never marked sent, is taken over once its lease has run out.
          const later = await tx.outbox.claimDue<{ n: number }>(
            ['telegram'],
            NOW + LEASE + 1,
            LEASE,
            10,
            'two',
          );
          expect(later.map((c) => c.payload.n)).toEqual([3]);
        });
      }));

    it('should record a round of sends at once: each row sent, its platform id findable, none claimed again', () =>
      withStorage(async ({ storage }) => {
        await storage.unitOfWork(async (tx) => {
          const ids: number[] = [];
          for (const name of ['a', 'b', 'c']) {
            const conversationId = await chat(tx, name);
            await tx.outbox.enqueue({
              conversationId,
              channel: 'telegram',
              address: name,
              payload: name,
              now: NOW,
            });
          }
          for (const row of await tx.outbox.claimDue(['telegram'], NOW, LEASE, 10, 'one')) ids.push(row.id);
          expect(ids).toHaveLength(3);
          await tx.outbox.markSentMany([
            { id: ids[0]!, at: NOW + 1, platformMessageId: 'p-a' },
            { id: ids[1]!, at: NOW + 2, platformMessageId: undefined },
            { id: ids[2]!, at: NOW + 3, platformMessageId: 'p-c' },
          ]);
          expect(await tx.outbox.countByStatus('sent')).toBe(3);
          expect(await tx.outbox.claimDue(['telegram'], NOW + LEASE + 1, LEASE, 10, 'two')).toEqual([]);
          const found = await tx.outbox.recordDelivery({
            channel: 'telegram',
            platformMessageId: 'p-c',
            status: 'delivered',
            at: NOW + 4,
          });
          expect(found).toBe(ids[2]);
          await tx.outbox.markSentMany([]);
        });
      }));

    it("should send a dead instance's leased rows again, and never take the starter's own", () =>
      withStorage(async ({ storage }) => {
        await storage.unitOfWork(async (tx) => {
          const a = await chat(tx, 'a');
          const b = await chat(tx, 'b');
          await tx.outbox.enqueue({
            conversationId: a,
            channel: 'telegram',
            address: 'a',
            payload: 1,
            now: NOW,
          });
          await tx.outbox.enqueue({
            conversationId: b,
            channel: 'telegram',
            address: 'b',
            payload: 2,
            now: NOW,
          });
          await tx.outbox.claimDue(['telegram'], NOW, LEASE, 1, 'dead');
          const [own] = await tx.outbox.claimDue(['telegram'], NOW, LEASE, 1, 'starting');
          const reclaimed = await tx.outbox.reclaimAbandoned(['telegram'], 'starting');
          const soon = await tx.outbox.claimDue<number>(['telegram'], NOW + 1, LEASE, 10, 'new');
          // On SQLite one process owns the database, so any other instance is dead; on PostgreSQL
          // 'dead' holds no presence lock, so it is gone too (a live instance's rows stay its own:
          // tests/db/postgres-instances.test.ts). Its row goes out at once either way.
          expect(reclaimed).toBe(1);
          expect(soon.map((c) => c.payload)).toEqual([1]);
          expect(own).toBeDefined();
        });
      }));

    it('should keep timers, pending messages and snapshots across a restart', () =>
      withStorage(async (target) => {
        const id = await target.storage.unitOfWork(async (tx) => {
          const conversation = await chat(tx, 'a');
          await tx.timers.set(conversation, 'inactivity', 1, NOW + 60_000);
          await tx.timers.set(conversation, 'inactivity', 2, NOW + 120_000);
          await tx.conversations.saveSnapshot(conversation, { state: 'story' }, NOW);
          await tx.inbox.insert({
            channel: 'telegram',
            externalId: 'x',
            conversationId: conversation,
            payload: { n: 1 },
            now: NOW,
          });
          return conversation;
        });
        await target.storage.flushed();
        const again = await target.reopen();
        await again.unitOfWork(async (tx) => {
          expect(await tx.timers.due(NOW + 60_000, 10)).toEqual([]);
          const due = await tx.timers.due(NOW + 120_000, 10);
          expect(due.map((t) => [t.conversationId, t.name, t.token])).toEqual([[id, 'inactivity', 2]]);
          expect((await tx.conversations.load<{ state: string }>(id))?.snapshot).toEqual({ state: 'story' });
          expect((await tx.inbox.nextPending<{ n: number }>(NOW))?.payload).toEqual({ n: 1 });
        });
      }));

    it('should find a case by its reference, check its PIN, and forget it when erased', () =>
      withStorage(async ({ storage }) => {
        await storage.unitOfWork(async (tx) => {
          const a = await chat(tx, 'a');
          await tx.cases.apply(
            a,
            { reference: 'K7M-4PX', pin: '123456', categories: ['kdrt'], details: { story: 's' } },
            NOW,
          );
          expect(await tx.cases.referenceExists('K7M-4PX')).toBe(true);
          const found = await tx.cases.findByReference('K7M-4PX');
          expect(found).toMatchObject({ reference: 'K7M-4PX', conversationId: a, anonymized: false });
          const check = await tx.cases.pinCheck(found!.id);
          expect([check('123456'), check('654321')]).toEqual([true, false]);
          await tx.cases.anonymizeConversation(a, NOW);
          expect(await tx.cases.findByReference('K7M-4PX')).toMatchObject({
            anonymized: true,
            conversationId: null,
          });
        });
      }));

    it('should count attempts within their window only', () =>
      withStorage(async ({ storage }) => {
        await storage.unitOfWork(async (tx) => {
          await tx.attempts.record('reference_lookup', ['chat', '*'], NOW, NOW - 60_000);
          await tx.attempts.record('reference_lookup', ['chat', '*'], NOW + 30_000, NOW - 60_000);
          expect(await tx.attempts.count('reference_lookup', 'chat', NOW - 1)).toBe(2);
          expect(await tx.attempts.count('reference_lookup', 'chat', NOW + 1)).toBe(1);
          expect(await tx.attempts.count('pin_failure', 'chat', 0)).toBe(0);
        });
      }));

    it('should give a channel lock to one owner until its lease runs out', () =>
      withStorage(async ({ storage }) => {
        await storage.unitOfWork(async (tx) => {
          expect(await tx.locks.acquire('telegram-poller', 'one', NOW, LEASE)).toBe(true);
          expect(await tx.locks.acquire('telegram-poller', 'two', NOW + 1, LEASE)).toBe(false);
          expect(await tx.locks.acquire('telegram-poller', 'one', NOW + 2, LEASE)).toBe(true);
          expect(await tx.locks.acquire('telegram-poller', 'two', NOW + 2 + LEASE + 1, LEASE)).toBe(true);
        });
      }));

    it('should open one active alert per conversation and record who claimed it', () =>
      withStorage(async ({ storage }) => {
        await storage.unitOfWork(async (tx) => {
          const a = await chat(tx, 'a');
          const alert = await tx.alerts.open({ conversationId: a, reason: 'urgent', now: NOW });
          expect((await tx.alerts.active(a))?.id).toBe(alert.id);
          await tx.alerts.update(alert.id, { status: 'claimed', claimedBy: 'officer-1', updatedAt: NOW + 5 });
          expect((await tx.alerts.claimedBy('officer-1')).map((r) => r.id)).toEqual([alert.id]);
          await tx.alerts.audit(NOW + 5, 'officer-1', 'claimed', alert);
          expect((await tx.alerts.auditTrail(alert.id)).map((e) => e.action)).toContain('claimed');
        });
      }));

    it('should remember that a case was announced once, whatever became of its notice', () =>
      withStorage(async ({ storage }) => {
        await storage.unitOfWork(async (tx) => {
          const a = await chat(tx, 'a');
          expect(await tx.alerts.everOfCase('case-1')).toBe(false);
          const notice = await tx.alerts.open({ conversationId: a, reason: 'notice', now: NOW });
          await tx.alerts.update(notice.id, { caseId: 'case-1', deadlineAt: NOW + 60_000, updatedAt: NOW });
          await tx.alerts.eraseConversation(a, NOW + 5);
          expect(await tx.alerts.everOfCase('case-1')).toBe(true);
          expect((await tx.alerts.byId(notice.id))?.deadlineAt).toBe(NOW + 60_000);
        });
      }));

    it("should hold an officer's block on a conversation until its time, across a restart, and forget it after", () =>
      withStorage(async (target) => {
        const DAY = 86_400_000;
        const [a, b] = await target.storage.unitOfWork(async (tx) => {
          const ids = [await chat(tx, 'a'), await chat(tx, 'b')];
          await tx.senderBlocks.set({
            conversationId: ids[0]!,
            until: NOW + DAY,
            officerId: 'o-1',
            caseId: 'c-1',
            now: NOW,
          });
          expect(await tx.senderBlocks.activeUntil(ids[0]!, NOW)).toBe(NOW + DAY);
          expect(await tx.senderBlocks.activeUntil(ids[1]!, NOW)).toBeUndefined();
          // A new block replaces the old one: the latest /blokir decides.
          await tx.senderBlocks.set({
            conversationId: ids[0]!,
            until: NOW + 2 * DAY,
            officerId: 'o-2',
            caseId: 'c-1',
            now: NOW + 1,
          });
          await tx.alerts.auditCase(NOW + 1, 'o-2', 'sender_blocked', {
            caseId: 'c-1',
            officeId: 'uptd-palu',
          });
          return ids;
        });
        const again = await target.reopen();
        await again.unitOfWork(async (tx) => {
          expect(await tx.senderBlocks.activeUntil(a!, NOW + DAY)).toBe(NOW + 2 * DAY);
          expect(await tx.senderBlocks.activeUntil(a!, NOW + 2 * DAY)).toBeUndefined(); // it ends by itself
          // The conversation comes with its block's end (every message asks): the caller compares.
          expect((await tx.conversations.load(a!))?.blockedUntil).toBe(NOW + 2 * DAY);
          expect((await tx.conversations.load(b!))?.blockedUntil).toBeUndefined();
          expect(await tx.senderBlocks.clear(b!, NOW)).toBe(false);
          await tx.senderBlocks.set({
            conversationId: b!,
            until: NOW + 3 * DAY,
            officerId: 'o-1',
            caseId: 'c-2',
            now: NOW,
          });
          expect(await tx.senderBlocks.forgetExpired(NOW + 2 * DAY)).toBe(1);
          expect(await tx.senderBlocks.clear(b!, NOW + 2 * DAY)).toBe(true);
          expect(await tx.senderBlocks.activeUntil(b!, NOW + 2 * DAY)).toBeUndefined();
        });
      }));

    workspaceContract(withStorage);
    roundTripContract(withStorage, traits);

    it('should refuse work after close, with an error that says why', () =>
      withStorage(async (target) => {
        const again = await target.reopen();
        await again.close();
        await expect(again.unitOfWork(async () => 1)).rejects.toThrow(/closed/);
      }));
  });
}

/** A promise opened from outside: one unit waits for another to reach a point. */
function latch(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}
