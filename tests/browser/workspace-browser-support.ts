/**
 * What the workspace's browser tests share: Debian's Chromium (skipped with one line without it,
 * a failure in CI), the office file and the report they walk, a page that records CSP refusals and
 * script errors, and screenshots at phone and desktop width (tests/browser/screenshots/, ignored by git).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { typedReport } from '../support/typed-report.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM);
if (!chromiumAvailable && process.env.CI)
  throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
if (!chromiumAvailable)
  console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

const SCREENSHOTS = join(import.meta.dirname, 'screenshots');
export const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

/** UPTD PPA Kota Jambi: jambi-a (Telegram 2001) on call at every hour, jambi-s (2002) its supervisor. */
export const JAMBI_DIRECTORY = join(import.meta.dirname, '..', 'directory', 'fixtures', 'short-offices.yaml');

/** A non-urgent story (repeated abuse in the past, no danger now) from Kota Jambi. */
export const JAMBI_REPORT = typedReport('kota jambi');

export async function launchChromium(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

/** A page that records every CSP refusal and script error. */
export async function openPage(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  return { page, problems };
}

/** `workspace-<name>-phone.png` and `-desktop.png`; `settleMs` lets a page redraw (Chart.js) after a resize. */
export async function shoot(page: Page, name: string, settleMs = 0): Promise<void> {
  for (const [size, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    if (settleMs > 0) await page.waitForTimeout(settleMs);
    await page.screenshot({ path: join(SCREENSHOTS, `workspace-${name}-${size}.png`), fullPage: true });
  }
  await page.setViewportSize(PHONE);
}
