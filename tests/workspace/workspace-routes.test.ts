import { afterEach, describe, expect, it } from 'vitest';
import { Browser, WorkspaceScene } from './workspace-scene.js';

const MINUTE = 60_000;

describe('the officer workspace over HTTP', () => {
  let ws: WorkspaceScene;
  afterEach(async () => {
    await ws.close();
  });

  it('should send a page without a session to sign-in, and refuse a form post with 401', async () => {
    ws = await WorkspaceScene.open();
    const reference = await ws.report();
    const stranger = ws.browser();
    const queue = await stranger.get('/petugas/kasus');
    expect(queue.statusCode).toBe(303);
    expect(queue.headers.location).toBe('/petugas/masuk');
    const page = await stranger.get(`/petugas/kasus/${reference}`);
    expect(page.statusCode).toBe(303);
    const note = await stranger.post(`/petugas/kasus/${reference}/catatan`, { text: 'x', _csrf: 'x' });
    expect(note.statusCode).toBe(401);
    expect(ws.scene.data.sql.prepare('select count(*) as n from case_notes').get()).toEqual({ n: 0 });
  });

  it('should sign an officer in with the code sent to their chat, keep it out of logs and the database, and sign out', async () => {
    ws = await WorkspaceScene.open();
    const reference = await ws.report();
    const palu = ws.browser();
    const form = await palu.get('/petugas/masuk');
    expect(form.headers['content-security-policy']).toContain("script-src 'self'");
    expect(form.body).not.toMatch(/<script>|style="/); // nothing inline under the CSP
    const codePage = await palu.post('/petugas/masuk', { _csrf: Browser.csrf(form), officer: 'palu-a' });
    expect(codePage.statusCode).toBe(200);
    const code = ws.codeSentTo('palu-a')!;
    expect(code).toMatch(/^\d{6}$/);
    const signed = await palu.post('/petugas/masuk/kode', {
      _csrf: Browser.csrf(codePage),
      officer: 'palu-a',
      code,
    });
    expect(signed.statusCode).toBe(303);
    const cookie = signed.cookies.find((c) => c.name === 'ppa_sid')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/petugas' });
    expect(cookie.secure).toBeFalsy(); // plain http on loopback (npm start); Secure everywhere else

    const queue = await palu.get('/petugas/kasus?tab=waiting');
    expect(queue.statusCode).toBe(200);
    expect(queue.headers['cache-control']).toBe('no-store');
    expect(queue.body).toContain(reference);
    expect(queue.body).not.toContain('memukul'); // the queue never shows the story

    const raw = JSON.stringify(
      ws.scene.data.sql.prepare('select * from officer_sessions, officer_signins').all(),
    );
    expect(raw).not.toContain(cookie.value);
    expect(ws.scene.reporter.t.logs.text).not.toContain(code);
    expect(ws.scene.reporter.t.logs.text).not.toContain(cookie.value);

    // The same code twice is refused: it was used up.
    const again = await ws
      .browser()
      .post('/petugas/masuk/kode', { _csrf: Browser.csrf(codePage), officer: 'palu-a', code });
    expect(again.statusCode).toBe(403); // another browser has no pre-session cookie: no valid token either

    const out = await palu.post('/petugas/keluar', { _csrf: Browser.csrf(queue) });
    expect(out.statusCode).toBe(303);
    expect((await palu.get('/petugas/kasus')).statusCode).toBe(303);
    const events = ws.scene.data.repos.desk
      .officerEvents('palu-a', 0)
      .map((e) => e.action)
      .filter((action) => action !== 'notice_sent');
    expect(events).toEqual(['signin_code_sent', 'signed_in', 'signed_out']);
  });

  it('should set Secure on cookies for any host but plain-http loopback', async () => {
    ws = await WorkspaceScene.open();
    const form = await ws.browser().get('/petugas/masuk', { host: 'petugas.example.org' });
    expect(form.cookies.find((c) => c.name === 'ppa_pre')?.secure).toBe(true);
  });

  it('should end a session after 30 idle minutes, and when an administrator ends it', async () => {
    ws = await WorkspaceScene.open();
    await ws.report();
    const palu = ws.browser();
    await palu.signIn('palu-a');
    ws.scene.clock.advance(29 * MINUTE);
    expect((await palu.get('/petugas/kasus')).statusCode).toBe(200); // in use: slid forward
    ws.scene.clock.advance(29 * MINUTE);
    expect((await palu.get('/petugas/kasus')).statusCode).toBe(200);
    ws.scene.clock.advance(31 * MINUTE);
    const expired = await palu.get('/petugas/kasus');
    expect(expired.statusCode).toBe(303);
    expect(expired.headers.location).toBe('/petugas/masuk');

    await palu.signIn('palu-a');
    expect((await palu.get('/petugas/kasus')).statusCode).toBe(200);
    await ws.scene.hotline.officerDesk((tx) => tx.officerSessions.endOfficer('palu-a'));
    expect((await palu.get('/petugas/kasus')).statusCode).toBe(303);
  });

  it('should end a session 8 hours after sign-in, however busy', async () => {
    ws = await WorkspaceScene.open();
    await ws.report();
    const palu = ws.browser();
    await palu.signIn('palu-a');
    for (let minutes = 0; minutes + 25 < 8 * 60; minutes += 25) {
      ws.scene.clock.advance(25 * MINUTE);
      expect((await palu.get('/petugas/kasus')).statusCode).toBe(200);
    }
    ws.scene.clock.advance(25 * MINUTE); // past 8 hours since sign-in
    expect((await palu.get('/petugas/kasus')).statusCode).toBe(303);
  });

  it('should bring an officer who opened a case link while signed out back to that case after signing in', async () => {
    ws = await WorkspaceScene.open();
    const reference = await ws.report();
    const palu = ws.browser();
    const link = await palu.get(`/petugas/kasus/${reference}`);
    expect(link.statusCode).toBe(303);
    expect(link.headers.location).toBe(
      `/petugas/masuk?next=${encodeURIComponent(`/petugas/kasus/${reference}`)}`,
    );
    const form = await palu.get(link.headers.location as string);
    expect(form.body).toContain(`name="next" value="/petugas/kasus/${reference}"`);
    const codePage = await palu.post('/petugas/masuk', {
      _csrf: Browser.csrf(form),
      officer: 'palu-a',
      next: `/petugas/kasus/${reference}`,
    });
    const signedIn = await palu.post('/petugas/masuk/kode', {
      _csrf: Browser.csrf(codePage),
      officer: 'palu-a',
      code: ws.codeSentTo('palu-a')!,
      next: /name="next" value="([^"]+)"/.exec(codePage.body)![1]!,
    });
    expect(signedIn.headers.location).toBe(`/petugas/kasus/${reference}`);
    // Never elsewhere: another site or a form action lands on the queue.
    for (const next of ['https://evil.example/petugas/kasus', '//evil.example', '/petugas/kasus/X/ambil']) {
      const b = ws.browser('10.0.6.1');
      const f = await b.get(`/petugas/masuk?next=${encodeURIComponent(next)}`);
      expect(f.body).not.toContain('name="next"');
    }
  });

  it('should refuse a form without its CSRF token and change nothing', async () => {
    ws = await WorkspaceScene.open();
    const reference = await ws.report();
    const palu = ws.browser();
    await palu.signIn('palu-a');
    const page = await palu.get(`/petugas/kasus/${reference}`);
    expect(page.statusCode).toBe(200);
    const missing = await palu.post(`/petugas/kasus/${reference}/catatan`, { text: 'a note' });
    expect(missing.statusCode).toBe(403);
    const wrong = await palu.post(`/petugas/kasus/${reference}/ambil`, { _csrf: 'not-the-token' });
    expect(wrong.statusCode).toBe(403);
    expect(ws.scene.data.sql.prepare('select count(*) as n from case_notes').get()).toEqual({ n: 0 });
    expect(ws.scene.data.repos.alerts.byId(1)?.status).not.toBe('claimed');
    // The sign-in form needs its token too.
    expect((await ws.browser().post('/petugas/masuk', { officer: 'palu-a' })).statusCode).toBe(403);
  });

  it('should limit sign-in per address and per officer', async () => {
    ws = await WorkspaceScene.open({ signInPerIp: 3, pagesPerIp: 1000 });
    const one = ws.browser('10.0.0.1');
    const token = Browser.csrf(await one.get('/petugas/masuk'));
    for (let i = 0; i < 3; i++)
      expect((await one.post('/petugas/masuk', { _csrf: token, officer: 'nobody' })).statusCode).toBe(200);
    const refused = await one.post('/petugas/masuk', { _csrf: token, officer: 'nobody' });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    // A page in the officer's language, not the API's JSON (officer trial).
    expect(refused.headers['content-type']).toContain('text/html');
    expect(refused.body).toContain('Terlalu banyak permintaan');
    // The code page opened or reloaded on its own starts over, not a raw 404.
    const reloaded = await ws.browser('10.0.5.1').get('/petugas/masuk/kode');
    expect(reloaded.statusCode).toBe(303);
    expect(reloaded.headers.location).toBe('/petugas/masuk?lang=id');

    // Per officer: three codes in 15 minutes, whatever the address.
    for (let i = 0; i < 3; i++) {
      const b = ws.browser(`10.0.1.${i}`);
      const ok = await b.post('/petugas/masuk', {
        _csrf: Browser.csrf(await b.get('/petugas/masuk')),
        officer: 'palu-a',
      });
      expect(ok.statusCode).toBe(200);
    }
    const b = ws.browser('10.0.2.1');
    const fourth = await b.post('/petugas/masuk', {
      _csrf: Browser.csrf(await b.get('/petugas/masuk')),
      officer: 'palu-a',
    });
    const codes = ws.scene.officers.sent.filter((s) => s.message.text.includes('kode masuk'));
    expect(codes).toHaveLength(3);
    // The fourth is not sent, but the page reads as for anyone (officer trial: a 429 for real
    // officers only told a stranger who is one, and kept the officer out).
    const stranger = ws.browser('10.0.2.2');
    const unknown = await stranger.post('/petugas/masuk', {
      _csrf: Browser.csrf(await stranger.get('/petugas/masuk')),
      officer: 'bukan-petugas',
    });
    expect(fourth.statusCode).toBe(unknown.statusCode);
    const page = (body: string) => body.replace(/value="[^"]*"/g, '').replace(/palu-a|bukan-petugas/g, 'ID');
    expect(page(fourth.body)).toEqual(page(unknown.body));
    expect(fourth.body).toContain('Paling banyak 3 kode');
    // The officer signs in with a code already received.
    const last = codes.at(-1)!.message.text.match(/\b\d{6}\b/)![0];
    const signedIn = await b.post('/petugas/masuk/kode', {
      _csrf: Browser.csrf(fourth),
      officer: 'palu-a',
      code: last,
    });
    expect(signedIn.statusCode).toBe(303);
  });

  it('should answer an officer past the wrong-code limit as any wrong code, and audit it', async () => {
    ws = await WorkspaceScene.open({ signInPerIp: 1000, pagesPerIp: 1000 });
    const b = ws.browser('10.0.3.1');
    await b.post('/petugas/masuk', { _csrf: Browser.csrf(await b.get('/petugas/masuk')), officer: 'palu-a' });
    const token = Browser.csrf(await b.get('/petugas/masuk'));
    const answers = new Set<number>();
    for (let i = 0; i < 12; i++)
      answers.add(
        (await b.post('/petugas/masuk/kode', { _csrf: token, officer: 'palu-a', code: '000000' })).statusCode,
      );
    expect([...answers]).toEqual([401]);
  });

  it('should let an officer of the office above read an urgent case only once its alert reached them', async () => {
    ws = await WorkspaceScene.open();
    await ws.scene.reporterSays('tolong suami saya mau bunuh saya, dia bawa pisau sekarang');
    await ws.scene.reporterSays('kota palu');
    const reference = /\b(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{3}-[A-Z0-9]{3}\b/.exec(
      ws.scene.reporter.sender.texts().join('\n'),
    )![0];
    const province = ws.browser('10.0.4.1');
    await province.signIn('sulteng-a');
    // Further down the escalation chain, not yet told (officer trial: the chain read every story).
    expect(ws.scene.to('sulteng-a').filter((m) => m.text.includes(reference))).toEqual([]);
    expect((await province.get(`/petugas/kasus/${reference}`)).statusCode).toBe(403);
    for (let i = 0; i < 20 && ws.scene.to('sulteng-a').every((m) => !m.text.includes(reference)); i++)
      await ws.scene.wait(60);
    expect(ws.scene.to('sulteng-a').some((m) => m.text.includes(reference))).toBe(true);
    const page = await province.get(`/petugas/kasus/${reference}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('bawa pisau');
  });

  it("should refuse another office's officer the case page with 403 and audit the refusal", async () => {
    ws = await WorkspaceScene.open();
    const reference = await ws.report();
    const sumbar = ws.browser();
    const queue = await sumbar.signIn('sumbar-a');
    expect(queue.body).not.toContain(reference);
    const page = await sumbar.get(`/petugas/kasus/${reference}`);
    expect(page.statusCode).toBe(403);
    expect(page.body).not.toContain('memukul');
    const claim = await sumbar.post(`/petugas/kasus/${reference}/ambil`, { _csrf: Browser.csrf(queue) });
    expect(claim.statusCode).toBe(403);
    const found = ws.scene.data.repos.cases.findByReference(reference)!;
    const trail = ws.scene.data.repos.desk.trail(found.id).map((e) => `${e.actor} ${e.action}`);
    expect(trail.filter((e) => e.startsWith('sumbar-a'))).toEqual([
      'sumbar-a case_view_refused',
      'sumbar-a case_view_refused',
    ]);
    // The administrator (WORKSPACE_ADMINS) and the office's officer see it.
    const admin = ws.browser();
    await admin.signIn('sulteng-s');
    expect((await admin.get('/petugas/kasus?tab=all')).body).toContain(reference);
  });
});
