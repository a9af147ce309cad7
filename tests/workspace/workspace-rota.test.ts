/**
 * The rota page over HTTP (inject()) on the example directory, read from a file of its own so an
 * administrator can reload it: who is on call now and next in the office's zone (Monday 5 January
 * 2026, 11:00 WITA), unreachable officers and why, and a reload — a good file taken, a broken one
 * refused with its problems while the old directory stays in use — audited.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHotlineServices } from '../../src/conversations/directory-services.js';
import { createDirectoryGazetteer, EXAMPLE_DIRECTORY_FILE } from '../../src/directory/index.js';
import { triage } from '../../src/triage/index.js';
import { createTestHotline, tempDir, testTranslator } from '../support/test-hotline.js';
import { Browser, WorkspaceScene } from './workspace-scene.js';

const section = (body: string, office: string) =>
  body.split(`id="rota-${office}"`)[1]?.split('</section>')[0] ?? '';

describe('the rota page', () => {
  let ws: WorkspaceScene;
  let file: string;
  let cleanup: () => void;
  let logs: () => string;

  async function open(): Promise<void> {
    const dir = tempDir();
    cleanup = () => dir.cleanup();
    file = join(dir.dir, 'offices.yaml');
    copyFileSync(EXAMPLE_DIRECTORY_FILE, file);
    const hotline = createTestHotline(join(dir.dir, 'hotline.db'), {
      triage,
      directorySource: {
        file,
        warnings: [],
        services: (directory) => ({
          hotline: createHotlineServices(directory, createDirectoryGazetteer(directory), testTranslator()),
        }),
      },
    });
    logs = () => hotline.logs.text;
    ws = await WorkspaceScene.open(undefined, { hotline, directory: hotline.hotline.directoryReloader! });
  }

  afterEach(async () => {
    await ws.close();
    cleanup();
  });

  it("should show an officer their office's rota now and next, in the office's zone", async () => {
    await open();
    const officer = ws.browser();
    await officer.signIn('palu-a');
    const page = await officer.get('/petugas/rota');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('aria-current="page">Jadwal piket</a>');
    const palu = section(page.body, 'uptd-palu');
    expect(palu).toContain('Sekarang di kantor: 5 Jan 2026, 11.00 (Asia/Makassar)');
    expect(palu).toMatch(/<ul class="oncall now">\s*<li>Petugas Contoh A \(petugas\)<\/li>/);
    // At 16:00 WITA the evening officer takes over.
    expect(palu).toContain('Mulai 5 Jan 2026, 16.00: Petugas Contoh B (petugas)');
    // Escalation: the office's own officer, then the province's.
    expect(palu).toMatch(/Petugas Contoh A \(petugas\) — 300 detik untuk mengambil/);
    expect(palu).toContain('Petugas Contoh A (petugas · UPTD PPA Provinsi Sulawesi Tengah)');
    expect(page.body).not.toContain('id="rota-uptd-pati"'); // another office's rota
    expect(page.body).not.toContain('muat-ulang'); // only an administrator reloads
  });

  it('should name the officers no running channel reaches, and why', async () => {
    await open();
    const admin = ws.browser();
    await admin.signIn('sulteng-s');
    const pati = section((await admin.get('/petugas/rota')).body, 'uptd-pati');
    expect(pati).toContain(
      'Petugas Contoh B (petugas): hanya punya nomor WhatsApp, dan tidak ada saluran WhatsApp yang berjalan',
    );
    expect(pati).toMatch(/Petugas Contoh B \(petugas\) — TIDAK TERJANGKAU/);
  });

  it('should reload a good directory file, and refuse a broken one keeping the old, audited', async () => {
    await open();
    const admin = ws.browser();
    const queue = await admin.signIn('sulteng-s');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('name: Petugas Contoh B,', 'name: Petugas Malam,')
        .replace('name: UPTD PPA Kota Palu\n', 'name: UPTD PPA Kota Palu (baru)\n'),
    );
    const reloaded = await admin.post('/petugas/rota/muat-ulang', { _csrf: Browser.csrf(queue) });
    expect(reloaded.statusCode).toBe(303);
    expect(reloaded.headers.location).toBe('/petugas/rota?done=reloaded');
    const after = await admin.get('/petugas/rota?done=reloaded');
    expect(after.body).toContain('Direktori sudah dimuat ulang');
    expect(section(after.body, 'uptd-palu')).toContain('Petugas Malam (petugas)');
    // The conversations route by the new file too: a report now names the office as it reads there.
    await ws.report();
    const read = ws.scene.reporter.sender.texts().join('\n');
    expect(read).toContain('Laporan Anda tercatat untuk UPTD PPA Kota Palu (baru).'); // the flow's routing
    expect(read).toContain('diteruskan kepada petugas UPTD PPA Kota Palu (baru).'); // the handoff's roster

    // A rota naming an officer the office does not have: refused, the directory in use stays.
    writeFileSync(file, readFileSync(file, 'utf8').replace('officer: palu-b,', 'officer: palu-x,'));
    const refused = await admin.post('/petugas/rota/muat-ulang', { _csrf: Browser.csrf(queue) });
    expect(refused.headers.location).toBe('/petugas/rota?done=refused');
    const page = await admin.get('/petugas/rota?done=refused');
    expect(page.body).toContain('Berkas direktori bermasalah');
    // The banner leads to the problems; the section no longer says the check found none.
    expect(page.body).toContain('<a href="#direktori">');
    expect(page.body).not.toContain('tidak menemukan masalah');
    expect(page.body).toContain('Direktori yang sedang dipakai tidak punya peringatan.');
    const problems = page.body.split('class="notice bad refused"')[1] ?? '';
    expect(problems).toContain(file);
    expect(problems).toMatch(/uptd-palu: oncall[^<]*palu-x/);
    expect(section(page.body, 'uptd-palu')).toContain('Petugas Malam (petugas)');

    const audit = ws.scene.data.sql
      .prepare("select actor, action from audit_events where action like 'directory_%' order by id")
      .all();
    expect(audit).toEqual([
      { actor: 'sulteng-s', action: 'directory_reloaded' },
      { actor: 'sulteng-s', action: 'directory_reload_failed' },
    ]);
  });

  it('should warn when a reload leaves open cases with an office the directory no longer has', async () => {
    await open();
    await ws.report(); // a case of uptd-palu, not closed
    const admin = ws.browser();
    const queue = await admin.signIn('sulteng-s');
    // The office's id changed in the file (installer trial: cases of offices no longer there were silent).
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('uptd-palu', 'uptd-kota-palu'));
    expect(
      (await admin.post('/petugas/rota/muat-ulang', { _csrf: Browser.csrf(queue) })).headers.location,
    ).toBe('/petugas/rota?done=reloaded');
    await expect
      .poll(() => logs())
      .toMatch(
        /"offices":\["uptd-palu"\],"msg":"cases not closed yet belong to offices the directory does not have/,
      );
  });

  it('should refuse a reload to anyone but an administrator, and without the CSRF token', async () => {
    await open();
    const officer = ws.browser();
    const queue = await officer.signIn('palu-s');
    const refused = await officer.post('/petugas/rota/muat-ulang', { _csrf: Browser.csrf(queue) });
    expect(refused.statusCode).toBe(403);
    const admin = ws.browser('10.0.0.2');
    await admin.signIn('sulteng-s');
    expect((await admin.post('/petugas/rota/muat-ulang', {})).statusCode).toBe(403);
    expect(
      ws.scene.data.sql
        .prepare("select count(*) as n from audit_events where action like 'directory_%'")
        .get(),
    ).toEqual({
      n: 0,
    });
  });
});
