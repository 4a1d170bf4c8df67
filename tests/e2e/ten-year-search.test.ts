import Database from 'better-sqlite3';
import { applyingPackage } from '../../electron/db/exchange-functions';
import { openConnection } from '../../electron/db/connection';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api } from './support/api';
import { axeViolations } from './support/axe';
import { ARTIFACTS_DIR } from './support/browser';
import { field, pick } from './support/mantine';
import { longestTaskOver, openTenYear, resetLongTasks, type TenYearSession } from './support/ten-year';

/** The FTS rows matching every word (as prefixes), counted in the database file itself. */
function sqlCount(dataDir: string, words: string[]): number {
  const db = new Database(join(dataDir, 'sirakor.sqlite'), { readonly: true });
  try {
    const match = `{title body} : (${words.map((word) => `"${word}"*`).join(' ')})`;
    return db.prepare('SELECT count(*) FROM search_index WHERE search_index MATCH ?').pluck().get(match) as number;
  } finally {
    db.close();
  }
}

/**
 * Another office's meeting in the database, as a package import brings it (issue 11): a copy of
 * one of the dataset's meetings under a new id and title, owned by "Kantor Camat Rumbia".
 */
function receiveForeignMeeting(dataDir: string, title: string): { officeId: string } {
  const db = openConnection(join(dataDir, 'sirakor.sqlite'));
  try {
    db.pragma('busy_timeout = 10000');
    const officeId = '01990000-0000-7000-8000-00000000a11c';
    const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('meetings') as string[]).filter(
      (name) => !['id', 'title', 'owner_office_id'].includes(name),
    );
    applyingPackage(db, () =>
      db.transaction(() => {
        db.prepare('INSERT OR IGNORE INTO offices (id, name, level, area_code, created_at) VALUES (?, ?, ?, ?, ?)').run(
          officeId,
          'Kantor Camat Rumbia',
          'kecamatan',
          '73.04.10',
          '2025-10-20T00:00:00.000Z',
        );
        db.prepare(
          `INSERT OR IGNORE INTO meetings (id, title, owner_office_id, ${columns.join(', ')})
           SELECT ?, ?, ?, ${columns.join(', ')} FROM meetings WHERE deleted_at IS NULL AND is_template = 0
           ORDER BY date DESC LIMIT 1`,
        ).run('01990000-0000-7000-8000-00000000b0b0', title, officeId);
      })(),
    );
    return { officeId };
  } finally {
    db.close();
  }
}

const number = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

/** The window as it is (a modal must be seen over the page, not a page stretched to its content). */
async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`) });
}

/**
 * Ctrl+K and the full results page on ten years of a kabupaten (issue 17): each hit's kind, date
 * and area, near-duplicates grouped, the right total, filters and paging over every result, the
 * words selected on reopening, and no long task while typing.
 */
describe('search on the ten-year dataset', () => {
  let session: TenYearSession;
  let page: Page;
  beforeAll(async () => {
    session = await openTenYear();
    page = await session.newPage();
    await page.goto(`${session.preview.url}#/rapat`);
    await page.getByRole('row').nth(5).waitFor({ timeout: 60_000 });
  }, 900_000);
  afterAll(async () => session?.close());

  const dialog = () => page.getByRole('dialog', { name: 'Cari' });
  const searchBox = () => field(dialog(), 'Cari');
  /** The hits of the box (a list of buttons); the similar hits opened under one are a list of their own. */
  const options = () => dialog().getByRole('list', { name: 'Hasil pencarian' }).getByRole('listitem');

  test('typing a query: the total is right, hits show kind, date and area, duplicates are grouped', async () => {
    await resetLongTasks(page);
    await page.keyboard.press('Control+K');
    await searchBox().waitFor();
    await page.keyboard.type('balita gizi buruk', { delay: 60 });
    const total = dialog().locator('.sirakor-search-total');
    await expect.poll(() => total.textContent(), { timeout: 30_000 }).toMatch(/^[\d.]+ hasil$/);
    expect(await longestTaskOver(page, 200)).toBeNull();

    const expected = sqlCount(session.dataDir, ['balita', 'gizi', 'buruk']);
    expect(expected).toBeGreaterThan(1000);
    expect(number(await total.textContent())).toBe(expected);
    expect(await api(session.preview, 'search.count', { query: 'balita gizi buruk' })).toBe(expected);

    // Every hit names its kind and where it belongs.
    expect(await options().count()).toBe(50);
    for (const text of await options().allTextContents()) {
      expect(text).toMatch(/^(Rapat|Agenda|Notulen|Keputusan|Komitmen|Orang|Rencana aksi)/);
      expect(text).toMatch(/Rapat \d{1,2} \w+ \d{4}|Rencana aksi \d{4}/);
    }
    // The same text across meetings is one hit with "+N serupa", not N hits at the top.
    const similar = dialog().locator('.sirakor-search-similar');
    expect(await similar.count()).toBeGreaterThan(0);
    expect(await similar.first().textContent()).toMatch(/^\+\d+ serupa$/);
    // Meetings and people apart, no two hits of one kind share their text.
    const grouped = await api(session.preview, 'search.query', { query: 'balita gizi buruk' });
    const keys = grouped
      .filter(({ hit }) => hit.kind !== 'meeting' && hit.kind !== 'person')
      .map(({ hit }) => `${hit.kind}|${hit.snippet}`);
    expect(new Set(keys).size).toBe(keys.length);
    await shot(page, 'ten-year-search-dialog-1366');
    await page.setViewportSize({ width: 1024, height: 640 });
    await shot(page, 'ten-year-search-dialog-1024');
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  test('meetings of one title are told apart by date and area', async () => {
    await searchBox().fill('Rapat Koordinasi TPPS Kabupaten Jeneponto');
    const meetings = options().filter({ hasText: /^Rapat/ });
    await expect.poll(() => meetings.count(), { timeout: 30_000 }).toBeGreaterThan(5);
    const contexts = await dialog()
      .locator('.sirakor-search-hit[data-kind="meeting"] .sirakor-search-context')
      .allTextContents();
    expect(contexts.length).toBeGreaterThan(5);
    for (const context of contexts) {
      expect(context).toMatch(/^Rapat \d{1,2} \w+ \d{4}, \d\d\.\d\d · (Kabupaten|Kec\.|Desa|Kel\.) /);
    }
    expect(new Set(contexts).size).toBe(contexts.length);
  });

  test('reopened, the box has its words selected: typing replaces them', async () => {
    await searchBox().fill('posyandu');
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden' });
    await page.keyboard.press('Control+K');
    await searchBox().waitFor();
    await expect.poll(() => searchBox().inputValue()).toBe('posyandu');
    await page.keyboard.type('jamban');
    expect(await searchBox().inputValue()).toBe('jamban');
  });

  test('"Lihat semua hasil" by keyboard opens the results page: filters and pages over every result', async () => {
    await searchBox().fill('stunting');
    const total = dialog().locator('.sirakor-search-total');
    await expect.poll(() => total.textContent(), { timeout: 30_000 }).toMatch(/^[\d.]+ hasil$/);
    // From the words, Tab reaches the link; Enter follows it.
    await searchBox().focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Lihat semua hasil');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/cari\/stunting$/);
    await dialog().waitFor({ state: 'hidden' });

    const summary = page.locator('.sirakor-search-summary');
    const expectSummary = async (input: Parameters<typeof api<'search.page'>>[2]) => {
      const expected = await api(session.preview, 'search.page', input);
      const text = `${expected.total.toLocaleString('id-ID')} hasil dalam ${expected.groupTotal.toLocaleString('id-ID')} kelompok`;
      await expect.poll(() => summary.textContent(), { timeout: 60_000 }).toBe(text);
      return expected;
    };
    const all = await expectSummary({ query: 'stunting' });
    expect(all.total).toBe(sqlCount(session.dataDir, ['stunting']));
    await page.locator('.sirakor-search-page .sirakor-search-hit').first().waitFor();
    await shot(page, 'ten-year-search-page-1366');

    await pick(page, 'Jenis', '', 'Komitmen');
    const commitments = await expectSummary({ query: 'stunting', kind: 'commitment' });
    expect(commitments.total).toBeLessThan(all.total);
    await pick(page, 'Tahun', '', '2020');
    await expectSummary({ query: 'stunting', kind: 'commitment', year: 2020 });
    await pick(page, 'Wilayah', 'Kelara', /^Kelara/);
    const filtered = await expectSummary({ query: 'stunting', kind: 'commitment', year: 2020, areaCode: '73.04.05' });
    expect(filtered.total).toBeGreaterThan(0);
    for (const context of await page
      .locator('.sirakor-search-page > .sirakor-search-hit .sirakor-search-context')
      .allTextContents())
      expect(context).toMatch(/^Rapat \d{1,2} \w+ 2020 · .*(Kelara|Kec\. |Desa |Kel\. )/);

    // Paging: the second page holds the next groups.
    await page.getByRole('button', { name: 'Hapus filter' }).click();
    await expectSummary({ query: 'stunting' });
    const firstTitles = await page.locator('.sirakor-search-page > .sirakor-search-hit').allTextContents();
    await page.getByRole('button', { name: 'Berikutnya' }).click();
    await expect.poll(() => page.getByText(/^Menampilkan 26–50 dari/).count(), { timeout: 60_000 }).toBe(1);
    const second = await api(session.preview, 'search.page', { query: 'stunting', offset: 25 });
    await expect
      .poll(() => page.locator('.sirakor-search-page > .sirakor-search-hit').first().textContent(), { timeout: 60_000 })
      .toContain(second.groups[0]?.hit.title ?? '?');
    expect(await page.locator('.sirakor-search-page > .sirakor-search-hit').allTextContents()).not.toEqual(firstTitles);

    // A group opens to its similar hits, each with its own meeting.
    const toggle = page.locator('.sirakor-search-page .sirakor-search-similar').first();
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const members = page.locator('.sirakor-search-members').first().locator('.sirakor-search-context');
    await expect.poll(() => members.count()).toBeGreaterThan(0);
    expect(await members.first().textContent()).toMatch(/Rapat \d{1,2} \w+ \d{4}|Rencana aksi \d{4}/);
    await shot(page, 'ten-year-search-page-similar-1366');
    await page.setViewportSize({ width: 1024, height: 640 });
    await shot(page, 'ten-year-search-page-1024');
    await page.setViewportSize({ width: 1366, height: 768 });
  });
  test('"+N serupa" opens in the box, by keyboard: the hits of the same text, each with its meeting', async () => {
    await page.goto(`${session.preview.url}#/rapat`);
    await page.getByRole('row').nth(5).waitFor({ timeout: 60_000 });
    await page.keyboard.press('Control+K');
    await searchBox().waitFor();
    await searchBox().fill('');
    await page.keyboard.type('balita gizi buruk', { delay: 120 });
    // The total comes after the hits of these words (not those of the last search).
    const total = dialog().locator('.sirakor-search-total');
    const expected = `${sqlCount(session.dataDir, ['balita', 'gizi', 'buruk']).toLocaleString('id-ID')} hasil`;
    await expect.poll(() => total.textContent(), { timeout: 30_000 }).toBe(expected);
    const toggle = dialog().locator('.sirakor-search-similar').first();
    const count = number(await toggle.textContent());
    expect(count).toBeGreaterThan(0);
    await resetLongTasks(page);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const members = dialog().locator('.sirakor-search-members').first();
    const contexts = members.locator('.sirakor-search-context');
    await expect.poll(() => contexts.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await contexts.count()).toBeLessThanOrEqual(10);
    for (const context of await contexts.allTextContents()) expect(context).toMatch(/Rapat \d{1,2} \w+ \d{4}/);
    expect(await longestTaskOver(page, 200)).toBeNull();
    // Tab goes on into the hits just opened; Enter on one opens its meeting.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.sirakor-search-members') !== null)).toBe(true);
    expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);
    await shot(page, 'ten-year-search-similar-open-1366');
    await page.setViewportSize({ width: 1024, height: 640 });
    await shot(page, 'ten-year-search-similar-open-1024');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.keyboard.press('Enter');
    await dialog().waitFor({ state: 'hidden' });
    await page.waitForURL(/#\/rapat\/[0-9a-f-]{36}/);
    // Closed again, it no longer lists them.
    await page.keyboard.press('Control+K');
    await dialog().locator('.sirakor-search-similar').first().waitFor({ timeout: 30_000 });
    expect(await dialog().locator('.sirakor-search-members').count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  test('the results page of a very common word: content without a long task; semester and quarter', async () => {
    await page.goto(`${session.preview.url}#/rapat`);
    await page.getByRole('row').nth(5).waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await resetLongTasks(page);
    const started = Date.now();
    await page.evaluate(() => {
      window.location.hash = '#/cari/desa';
    });
    const summary = page.locator('.sirakor-search-summary');
    const all = await api(session.preview, 'search.page', { query: 'desa' });
    await expect
      .poll(() => summary.textContent(), { timeout: 60_000 })
      .toBe(`${all.total.toLocaleString('id-ID')} hasil dalam ${all.groupTotal.toLocaleString('id-ID')} kelompok`);
    await page.locator('.sirakor-search-page .sirakor-search-hit').first().waitFor();
    console.log(`results page of "desa" (${all.total} hits): ${Date.now() - started} ms to its summary`);
    expect(all.total).toBe(sqlCount(session.dataDir, ['desa']));
    expect(await longestTaskOver(page, 200)).toBeNull();
    // The next page comes from the grouping already made.
    await resetLongTasks(page);
    await page.getByRole('button', { name: 'Berikutnya' }).click();
    await expect.poll(() => page.getByText(/^Menampilkan 26–50 dari/).count(), { timeout: 60_000 }).toBe(1);
    expect(await longestTaskOver(page, 200)).toBeNull();

    await pick(page, 'Tahun', '', '2020');
    const part = field(page, 'Bagian tahun');
    await part.waitFor();
    expect(await part.inputValue()).toBe('Setahun');
    const expectSummary = async (input: Parameters<typeof api<'search.page'>>[2]) => {
      const expected = await api(session.preview, 'search.page', input);
      const text = `${expected.total.toLocaleString('id-ID')} hasil dalam ${expected.groupTotal.toLocaleString('id-ID')} kelompok`;
      await expect.poll(() => summary.textContent(), { timeout: 60_000 }).toBe(text);
      return expected;
    };
    const year = await expectSummary({ query: 'desa', year: 2020 });
    await pick(page, 'Bagian tahun', '', 'Semester II');
    const semester = await expectSummary({ query: 'desa', period: { kind: 'semester', year: 2020, index: 2 } });
    await pick(page, 'Bagian tahun', '', 'TW III');
    const quarter = await expectSummary({ query: 'desa', period: { kind: 'quarter', year: 2020, index: 3 } });
    expect(quarter.total).toBeGreaterThan(0);
    expect(quarter.total).toBeLessThan(semester.total);
    expect(semester.total).toBeLessThan(year.total);
    for (const context of await page
      .locator('.sirakor-search-page > .sirakor-search-hit .sirakor-search-context')
      .allTextContents())
      expect(context).toMatch(/Rapat \d{1,2} (Juli|Agustus|September) 2020|Rencana aksi 2020/);
    // One office's records: no office to choose.
    expect(await field(page, 'Kantor').count()).toBe(0);
    expect(await axeViolations(page, 'main')).toEqual([]);
    await shot(page, 'ten-year-search-page-period-1366');
    await page.setViewportSize({ width: 1024, height: 640 });
    await shot(page, 'ten-year-search-page-period-1024');
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  test('with another office’s records, the results page filters by office', async () => {
    const title = 'Rapat Koordinasi Kabisat Stunting Rumbia';
    const { officeId } = receiveForeignMeeting(session.dataDir, title);
    // Another search from the box while the results page is open starts without the last filters.
    await page.evaluate(() => {
      window.location.hash = '#/cari/kabisat';
    });
    const summary = page.locator('.sirakor-search-summary');
    await expect.poll(() => summary.textContent(), { timeout: 60_000 }).toBe('1 hasil dalam 1 kelompok');
    expect(await field(page, 'Tahun').inputValue()).toBe('');
    // The records came in behind the app's back (a package import announces them): read again.
    await page.reload();
    await expect.poll(() => summary.textContent(), { timeout: 60_000 }).toBe('1 hasil dalam 1 kelompok');
    await pick(page, 'Kantor', '', 'Kantor Camat Rumbia');
    await expect.poll(() => summary.textContent(), { timeout: 60_000 }).toBe('1 hasil dalam 1 kelompok');
    expect((await api(session.preview, 'search.page', { query: 'kabisat', officeId })).total).toBe(1);
    await field(page, 'Kata yang dicari').fill('stunting');
    const theirs = await api(session.preview, 'search.page', { query: 'stunting', officeId });
    expect(theirs.total).toBe(1);
    await expect
      .poll(() => summary.textContent(), { timeout: 60_000 })
      .toBe(
        `${theirs.total.toLocaleString('id-ID')} hasil dalam ${theirs.groupTotal.toLocaleString('id-ID')} kelompok`,
      );
    expect(theirs.total).toBeLessThan(sqlCount(session.dataDir, ['stunting']));
    await shot(page, 'ten-year-search-page-office-1366');
  });
});
