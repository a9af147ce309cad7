/**
 * The web chat page in a real browser (Debian's Chromium, driven by playwright-core), against the
 * service as `npm start` runs it: what a reporter on a phone sees, under the page's strict CSP.
 * Screenshots go to tests/browser/screenshots/ (ignored by git) for a person to look at.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServeProcess, startServe } from '../support/cli.js';
import { TEST_KEY, tempDir } from '../support/test-hotline.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(import.meta.dirname, 'screenshots');
const PHONE = { width: 360, height: 740 };
const available = existsSync(CHROMIUM);

// CI installs Chromium (.ci/run); a developer without it is told, and CI fails rather than skips.
if (!available && process.env.CI)
  throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
if (!available)
  console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

describe.skipIf(!available)('web chat in a real browser', () => {
  let dir: ReturnType<typeof tempDir>;
  let serve: ServeProcess;
  let browser: Browser;

  beforeAll(async () => {
    dir = tempDir();
    serve = await startServe({
      DATABASE_URL: join(dir.dir, 'hotline.db'),
      DATA_KEY: TEST_KEY.key.toString('base64'),
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    serve?.child.kill('SIGKILL');
    dir?.cleanup();
  });

  /** A phone-sized page that records every CSP refusal and script error. */
  async function openChat(): Promise<{ page: Page; problems: string[] }> {
    // A phone in Indonesia: the page follows the browser's language.
    const context = await browser.newContext({ viewport: PHONE, locale: 'id-ID' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${serve.url}/`);
    return { page, problems };
  }

  it('should answer an urgent message with tappable emergency numbers, under the CSP, on a phone', async () => {
    const { page, problems } = await openChat();
    expect(await page.title()).toBe('Chat'); // discreet in the tab list
    expect(await page.locator('#intro a[href="tel:112"]').count()).toBeGreaterThan(0);

    await page.fill('#text', 'tolong suami saya mau bunuh saya, dia bawa parang sekarang');
    await page.press('#text', 'Enter');
    const emergency = page.locator('.msg.bot.emergency[role="alert"]');
    await emergency.first().waitFor({ timeout: 15_000 });
    expect(await emergency.first().locator('a[href^="tel:"]').count()).toBeGreaterThan(0);

    await page.screenshot({ path: join(SCREENSHOTS, 'webchat-urgent-phone.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('should take the conversation off the screen after a confirmed deletion', async () => {
    const { page, problems } = await openChat();
    await page.fill('#text', 'halo');
    await page.press('#text', 'Enter');
    await page.locator('.msg.bot').first().waitFor({ timeout: 15_000 });

    await page.fill('#text', 'hapus');
    await page.press('#text', 'Enter');
    const confirm = page.locator('.options button', { hasText: 'Ya, hapus' });
    await confirm.waitFor({ timeout: 15_000 });
    // Buttons a thumb can hit: at least 44 px high.
    expect((await confirm.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await confirm.click();
    // Only the confirmation stays: the story, the greeting and the question are gone.
    await expect.poll(() => page.locator('#log .msg').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('#log .msg').first().textContent()).toContain('sudah dihapus');

    await page.screenshot({ path: join(SCREENSHOTS, 'webchat-deleted-phone.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('should leave as the quick-exit button does when the quick-exit word is typed', async () => {
    const { page } = await openChat();
    // The weather site is out of reach here: whatever the browser is asked to open instead is served.
    await page
      .context()
      .route('https://www.bmkg.go.id/**', (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Cuaca</title>' }),
      );
    await page.fill('#text', 'suami saya sering memukul saya kalau marah, sudah setahun');
    await page.press('#text', 'Enter');
    await page.locator('.msg.bot').first().waitFor({ timeout: 15_000 });
    await page.fill('#text', 'keluar');
    await page.press('#text', 'Enter');
    // Night-shift trial: typed, it left the story on screen, and a reload showed it all again.
    await page.waitForURL(/bmkg\.go\.id/, { timeout: 15_000 });
    expect(await page.evaluate<number>('window.sessionStorage.length')).toBe(0);
    await page.goBack().catch(() => undefined); // replace(): Back does not return to the chat
    expect(page.url()).not.toContain(serve.url);
    await page.context().close();
  }, 60_000);
});
