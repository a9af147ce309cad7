/**
 * The workspace's statistics and rota pages in a real browser (Debian's Chromium, playwright-core)
 * against `hotline serve` with Telegram on the fake Bot API, set up like workspace.browser.test.ts:
 * a report made in the web chat this month, then the office's administrator (WORKSPACE_ADMINS)
 * opens the statistics (Chart.js draws every chart under the strict CSP, nothing refused in the
 * console), prints it, downloads the CSV, opens the rota and reloads the directory. Screenshots at
 * phone and desktop width go to tests/browser/screenshots/ (ignored by git).
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIMFONI_COLUMNS } from '../../src/statistics/simfoni-export.js';
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

const ADMIN_CHAT = '2002';

describe.skipIf(!chromiumAvailable)('the statistics and rota pages in a real browser', () => {
  let dir: ReturnType<typeof tempDir>;
  let api: FakeTelegramApi;
  let serve: ServeProcess;
  let browser: Browser;

  beforeAll(async () => {
    dir = tempDir();
    // A copy of its own: the rota page reloads it.
    const directory = join(dir.dir, 'offices.yaml');
    copyFileSync(JAMBI_DIRECTORY, directory);
    api = new FakeTelegramApi();
    await api.listen();
    serve = await startServe({
      DATABASE_URL: join(dir.dir, 'hotline.db'),
      DATA_KEY: TEST_KEY.key.toString('base64'),
      DIRECTORY_FILE: directory,
      TELEGRAM_BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.root,
      TELEGRAM_RATE_LIMIT: 'off',
      WORKSPACE_ADMINS: 'jambi-s',
    });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    serve?.child.kill('SIGKILL');
    await api?.close();
    dir?.cleanup();
  });

  it("should draw this month's statistics, export them, and show and reload the rota", async () => {
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
    await reporter.page.locator('.msg.bot', { hasText: 'Kode Anda' }).waitFor({ timeout: 15_000 });

    // The administrator signs in with the code the bot sends to their chat.
    const adminContext = await browser.newContext({
      viewport: PHONE,
      locale: 'id-ID',
      acceptDownloads: true,
    });
    const admin = await openPage(adminContext, `${serve.url}/petugas`);
    await admin.page.fill('#officer', 'jambi-s');
    await admin.page.click('button[type="submit"]');
    await admin.page.locator('#code').waitFor();
    const toAdmin = () => api.sentMessages().filter((m) => String(m.chat_id) === ADMIN_CHAT);
    await api.waitFor(() => toAdmin().some((m) => m.text.includes('kode masuk')), 15_000);
    const code = /(\d{6})/.exec(toAdmin().find((m) => m.text.includes('kode masuk'))!.text)![1]!;
    await admin.page.fill('#code', code);
    await admin.page.click('form button[type="submit"]');
    await admin.page.locator('.case').first().waitFor();

    // Statistics, from the sections bar: every chart drawn by Chart.js, the table beside it.
    await admin.page.click('.sections a:has-text("Statistik")');
    await admin.page.locator('h1', { hasText: 'Statistik' }).waitFor();
    expect(await admin.page.locator('#total').textContent()).toBe('1');
    const charts = admin.page.locator('canvas[data-chart]');
    expect(await charts.count()).toBe(6);
    await expect
      .poll(() =>
        // In the page (a string: this project's TypeScript has no DOM types): canvases Chart.js drew.
        admin.page.evaluate(
          "[...document.querySelectorAll('canvas[data-chart]')].filter((c) => Chart.getChart(c)).length",
        ),
      )
      .toBe(6);
    const box = await charts.first().boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(100);
    // This month's row (the last): one case of its kind.
    expect(await admin.page.locator('#stat-kind tbody tr').last().locator('td').first().textContent()).toBe(
      '1',
    );
    expect(await admin.page.locator('#stat-region thead').textContent()).toContain('Kota Jambi (15.71)');
    await shoot(admin.page, 'statistics', 300);
    // On a desk's 1280 px screen every table shows whole beside its chart (the officer trial saw
    // the time-to-claim table cut off at the side).
    await admin.page.setViewportSize({ width: 1280, height: 800 });
    const cut = await admin.page.evaluate<string[]>(
      "[...document.querySelectorAll('.table-wrap')].filter((w) => w.scrollWidth > w.clientWidth).map((w) => w.closest('section').id)",
    );
    expect(cut).toEqual([]);
    await admin.page.setViewportSize(PHONE);

    // Printed for a meeting: no bars, forms or buttons; the tables and charts stay.
    await admin.page.emulateMedia({ media: 'print' });
    expect(await admin.page.locator('header.top').isVisible()).toBe(false);
    expect(await admin.page.locator('.export').isVisible()).toBe(false);
    expect(await admin.page.locator('#stat-kind table').isVisible()).toBe(true);
    await admin.page.emulateMedia({ media: 'screen' });

    // The CSV, downloaded: one row per case, SIMFONI-shaped columns, never the story.
    const [download] = await Promise.all([
      admin.page.waitForEvent('download'),
      admin.page.click('button:has-text("Unduh CSV")'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^simfoni-semua-\d{4}-01-\d{4}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(csv[0]).toBe(SIMFONI_COLUMNS.join(','));
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain('UPTD PPA Kota Jambi (contoh)');
    expect(csv.join('\n')).not.toContain('memukul');

    // The rota: who is on call, and a reload of the directory file.
    await admin.page.click('.sections a:has-text("Jadwal piket")');
    const jambi = admin.page.locator('#rota-uptd-jambi');
    await jambi.waitFor();
    expect(await jambi.locator('.oncall.now li').first().textContent()).toContain('Petugas A');
    await admin.page.click('button:has-text("Muat ulang direktori")');
    await admin.page.locator('.notice', { hasText: 'Direktori sudah dimuat ulang' }).waitFor();
    await shoot(admin.page, 'rota', 300);

    // The access log: what was opened and done, the administrator's own reading of pages included.
    await admin.page.click('.sections a:has-text("Jejak akses")');
    await admin.page.locator('h1', { hasText: 'Jejak akses' }).waitFor();
    const rows = admin.page.locator('table.access tbody tr');
    expect(await rows.count()).toBeGreaterThan(3);
    expect(await admin.page.locator('table.access', { hasText: 'membuka statistik' }).count()).toBe(1);
    await admin.page.selectOption('#hari', '7');
    await admin.page.click('button:has-text("Tampilkan")');
    await admin.page.waitForURL(/hari=7/);
    // On a phone the page stays within the screen; the table scrolls inside its box if it must.
    expect(await admin.page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      PHONE.width,
    );
    await shoot(admin.page, 'access', 300);

    expect(admin.problems).toEqual([]); // no CSP refusal, no script error
    await reporterContext.close();
    await adminContext.close();
  }, 120_000);
});
