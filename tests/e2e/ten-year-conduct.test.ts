import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { openConnection } from '../../electron/db/connection';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api } from './support/api';
import { screenshot } from './support/browser';
import { field } from './support/mantine';
import { longestTaskOver, openTenYear, resetLongTasks, type TenYearSession } from './support/ten-year';

/** The meeting with the most minutes entries (88 in 26 agenda items, 83 participants, approved). */
function largestMeeting(db: Database.Database): { id: string; entries: number; items: number } {
  return db
    .prepare(
      `SELECT m.id, COUNT(*) AS entries,
              (SELECT COUNT(*) FROM agenda_items a WHERE a.meeting_id = m.id AND a.deleted_at IS NULL) AS items
         FROM meetings m JOIN minutes_entries e ON e.meeting_id = m.id AND e.deleted_at IS NULL
        GROUP BY m.id ORDER BY entries DESC LIMIT 1`,
    )
    .get() as { id: string; entries: number; items: number };
}

/** Every minutes entry of the meeting once more, each under its own item, spoken by another person. */
function doubleEntries(db: Database.Database, meetingId: string): number {
  const entries = db
    .prepare('SELECT * FROM minutes_entries WHERE meeting_id = ? AND deleted_at IS NULL')
    .all(meetingId) as Record<string, unknown>[];
  const people = (db.prepare('SELECT id FROM people LIMIT 200').all() as { id: string }[]).map((p) => p.id);
  const insert = db.prepare(
    `INSERT INTO minutes_entries (id, meeting_id, agenda_item_id, position, kind, speaker_person_id, speaker_text,
       body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    entries.forEach((entry, index) =>
      insert.run(
        `ffffffff-0000-7000-8000-${String(index).padStart(12, '0')}`,
        meetingId,
        entry.agenda_item_id,
        Number(entry.position) + 1000,
        entry.kind,
        people[index % people.length],
        null,
        `${String(entry.body)} (lagi)`,
        entry.created_at,
        entry.updated_at,
      ),
    );
  })();
  return entries.length;
}

/** The app's API requests by method, from the moment this is called (the events stream left out). */
function countRequests(page: Page): Map<string, number> {
  const counts = new Map<string, number>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (!path.startsWith('/api/') || path === '/api/events') return;
    const method = path.slice('/api/'.length);
    counts.set(method, (counts.get(method) ?? 0) + 1);
  });
  return counts;
}

/** Opens `hash` from inside the app (already on the meetings list), as a click on a link does. */
async function openInApp(page: Page, hash: string): Promise<void> {
  await resetLongTasks(page);
  await page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
}

/** What the network does until it has been quiet for a moment. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
}

/**
 * Issue 17, part 1: the conduct tab of the dataset's largest meeting and the coverage matrix of a
 * 3,000-row plan open without blocking the window for more than 200 ms, and the conduct tab reads
 * what it needs with a constant number of requests, however many minutes entries the meeting holds.
 */
describe('ten years of data: the conduct tab and the coverage view', () => {
  let session: TenYearSession;
  let db: Database.Database;
  beforeAll(async () => {
    session = await openTenYear();
    // The app's own kind of connection: writes to exchanged tables need its SQL functions (migration 009).
    db = openConnection(join(session.dataDir, 'sirakor.sqlite'));
    db.pragma('busy_timeout = 10000');
  }, 900_000);
  afterAll(async () => {
    db?.close();
    await session?.close();
  });

  async function openConduct(meetingId: string): Promise<{ page: Page; requests: Map<string, number> }> {
    const page = await session.newPage();
    await page.goto(`${session.preview.url}#/rapat`);
    await page.getByRole('row').nth(3).waitFor({ timeout: 60_000 });
    await settle(page);
    const requests = countRequests(page);
    await openInApp(page, `#/rapat/${meetingId}/pelaksanaan`);
    await page.getByTestId('minutes').waitFor({ timeout: 30_000 });
    await page.getByTestId('attendance-row').first().waitFor();
    await settle(page);
    return { page, requests };
  }

  test('the largest meeting: content without a long task, items reached by mouse and keyboard', async () => {
    const meeting = largestMeeting(db);
    expect(meeting.entries).toBeGreaterThanOrEqual(80);
    const { page } = await openConduct(meeting.id);
    expect(await longestTaskOver(page, 200)).toBeNull();
    const sections = page.locator('[data-minutes-section][data-agenda-item]');
    expect(await sections.count()).toBe(meeting.items);
    // Collapsed: the first render holds a few entries at most, and the page stays a few screens tall.
    expect(await page.getByTestId('minutes-entry').count()).toBeLessThan(20);

    // A click opens an item: its entries appear, without a long task.
    const first = page.getByRole('button', { name: /^1\. / });
    await resetLongTasks(page);
    await first.click();
    await expect.poll(() => first.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => sections.first().getByTestId('minutes-entry').count()).toBeGreaterThan(0);
    expect(await longestTaskOver(page, 200)).toBeNull();

    // The keyboard: Tab reaches the next item's header, Enter opens it.
    const second = page.getByRole('button', { name: /^2\. / });
    await second.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => second.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => sections.nth(1).getByTestId('minutes-entry').count()).toBeGreaterThan(0);

    // Every entry can be shown: all items opened at once, still without a long task.
    await resetLongTasks(page);
    await page.getByRole('button', { name: 'Buka semua butir' }).click();
    await expect.poll(() => page.getByTestId('minutes-entry').count(), { timeout: 30_000 }).toBe(meeting.entries);
    expect(await longestTaskOver(page, 200)).toBeNull();
    await page.close();
  });

  test('the conduct tab makes as many requests with twice the minutes entries', async () => {
    const meeting = largestMeeting(db);
    const before = await openConduct(meeting.id);
    await before.page.close();
    expect(doubleEntries(db, meeting.id)).toBe(meeting.entries);
    expect(largestMeeting(db)).toMatchObject({ id: meeting.id, entries: meeting.entries * 2 });
    const after = await openConduct(meeting.id);
    await after.page.close();
    const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, n) => sum + n, 0);
    expect(Object.fromEntries(after.requests)).toEqual(Object.fromEntries(before.requests));
    expect(total(before.requests)).toBeLessThanOrEqual(6);
  });

  test('the coverage matrix of a 3,000-row plan: readable, reached by keyboard, no long task', async () => {
    const plan = db.prepare('SELECT id FROM action_plans WHERE year = 2025 AND deleted_at IS NULL').get() as {
      id: string;
    };
    // The plan opened at its table (3,000 rows), then the coverage tab, as a user goes there.
    const page = await session.newPage();
    await page.goto(`${session.preview.url}#/rencana-aksi/${plan.id}/tabel`);
    await page.getByTestId('plan-grid').waitFor({ timeout: 60_000 });
    await settle(page);
    await resetLongTasks(page);
    await page.getByRole('tab', { name: 'Cakupan desa lokus' }).click();
    await page.getByTestId('coverage-summary').waitFor({ timeout: 30_000 });
    const matrix = page.getByRole('grid', { name: 'Cakupan intervensi di desa lokus' });
    await matrix.waitFor();
    await settle(page);
    expect(await longestTaskOver(page, 200)).toBeNull();
    // Headers: the corner and one per intervention; a row header per village shown.
    expect(await matrix.getByRole('columnheader').count()).toBeGreaterThan(30);
    expect(await matrix.getByRole('rowheader').count()).toBeGreaterThan(5);
    expect(Number(await matrix.getAttribute('aria-rowcount'))).toBeGreaterThan(100);

    // The keyboard: one tab stop; arrows move the cell, Ctrl+End reaches the last village.
    const cells = matrix.locator('[role="gridcell"] button');
    await cells.first().focus();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    const start = await focused();
    await page.keyboard.press('ArrowRight');
    await expect.poll(focused).not.toBe(start);
    await resetLongTasks(page);
    await page.keyboard.press('Control+End');
    const { villages } = await api(session.preview, 'plans.coverage', { planId: plan.id });
    const lastVillage = villages.at(-1)?.name ?? 'none';
    await expect.poll(focused).toContain(lastVillage);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    expect(await longestTaskOver(page, 200)).toBeNull();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    // One kecamatan's villages: the matrix and its counts narrow to them.
    const kelara = villages.filter((village) => village.kecamatanName === 'Kelara');
    expect(kelara.length).toBeGreaterThan(0);
    const picker = field(page, 'Kecamatan');
    await picker.click();
    await picker.pressSequentially('Kela', { delay: 120 });
    await page.getByRole('option', { name: 'Kelara', exact: true }).click();
    await expect.poll(async () => Number(await matrix.getAttribute('aria-rowcount'))).toBe(kelara.length + 1);
    await expect.poll(() => matrix.getByRole('rowheader').first().textContent()).toContain(kelara[0]?.name ?? '?');
    await screenshot(page, 'ten-year/coverage-kecamatan-1366');
    await page.setViewportSize({ width: 1024, height: 640 });
    await screenshot(page, 'ten-year/coverage-kecamatan-1024');
    await page.close();
  });
});
