import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, KELARA_OFFICE } from './support/api';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { field, navigate, pick } from './support/mantine';
import { startPreview, type RunningPreview } from './support/preview-host';
import { seedRakorDirectory } from './support/seed-directory';

const TITLE = 'Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia';

async function addAgendaItem(
  page: Page,
  item: { kind: string; title: string; presenter?: string; minutes: number },
): Promise<void> {
  await page.getByRole('button', { name: 'Tambah butir agenda' }).click();
  const dialog = page.getByRole('dialog');
  await pick(dialog, 'Jenis', '', item.kind);
  await field(dialog, 'Judul butir agenda').fill(item.title);
  if (item.presenter) await pick(dialog, 'Pemateri', item.presenter, new RegExp(item.presenter));
  await field(dialog, 'Durasi (menit)').fill(String(item.minutes));
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('listitem', { name: item.title }).waitFor();
}

async function invite(page: Page, person: string, role = 'Peserta'): Promise<void> {
  const section = page.getByTestId('invitees');
  await pick(section, 'Orang dari direktori', person, new RegExp(person));
  await pick(section, 'Peran', '', role);
  await section.getByRole('button', { name: 'Undang', exact: true }).click();
  await section.getByRole('cell', { name: person, exact: true }).waitFor();
}

function attendanceRow(page: Page, name: string): Locator {
  return page.getByTestId('attendance-row').filter({ hasText: name });
}

async function writeEntries(page: Page, section: string, lines: string[]): Promise<void> {
  const group = page.getByRole('group', { name: section });
  await group.getByRole('textbox', { name: 'Catatan baru' }).click();
  for (const line of lines) {
    await page.keyboard.type(line);
    // Enter keeps the entry (it moves up into the list) and empties the box for the next one.
    await page.keyboard.press('Enter');
  }
  await group
    .getByText('Tersimpan')
    .nth(lines.length - 1)
    .waitFor();
}

describe('the seed Rakor (Kelara–Rumbia, 17 October 2025) through the UI', () => {
  let browser: Browser;
  let dataDir: string;
  let preview: RunningPreview;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sirakor-e2e-'));
    browser = await launchBrowser();
    preview = await startPreview(dataDir);
    await api(preview, 'settings.update', { office: KELARA_OFFICE });
    await seedRakorDirectory(preview);
  });

  afterAll(async () => {
    await preview?.stop();
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prepares, records and approves the meeting; after a restart it is all there and locked', async () => {
    const { page, errors } = await openPage(browser, preview.url);
    await navigate(page, 'Rapat');
    await page.getByRole('button', { name: 'Rapat baru' }).click();
    let dialog = page.getByRole('dialog');
    await field(dialog, 'Judul rapat').fill(TITLE);
    await pick(dialog, 'Tingkat penyelenggara', '', 'Kabupaten/Kota');
    await pick(dialog, 'Wilayah rapat', 'Rumbia', /Rumbia.*Jeneponto/);
    await field(dialog, 'Tanggal').fill('17/10/2025');
    await field(dialog, 'Tempat').fill('Aula Kantor Camat Kelara');
    await field(dialog, 'Mulai pukul').fill('09.00');
    await field(dialog, 'Rencana selesai').fill('12.00');
    await pick(dialog, 'Pimpinan rapat', 'Islam', 'H. Islam Iskandar, S.Sos.');
    await field(dialog, 'Memimpin selaku').fill('Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten');
    await pick(dialog, 'Notulis', 'Notulis', /Contoh Notulis/);
    await field(dialog, 'Nomor surat undangan').fill('400.5.7/123/KEC-KLR/X/2025');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('heading', { name: TITLE }).waitFor();

    // Agenda, with the chair's directives moved up by keyboard.
    await addAgendaItem(page, { kind: 'Pembukaan', title: 'Pembukaan', presenter: 'Contoh Camat Kelara', minutes: 15 });
    await addAgendaItem(page, {
      kind: 'Paparan',
      title: 'Strategi intervensi keluarga berisiko stunting',
      presenter: 'St. Meriam',
      minutes: 30,
    });
    await addAgendaItem(page, {
      kind: 'Paparan',
      title: 'Konvergensi program dan anggaran',
      presenter: 'Alfian Afandy Syam',
      minutes: 30,
    });
    await addAgendaItem(page, {
      kind: 'Arahan',
      title: 'Arahan Ketua TPPS Kabupaten',
      presenter: 'Islam',
      minutes: 30,
    });
    await addAgendaItem(page, { kind: 'Diskusi', title: 'Diskusi dan tanya jawab', minutes: 60 });
    await addAgendaItem(page, { kind: 'Penutup', title: 'Penutup', minutes: 30 });
    const arahan = page.getByRole('listitem', { name: 'Arahan Ketua TPPS Kabupaten' });
    await arahan.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect
      .poll(() => page.getByRole('listitem').nth(2).getAttribute('aria-label'))
      .toBe('Arahan Ketua TPPS Kabupaten');
    await page.getByRole('listitem', { name: 'Arahan Ketua TPPS Kabupaten' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect
      .poll(() => page.getByRole('listitem').nth(1).getAttribute('aria-label'))
      .toBe('Arahan Ketua TPPS Kabupaten');
    // 195 minutes from 09.00 end at 12.15: fifteen minutes past the planned 12.00.
    await expect.poll(() => page.getByTestId('agenda-overrun').textContent()).toContain('selama 15 menit');

    // Invitees, one of them added to the directory without leaving the meeting.
    await invite(page, 'Contoh Camat Kelara, S.STP.');
    await invite(page, 'Contoh Camat Rumbia, S.Sos.');
    await invite(page, 'St. Meriam', 'Pemateri');
    await invite(page, 'Alfian Afandy Syam', 'Pemateri');
    await invite(page, 'Contoh Ketua PKK Tolo');
    await invite(page, 'Contoh Ketua PKK Rumbia');
    await invite(page, 'dr. Contoh Kepala Puskesmas Tolo');
    await invite(page, 'Contoh Kepala Puskesmas Rumbia, S.KM.');
    await page.getByRole('button', { name: 'Orang baru' }).click();
    dialog = page.getByRole('dialog');
    await field(dialog, 'Nama lengkap dengan gelar').fill('Contoh Ketua PKK Bontonompo');
    await field(dialog, 'Jabatan').fill('Ketua TP PKK Desa Bontonompo');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page
      .getByTestId('invitees')
      .getByRole('cell', { name: 'Contoh Ketua PKK Bontonompo', exact: true })
      .waitFor();
    await screenshot(page, 'workspace-persiapan');

    // During the meeting: attendance with one stand-in.
    await page.getByRole('tab', { name: 'Pelaksanaan' }).click();
    for (const name of [
      'Contoh Camat Kelara',
      'Contoh Camat Rumbia',
      'St. Meriam',
      'Alfian Afandy Syam',
      'Contoh Ketua PKK Tolo',
      'Contoh Ketua PKK Rumbia',
      'dr. Contoh Kepala Puskesmas Tolo',
    ]) {
      await attendanceRow(page, name).getByText('Hadir', { exact: true }).click();
    }
    await attendanceRow(page, 'Contoh Ketua PKK Bontonompo').getByText('Izin', { exact: true }).click();
    const standIn = attendanceRow(page, 'Contoh Kepala Puskesmas Rumbia');
    await standIn.getByText('Diwakili', { exact: true }).click();
    await field(standIn, 'Nama yang mewakili').fill('Nurhayati, S.Tr.Keb.');
    await field(standIn, 'Jabatan yang mewakili').fill('Bidan Koordinator Puskesmas Rumbia');
    await field(standIn, 'Nama yang mewakili').click();
    await expect
      .poll(() => page.getByTestId('attendance-counts').textContent())
      .toContain('Hadir 8 dari 9 orang diundang');

    await writeEntries(page, '2. Arahan Ketua TPPS Kabupaten — H. Islam Iskandar, S.Sos.', [
      'Penanganan stunting bukan lagi masalah sektoral; hilangkan ego sektoral dan libatkan semua pihak.',
      'Setiap intervensi spesifik maupun sensitif harus tepat sasaran dan berbasis satu data yang valid.',
    ]);
    // The presenter of an item (here the chair) is the default speaker of its entries.
    const arahanGroup = page.getByRole('group', { name: '2. Arahan Ketua TPPS Kabupaten — H. Islam Iskandar, S.Sos.' });
    await expect.poll(() => field(arahanGroup, 'Pembicara').nth(0).inputValue()).toBe('H. Islam Iskandar, S.Sos.');
    const speakers = arahanGroup
      .getByRole('textbox', { name: 'Pembicara' })
      .or(arahanGroup.getByRole('combobox', { name: 'Pembicara' }));
    await expect.poll(() => speakers.nth(1).inputValue()).toBe('H. Islam Iskandar, S.Sos.');
    await writeEntries(page, '3. Strategi intervensi keluarga berisiko stunting — St. Meriam', [
      'TPPS Desa/Kelurahan adalah garda terdepan dalam identifikasi dan pendampingan keluarga berisiko stunting.',
    ]);
    await page
      .getByRole('textbox', { name: 'Keputusan baru' })
      .fill('Rencana aksi terpadu Kecamatan Kelara dan Rumbia disusun paling lambat November 2025.');
    await page.keyboard.press('Enter');
    await page.getByTestId('decision').first().waitFor();

    for (const commitment of [
      {
        institution: 'DPPKB',
        text: 'Memperkuat TPPS Desa/Kelurahan dan Tim Pendamping Keluarga di Kelara dan Rumbia',
        due: '31/12/2025',
      },
      {
        institution: 'Bappeda',
        text: 'Menyelaraskan program dan anggaran pencegahan stunting desa dalam RKPD 2026',
        due: '31/03/2026',
      },
    ]) {
      await page.getByRole('button', { name: 'Tambah komitmen' }).click();
      dialog = page.getByRole('dialog');
      await pick(dialog, 'Instansi', commitment.institution, new RegExp(commitment.institution));
      await field(dialog, 'Komitmen').fill(commitment.text);
      await field(dialog, 'Target waktu').fill(commitment.due);
      await dialog.getByRole('button', { name: 'Simpan' }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
    await expect.poll(() => page.getByTestId('commitment-row').count()).toBe(2);
    await screenshot(page, 'workspace-pelaksanaan');

    // The meeting was held; the chair approves the minutes.
    await page.getByRole('button', { name: 'Jadwalkan' }).click();
    await page.getByRole('button', { name: 'Tandai terlaksana' }).click();
    await expect.poll(() => page.getByTestId('meeting-status').textContent()).toBe('Terlaksana');
    await page.getByRole('tab', { name: 'Pengesahan' }).click();
    await page.getByRole('button', { name: 'Sahkan notulen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Sahkan notulen' }).click();
    await page.getByTestId('locked-banner').waitFor();
    await page.getByText('Notulen disahkan; rapat dikunci').waitFor();
    await screenshot(page, 'workspace-pengesahan');
    expect(errors).toEqual([]);

    // Restart the host: everything is there, and the approved meeting refuses an edit.
    await preview.stop();
    preview = await startPreview(dataDir);
    const [meeting] = (await api(preview, 'meetings.list', {})).items;
    expect(meeting?.status).toBe('approved');
    await page.goto(`${preview.url}#/rapat/${meeting?.id}/pelaksanaan`);
    await page.getByTestId('locked-banner').waitFor();
    await expect
      .poll(() => page.getByTestId('attendance-counts').textContent())
      .toContain('Hadir 8 dari 9 orang diundang');
    expect(await page.getByRole('textbox', { name: 'Isi catatan' }).first().inputValue()).toContain(
      'hilangkan ego sektoral',
    );
    expect(await page.getByTestId('commitment-row').count()).toBe(2);
    expect(await page.getByRole('button', { name: 'Tambah komitmen' }).count()).toBe(0);

    await page.getByRole('tab', { name: 'Persiapan' }).click();
    await expect.poll(() => page.getByRole('listitem').count()).toBe(6);
    // Locked: the details cannot be opened for editing (the host refuses too, see meeting-lock.test.ts).
    expect(await page.getByRole('button', { name: 'Ubah detail' }).isDisabled()).toBe(true);
    await screenshot(page, 'workspace-locked');
    const workspace = await api(preview, 'meetings.workspace', { id: meeting?.id ?? '' });
    expect(workspace.meeting.venue).toBe('Aula Kantor Camat Kelara');
    expect(workspace.participants.find((p) => p.standInName)?.standInName).toBe('Nurhayati, S.Tr.Keb.');
    expect(workspace.commitments.map((c) => c.institutionName)).toEqual([
      'Dinas Pengendalian Penduduk dan Keluarga Berencana',
      'Badan Perencanaan Pembangunan Daerah',
    ]);
    expect(errors).toEqual([]);
  });
});
