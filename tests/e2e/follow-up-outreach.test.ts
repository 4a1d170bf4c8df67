import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDateIn } from '../../shared/domain/overdue';
import { formatDayDateId } from '../../shared/format/dates';
import { editForm, fillRow, rowOf } from '../node/support/progress-forms';
import { api } from './support/api';
import { ARTIFACTS_DIR, launchBrowser, openPage, screenshot } from './support/browser';
import { navigate } from './support/mantine';
import { startPreview, type RunningPreview } from './support/preview-host';

/**
 * Issue 12 on the seed Rakor (the sample data): the reminders of every institution copied and
 * read back from the clipboard, one opened in WhatsApp for a person of the directory; the progress
 * forms made, one filled with exceljs, imported with its preview, applied, found in the ledger and
 * the timeline; the same form imported again says nothing is new.
 */

const DPPKB = 'Dinas Pengendalian Penduduk dan Keluarga Berencana Kabupaten Jeneponto';
const TPK = 'Memperkuat TPPS Desa/Kelurahan dan Tim Pendamping Keluarga';

function daysSince(iso: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${iso}T00:00:00Z`)) / 86_400_000);
}

async function clipboard(page: Page): Promise<string> {
  return page.evaluate('navigator.clipboard.readText()') as Promise<string>;
}

describe('follow-up that reaches the institutions, on the seed Rakor', () => {
  let browser: Browser;
  let dataDir: string;
  let preview: RunningPreview;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-'));
    browser = await launchBrowser();
    preview = await startPreview(dataDir, ['--demo']);
  });

  afterAll(async () => {
    await preview?.stop();
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('copies the reminders of every institution, with their wording and dates, and opens one in WhatsApp', async () => {
    const meriam = (await api(preview, 'people.list', { query: 'Meriam' })).items[0];
    await api(preview, 'people.update', {
      id: meriam?.id as string,
      name: 'St. Meriam',
      position: meriam?.position ?? null,
      institutionId: meriam?.institutionId ?? null,
      phone: '0812-4455-6677',
    });
    const { page, errors } = await openPage(browser, `${preview.url}#/komitmen`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: preview.origin });
    await page.context().route('https://wa.me/**', (route) => route.fulfill({ body: 'WhatsApp' }));
    await page.getByRole('button', { name: 'Pengingat WhatsApp' }).click();
    const dialog = page.getByTestId('reminders');
    await dialog.getByRole('button', { name: 'Salin semua (4)' }).click();
    await page.getByText('4 pesan disalin', { exact: false }).waitFor();
    const all = await clipboard(page);
    const messages = all.split(/\n\n—+\n\n/);
    expect(messages).toHaveLength(4);
    expect(messages.map((m) => /^Yth\. Pimpinan (.+),$/m.exec(m)?.[1])).toEqual([
      'Badan Perencanaan Pembangunan Daerah Kabupaten Jeneponto',
      DPPKB,
      'Kantor Camat Rumbia',
      'UPT Puskesmas Rumbia',
    ]);
    const today = localDateIn('WITA', new Date());
    const dppkb = messages[1] as string;
    expect(dppkb).toContain(
      `kami mengingatkan 1 komitmen ${DPPKB} yang belum selesai (keadaan ${formatDayDateId(today)}), 1 di antaranya terlambat:`,
    );
    expect(dppkb).toContain(`1. *${TPK} untuk mendampingi keluarga berisiko stunting di Kecamatan Kelara dan Rumbia*`);
    expect(dppkb).toContain('   Rapat: Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia (Jumat, 17 Oktober 2025)');
    expect(dppkb).toContain(`   Target waktu: 31 Desember 2025 — *TERLAMBAT ${daysSince('2025-12-31', today)} hari*`);
    expect(dppkb).toContain('   Laporan terakhir: 21 November 2025, Berjalan: TPK di sepuluh desa/kelurahan');
    expect(messages[2]).toContain('Laporan terakhir: 12 Januari 2026, Berjalan 75%: Sembilan dari dua belas desa');
    expect(messages[3]).toContain('Status: Belum mulai, belum ada laporan');
    for (const message of messages) expect(message.trim().endsWith('Kantor Camat Kelara')).toBe(true);

    // One institution's text, edited, copied on its own and opened in WhatsApp for St. Meriam.
    await dialog.getByText(DPPKB).first().click();
    const text = dialog.getByTestId('message-text');
    await text.fill(`${await text.inputValue()}\n\nSalam, Sekretariat TPPS`);
    await dialog.getByRole('button', { name: 'Salin', exact: true }).click();
    expect((await clipboard(page)).endsWith('Salam, Sekretariat TPPS')).toBe(true);
    expect(await dialog.getByRole('combobox', { name: 'Kirim kepada' }).inputValue()).toMatch(
      /St\. Meriam .*\(0812•+677\)/,
    );
    await screenshot(page, 'outreach-reminders');
    const [whatsapp] = await Promise.all([
      page.context().waitForEvent('page'),
      dialog.getByRole('button', { name: 'Buka di WhatsApp' }).click(),
    ]);
    const url = new URL(whatsapp.url());
    expect(url.origin + url.pathname).toBe('https://wa.me/6281244556677');
    expect(url.searchParams.get('text')?.startsWith(`Yth. Pimpinan ${DPPKB},`)).toBe(true);
    expect(url.searchParams.get('text')?.endsWith('Salam, Sekretariat TPPS')).toBe(true);
    await whatsapp.close();
    expect(errors).toEqual([]);
  });

  it('makes the forms, imports a filled one with its preview, and finds the progress in the ledger and the timeline', async () => {
    const { page, errors } = await openPage(browser, `${preview.url}#/komitmen`);
    await page.getByRole('button', { name: 'Formulir progres' }).click();
    const dialog = page.getByTestId('progress-forms');
    const [zip] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Unduh formulir' }).click(),
    ]);
    expect(zip.suggestedFilename()).toMatch(/^Formulir Progres Komitmen \d{4}-\d{2}-\d{2}\.zip$/);
    const zipPath = join(ARTIFACTS_DIR, 'formulir-progres.zip');
    await zip.saveAs(zipPath);
    const files = unzipSync(readFileSync(zipPath));
    expect(Object.keys(files)).toHaveLength(4);
    const form = files[`Formulir Progres - ${DPPKB}.xlsx`] as Uint8Array;

    const filled = await editForm(form, (sheet) =>
      fillRow(sheet, rowOf(sheet, TPK), {
        status: 'Selesai',
        percent: 100,
        reportedOn: new Date(Date.UTC(2026, 0, 16)),
        done: 'TPK mendampingi 1.214 keluarga berisiko stunting di 22 desa/kelurahan.',
        reporter: 'Sekretaris DPPKB',
      }),
    );
    const filledPath = join(ARTIFACTS_DIR, 'formulir-progres-dppkb-terisi.xlsx');
    writeFileSync(filledPath, filled);
    await dialog.locator('input[type="file"]').setInputFiles(filledPath);
    await dialog.getByRole('button', { name: 'Tampilkan pratinjau' }).click();
    const report = dialog.getByTestId('form-report');
    await report.waitFor();
    expect(await report.textContent()).toContain(`Formulir ${DPPKB}`);
    expect(await report.textContent()).toContain('1 laporan baru, 0 sudah tercatat');
    expect(await report.getByRole('row').nth(1).textContent()).toContain('Berjalan → Selesai · 100%');
    await screenshot(page, 'outreach-form-preview');
    await dialog.getByRole('button', { name: 'Terapkan 1 laporan' }).click();
    await dialog.getByTestId('form-applied').waitFor();
    expect(await dialog.getByTestId('form-applied').textContent()).toBe(
      `1 laporan diterapkan sebagai laporan ${DPPKB} melalui formulir.`,
    );

    // The same form again: nothing new.
    await dialog.getByRole('button', { name: 'Tampilkan pratinjau' }).click();
    await dialog.getByTestId('form-nothing-new').waitFor();
    expect(await dialog.getByTestId('form-nothing-new').textContent()).toBe(
      'Tidak ada laporan baru: semua isi formulir ini sudah tercatat.',
    );
    expect(await dialog.getByRole('button', { name: /^Terapkan/ }).count()).toBe(0);
    await screenshot(page, 'outreach-form-nothing-new');
    await page.keyboard.press('Escape');

    // The ledger and the commitment's timeline.
    await navigate(page, 'Komitmen');
    const row = page.getByRole('row', { name: new RegExp(TPK.slice(0, 30)) });
    await expect.poll(async () => row.textContent()).toContain('Selesai');
    expect(await row.textContent()).toContain('16 Januari 2026');
    await row.click();
    const detail = page.getByTestId('commitment-detail');
    await detail.getByText('TPK mendampingi 1.214 keluarga', { exact: false }).waitFor();
    expect(await detail.textContent()).toContain(`oleh Sekretaris DPPKB · melalui formulir ${DPPKB}`);
    await screenshot(page, 'outreach-timeline');
    expect(errors).toEqual([]);
  });
});
