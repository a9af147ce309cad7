/**
 * The access log (`/petugas/akses`) over HTTP: what officers opened, for the people who answer for
 * it. A supervisor reads the officers of their office and below, an administrator everyone; an
 * officer is refused, and so is a supervisor asking about an officer above them. Case references,
 * actions and times only, never the report; reading the log is audited.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceScene } from './workspace-scene.js';

describe('the access log page', () => {
  let ws: WorkspaceScene;

  afterEach(async () => {
    await ws.close();
  });

  it('should show a supervisor which cases their officers opened, and refuse officers and officers above', async () => {
    ws = await WorkspaceScene.open();
    const reference = await ws.report();
    const officer = ws.browser();
    await officer.signIn('palu-a');
    expect((await officer.get(`/petugas/kasus/${reference}`)).statusCode).toBe(200);
    // An officer neither sees the section nor may open it.
    expect((await officer.get('/petugas/kasus')).body).not.toContain('/petugas/akses');
    expect((await officer.get('/petugas/akses')).statusCode).toBe(403);

    const supervisor = ws.browser();
    const queue = await supervisor.signIn('palu-s');
    expect(queue.body).toContain('<a href="/petugas/akses">Jejak akses</a>');
    const log = await supervisor.get('/petugas/akses?petugas=palu-a&hari=7');
    expect(log.statusCode).toBe(200);
    const rows = log.body.split('<tbody>')[1] ?? '';
    expect(rows).toMatch(
      new RegExp(
        `<td>Petugas Contoh A \\(palu-a\\)</td><td>membuka halaman kasus</td><td><a href="/petugas/kasus/${reference}">${reference}</a>`,
      ),
    );
    expect(rows).toContain('<td>masuk ke ruang kerja</td>');
    expect(rows).not.toContain('(palu-s)'); // only the officer asked about
    expect(log.body).toContain('<option value="7" selected>');
    // Never the report itself.
    expect(log.body).not.toMatch(/memukul|dipukul/);
    // The provincial officer is above this supervisor: refused, not an empty page.
    expect((await supervisor.get('/petugas/akses?petugas=sulteng-a')).statusCode).toBe(403);
    expect((await supervisor.get('/petugas/akses?petugas=../x')).statusCode).toBe(403);

    // The administrator reads everyone, the supervisor's reading of the log included.
    const admin = ws.browser();
    await admin.signIn('sulteng-s');
    const all = (await admin.get('/petugas/akses')).body.split('<tbody>')[1] ?? '';
    expect(all).toContain('<td>Supervisor Contoh (palu-s)</td><td>membuka jejak akses</td>');
    expect(all).toContain('<td>Supervisor Contoh (palu-s)</td><td>ditolak membuka jejak akses</td>');
    expect(all).toContain('<td>Petugas Contoh A (palu-a)</td><td>ditolak membuka jejak akses</td>');

    const audited = (id: string) => ws.scene.data.repos.desk.officerEvents(id, 0).map((e) => e.action);
    expect(audited('palu-s').filter((a) => a.startsWith('access_log'))).toEqual([
      'access_log_viewed',
      'access_log_refused',
      'access_log_refused',
    ]);
    expect(audited('sulteng-s')).toContain('access_log_viewed');
    // Installer trial: at LOG_LEVEL=debug each request's line carried the page's path, and with it
    // the case reference; it names the route now.
    const logs = ws.scene.reporter.t.logs.text;
    expect(logs).toContain('"url":"/petugas/kasus/:reference"');
    expect(logs).not.toContain(reference);
  });
});
