import { afterEach, describe, expect, it } from 'vitest';
import { Browser, WorkspaceScene } from './workspace-scene.js';

describe('the conversation timeline on a case page', () => {
  let ws: WorkspaceScene;
  afterEach(async () => {
    await ws.close();
  });

  it('should show the reporter, the bot, the officer by id, status changes and notes in time order, contacts masked, and audit the read', async () => {
    ws = await WorkspaceScene.open();
    const reference = await ws.report();
    const palu = ws.browser();
    await palu.signIn('palu-a');
    const first = await palu.get(`/petugas/kasus/${reference}`);
    await palu.post(`/petugas/kasus/${reference}/ambil`, { _csrf: Browser.csrf(first) });
    ws.scene.clock.advance(60_000);
    await ws.scene.reporterSays('tolong telepon saya di 0812-3456-7890 atau email sari@contoh.id');
    ws.scene.clock.advance(60_000);
    await palu.post(`/petugas/kasus/${reference}/balas`, {
      _csrf: Browser.csrf(first),
      text: 'Baik, kami hubungi besok pagi.',
    });
    ws.scene.clock.advance(60_000);
    await palu.post(`/petugas/kasus/${reference}/status`, { _csrf: Browser.csrf(first), status: 'dirujuk' });
    ws.scene.clock.advance(60_000);
    await palu.post(`/petugas/kasus/${reference}/catatan`, {
      _csrf: Browser.csrf(first),
      text: 'Dirujuk ke puskesmas',
    });

    const page = await palu.get(`/petugas/kasus/${reference}`);
    const timeline = /<section class="card" id="percakapan">([\s\S]*?)<\/section>/.exec(page.body)?.[1] ?? '';
    const order = [
      'suami saya sering memukul saya', // the reporter's story
      'Seorang petugas sudah membaca laporan Anda', // the bot, after the claim
      'Petugas Contoh A (palu-a) mengambil kasus',
      'Petugas Contoh A (palu-a) mengubah status: Ditangani',
      'tolong telepon saya di [nomor disembunyikan] atau email [email disembunyikan]',
      'Petugas Contoh A (palu-a), lewat bot',
      'Baik, kami hubungi besok pagi.',
      'Petugas Contoh A (palu-a) mengubah status: Dirujuk',
      'Catatan internal · Petugas Contoh A (palu-a)',
    ].map((text) => timeline.indexOf(text));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(page.body).not.toMatch(/3456-7890|sari@contoh/); // masked everywhere on the page
    // The PIN the bot showed the reporter once is theirs alone.
    const pin = /PIN laporan: \*(\d+)\*/.exec(ws.scene.reporter.sender.texts().join('\n'))?.[1];
    expect(pin).toMatch(/^\d{4,8}$/);
    expect(timeline).toContain('PIN laporan: *[PIN disembunyikan]*');
    expect(page.body).not.toContain(`*${pin}*`);
    const found = ws.scene.data.repos.cases.findByReference(reference)!;
    const reads = ws.scene.data.repos.desk.trail(found.id).filter((e) => e.action === 'timeline_viewed');
    expect(reads).toHaveLength(2); // both page reads, by palu-a
    expect(reads.every((e) => e.actor === 'palu-a' && e.detail === null)).toBe(true);

    // The number the reporter typed to be called back on, shown when asked for, and audited
    // (officer trial: the workspace hid it with no way to see it; the chat relay shows it).
    expect(timeline).toContain(`href="/petugas/kasus/${reference}?kontak=tampil#percakapan"`);
    const shown = await palu.get(`/petugas/kasus/${reference}?kontak=tampil`);
    expect(shown.body).toContain('tolong telepon saya di 0812-3456-7890 atau email sari@contoh.id');
    expect(shown.body).toContain('PIN laporan: *[PIN disembunyikan]*'); // never the PIN
    expect(shown.body).not.toContain(`*${pin}*`);
    const revealed = ws.scene.data.repos.desk.trail(found.id).filter((e) => e.action === 'contacts_revealed');
    expect(revealed).toEqual([expect.objectContaining({ actor: 'palu-a' })]);
  });

  it("should refuse the timeline of another office's case with the page", async () => {
    ws = await WorkspaceScene.open();
    const reference = await ws.report();
    const sumbar = ws.browser();
    await sumbar.signIn('sumbar-a');
    const refused = await sumbar.get(`/petugas/kasus/${reference}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).not.toContain('memukul');
    const found = ws.scene.data.repos.cases.findByReference(reference)!;
    expect(ws.scene.data.repos.desk.trail(found.id).filter((e) => e.actor === 'sumbar-a')).toEqual([
      expect.objectContaining({ action: 'case_view_refused' }),
    ]);
  });
});
