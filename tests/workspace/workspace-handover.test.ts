import { afterEach, describe, expect, it } from 'vitest';
import { Browser, WorkspaceScene } from './workspace-scene.js';

describe('handing a case on in the workspace', () => {
  let ws: WorkspaceScene;
  afterEach(async () => {
    await ws.close();
  });

  const caseOf = (reference: string) => ws.scene.data.repos.cases.findByReference(reference)!;
  const trailOf = (reference: string) =>
    ws.scene.data.repos.desk
      .trail(caseOf(reference).id)
      .map((e) => `${e.actor} ${e.action} ${e.detail ?? ''}`.trim());

  it("should hand a case to another officer of its office, who is told through the bot and receives the reporter's words", async () => {
    ws = await WorkspaceScene.open();
    const reference = await ws.report();
    const palu = ws.browser();
    await palu.signIn('palu-a');
    const page = await palu.get(`/petugas/kasus/${reference}`);
    expect(page.body).toContain('Serahkan ke petugas');
    expect(page.body).not.toContain('Pindahkan ke kantor'); // an officer moves no case to another office
    const elsewhere = await palu.post(`/petugas/kasus/${reference}/serahkan`, {
      _csrf: Browser.csrf(page),
      officer: 'sumbar-a',
    });
    expect(elsewhere.headers.location).toBe(`/petugas/kasus/${reference}?done=not_assignable`);
    // Nobody has taken it yet, and palu-b's shift begins at 16:00 WITA (it is 11:00): refused, or
    // the case would stop ringing with nobody acting on it (officer trial).
    expect(page.body).toContain('Petugas Contoh B (palu-b) — tidak bertugas sekarang');
    const early = await palu.post(`/petugas/kasus/${reference}/serahkan`, {
      _csrf: Browser.csrf(page),
      officer: 'palu-b',
    });
    expect(early.headers.location).toBe(`/petugas/kasus/${reference}?done=assignee_off_duty`);
    expect(ws.scene.data.repos.alerts.byId(1)?.claimedBy ?? null).toBeNull();
    await ws.scene.wait(5 * 60 * 60); // 16:00 WITA: palu-b is on duty
    await palu.signIn('palu-a'); // the session ended while waiting
    const later = await palu.get(`/petugas/kasus/${reference}`);
    expect(later.body).toContain('Petugas Contoh B (palu-b) — bertugas sekarang');
    const handed = await palu.post(`/petugas/kasus/${reference}/serahkan`, {
      _csrf: Browser.csrf(later),
      officer: 'palu-b',
    });
    expect(handed.headers.location).toBe(`/petugas/kasus/${reference}?done=assigned`);
    expect(ws.scene.data.repos.alerts.byId(1)).toMatchObject({ status: 'claimed', claimedBy: 'palu-b' });
    expect(ws.scene.to('palu-b').at(-1)!.text).toContain(
      `kasus ${reference} diserahkan kepada Anda oleh Petugas Contoh A`,
    );
    await ws.scene.reporterSays('apakah ada yang membaca pesan saya?');
    expect(ws.scene.to('palu-b').at(-1)!.text).toContain('apakah ada yang membaca pesan saya?');
    const after = await palu.get(`/petugas/kasus/${reference}`);
    expect(after.body).toContain('Ditangani'); // baru → ditangani, as a claim does
    expect(after.body).toContain('Petugas Contoh A (palu-a) menyerahkan kasus ke Petugas Contoh B');
    // palu-a no longer holds it, so cannot hand it on again; the holder can.
    const again = await palu.post(`/petugas/kasus/${reference}/serahkan`, {
      _csrf: Browser.csrf(after),
      officer: 'palu-a',
    });
    expect(again.headers.location).toContain('done=not_assignable');
    expect(trailOf(reference)).toContain('palu-a desk_assigned palu-b');
  });

  it('should tell the officer who held the case when a supervisor hands it to another', async () => {
    ws = await WorkspaceScene.open();
    const reference = await ws.report();
    const palu = ws.browser();
    await palu.signIn('palu-a');
    const page = await palu.get(`/petugas/kasus/${reference}`);
    await palu.post(`/petugas/kasus/${reference}/ambil`, { _csrf: Browser.csrf(page) });
    const supervisor = ws.browser();
    await supervisor.signIn('palu-s');
    const theirs = await supervisor.get(`/petugas/kasus/${reference}`);
    expect(theirs.body).not.toMatch(/<option value="palu-a">/); // the holder is not offered
    expect(theirs.body).toMatch(/<option value="palu-b">/);
    const handed = await supervisor.post(`/petugas/kasus/${reference}/serahkan`, {
      _csrf: Browser.csrf(theirs),
      officer: 'palu-b',
    });
    expect(handed.headers.location).toContain('done=assigned');
    expect(ws.scene.to('palu-a').at(-1)!.text).toContain(
      `kasus ${reference} sekarang dipegang Petugas Contoh B`,
    );
    expect(ws.scene.to('palu-a').at(-1)!.text).not.toContain('memukul');
  });

  it("should let a supervisor move a case to another office, announced there as a new case, out of the old office's sight", async () => {
    ws = await WorkspaceScene.open();
    const reference = await ws.report();
    const officer = ws.browser();
    await officer.signIn('palu-a');
    const officerPage = await officer.get(`/petugas/kasus/${reference}`);
    const refused = await officer.post(`/petugas/kasus/${reference}/pindahkan`, {
      _csrf: Browser.csrf(officerPage),
      office: 'uptd-sumbar',
    });
    expect(refused.headers.location).toContain('done=not_transferable');
    expect(caseOf(reference).officeId).toBe('uptd-palu');

    const supervisor = ws.browser();
    await supervisor.signIn('palu-s');
    const page = await supervisor.get(`/petugas/kasus/${reference}`);
    expect(page.body).toContain('Pindahkan ke kantor');
    const moved = await supervisor.post(`/petugas/kasus/${reference}/pindahkan`, {
      _csrf: Browser.csrf(page),
      office: 'uptd-sumbar',
    });
    expect(moved.headers.location).toBe('/petugas/kasus?done=transferred');
    expect(caseOf(reference).officeId).toBe('uptd-sumbar');
    expect(ws.scene.data.repos.alerts.byId(1)?.status).toBe('closed');
    // The new office is told as of a new case, with a button to take it; the reporter hears where it went.
    expect(ws.scene.to('sumbar-a').at(-1)!.text).toContain(`kasus baru ${reference} menunggu diambil`);
    expect(ws.scene.reporter.sender.texts().at(-1)).toContain('UPTD PPA Provinsi Sumatera Barat');
    // The old office no longer sees it; the administrator above both does.
    expect((await officer.get(`/petugas/kasus/${reference}`)).statusCode).toBe(403);
    expect((await supervisor.get(`/petugas/kasus/${reference}`)).statusCode).toBe(403);
    const sumbar = ws.browser();
    await sumbar.signIn('sumbar-a');
    const theirs = await sumbar.get(`/petugas/kasus/${reference}`);
    expect(theirs.statusCode).toBe(200);
    expect(theirs.body).toContain('Ambil kasus ini');
    expect(theirs.body).toContain('memindahkan kasus ke UPTD PPA Provinsi Sumatera Barat');
    expect(trailOf(reference)).toContain('palu-s desk_transferred uptd-sumbar');
    // The officer's move is not the reporter's: it leaves their alert limit as it was.
    const conversationId = caseOf(reference).conversationId!;
    expect(
      ws.scene.data.sql
        .prepare("select count(*) as n from attempts where scope = 'alert_opened' and subject = ?")
        .get(conversationId),
    ).toEqual({ n: 1 });
  });

  it('should refuse to move a case to an office nobody can be told at, and keep it where it was', async () => {
    ws = await WorkspaceScene.open();
    const reference = await ws.report();
    const supervisor = ws.browser();
    await supervisor.signIn('palu-s');
    const page = await supervisor.get(`/petugas/kasus/${reference}`);
    // SAPA 129 in the example directory has no officer the bot reaches.
    const refused = await supervisor.post(`/petugas/kasus/${reference}/pindahkan`, {
      _csrf: Browser.csrf(page),
      office: 'sapa-129',
    });
    expect(refused.headers.location).toContain('done=transfer_unreachable');
    expect(caseOf(reference).officeId).toBe('uptd-palu');
    const after = await supervisor.get(refused.headers.location as string);
    expect(after.body).toMatch(
      /class="notice bad" role="alert">Kasus tidak dipindahkan: saat ini tidak ada petugas/,
    );
    expect(trailOf(reference)).not.toContain('desk_transferred');
  });

  it.each([
    ['serahkan', { officer: 'palu-b' }],
    ['pindahkan', { office: 'uptd-sumbar' }],
  ])(
    'should refuse /%s to an officer of another office with 403, audited, and without its CSRF token',
    async (path, form) => {
      ws = await WorkspaceScene.open();
      const reference = await ws.report();
      const sumbar = ws.browser();
      const queue = await sumbar.signIn('sumbar-a');
      const refused = await sumbar.post(`/petugas/kasus/${reference}/${path}`, {
        _csrf: Browser.csrf(queue),
        ...form,
      });
      expect(refused.statusCode).toBe(403);
      expect(trailOf(reference)).toContain('sumbar-a case_view_refused');
      const palu = ws.browser();
      await palu.signIn('palu-s');
      const noToken = await palu.post(`/petugas/kasus/${reference}/${path}`, form);
      expect(noToken.statusCode).toBe(403);
      expect(caseOf(reference).officeId).toBe('uptd-palu');
      expect(ws.scene.data.repos.alerts.byId(1)?.status).not.toBe('claimed');
    },
  );
});
