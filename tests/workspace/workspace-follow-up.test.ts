import { afterEach, describe, expect, it } from 'vitest';
import { dayIn, parseFollowUp } from '../../src/workspace/follow-up.js';
import { Browser, WorkspaceScene } from './workspace-scene.js';

const DAY_MS = 86_400_000;

describe('parseFollowUp', () => {
  it.each([
    ['2026-12-24', '2026-12-24'],
    ['', null],
    ['2026-02-30', undefined], // no such day
    ['24-12-2026', undefined],
    ['20266-01-01', undefined],
    ['1999-01-01', undefined],
  ])('should read %j as %j', (typed, day) => {
    expect(parseFollowUp(typed)).toBe(day);
  });
});

describe('a follow-up date on a case', () => {
  let ws: WorkspaceScene;
  afterEach(async () => {
    await ws.close();
  });

  it('should keep the day on the case page and in the queue, mark it due from that day in the office zone, audit it and clear it', async () => {
    ws = await WorkspaceScene.open();
    const reference = await ws.report();
    const palu = ws.browser();
    await palu.signIn('palu-a');
    const page = await palu.get(`/petugas/kasus/${reference}`);
    expect(page.body).toContain('belum diatur');
    const tomorrow = dayIn(ws.scene.clock.now() + DAY_MS, 'Asia/Makassar');
    const set = await palu.post(`/petugas/kasus/${reference}/tindak-lanjut`, {
      _csrf: Browser.csrf(page),
      action: 'set',
      day: tomorrow,
    });
    expect(set.headers.location).toBe(`/petugas/kasus/${reference}?done=follow_up_set`);
    const shown = await palu.get(`/petugas/kasus/${reference}`);
    expect(shown.body).toContain(`value="${tomorrow}"`);
    const queue = await palu.get('/petugas/kasus?tab=all');
    expect(queue.body).toMatch(/class="badge follow_up">Tindak lanjut /);
    ws.scene.clock.advance(DAY_MS);
    await palu.signIn('palu-a'); // a day later, a new session
    expect((await palu.get('/petugas/kasus?tab=all')).body).toMatch(/class="badge follow_up due">/);
    const dueNow = await palu.get(`/petugas/kasus/${reference}`);

    const wrong = await palu.post(`/petugas/kasus/${reference}/tindak-lanjut`, {
      _csrf: Browser.csrf(dueNow),
      day: '2026-02-30',
    });
    expect(wrong.statusCode).toBe(400);
    const cleared = await palu.post(`/petugas/kasus/${reference}/tindak-lanjut`, {
      _csrf: Browser.csrf(dueNow),
      action: 'clear',
      day: tomorrow,
    });
    expect(cleared.headers.location).toContain('done=follow_up_cleared');
    expect((await palu.get('/petugas/kasus?tab=all')).body).not.toContain('follow_up');
    const found = ws.scene.data.repos.cases.findByReference(reference)!;
    const events = ws.scene.data.repos.desk
      .trail(found.id)
      .filter((e) => e.action === 'desk_follow_up_set')
      .map((e) => `${e.actor} ${e.detail}`);
    expect(events).toEqual([`palu-a ${tomorrow}`, 'palu-a null']);
  });

  it("should refuse another office's officer with 403, audited, and a form without its CSRF token", async () => {
    ws = await WorkspaceScene.open();
    const reference = await ws.report();
    const sumbar = ws.browser();
    const queue = await sumbar.signIn('sumbar-a');
    const refused = await sumbar.post(`/petugas/kasus/${reference}/tindak-lanjut`, {
      _csrf: Browser.csrf(queue),
      day: '2026-12-24',
    });
    expect(refused.statusCode).toBe(403);
    const palu = ws.browser();
    await palu.signIn('palu-a');
    const noToken = await palu.post(`/petugas/kasus/${reference}/tindak-lanjut`, { day: '2026-12-24' });
    expect(noToken.statusCode).toBe(403);
    const found = ws.scene.data.repos.cases.findByReference(reference)!;
    expect(ws.scene.data.repos.desk.one(found.id)?.followUpOn).toBeNull();
    expect(ws.scene.data.repos.desk.trail(found.id).map((e) => `${e.actor} ${e.action}`)).toContain(
      'sumbar-a case_view_refused',
    );
  });
});
