import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardPeriodRange, type DashboardPeriod } from '../../shared/domain/dashboard-period';
import { localDateIn } from '../../shared/domain/overdue';
import { screenshot } from './support/browser';
import { field } from './support/mantine';
import { longestTaskOver, openTenYear, resetLongTasks, type TenYearSession } from './support/ten-year';

/**
 * The chair's dashboard on ten years of a kabupaten (issue 17): it works on a period, its figures
 * are those of the period (checked against SQL written here, on the same data), an empty period
 * says so, institution names are shown whole, and nothing blocks the window for over 200 ms.
 */
let session: TenYearSession;
let db: Database.Database;
let page: Page;
const today = localDateIn('WITA', new Date());

interface Counts {
  total: number;
  done: number;
  open: number;
  overdue: number;
}

/** The commitments of a period by due date, as the user would count them in the data. */
function countsOf(period: DashboardPeriod): Counts {
  const { from, to } = dashboardPeriodRange(period);
  return db
    .prepare(
      `SELECT count(*) AS total, coalesce(sum(status = 'done'), 0) AS done,
         coalesce(sum(status IN ('not_started', 'in_progress')), 0) AS open,
         coalesce(sum(status IN ('not_started', 'in_progress') AND due_date < @today), 0) AS overdue
       FROM commitments c
       WHERE c.deleted_at IS NULL AND c.due_date BETWEEN @from AND @to AND NOT EXISTS (
         SELECT 1 FROM meetings m WHERE m.id = c.meeting_id AND (m.deleted_at IS NOT NULL OR m.is_template = 1))`,
    )
    .get({ from, to, today }) as Counts;
}

const shown = (n: number) => n.toLocaleString('id-ID');

async function statValues(): Promise<Omit<Counts, 'total'>> {
  const value = async (id: string) => Number((await page.getByTestId(`${id}-value`).textContent())?.replace(/\./g, ''));
  return { open: await value('stat-open'), overdue: await value('stat-overdue'), done: await value('stat-done') };
}

/** Waits until the stats show these counts and the charts are drawn. */
async function showsCounts(counts: Counts): Promise<void> {
  const { total: _total, ...stats } = counts;
  await expect.poll(statValues, { timeout: 30_000 }).toEqual(stats);
  await page.getByTestId('chart-trend').locator('.recharts-line-curve').first().waitFor();
  expect(await page.getByTestId('dashboard-period-total').textContent()).toContain(`${shown(counts.total)} komitmen`);
}

async function chooseYear(year: number): Promise<void> {
  await field(page.getByTestId('dashboard-period'), 'Tahun').click();
  await page.getByRole('option', { name: String(year), exact: true }).click();
}

beforeAll(async () => {
  session = await openTenYear();
  db = new Database(join(session.dataDir, 'sirakor.sqlite'), { readonly: true });
  page = await session.newPage();
}, 900_000);
afterAll(async () => {
  db?.close();
  await session?.close();
});

describe('the dashboard on the ten-year dataset', () => {
  it('opens on the latest year with data up to now, its figures drawn without a long task', async () => {
    const latest = db
      .prepare(`SELECT max(due_date) FROM commitments WHERE listed = 1 AND due_date <= ?`)
      .pluck()
      .get(`${today.slice(0, 4)}-12-31`) as string;
    const year: DashboardPeriod = { kind: 'year', year: Number(latest.slice(0, 4)), index: 1 };
    await page.goto(`${session.preview.url}#/`);
    await page.getByTestId('dashboard').waitFor({ timeout: 60_000 });
    await showsCounts(countsOf(year));
    for (const chart of ['chart-sector', 'chart-area', 'chart-institution']) {
      expect(await page.getByTestId(chart).getByTestId('rate-row').count()).toBeGreaterThan(0);
    }
    expect(await field(page.getByTestId('dashboard-period'), 'Tahun').inputValue()).toBe(String(year.year));
    expect(await longestTaskOver(page, 200)).toBeNull();
    await screenshot(page, 'dashboard-ten-year-1366');
  });

  it('counts a chosen year and a quarter of it, overdue and most overdue within the period', async () => {
    await resetLongTasks(page);
    const year2024: DashboardPeriod = { kind: 'year', year: 2024, index: 1 };
    await chooseYear(2024);
    const counts = countsOf(year2024);
    await showsCounts(counts);
    // Not the whole backlog: the 2024 commitments only.
    const all = db.prepare(`SELECT count(*) FROM commitments WHERE listed = 1 AND status = 'not_started'`).pluck();
    expect(counts.open).toBeLessThan(all.get() as number);
    const dues = await page.getByTestId('top-overdue').locator('tbody tr td:nth-child(3)').allTextContents();
    expect(dues.length).toBe(10);
    for (const due of dues) expect(due).toMatch(/ 2024$/);
    expect(await page.getByText('Komitmen paling terlambat — jatuh tempo tahun 2024').count()).toBe(1);

    await page.getByTestId('dashboard-period').getByText('Triwulan', { exact: true }).click();
    const q4: DashboardPeriod = { kind: 'quarter', year: 2024, index: 4 };
    await showsCounts(countsOf(q4));
    expect(countsOf(q4).total).toBeLessThan(counts.total);
    expect(await field(page.getByTestId('dashboard-period'), 'Triwulan').inputValue()).toBe('TW IV');
    for (const due of await page.getByTestId('top-overdue').locator('tbody tr td:nth-child(3)').allTextContents()) {
      expect(due).toMatch(/ (Oktober|November|Desember) 2024$/);
    }
    // The trend has the quarter's three months.
    expect(await page.getByTestId('chart-trend').locator('.recharts-xAxis .recharts-cartesian-axis-tick').count()).toBe(
      3,
    );
    expect(await longestTaskOver(page, 200)).toBeNull();
  });

  it('remembers the period when the user comes back', async () => {
    await page.goto(`${session.preview.url}#/rapat`);
    await page.getByRole('row').nth(2).waitFor({ timeout: 60_000 });
    await page.reload();
    await page.goto(`${session.preview.url}#/`);
    await showsCounts(countsOf({ kind: 'quarter', year: 2024, index: 4 }));
    expect(await field(page.getByTestId('dashboard-period'), 'Triwulan').inputValue()).toBe('TW IV');
  });

  it('explains a period without commitments instead of showing zeros, and leads to the data', async () => {
    // The last quarter of the last year offered (this one, or the data's last): after the data.
    const last = db.prepare(`SELECT max(due_date) FROM commitments WHERE listed = 1`).pluck().get() as string;
    const after = Math.max(Number(today.slice(0, 4)), Number(last.slice(0, 4)));
    expect(last < `${after}-10-01`).toBe(true);
    await chooseYear(after);
    await field(page.getByTestId('dashboard-period'), 'Triwulan').click();
    await page.getByRole('option', { name: 'TW IV', exact: true }).click();
    const empty = page.getByTestId('dashboard-empty');
    await empty.waitFor();
    expect(await empty.textContent()).toContain(`Tidak ada komitmen pada triwulan IV ${after}`);
    expect(await empty.textContent()).toContain('Komitmen yang tercatat jatuh tempo antara');
    expect(await page.getByTestId('stat-open').count()).toBe(0);
    expect(await page.getByTestId('chart-trend').count()).toBe(0);
    await screenshot(page, 'dashboard-ten-year-empty');
    await empty.getByRole('button', { name: /^Tampilkan triwulan/ }).click();
    await expect.poll(() => page.getByTestId('stat-open').count()).toBe(1);
    expect(await page.getByTestId('stat-open-value').textContent()).not.toBe('0');
  });

  it('shows institution names whole, at 1366 and at 1024 px', async () => {
    await page.getByTestId('dashboard-period').getByText('Tahun', { exact: true }).click();
    await chooseYear(2024);
    await showsCounts(countsOf({ kind: 'year', year: 2024, index: 1 }));
    const names = db.prepare(`SELECT name FROM institutions`).pluck().all() as string[];
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: width === 1366 ? 768 : 640 });
      const labels = page.getByTestId('chart-institution').getByTestId('rate-label');
      expect(await labels.count()).toBe(10);
      for (const label of await labels.all()) {
        const text = (await label.textContent()) ?? '';
        expect(names).toContain(text);
        // Laid out whole: nothing cut by the box it is in.
        expect(
          await label.evaluate(
            (element) =>
              element.scrollWidth <= element.clientWidth + 1 && element.scrollHeight <= element.clientHeight + 1,
          ),
        ).toBe(true);
      }
      const long = labels.filter({ hasText: /^.{50,}$/ });
      expect(await long.count()).toBeGreaterThan(0);
      await screenshot(page, `dashboard-ten-year-${width}`);
    }
  });
});
