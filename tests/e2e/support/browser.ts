import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ARTIFACTS_DIR = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url));

/**
 * Debian's Chromium, headless, with the flags this offline machine needs (ARCHITECTURE.md).
 * Playwright gives every launch a fresh temporary profile.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A page that fails the test on any uncaught error in the UI. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({
    viewport: { width: 1366, height: 800 },
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return { page, errors };
}

/**
 * Saves the whole page. The window is first made as tall as the content, because a full-page
 * capture of a smaller window repeats the fixed header and navigation in the middle of the image.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  const viewport = page.viewportSize() ?? { width: 1366, height: 800 };
  // A string script: this helper is also compiled without the DOM library (bench/figures).
  const height = Number(await page.evaluate('Math.max(document.documentElement.scrollHeight, window.innerHeight)'));
  await page.setViewportSize({ width: viewport.width, height: Math.min(height, 6000) });
  await page.screenshot({ path });
  await page.setViewportSize(viewport);
  return path;
}

/**
 * The page at the two window sizes the office PCs have (`<name>-1024.png`, `<name>-1366.png`), left at
 * 1366×768: the whole page, or with `windowOnly` the window as the user sees it (what is fixed to its
 * corner, such as the jobs' notices, stays there).
 */
export async function screenshotsAtBothSizes(page: Page, name: string, { windowOnly = false } = {}): Promise<void> {
  for (const [width, height] of [
    [1024, 640],
    [1366, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    if (!windowOnly) await screenshot(page, `${name}-${width}`);
    else {
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}-${width}.png`) });
    }
  }
}
