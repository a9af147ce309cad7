import { afterEach, describe, expect, it } from 'vitest';
import { SIMFONI_COLUMNS, simfoniCsv } from '../../src/statistics/simfoni-export.js';
import { Browser, WorkspaceScene } from './workspace-scene.js';

const FORM = {
  bentuk_kekerasan: ['fisik', 'psikis'],
  tempat_kejadian: 'rumah_tangga',
  hubungan_pelaku: 'suami_istri',
  usia_korban: '25_44',
  jenis_kelamin: 'perempuan',
  wilayah: '72.71',
  layanan: ['pengaduan', 'kesehatan'],
  rujukan: 'psikolog',
};

describe('the SIMFONI-PPA section of a case', () => {
  let ws: WorkspaceScene;
  afterEach(async () => {
    await ws.close();
  });

  it('should pre-fill from triage, keep what the officer confirms encrypted, audit it, and export it', async () => {
    ws = await WorkspaceScene.open();
    const reference = await ws.report();
    const palu = ws.browser();
    await palu.signIn('palu-a');
    const page = await palu.get(`/petugas/kasus/${reference}`);
    expect(page.body).toContain('Belum dikonfirmasi');
    expect(page.body).not.toContain('<option value="rumah_tangga" selected>'); // KDRT may be a boyfriend's, anywhere
    expect(page.body).toMatch(/name="wilayah" value="72\.71"/); // where the reporter said

    const tampered = await palu.post(`/petugas/kasus/${reference}/simfoni`, {
      _csrf: Browser.csrf(page),
      bentuk_kekerasan: 'dipukul',
    });
    expect(tampered.statusCode).toBe(400);
    const saved = await palu.post(`/petugas/kasus/${reference}/simfoni`, {
      _csrf: Browser.csrf(page),
      ...FORM,
    });
    expect(saved.headers.location).toBe(`/petugas/kasus/${reference}?done=simfoni_saved`);
    const shown = await palu.get(`/petugas/kasus/${reference}`);
    expect(shown.body).toContain('Sudah dikonfirmasi');
    expect(shown.body).toContain('<option value="25_44" selected>');
    expect(shown.body).toMatch(/value="kesehatan" checked/);

    const stored = JSON.stringify(ws.scene.data.sql.prepare('select simfoni_enc from cases').all());
    expect(stored).not.toMatch(/25_44|perempuan/); // encrypted at rest
    const found = ws.scene.data.repos.cases.findByReference(reference)!;
    const saves = ws.scene.data.repos.desk.trail(found.id).filter((e) => e.action === 'desk_simfoni_saved');
    expect(saves).toEqual([expect.objectContaining({ actor: 'palu-a', detail: null })]); // no values in the audit

    // The SIMFONI export (`hotline stats --csv`) writes the confirmed values.
    const rows = await ws.scene.hotline.caseStatRows(
      { from: 0, to: Number.MAX_SAFE_INTEGER },
      { actor: 'test' },
    );
    const line = simfoniCsv(
      rows,
      () => 'UPTD PPA Kota Palu',
      () => '2026-12-06',
      0,
    )
      .trimEnd()
      .split('\r\n')[1]!;
    const cells = Object.fromEntries(line.split(',').map((v, i) => [SIMFONI_COLUMNS[i], v]));
    expect(cells).toMatchObject({
      nomor_laporan: reference,
      bentuk_kekerasan: 'fisik; psikis',
      usia_korban: '25-44',
      hubungan_pelaku: 'suami/istri',
      jenis_kelamin: 'perempuan',
      rujukan: 'psikolog',
      simfoni_dikonfirmasi: 'ya',
    });
  });

  it("should refuse another office's officer with 403, audited, and a form without its CSRF token", async () => {
    ws = await WorkspaceScene.open();
    const reference = await ws.report();
    const sumbar = ws.browser();
    const queue = await sumbar.signIn('sumbar-a');
    const refused = await sumbar.post(`/petugas/kasus/${reference}/simfoni`, {
      _csrf: Browser.csrf(queue),
      ...FORM,
    });
    expect(refused.statusCode).toBe(403);
    const palu = ws.browser();
    await palu.signIn('palu-a');
    const noToken = await palu.post(`/petugas/kasus/${reference}/simfoni`, FORM);
    expect(noToken.statusCode).toBe(403);
    const found = ws.scene.data.repos.cases.findByReference(reference)!;
    expect(ws.scene.data.repos.desk.simfoni(found.id)).toBeUndefined();
    expect(ws.scene.data.repos.desk.trail(found.id).map((e) => `${e.actor} ${e.action}`)).toContain(
      'sumbar-a case_view_refused',
    );
  });
});
