import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MeetingWorkspace } from '../../shared/domain/meetings';
import { api } from './support/api';
import { axeViolations } from './support/axe';
import { ARTIFACTS_DIR } from './support/browser';
import { longestTaskOver, openTenYear, resetLongTasks, type TenYearSession } from './support/ten-year';

interface LargeMeeting {
  id: string;
  participants: number;
}

/** The meeting with the most participants among those of a status (`approved`: locked; others: editable). */
function largestMeeting(dataDir: string, approved: boolean): LargeMeeting {
  const db = new Database(join(dataDir, 'sirakor.sqlite'), { readonly: true });
  try {
    return db
      .prepare(
        `SELECT m.id, count(*) AS participants FROM meetings m JOIN meeting_participants p ON p.meeting_id = m.id
          WHERE m.deleted_at IS NULL AND (m.status = 'approved') = ? GROUP BY m.id
          ORDER BY participants DESC LIMIT 1`,
      )
      .get(approved ? 1 : 0) as LargeMeeting;
  } finally {
    db.close();
  }
}

/** The last participant's attendance and stand-in, as the host has them. */
function standInOfLast(workspace: MeetingWorkspace) {
  const last = workspace.participants.at(-1);
  return { attendance: last?.attendance, standInName: last?.standInName, standInPosition: last?.standInPosition };
}

/** Opens `hash` from inside the app (already on the meetings list), as a click on a link does. */
async function openInApp(page: Page, hash: string): Promise<void> {
  await resetLongTasks(page);
  await page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
}

/** The elements the attendance section holds now. */
const attendanceElements = (page: Page) =>
  page.evaluate(() => document.querySelector('[data-testid="attendance"]')?.querySelectorAll('*').length ?? 0);

interface FirstDraw {
  rows: number;
  elements: number;
}

/**
 * Watches for the attendance list's first rows: how many rows and elements the first change
 * that drew any of them put on the page (a MutationObserver sees each change as it is made).
 */
const watchFirstDraw = (page: Page) =>
  page.evaluate(() => {
    const observer = new MutationObserver(() => {
      const rows = document.querySelectorAll('[data-testid="attendance-row"]').length;
      if (rows === 0) return;
      const elements = document.querySelector('[data-testid="attendance"]')?.querySelectorAll('*').length ?? 0;
      (window as unknown as { __firstDraw: FirstDraw }).__firstDraw = { rows, elements };
      observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });

const firstDraw = (page: Page) =>
  page.evaluate(() => (window as unknown as { __firstDraw?: FirstDraw }).__firstDraw ?? null);

/**
 * Issue 17: the attendance list of a large meeting (83 participants in the Rembuk Stunting of
 * 2017; 69 in an editable Rakor) opens without a task over 200 ms, drawn a part per task with a
 * small first DOM, and stays typed in with the keyboard: Tab from a stand-in's name reaches its
 * position.
 */
describe('ten years of data: the attendance list of a large meeting', () => {
  let session: TenYearSession;
  beforeAll(async () => {
    session = await openTenYear();
  }, 900_000);
  afterAll(async () => session?.close());

  async function openConduct(meeting: LargeMeeting): Promise<Page> {
    const page = await session.newPage();
    await page.goto(`${session.preview.url}#/rapat`);
    await page.getByRole('row').nth(3).waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await watchFirstDraw(page);
    await openInApp(page, `#/rapat/${meeting.id}/pelaksanaan`);
    await page.getByTestId('attendance-row').first().waitFor({ timeout: 30_000 });
    return page;
  }

  for (const approved of [true, false]) {
    test(`${approved ? 'approved' : 'editable'}: every participant appears, no long task, a small first DOM`, async () => {
      const meeting = largestMeeting(session.dataDir, approved);
      expect(meeting.participants).toBeGreaterThan(60);
      const page = await openConduct(meeting);
      const rows = page.getByTestId('attendance-row');
      // The first part on screen holds a few rows only: the rest come one part per task.
      const first = await firstDraw(page);
      expect(first?.rows).toBeLessThanOrEqual(10);
      await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(meeting.participants);
      await page.getByTestId('minutes').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await longestTaskOver(page, 200)).toBeNull();
      console.log(
        `attendance (${approved ? 'approved' : 'editable'}): ${first?.rows} rows and ${first?.elements} elements first, ` +
          `${meeting.participants} rows and ${await attendanceElements(page)} elements drawn`,
      );
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      await page.screenshot({
        path: join(ARTIFACTS_DIR, `ten-year-attendance-${approved ? 'approved' : 'editable'}-1366.png`),
      });
      await page.setViewportSize({ width: 1024, height: 640 });
      await page.screenshot({
        path: join(ARTIFACTS_DIR, `ten-year-attendance-${approved ? 'approved' : 'editable'}-1024.png`),
      });
      await page.setViewportSize({ width: 1366, height: 768 });
      expect(await axeViolations(page, '[data-testid="attendance"]')).toEqual([]);

      if (!approved) {
        // The keyboard: "represented" on the last row shows the stand-in's fields; Tab goes from
        // the name to the position, typed at a person's pace.
        const last = rows.last();
        await last.scrollIntoViewIfNeeded();
        await last.getByText('Diwakili', { exact: true }).click();
        const name = last.getByLabel('Nama yang mewakili');
        await name.click();
        await page.keyboard.type('Nurhayati', { delay: 120 });
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('id'))).toBe(
          await last.getByLabel('Jabatan yang mewakili').getAttribute('id'),
        );
        await page.keyboard.type('Bidan Koordinator', { delay: 120 });
        expect(await last.getByLabel('Jabatan yang mewakili').inputValue()).toBe('Bidan Koordinator');
        // Saved on leaving the field, and kept through the workspace's reload.
        await page.keyboard.press('Tab');
        await expect
          .poll(() => api(session.preview, 'meetings.workspace', { id: meeting.id }).then(standInOfLast), {
            timeout: 30_000,
          })
          .toEqual({ attendance: 'represented', standInName: 'Nurhayati', standInPosition: 'Bidan Koordinator' });
        expect(await last.getByLabel('Jabatan yang mewakili').inputValue()).toBe('Bidan Koordinator');
      }
      await page.close();
    });
  }
});
