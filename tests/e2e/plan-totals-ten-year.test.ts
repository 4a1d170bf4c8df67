import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './support/api';
import { screenshot } from './support/browser';
import { openTenYear, type TenYearSession } from './support/ten-year';

/**
 * Issue 17: the totals under a 3,000-row plan of the ten-year dataset were 1,393 px tall, the
 * institutions' names wrapped over 5–7 lines. Now compact: every name on one or two lines (the
 * whole name in its tooltip), and the panel well under a screen's height.
 */
describe('the plan totals of a kabupaten plan', () => {
  let session: TenYearSession;
  let planId: string;

  beforeAll(async () => {
    session = await openTenYear();
    const db = new Database(join(session.dataDir, 'sirakor.sqlite'), { readonly: true });
    planId = db
      .prepare(`SELECT plan_id FROM plan_rows WHERE deleted_at IS NULL GROUP BY plan_id ORDER BY count(*) DESC LIMIT 1`)
      .pluck()
      .get() as string;
    db.close();
  }, 900_000);
  afterAll(async () => session?.close());

  it.each([
    [1366, 768, 520],
    [1024, 640, 620],
  ])('at %i×%i px: compact, each name on at most two lines, the amounts adding up', async (width, height, most) => {
    const detail = await api(session.preview, 'plans.get', { id: planId });
    expect(detail.totals.byInstitution.length).toBeGreaterThan(12);
    const page = await session.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`${session.preview.url}#/rencana-aksi/${planId}/tabel`);
    const panel = page.getByTestId('plan-totals');
    await panel.waitFor({ timeout: 60_000 });
    await panel.scrollIntoViewIfNeeded();
    const box = await panel.boundingBox();
    expect(box?.height).toBeLessThan(most);

    const names = panel.locator('[title]');
    const lines = await names.evaluateAll((elements) =>
      elements.map((element) => ({
        title: element.getAttribute('title') ?? '',
        lines: Math.round(element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight)),
      })),
    );
    for (const line of lines) expect(line.lines, line.title).toBeLessThanOrEqual(2);
    // The institutions' whole names are at hand, the longest included.
    const titles = lines.map((line) => line.title);
    for (const row of detail.totals.byInstitution.slice(0, 12)) expect(titles).toContain(row.name);
    expect(titles).toContain(`${detail.totals.byInstitution.length - 12} penanggung jawab lainnya`);
    // The institutions' column adds up to the plan's total.
    const amounts = await panel
      .getByTestId('totals-by-institution')
      .locator(':scope > div > span:last-child')
      .allTextContents();
    const sum = amounts.reduce((total, text) => total + Number(text.replace(/[^\d]/g, '')), 0);
    expect(sum).toBe(detail.totals.overall);
    await screenshot(page, `plan-totals-ten-year-${width}`);
    await page.close();
  });
});
