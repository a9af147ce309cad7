/**
 * The officer workspace in a real browser (Debian's Chromium, playwright-core) against `hotline
 * serve` with Telegram on the fake Bot API: a non-urgent report made in the web chat is announced to
 * the office's officer on Telegram; the officer signs in with the code the bot sent, finds the case
 * in the queue, takes it, replies (the reporter's web chat shows it), changes its status, adds a
 * note, reads the timeline, sets a follow-up date and closes the case — all under the strict CSP.
 * Screenshots of the queue and the case page at phone and desktop width go to
 * tests/browser/screenshots/ (ignored by git).
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServeProcess, startServe } from '../support/cli.js';
import {
  chromiumAvailable,
  JAMBI_DIRECTORY,
  JAMBI_REPORT,
  launchChromium,
  openPage,
  PHONE,
  shoot,
} from './workspace-browser-support.js';
import { FakeTelegramApi } from '../support/fake-telegram-api.js';
import { TEST_KEY, tempDir } from '../support/test-hotline.js';

const OFFICER_CHAT = '2001';

describe.skipIf(!chromiumAvailable)('the officer workspace in a real browser', () => {
  let dir: ReturnType<typeof tempDir>;
  let api: FakeTelegramApi;
  let serve: ServeProcess;
  let browser: Browser;

  beforeAll(async () => {
    dir = tempDir();
    api = new FakeTelegramApi();
    await api.listen();
    serve = await startServe({
      DATABASE_URL: join(dir.dir, 'hotline.db'),
      DATA_KEY: TEST_KEY.key.toString('base64'),
      DIRECTORY_FILE: JAMBI_DIRECTORY,
      TELEGRAM_BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.root,
      TELEGRAM_RATE_LIMIT: 'off',
    });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    serve?.child.kill('SIGKILL');
    await api?.close();
    dir?.cleanup();
  });

  const toOfficer = () => api.sentMessages().filter((m) => String(m.chat_id) === OFFICER_CHAT);

  it('should take a web-chat report from the Telegram notice to a reply the reporter reads', async () => {
    // The reporter, on a phone.
    const reporterContext = await browser.newContext({ viewport: PHONE, locale: 'id-ID' });
    const reporter = await openPage(reporterContext, `${serve.url}/`);
    for (const line of JAMBI_REPORT) {
      const before = await reporter.page.locator('.msg.bot').count();
      await reporter.page.fill('#text', line);
      await reporter.page.press('#text', 'Enter');
      await expect
        .poll(() => reporter.page.locator('.msg.bot').count(), { timeout: 15_000 })
        .toBeGreaterThan(before);
      await reporter.page.waitForTimeout(400); // the rest of the bot's turn
    }

    // The notice reaches the officer on Telegram: reference, never the story.
    await api.waitFor(() => toOfficer().some((m) => m.text.includes('menunggu diambil')), 15_000);
    const notice = toOfficer().find((m) => m.text.includes('menunggu diambil'))!;
    const reference = /kasus baru (\w{3}-\w{3})/.exec(notice.text)![1]!;
    expect(notice.text).not.toContain('memukul');

    // The officer signs in with the code the bot sends to the same chat.
    const officerContext = await browser.newContext({ viewport: PHONE, locale: 'id-ID' });
    const officer = await openPage(officerContext, `${serve.url}/petugas`);
    await officer.page.fill('#officer', 'jambi-a');
    await officer.page.click('button[type="submit"]');
    await officer.page.locator('#code').waitFor();
    await api.waitFor(() => toOfficer().some((m) => m.text.includes('kode masuk')), 15_000);
    const code = /(\d{6})/.exec(toOfficer().find((m) => m.text.includes('kode masuk'))!.text)![1]!;
    await officer.page.fill('#code', code);
    await officer.page.click('form button[type="submit"]');

    // The queue: the case is waiting for a claim, with its deadline badge.
    await officer.page.locator('.case').first().waitFor();
    expect(await officer.page.locator('.tabs a[aria-current="page"]').textContent()).toContain(
      'Menunggu diambil',
    );
    const row = officer.page.locator('.case', { hasText: reference });
    expect(await row.locator('.badge.on_time').count()).toBe(1);
    // A filter through htmx keeps the URL; the row stays for its own kind.
    await officer.page.selectOption('select[name="risk"]', 'medium');
    await expect.poll(() => officer.page.url()).toContain('risk=medium');
    expect(await officer.page.locator('.case', { hasText: reference }).count()).toBe(1);
    await shoot(officer.page, 'queue');

    // The case page: the report, then "Take this case".
    await officer.page.click(`a[href="/petugas/kasus/${reference}"]`);
    await officer.page.locator('h1', { hasText: reference }).waitFor();
    expect(await officer.page.locator('.story').first().textContent()).toContain('memukul');
    const tap = officer.page.locator('button', { hasText: 'Ambil kasus ini' });
    expect((await tap.boundingBox())!.height).toBeGreaterThanOrEqual(44); // a thumb can hit it
    await tap.click();
    await officer.page.locator('.notice', { hasText: 'Anda tangani' }).waitFor();
    await reporter.page
      .locator('.msg.bot', { hasText: 'Seorang petugas sudah membaca laporan Anda' })
      .waitFor({ timeout: 15_000 });

    // A reply goes through the bot to the reporter's web chat. On a phone the reply box is below the
    // story and the timeline, out of sight (officer trial); the link at the top brings it up.
    expect(await officer.page.locator('#reply').isVisible()).toBe(true);
    const inView = () =>
      officer.page.evaluate<boolean>(
        "(() => { const r = document.querySelector('#reply').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()",
      );
    expect(await inView()).toBe(false);
    await officer.page.click('a[href="#balas"]');
    await expect.poll(inView).toBe(true);
    await officer.page.fill('#reply', 'Halo, saya petugas UPTD PPA. Apakah Anda aman sekarang?');
    await officer.page.click('button:has-text("Kirim ke pelapor")');
    await officer.page.locator('.notice', { hasText: 'Pesan dikirim' }).waitFor();
    await reporter.page
      .locator('.msg.bot', { hasText: 'Apakah Anda aman sekarang?' })
      .waitFor({ timeout: 15_000 });

    // Status, then an internal note the reporter never sees.
    await officer.page.selectOption('#status', 'dirujuk');
    await officer.page.click('button:has-text("Simpan status")');
    await officer.page.locator('.notice', { hasText: 'Status disimpan' }).waitFor();
    expect(await officer.page.locator('.facts dd', { hasText: 'Dirujuk' }).count()).toBeGreaterThan(0);
    await officer.page.fill('#note', 'Dirujuk ke puskesmas; hubungi lagi Senin.');
    await officer.page.click('button:has-text("Tambah catatan")');
    await officer.page.locator('.note', { hasText: 'puskesmas' }).waitFor();
    expect(await officer.page.locator('.trail li').count()).toBeGreaterThanOrEqual(5);
    // Nothing wider than the phone, the hand-over form included (officer trial: 462 px at 390).
    expect(await officer.page.locator('#serahkan').count()).toBe(1);
    // In the page, as a string (this project's TypeScript has no DOM types).
    expect(await officer.page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      PHONE.width,
    );

    // The timeline: the reporter's words, the bot's, the officer's reply by id, the status, the note.
    const timeline = officer.page.locator('#percakapan');
    expect(await timeline.locator('.from-reporter', { hasText: 'memukul' }).count()).toBe(1);
    expect(await timeline.locator('.from-bot').count()).toBeGreaterThan(3);
    expect(
      await timeline.locator('.from-officer', { hasText: 'Apakah Anda aman sekarang?' }).textContent(),
    ).toContain('(jambi-a)');
    expect(await timeline.locator('.step', { hasText: 'Dirujuk' }).count()).toBe(1);
    expect(await timeline.locator('.note-item', { hasText: 'puskesmas' }).count()).toBe(1);

    // A follow-up date through the date input: on the page, then as a badge in the queue.
    await officer.page.fill('#follow-up', '2030-01-15');
    await officer.page.click('button:has-text("Simpan tanggal")');
    await officer.page.locator('.notice', { hasText: 'Tanggal tindak lanjut disimpan' }).waitFor();
    expect(await officer.page.inputValue('#follow-up')).toBe('2030-01-15');
    await shoot(officer.page, 'case');
    await officer.page.goto(`${serve.url}/petugas/kasus?tab=all`);
    expect(
      await officer.page.locator('.case', { hasText: reference }).locator('.badge.follow_up').textContent(),
    ).toContain('15 Jan 2030');

    // Closed: the case leaves the open tabs and shows as done in All.
    await officer.page.goto(`${serve.url}/petugas/kasus/${reference}`);
    await officer.page.selectOption('#status', 'selesai');
    await officer.page.click('button:has-text("Simpan status")');
    await officer.page.locator('.notice', { hasText: 'Status disimpan' }).waitFor();
    expect(await officer.page.locator('.facts dd', { hasText: 'Selesai' }).count()).toBeGreaterThan(0);

    await reporter.page.waitForTimeout(500);
    expect(await reporter.page.locator('.msg', { hasText: 'puskesmas' }).count()).toBe(0);
    expect(reporter.problems).toEqual([]);
    expect(officer.problems).toEqual([]);
    expect(serve.output()).not.toContain(code); // the code is never logged
    await reporterContext.close();
    await officerContext.close();
  }, 120_000);
});
