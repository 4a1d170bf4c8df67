import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDateIn } from '../../shared/domain/overdue';
import { formatLetterNumber } from '../../shared/letters/numbering';
import { updateOf } from '../node/support/meetings';
import { api } from './support/api';
import { launchBrowser, openPage } from './support/browser';
import { outreachData } from './support/outreach-data';
import { startPreview, type RunningPreview } from './support/preview-host';

/**
 * Issue 12's forms typed as a person types (80 ms a key, a pause before Tab): the number recorded
 * by hand in the Surat Keluar register, a WhatsApp text edited before it leaves, a photo's
 * caption, a void reason, a directory sheet checked before import. Nothing typed is lost, and Esc
 * on a dialog holding changes asks before it drops them.
 */

const KEY_DELAY = 80;
const PAUSE = 300;

async function typeSlowly(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: KEY_DELAY });
  await page.waitForTimeout(PAUSE);
}

/** Esc asks; "Lanjut mengisi" keeps the dialog with what was typed. */
async function escapeAsksAndKeep(page: Page, dialog: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  const confirm = page.getByRole('dialog', { name: 'Buang perubahan?' });
  await confirm.waitFor();
  await confirm.getByRole('button', { name: 'Lanjut mengisi' }).click();
  await confirm.waitFor({ state: 'hidden' });
  expect(await dialog.isVisible()).toBe(true);
}

/** Esc asks; "Buang perubahan" closes the dialog. */
async function escapeAndDiscard(page: Page, dialog: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Buang perubahan?' }).getByRole('button', { name: 'Buang perubahan' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('issue 12 forms typed at human speed', () => {
  let browser: Browser;
  let dataDir: string;
  let preview: RunningPreview;
  let followUp: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-'));
    [browser, preview] = await Promise.all([launchBrowser(), startPreview(dataDir, ['--demo'])]);
    await outreachData(preview);
    [, followUp = ''] = (await api(preview, 'demo.status', {})).meetingIds;
  });

  afterAll(async () => {
    await preview?.stop();
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('records a typed letter number with its subject and addressee; Esc asks first', async () => {
    const today = localDateIn('WITA', new Date());
    const { numbering, nextSequence } = await api(preview, 'letters.numbering', {});
    const number = formatLetterNumber(numbering, 'undangan', nextSequence + 20, today);
    const subject = 'Undangan sosialisasi gizi seimbang bagi kader posyandu';
    const addressee = 'Kepala Desa se-Kecamatan Kelara';

    const { page, errors } = await openPage(browser, `${preview.url}#/surat-keluar`);
    await page.getByRole('button', { name: 'Catat nomor manual' }).click();
    const dialog = page.getByRole('dialog', { name: 'Catat nomor yang diketik manual' });
    await dialog.getByRole('textbox', { name: 'Nomor surat' }).click();
    await typeSlowly(page, number);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await dialog.getByRole('textbox', { name: 'Perihal' }).click();
    await typeSlowly(page, subject);
    await page.keyboard.press('Tab');
    await typeSlowly(page, addressee);

    await escapeAsksAndKeep(page, dialog);
    expect(await dialog.getByRole('textbox', { name: 'Nomor surat' }).inputValue()).toBe(number);
    expect(await dialog.getByRole('textbox', { name: 'Perihal' }).inputValue()).toBe(subject);
    expect(await dialog.getByRole('textbox', { name: 'Kepada' }).inputValue()).toBe(addressee);

    await dialog.getByRole('button', { name: 'Catat nomor manual' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const { entries } = await api(preview, 'letters.register', { query: subject });
    expect(entries.map((e) => [e.number, e.subject, e.addressee, e.source])).toEqual([
      [number, subject, addressee, 'recorded'],
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asks before dropping a typed void reason, and starts the next one empty', async () => {
    const { page, errors } = await openPage(browser, `${preview.url}#/surat-keluar`);
    const voidButtons = page.getByRole('button', { name: /^Batalkan nomor / });
    await voidButtons.first().click();
    const dialog = page.getByRole('dialog', { name: /^Batalkan nomor/ });
    await dialog.getByRole('textbox', { name: 'Alasan pembatalan' }).click();
    await typeSlowly(page, 'Nomor dobel karena listrik padam');
    await escapeAsksAndKeep(page, dialog);
    expect(await dialog.getByRole('textbox', { name: 'Alasan pembatalan' }).inputValue()).toBe(
      'Nomor dobel karena listrik padam',
    );
    await escapeAndDiscard(page, dialog);
    await voidButtons.last().click();
    expect(await dialog.getByRole('textbox', { name: 'Alasan pembatalan' }).inputValue()).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps an edited WhatsApp text while the meeting is saved elsewhere, copies it, and asks before dropping it', async () => {
    const { page, errors } = await openPage(browser, `${preview.url}#/rapat/${followUp}/persiapan`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: preview.origin });
    await page.getByRole('button', { name: 'Pesan WhatsApp' }).click();
    const dialog = page.getByTestId('meeting-messages');
    const text = dialog.getByTestId('message-text');
    await text.waitFor();
    const composed = await text.inputValue();
    await text.click();
    await page.keyboard.press('Control+End');
    const added = '\n\nMohon konfirmasi kehadiran paling lambat Kamis.';
    await typeSlowly(page, added);

    // The meeting's venue changes elsewhere (another window, the desktop host): the message is composed again.
    const meeting = await api(preview, 'meetings.get', { id: followUp });
    await api(preview, 'meetings.update', { ...updateOf(meeting), venue: 'Aula Kantor Camat Kelara (lantai 2)' });
    await page.waitForTimeout(1000);
    expect(await text.inputValue()).toBe(`${composed}${added}`);
    await page.keyboard.type(' Terima kasih.', { delay: KEY_DELAY });
    expect(await text.inputValue()).toBe(`${composed}${added} Terima kasih.`);

    await escapeAsksAndKeep(page, page.getByRole('dialog', { name: 'Pesan WhatsApp rapat' }));
    await dialog.getByRole('button', { name: 'Salin', exact: true }).click();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(`${composed}${added} Terima kasih.`);

    await escapeAndDiscard(page, dialog);
    // Dropped means dropped: opened again, the message is as composed, with the new venue.
    await page.getByRole('button', { name: 'Pesan WhatsApp' }).click();
    await expect.poll(() => text.inputValue()).toContain('Aula Kantor Camat Kelara (lantai 2)');
    expect(await text.inputValue()).not.toContain('Mohon konfirmasi');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps an edited WhatsApp summary while the invitation is looked at, and asks before dropping it', async () => {
    const [seedRakor = ''] = (await api(preview, 'demo.status', {})).meetingIds;
    const { page, errors } = await openPage(browser, `${preview.url}#/rapat/${seedRakor}/persiapan`);
    await page.getByRole('button', { name: 'Pesan WhatsApp' }).click();
    const dialog = page.getByTestId('meeting-messages');
    const text = dialog.getByTestId('message-text');
    await expect.poll(() => text.inputValue()).toContain('*HASIL');
    const summary = await text.inputValue();
    await text.click();
    await page.keyboard.press('Control+End');
    await typeSlowly(page, ' Terima kasih.');
    await dialog.getByText('Undangan', { exact: true }).click();
    await expect.poll(() => text.inputValue()).not.toContain('*HASIL');
    await dialog.getByText('Ringkasan hasil rapat', { exact: true }).click();
    await expect.poll(() => text.inputValue()).toBe(`${summary} Terima kasih.`);
    // Looking at the invitation again, an Esc still asks: the summary's edit is what would be lost.
    await dialog.getByText('Undangan', { exact: true }).click();
    await expect.poll(() => text.inputValue()).not.toContain('*HASIL');
    await escapeAsksAndKeep(page, page.getByRole('dialog', { name: 'Pesan WhatsApp rapat' }));
    await escapeAndDiscard(page, dialog);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stores a photo caption typed before the annex box is clicked at once, and one left with Tab', async () => {
    const { page, errors } = await openPage(browser, `${preview.url}#/rapat/${followUp}/pelaksanaan`);
    const card = page.getByTestId('meeting-file').filter({ hasText: 'Suasana rapat.png' });
    const caption = card.getByRole('textbox', { name: 'Keterangan foto' });
    await caption.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Camat Kelara membuka rapat koordinasi', { delay: KEY_DELAY });
    // No pause: the click that leaves the caption unticks the annex box.
    await card.getByRole('checkbox', { name: 'Cetak di Lampiran dokumentasi' }).click();
    const stored = async () =>
      (await api(preview, 'meetingFiles.list', { meetingId: followUp })).find(
        (f) => f.originalName === 'Suasana rapat.png',
      );
    await expect.poll(async () => (await stored())?.inAnnex).toBe(false);
    await page.waitForTimeout(500);
    expect((await stored())?.caption).toBe('Camat Kelara membuka rapat koordinasi');

    await caption.click();
    await page.keyboard.press('Control+A');
    await typeSlowly(page, 'Peserta menyimak paparan capaian konvergensi');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Butir agenda');
    await expect.poll(async () => (await stored())?.caption).toBe('Peserta menyimak paparan capaian konvergensi');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asks in the app dialog before deleting a meeting file, and Batal keeps it', async () => {
    const { page, errors } = await openPage(browser, `${preview.url}#/rapat/${followUp}/pelaksanaan`);
    const names = async () =>
      (await api(preview, 'meetingFiles.list', { meetingId: followUp })).map((f) => f.originalName);
    const card = page.getByTestId('meeting-file').filter({ hasText: 'Suasana rapat.png' });
    await card.getByRole('button', { name: 'Hapus Suasana rapat.png' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hapus data?' });
    await expect.poll(() => dialog.textContent()).toContain('Hapus Suasana rapat.png dari rapat ini?');
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await names()).toContain('Suasana rapat.png');
    await card.getByRole('button', { name: 'Hapus Suasana rapat.png' }).click();
    await dialog.getByRole('button', { name: 'Hapus', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(names).not.toContain('Suasana rapat.png');
    await expect.poll(() => card.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('checks a directory sheet, asks before dropping it on Esc, imports it, then closes without asking', async () => {
    const { page, errors } = await openPage(browser, `${preview.url}#/direktori`);
    await page.getByRole('button', { name: 'Impor dari Excel' }).click();
    const dialog = page.getByTestId('directory-import');
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'kader.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Nama;Jabatan;Instansi;NIP\r\nNur Aisyah;Kader Posyandu Mawar;UPT Puskesmas Kelara;\r\n'),
    });
    await dialog.getByRole('button', { name: 'Periksa berkas' }).click();
    await dialog.getByTestId('directory-import-summary').waitFor();
    await escapeAsksAndKeep(page, page.getByRole('dialog', { name: 'Impor direktori dari Excel atau CSV' }));
    await dialog.getByRole('button', { name: /^Impor / }).click();
    await dialog.getByTestId('directory-imported').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByRole('dialog', { name: 'Buang perubahan?' }).count()).toBe(0);
    expect((await api(preview, 'people.list', { query: 'Nur Aisyah' })).items.map((p) => p.position)).toEqual([
      'Kader Posyandu Mawar',
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
