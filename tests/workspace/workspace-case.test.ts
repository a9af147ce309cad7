import { afterEach, describe, expect, it } from 'vitest';
import { Browser, WorkspaceScene } from './workspace-scene.js';

describe('a case in the workspace', () => {
  let ws: WorkspaceScene;
  afterEach(async () => {
    await ws.close();
  });

  it('should keep a case taken and closed in the chat as in hand by that officer, not new and unassigned', async () => {
    ws = await WorkspaceScene.open();
    const reference = await ws.report();
    await ws.scene.officerSays('palu-a', { type: 'choice', optionId: 'claim:1' });
    await ws.scene.officerSays('palu-a', '/selesai');
    const supervisor = ws.browser();
    await supervisor.signIn('palu-s');
    const page = await supervisor.get(`/petugas/kasus/${reference}`);
    expect(page.body).toMatch(/<dd>Petugas Contoh A<\/dd>/);
    expect(page.body).toContain('Ditangani');
    // The trail names officers by name and id (two may share a name), in words, not codes.
    expect(page.body).toContain('Petugas Contoh A (palu-a): mengambil kasus');
    expect(page.body).not.toMatch(/: [a-z]+_[a-z_]+<\/li>/);
    expect((await supervisor.get('/petugas/kasus?tab=unassigned')).body).not.toContain(reference);
    expect((await supervisor.get('/petugas/kasus?tab=all&officer=palu-a')).body).toContain(reference);
  });

  it('should show the report, take the case as the chat button does, relay a reply, keep notes internal and audit it all', async () => {
    ws = await WorkspaceScene.open();
    const reference = await ws.report();
    const palu = ws.browser();
    const queue = await palu.signIn('palu-a');
    expect(queue.body).toContain('Menunggu diambil'); // nothing held yet: the waiting tab first
    expect(queue.body).toMatch(/class="badge on_time"/); // 6 hours left of its deadline

    const page = await palu.get(`/petugas/kasus/${reference}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('suami saya sering memukul saya'); // the story
    expect(page.body).toContain('Kota Palu'); // the place
    expect(page.body).toContain('Bahasa Indonesia'); // the reporter's language
    expect(page.body).toContain('0 berkas'); // no evidence
    expect(page.body).toContain('Ambil kasus ini');

    const claimed = await palu.post(`/petugas/kasus/${reference}/ambil`, { _csrf: Browser.csrf(page) });
    expect(claimed.statusCode).toBe(303);
    expect(claimed.headers.location).toBe(`/petugas/kasus/${reference}?done=claimed`);
    // The reporter is told, as after the chat button; the case is palu-a's, in hand.
    expect(ws.scene.reporter.sender.sent.at(-1)!.message.text).toContain(
      'Seorang petugas sudah membaca laporan Anda',
    );
    expect(ws.scene.data.repos.alerts.byId(1)).toMatchObject({ status: 'claimed', claimedBy: 'palu-a' });

    const mine = await palu.get(`/petugas/kasus/${reference}?done=claimed`);
    expect(mine.body).toContain('Kasus ini sekarang Anda tangani');
    expect(mine.body).toContain('Ditangani'); // baru → ditangani on claim
    const reply = await palu.post(`/petugas/kasus/${reference}/balas`, {
      _csrf: Browser.csrf(mine),
      text: 'Halo, saya petugas UPTD. Apakah Anda aman sekarang?',
    });
    expect(reply.headers.location).toContain('done=sent');
    const toReporter = ws.scene.reporter.sender.sent.at(-1)!.message.text;
    expect(toReporter.split('\n')[0]).toBe('Pesan baru untuk Anda:');
    expect(toReporter).toContain('Apakah Anda aman sekarang?');

    const note = await palu.post(`/petugas/kasus/${reference}/catatan`, {
      _csrf: Browser.csrf(mine),
      text: 'Catatan rahasia: hubungi kepala desa',
    });
    expect(note.headers.location).toContain('done=note_added');
    expect(ws.scene.reporter.sender.texts().join('\n')).not.toContain('kepala desa'); // never to the reporter
    const stored = JSON.stringify(ws.scene.data.sql.prepare('select * from case_notes').all());
    expect(stored).not.toContain('kepala desa'); // encrypted at rest
    expect((await palu.get(`/petugas/kasus/${reference}`)).body).toContain(
      'Catatan rahasia: hubungi kepala desa',
    );

    const status = await palu.post(`/petugas/kasus/${reference}/status`, {
      _csrf: Browser.csrf(mine),
      status: 'dirujuk',
    });
    expect(status.headers.location).toContain('done=status_changed');
    const bad = await palu.post(`/petugas/kasus/${reference}/status`, {
      _csrf: Browser.csrf(mine),
      status: 'hilang',
    });
    expect(bad.statusCode).toBe(400);

    const found = ws.scene.data.repos.cases.findByReference(reference)!;
    const trail = ws.scene.data.repos.desk.trail(found.id).map((e) => `${e.actor} ${e.action}`);
    expect(trail.filter((e) => e.startsWith('palu-a') && !e.endsWith('notice_sent'))).toEqual([
      'palu-a case_viewed',
      'palu-a timeline_viewed', // the conversation on the page is a read of its own
      'palu-a claimed',
      'palu-a desk_status_changed',
      'palu-a case_viewed',
      'palu-a timeline_viewed',
      'palu-a message_to_reporter',
      'palu-a desk_note_added',
      'palu-a case_viewed',
      'palu-a timeline_viewed',
      'palu-a desk_status_changed',
    ]);
    expect(JSON.stringify(ws.scene.data.sql.prepare('select * from audit_events').all())).not.toMatch(
      /kepala desa|aman sekarang|memukul/,
    );
  });

  it('should tell the others who were told of the case that it was taken, and show the deadline passed', async () => {
    ws = await WorkspaceScene.open();
    const reference = await ws.report();
    ws.scene.clock.advance(6 * 3600_000); // the deadline: the notice goes to the supervisor
    await ws.scene.hotline.fireDueTimers();
    await ws.scene.hotline.whenIdle();
    expect(ws.scene.to('palu-s')).toHaveLength(1);
    const palu = ws.browser();
    const queue = await palu.signIn('palu-a');
    expect(queue.body).toMatch(/class="badge overdue"/);
    // The time beside it is when it goes up the next level, not a deadline still to come (officer trial).
    expect(queue.body).toMatch(/naik ke tingkat berikutnya \d/);
    expect(queue.body).not.toMatch(/ · batas \d/);
    const page = await palu.get(`/petugas/kasus/${reference}`);
    await palu.post(`/petugas/kasus/${reference}/ambil`, { _csrf: Browser.csrf(page) });
    expect(ws.scene.to('palu-s').at(-1)!.text).toContain(
      `${reference} sudah ditangani oleh Petugas Contoh A`,
    );
    // As after the chat button, the claim summary (with the story) goes to the officer's own chat.
    expect(ws.scene.to('palu-a').at(-1)!.text).toContain('memukul');
  });

  it('should close the relayed chat when the officer holding it marks the case selesai', async () => {
    ws = await WorkspaceScene.open();
    const reference = await ws.report();
    const palu = ws.browser();
    await palu.signIn('palu-a');
    const page = await palu.get(`/petugas/kasus/${reference}`);
    await palu.post(`/petugas/kasus/${reference}/ambil`, { _csrf: Browser.csrf(page) });
    await palu.post(`/petugas/kasus/${reference}/status`, { _csrf: Browser.csrf(page), status: 'selesai' });
    expect(ws.scene.data.repos.alerts.byId(1)?.status).toBe('closed');
    expect(
      ws.scene.data.repos.desk.one(ws.scene.data.repos.cases.findByReference(reference)!.id)?.deskStatus,
    ).toBe('selesai');
  });

  it('should block an abusive sender from the case page as the chat command does, and lift it', async () => {
    ws = await WorkspaceScene.open();
    const reference = await ws.report();
    const palu = ws.browser();
    await palu.signIn('palu-a');
    const page = await palu.get(`/petugas/kasus/${reference}`);
    expect(page.body).toContain('Blokir pengirim');
    const tooLong = await palu.post(`/petugas/kasus/${reference}/blokir`, {
      _csrf: Browser.csrf(page),
      action: 'block',
      days: '31',
    });
    expect(tooLong.statusCode).toBe(400);
    const blocked = await palu.post(`/petugas/kasus/${reference}/blokir`, {
      _csrf: Browser.csrf(page),
      action: 'block',
      days: '2',
    });
    expect(blocked.headers.location).toBe(`/petugas/kasus/${reference}?done=blocked`);
    // Blocked: no answer to ordinary words, the emergency numbers to a danger signal.
    expect(await ws.scene.reporterSays('kalian tidak berguna')).toEqual([]);
    const danger = await ws.scene.reporterSays('tolong dia datang bawa pisau mau bunuh saya');
    expect(danger[0]!.text).toContain('112');
    const lifted = await palu.post(`/petugas/kasus/${reference}/blokir`, {
      _csrf: Browser.csrf(page),
      action: 'unblock',
    });
    expect(lifted.headers.location).toBe(`/petugas/kasus/${reference}?done=unblocked`);
    expect((await ws.scene.reporterSays('halo')).length).toBeGreaterThan(0);
    const actions = ws.scene.data.sql
      .prepare("select actor, action from audit_events where action like 'sender_%' order by id")
      .all();
    expect(actions).toEqual([
      { actor: 'palu-a', action: 'sender_blocked' },
      { actor: 'palu-a', action: 'sender_unblocked' },
    ]);
  });
});
