/**
 * The officer workspace's part of the storage contract (storage-contract.ts runs it on every
 * backend): sign-in codes and sessions are found by their plain values but stored only as keyed
 * hashes, and the queue, the workflow status, internal notes and the workspace's audit behave alike.
 */
import { expect, it } from 'vitest';
import type { Storage, UnitOfWork } from '../../src/db/storage-ports.js';

interface Target {
  storage: Storage;
  reopen(): Promise<Storage>;
}

const NOW = Date.UTC(2026, 11, 6, 3, 0, 0);
const MINUTE = 60_000;

export function workspaceContract(withStorage: (test: (t: Target) => Promise<void>) => Promise<void>): void {
  it('should check a sign-in code once, drop it after too many wrong guesses, and keep sessions across a restart', () =>
    withStorage(async (target) => {
      await target.storage.unitOfWork(async (tx) => {
        await tx.officerSessions.putCode({
          officerId: 'o-1',
          code: '123456',
          expiresAt: NOW + 10 * MINUTE,
          now: NOW,
        });
        expect(await tx.officerSessions.checkCode('o-2', '123456', NOW, 5)).toBe('none'); // another officer's
        expect(await tx.officerSessions.checkCode('o-1', '654321', NOW, 5)).toBe('wrong');
        expect(await tx.officerSessions.checkCode('o-1', '123456', NOW, 5)).toBe('ok');
        expect(await tx.officerSessions.checkCode('o-1', '123456', NOW, 5)).toBe('none'); // used up
        await tx.officerSessions.putCode({
          officerId: 'o-1',
          code: '111111',
          expiresAt: NOW + MINUTE,
          now: NOW,
        });
        expect(await tx.officerSessions.checkCode('o-1', '111111', NOW + MINUTE, 5)).toBe('none'); // expired
        await tx.officerSessions.putCode({
          officerId: 'o-1',
          code: '222222',
          expiresAt: NOW + MINUTE,
          now: NOW,
        });
        expect(await tx.officerSessions.checkCode('o-1', '000000', NOW, 2)).toBe('wrong');
        expect(await tx.officerSessions.checkCode('o-1', '000001', NOW, 2)).toBe('wrong');
        expect(await tx.officerSessions.checkCode('o-1', '222222', NOW, 2)).toBe('none'); // dropped
        await tx.officerSessions.open({
          sessionId: 'sess-a',
          officerId: 'o-1',
          now: NOW,
          expiresAt: NOW + MINUTE,
        });
        await tx.officerSessions.open({
          sessionId: 'sess-b',
          officerId: 'o-1',
          now: NOW,
          expiresAt: NOW + MINUTE,
        });
        await tx.officerSessions.open({
          sessionId: 'sess-c',
          officerId: 'o-2',
          now: NOW,
          expiresAt: NOW + MINUTE,
        });
        await tx.officerSessions.touch('sess-a', NOW + 30_000, NOW + 2 * MINUTE);
      });
      const again = await target.reopen();
      await again.unitOfWork(async (tx) => {
        expect(await tx.officerSessions.find('sess-a', NOW + 90_000)).toEqual({
          officerId: 'o-1',
          createdAt: NOW,
          lastSeenAt: NOW + 30_000,
          expiresAt: NOW + 2 * MINUTE,
        });
        expect(await tx.officerSessions.find('sess-b', NOW + MINUTE)).toBeUndefined(); // ended by time
        expect(await tx.officerSessions.find('nope', NOW)).toBeUndefined();
        expect((await tx.officerSessions.live(NOW)).map((s) => s.officerId)).toEqual(['o-1', 'o-1', 'o-2']);
        expect(await tx.officerSessions.endOfficer('o-1')).toBe(2);
        expect(await tx.officerSessions.find('sess-a', NOW)).toBeUndefined();
        expect(await tx.officerSessions.end('sess-c')).toBe(true);
        expect(await tx.officerSessions.end('sess-c')).toBe(false);
        await tx.officerSessions.open({
          sessionId: 'sess-d',
          officerId: 'o-3',
          now: NOW,
          expiresAt: NOW + MINUTE,
        });
        expect(await tx.officerSessions.forgetExpired(NOW + MINUTE)).toBe(1);
        expect(await tx.officerSessions.endAll()).toBe(0);
      });
    }));

  it('should list cases with their newest alert, keep notes apart and erase them with the case', () =>
    withStorage(async ({ storage }) => {
      const chat = (tx: UnitOfWork, user: string) =>
        tx.conversations.findOrCreate('webchat', user, user, NOW);
      await storage.unitOfWork(async (tx) => {
        const a = await chat(tx, 'a');
        const b = await chat(tx, 'b');
        await tx.cases.apply(
          a,
          { reference: 'AAA-111', categories: ['kdrt'], risk: 'medium', officeId: 'x' },
          NOW,
        );
        await tx.cases.apply(
          b,
          { reference: 'BBB-222', categories: ['tppo'], risk: 'low', officeId: 'y' },
          NOW + 1,
        );
        const caseA = (await tx.cases.findByReference('AAA-111'))!;
        const notice = await tx.alerts.open({ conversationId: a, reason: 'notice', now: NOW });
        await tx.alerts.update(notice.id, {
          caseId: caseA.id,
          officeId: 'x',
          status: 'ringing',
          chain: ['o-1'],
          deadlineAt: NOW + 60 * MINUTE,
          updatedAt: NOW,
        });
        const listed = await tx.desk.list({ limit: 10 });
        expect(listed.map((r) => r.reference)).toEqual(['BBB-222', 'AAA-111']); // newest first
        expect(listed[1]).toMatchObject({
          categories: ['kdrt'],
          risk: 'medium',
          officeId: 'x',
          deskStatus: 'baru',
          anonymized: false,
          alert: {
            id: notice.id,
            reason: 'notice',
            status: 'ringing',
            chain: ['o-1'],
            deadlineAt: NOW + 60 * MINUTE,
            escalated: false,
          },
        });
        expect(listed[0]!.alert).toBeNull();
        await tx.alerts.audit(NOW + 1, 'o-2', 'notice_overdue', {
          id: notice.id,
          caseId: caseA.id,
          officeId: 'x',
        });
        expect((await tx.desk.one(caseA.id))?.alert?.escalated).toBe(true);
        expect((await tx.desk.list({ officeIds: ['y'], limit: 10 })).map((r) => r.reference)).toEqual([
          'BBB-222',
        ]);
        expect(await tx.desk.list({ officeIds: [], limit: 10 })).toEqual([]);
        expect((await tx.desk.list({ from: NOW + 1, limit: 10 })).map((r) => r.reference)).toEqual([
          'BBB-222',
        ]);
        expect((await tx.desk.list({ to: NOW + 1, limit: 10 })).map((r) => r.reference)).toEqual(['AAA-111']);

        await tx.desk.setStatus(caseA.id, 'ditangani', NOW + 2);
        await tx.desk.addNote({
          caseId: caseA.id,
          officerId: 'o-1',
          text: 'called the school',
          now: NOW + 3,
        });
        await tx.desk.audit(NOW + 3, 'o-1', 'desk_note_added', { caseId: caseA.id, officeId: 'x' });
        await tx.desk.audit(NOW + 4, 'o-1', 'signed_out');
        expect((await tx.desk.one(caseA.id))?.deskStatus).toBe('ditangani');
        expect((await tx.desk.openOfficeIds()).sort()).toEqual(['x', 'y']);
        expect(await tx.desk.notes(caseA.id)).toEqual([
          { officerId: 'o-1', text: 'called the school', at: NOW + 3 },
        ]);
        expect(await tx.desk.trail(caseA.id)).toEqual([
          { actor: 'o-2', action: 'notice_overdue', at: NOW + 1, detail: null },
          { actor: 'o-1', action: 'desk_note_added', at: NOW + 3, detail: null },
        ]);
        expect((await tx.desk.officerEvents('o-1', NOW)).map((e) => e.action)).toEqual([
          'desk_note_added',
          'signed_out',
        ]);
        // The access log: newest first, with the case's reference, only the actors asked for.
        expect(await tx.desk.accessLog({ actors: ['o-1'], since: NOW, limit: 10 })).toEqual([
          { actor: 'o-1', action: 'signed_out', at: NOW + 4, reference: null, detail: null },
          { actor: 'o-1', action: 'desk_note_added', at: NOW + 3, reference: 'AAA-111', detail: null },
        ]);
        expect((await tx.desk.accessLog({ since: NOW, limit: 2 })).map((e) => [e.actor, e.action])).toEqual([
          ['o-1', 'signed_out'],
          ['o-1', 'desk_note_added'],
        ]);
        expect((await tx.desk.accessLog({ since: NOW + 2, limit: 10 })).map((e) => e.at)).toEqual([
          NOW + 4,
          NOW + 3,
        ]);
        expect(await tx.desk.accessLog({ actors: [], since: 0, limit: 10 })).toEqual([]);

        await tx.cases.anonymizeConversation(a, NOW + 5);
        expect(await tx.desk.notes(caseA.id)).toEqual([]);
        expect((await tx.desk.one(caseA.id))?.anonymized).toBe(true);
      });
    }));

  it('should move a case to another office, keep its follow-up day and its SIMFONI values encrypted, and audit the ids an action was about', () =>
    withStorage(async (target) => {
      await target.storage.unitOfWork(async (tx) => {
        const a = await tx.conversations.findOrCreate('webchat', 'a', 'a', NOW);
        await tx.cases.apply(a, { reference: 'CCC-333', categories: ['kdrt'], officeId: 'x' }, NOW);
        const found = (await tx.cases.findByReference('CCC-333'))!;
        expect((await tx.desk.one(found.id))?.followUpOn).toBeNull();
        await tx.desk.setOffice(found.id, 'y', NOW + 1);
        await tx.desk.setFollowUp(found.id, '2026-12-24', NOW + 2);
        await tx.desk.setSimfoni(
          found.id,
          { usia_korban: ['25-44'], layanan: ['pengaduan', 'kesehatan'] },
          NOW + 3,
        );
        await tx.desk.audit(NOW + 1, 'o-1', 'desk_transferred', {
          caseId: found.id,
          officeId: 'x',
          detail: 'y',
        });
        expect((await tx.desk.list({ officeIds: ['y'], limit: 10 })).map((r) => r.followUpOn)).toEqual([
          '2026-12-24',
        ]);
        expect((await tx.desk.trail(found.id)).at(-1)).toEqual({
          actor: 'o-1',
          action: 'desk_transferred',
          at: NOW + 1,
          detail: 'y',
        });
        // The timeline reads when each reply was queued.
        const sent = await tx.outbox.enqueue({
          conversationId: a,
          channel: 'webchat',
          address: 'a',
          payload: { text: 'hi' },
          now: NOW + 4,
        });
        await tx.outbox.markSent(sent, NOW + 6, undefined);
        expect(await tx.outbox.sentSince(a, 0)).toEqual([{ id: sent, at: NOW + 4, payload: { text: 'hi' } }]);
      });
      const again = await target.reopen();
      await again.unitOfWork(async (tx) => {
        const found = (await tx.cases.findByReference('CCC-333'))!;
        expect(found.officeId).toBe('y');
        expect(await tx.desk.simfoni(found.id)).toEqual({
          usia_korban: ['25-44'],
          layanan: ['pengaduan', 'kesehatan'],
        });
        expect([...(await tx.desk.simfoniOf(['CCC-333', 'NOP-000']))]).toEqual([
          ['CCC-333', { usia_korban: ['25-44'], layanan: ['pengaduan', 'kesehatan'] }],
        ]);
        await tx.desk.setFollowUp(found.id, null, NOW + 5);
        expect((await tx.desk.one(found.id))?.followUpOn).toBeNull();
        // Erased with the reporter's data: age band, sex and region may point at the victim.
        await tx.cases.anonymizeConversation(found.conversationId!, NOW + 6);
        expect(await tx.desk.simfoni(found.id)).toBeUndefined();
      });
    }));
}
