import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './support/api';
import { ARTIFACTS_DIR, launchBrowser } from './support/browser';
import { startPreview, type RunningPreview } from './support/preview-host';
import { outreachData } from './support/outreach-data';
import { closeDialog, demoScreens, DIALOGS, LOCALES, openDialog, openScreen, type Screen } from './support/screens';

const SIZES = [
  { width: 1024, height: 640 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/**
 * Text cut off inside a button, tab, badge, navigation link or header (overflowing a box that
 * hides it), and tables whose columns are cut off at their right edge (wider than a box that
 * hides the rest; a table that scrolls sideways inside itself, like the plan grid, is fine).
 */
function clippedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const roots = document.querySelectorAll(
      '.mantine-Button-root, .mantine-ActionIcon-root, .mantine-NavLink-root, .mantine-Badge-root, [role="tab"], ' +
        '.mantine-SegmentedControl-label, h1, h2, h3, h4, th, [role="columnheader"], .mantine-Modal-title, .mantine-Drawer-title',
    );
    const clipped: string[] = [];
    for (const root of roots) {
      if (!root.checkVisibility()) continue;
      for (const element of [root, ...root.querySelectorAll('*')]) {
        if (!(element instanceof HTMLElement) || !element.innerText?.trim()) continue;
        const style = getComputedStyle(element);
        const hides = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
        const hidesY = ['hidden', 'clip'].includes(style.overflowY);
        if (
          (hides && element.scrollWidth > element.clientWidth + 1) ||
          (hidesY && element.scrollHeight > element.clientHeight + 1)
        ) {
          clipped.push(element.innerText.trim().slice(0, 60));
          break;
        }
      }
    }
    for (const table of document.querySelectorAll<HTMLElement>('[role="table"], table')) {
      const style = getComputedStyle(table);
      if (['hidden', 'clip'].includes(style.overflowX) && table.scrollWidth > table.clientWidth + 1)
        clipped.push(
          `table ${table.getAttribute('aria-label') ?? ''} cut at ${table.clientWidth}px of ${table.scrollWidth}px`,
        );
    }
    return clipped;
  });
}

/** Rows of a scrolling table wholly visible: below its sticky header, inside its own box and inside the window. */
function visibleRows(page: Page, scroller: string, header: string, rows: string): Promise<number> {
  return page.evaluate(
    ([scrollerSelector, headerSelector, rowSelector]) => {
      const box = document.querySelector(scrollerSelector)?.getBoundingClientRect();
      if (!box) return 0;
      const headerBottom = headerSelector
        ? (document.querySelector(headerSelector)?.getBoundingClientRect().bottom ?? box.top)
        : box.top;
      const top = Math.max(box.top, headerBottom, 0);
      const bottom = Math.min(box.bottom, window.innerHeight);
      return [...document.querySelectorAll(rowSelector)].filter((row) => {
        const r = row.getBoundingClientRect();
        return r.height > 0 && r.top >= top - 1 && r.bottom <= bottom + 1;
      }).length;
    },
    [scroller, header, rows] as const,
  );
}

/**
 * Buttons of the open dialog that can be neither seen nor scrolled to: outside the window, and
 * inside no box that scrolls.
 */
function unreachableButtons(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const dialog = [...document.querySelectorAll<HTMLElement>('[role="dialog"]')].at(-1);
    if (!dialog) return [];
    const scrollsTo = (element: HTMLElement): boolean => {
      for (let at = element.parentElement; at; at = at.parentElement) {
        const style = getComputedStyle(at);
        const scrolls = (overflow: string, content: number, box: number) =>
          ['auto', 'scroll'].includes(overflow) && content > box;
        if (scrolls(style.overflowY, at.scrollHeight, at.clientHeight)) return true;
        if (scrolls(style.overflowX, at.scrollWidth, at.clientWidth)) return true;
      }
      return false;
    };
    return [...dialog.querySelectorAll<HTMLElement>('button')]
      .filter((button) => button.checkVisibility())
      .filter((button) => {
        const box = button.getBoundingClientRect();
        const outside = box.bottom > window.innerHeight + 1 || box.right > window.innerWidth + 1 || box.left < -1;
        return outside && !scrollsTo(button);
      })
      .map((button) => (button.getAttribute('aria-label') ?? button.innerText).trim().slice(0, 60));
  });
}

/**
 * Every screen at the three window sizes an office has (a small laptop, the common 1366×768, a
 * desktop monitor), with the demo data: screenshots saved under test-artifacts/screens, no page
 * that scrolls sideways, no clipped text in buttons and headers, and at 1366×768 the plan grid and
 * the ledger show enough rows to work in.
 */
describe('dense screens at 1024×640, 1366×768 and 1920×1080', () => {
  let browser: Browser;
  let dataDir: string;
  let preview: RunningPreview;
  let screens: Screen[];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-'));
    [browser, preview] = await Promise.all([launchBrowser(), startPreview(dataDir, ['--demo'])]);
    screens = await demoScreens(preview);
    // Four more promises made in the follow-up Rakor, so that the ledger has more rows than fit.
    const [, followUp = ''] = (await api(preview, 'demo.status', {})).meetingIds;
    const { items } = await api(preview, 'institutions.list', { limit: 20 });
    for (const [index, institution] of items.slice(0, 4).entries()) {
      await api(preview, 'commitments.create', {
        meetingId: followUp,
        institutionId: institution.id,
        description: `Menyampaikan laporan capaian intervensi stunting triwulan IV nomor ${index + 1}`,
        dueDate: '2026-02-27',
      });
    }
    mkdirSync(join(ARTIFACTS_DIR, 'screens'), { recursive: true });
  });

  afterAll(async () => {
    await preview?.stop();
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  for (const size of SIZES) {
    it(`has no sideways scroll and no clipped labels at ${size.width}×${size.height}`, async () => {
      const page = await browser.newPage({ viewport: size, locale: 'id-ID', timezoneId: 'Asia/Makassar' });
      const problems: Record<string, unknown> = {};
      for (const screen of screens) {
        await openScreen(page, preview, screen);
        await page.screenshot({
          path: join(ARTIFACTS_DIR, 'screens', `${screen.name}-${size.width}x${size.height}.png`),
        });
        const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
        const clipped = await clippedTexts(page);
        if (scrollWidth > size.width || clipped.length > 0) problems[screen.name] = { scrollWidth, clipped };
      }
      await page.close();
      expect(problems).toEqual({});
    });
  }

  for (const size of SIZES.slice(0, 2)) {
    it(`opens every dialog whole at ${size.width}×${size.height}: no sideways scroll, no clipped label, every button reachable`, async () => {
      const page = await browser.newPage({ viewport: size, locale: 'id-ID', timezoneId: 'Asia/Makassar' });
      const files = await outreachData(preview);
      const problems: Record<string, unknown> = {};
      for (const dialog of DIALOGS) {
        const screen = screens.find((s) => s.name === dialog.screen) as Screen;
        await openDialog(page, preview, screen, dialog, LOCALES.id, files);
        const where = `${screen.name} › ${dialog.name}`;
        await page.screenshot({
          path: join(ARTIFACTS_DIR, 'screens', `dialog-${screen.name}-${dialog.name}-${size.width}x${size.height}.png`),
        });
        const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
        const clipped = await clippedTexts(page);
        const unreachable = await unreachableButtons(page);
        if (scrollWidth > size.width || clipped.length > 0 || unreachable.length > 0)
          problems[where] = { scrollWidth, clipped, unreachable };
        await closeDialog(page, LOCALES.id);
      }
      await page.close();
      expect(problems).toEqual({});
    }, 240_000);
  }

  it('shows at least 10 plan rows and 8 ledger rows at 1366×768', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
    const screen = (name: string) => screens.find((s) => s.name === name) as Screen;
    await openScreen(page, preview, screen('plan-grid'));
    const planRows = await visibleRows(
      page,
      '[data-testid="plan-grid"]',
      '[data-testid="plan-grid"] > [role="row"]',
      '[data-testid="plan-grid"] [role="rowgroup"] [role="row"]',
    );
    await openScreen(page, preview, screen('commitments'));
    const ledgerRows = await visibleRows(
      page,
      '[data-testid="ledger-scroller"]',
      '',
      '[data-testid="ledger-scroller"] [role="row"]',
    );
    await page.close();
    expect({ planRows: planRows >= 10, ledgerRows: ledgerRows >= 8 }).toEqual({ planRows: true, ledgerRows: true });
  });

  it('remembers a collapsed sidebar, which gives the page its width', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
    const commitments = screens.find((s) => s.name === 'commitments') as Screen;
    await openScreen(page, preview, commitments);
    // The shell's main area spans the window; the page gets what the navigation leaves.
    const contentWidth = () =>
      page
        .locator('main')
        .evaluate((main) => main.getBoundingClientRect().width - parseFloat(getComputedStyle(main).paddingLeft));
    const wide = await contentWidth();
    await page.getByRole('button', { name: 'Ciutkan menu' }).click();
    await page.reload();
    await page.locator('main h1').waitFor();
    const navigation = page.getByRole('navigation', { name: 'Navigasi utama' });
    // Collapsed, each link keeps its name for the keyboard and screen readers.
    await navigation.getByRole('link', { name: 'Komitmen', exact: true }).waitFor();
    const wider = await contentWidth();
    expect(wider - wide).toBeGreaterThan(120);
    await page.getByRole('button', { name: 'Tampilkan menu' }).click();
    await page.close();
  });

  it('folds the sample-data strip into a header badge and a notice into its headline, remembered', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
    await openScreen(page, preview, screens.find((s) => s.name === 'plan-grid') as Screen);
    const detail = page.getByText('Status, realisasi, dan catatan tetap dapat diisi', { exact: false });
    expect(await detail.isVisible()).toBe(false);
    await page.getByTestId('plan-locked').getByRole('button', { name: 'Selengkapnya' }).click();
    await detail.waitFor();
    await page.getByRole('button', { name: 'Sembunyikan pemberitahuan data contoh' }).click();
    await page.reload();
    await page.locator('main h1').waitFor();
    await detail.waitFor();
    expect(await page.getByTestId('demo-banner').count()).toBe(0);
    // Still marked: the header says sample data is loaded, and brings the strip back.
    await page.getByRole('button', { name: 'Data contoh dimuat; tampilkan pemberitahuannya' }).click();
    await page.getByTestId('demo-banner').waitFor();
    await page.getByTestId('plan-locked').getByRole('button', { name: 'Ringkas' }).click();
    await page.close();
  });

  it('zooms the print preview and keeps its settings in view while the pages scroll', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
    await openScreen(page, preview, screens.find((s) => s.name === 'plan-grid') as Screen);
    await page.getByRole('button', { name: 'Cetak / Ekspor' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Pratinjau' }).click();
    await dialog.locator('[data-testid="pdf-preview"][data-state="done"]').waitFor({ timeout: 60_000 });
    const pageImage = dialog.getByRole('img', { name: /^Halaman 1/ });
    const before = await pageImage.evaluate((canvas) => canvas.getBoundingClientRect().width);
    await dialog.getByRole('button', { name: 'Perbesar' }).click();
    await dialog.getByRole('button', { name: 'Perbesar' }).click();
    const after = await pageImage.evaluate((canvas) => canvas.getBoundingClientRect().width);
    expect(after).toBeGreaterThan(before * 1.3);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'screens', 'print-preview-zoomed-1366x768.png') });

    // Scrolled to the last page, Simpan berkas is still on screen, where the pointer can reach it.
    await dialog.getByTestId('pdf-preview').evaluate((pane) => {
      const scroller = pane.closest('[data-testid="preview-scroller"]') ?? pane;
      scroller.scrollTop = scroller.scrollHeight;
    });
    await page.mouse.wheel(0, 4000);
    const save = dialog.getByRole('button', { name: 'Simpan berkas' });
    const box = await save.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 768).toBe(true);
    const hit = await save.evaluate((button) => {
      const r = button.getBoundingClientRect();
      return button.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
    });
    expect(hit).toBe(true);
    await page.close();
  });
});
