import type { Browser, Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { localDateIn } from '../../shared/domain/overdue';
import { api } from './support/api';
import { openPage } from './support/browser';
import { kelaraOfficeForTests } from './support/kelara-office';
import { field, navigate, pick } from './support/mantine';
import type { RunningPreview } from './support/preview-host';

/** Human speed: 100–150 ms a key (issue 13). */
const HUMAN = 120;

/**
 * Issue 13, "nothing typed is ever lost": each fault seen by a secretary typing during a meeting,
 * replayed from the keyboard against the real UI.
 */
describe('nothing typed is lost (keyboard entry, dialogs, dates)', () => {
  const office = kelaraOfficeForTests();
  let browser: Browser;
  let preview: RunningPreview;
  let people: Map<string, string>;
  let sequence = 0;

  beforeAll(async () => {
    ({ browser, preview } = office);
    people = new Map((await api(preview, 'people.list', { limit: 100 })).items.map((p) => [p.name, p.id]));
  });

  const personId = (name: string) => people.get(name) ?? '';

  /** A meeting of Kelara today (WITA), with two agenda items and the invitees given. */
  async function meetingToday(invitees: string[] = [], date = localDateIn('WITA', new Date())) {
    sequence++;
    const meeting = await api(preview, 'meetings.create', {
      title: `Rakor TPPS Kelara ${sequence}`,
      kind: 'rakor_tpps',
      hostLevel: 'kecamatan',
      areaCodes: ['73.04.05'],
      date,
      startTime: '09:00',
      chairPersonId: personId('H. Islam Iskandar, S.Sos.'),
    });
    const first = await api(preview, 'agenda.create', { meetingId: meeting.id, kind: 'opening', title: 'Pembukaan' });
    const second = await api(preview, 'agenda.create', {
      meetingId: meeting.id,
      kind: 'presentation',
      title: 'Paparan data stunting',
      presenterPersonId: personId('St. Meriam'),
    });
    for (const name of invitees)
      await api(preview, 'participants.add', { meetingId: meeting.id, personId: personId(name) });
    return { meeting, agenda: [first, second] };
  }

  async function workspace(id: string) {
    return api(preview, 'meetings.workspace', { id });
  }

  async function openMeeting(id: string, tab: 'persiapan' | 'pelaksanaan' | 'pengesahan'): Promise<Page> {
    const { page, errors } = await openPage(browser, `${preview.url}#/rapat/${id}/${tab}`);
    page.on('close', () => expect(errors).toEqual([]));
    await page.getByTestId('meeting-status').waitFor();
    return page;
  }

  const focusedLabel = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return null;
      const id = el.getAttribute('id');
      const label = id ? document.querySelector(`label[for="${id}"]`)?.textContent : null;
      return label ?? el.getAttribute('aria-label') ?? el.tagName;
    });

  it('attendance: Tab from the stand-in’s name goes to their position; Hadir fills the arrival time', async () => {
    const { meeting } = await meetingToday(['Contoh Kepala Puskesmas Rumbia, S.KM.', 'Contoh Camat Kelara, S.STP.']);
    const page = await openMeeting(meeting.id, 'pelaksanaan');
    const row = page.getByTestId('attendance-row').filter({ hasText: 'Contoh Kepala Puskesmas Rumbia' });
    await row.getByText('Diwakili', { exact: true }).click();
    await field(row, 'Nama yang mewakili').click();
    await page.keyboard.type('Nurhayati, S.Tr.Keb.', { delay: HUMAN });
    await page.waitForTimeout(300);
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('Jabatan yang mewakili');
    await page.keyboard.type('Bidan Koordinator Puskesmas Rumbia', { delay: HUMAN });
    await page.waitForTimeout(300);
    await page.keyboard.press('Tab');
    await expect
      .poll(async () => (await workspace(meeting.id)).participants.find((p) => p.standInName)?.standInPosition)
      .toBe('Bidan Koordinator Puskesmas Rumbia');
    const represented = (await workspace(meeting.id)).participants.find((p) => p.standInName);
    expect(represented).toMatchObject({ attendance: 'represented', standInName: 'Nurhayati, S.Tr.Keb.' });

    const camat = page.getByTestId('attendance-row').filter({ hasText: 'Contoh Camat Kelara' });
    await camat.getByText('Hadir', { exact: true }).click();
    await expect.poll(() => field(camat, /Jam datang/).inputValue()).toMatch(/^\d{2}\.\d{2}$/);
    await expect
      .poll(async () => (await workspace(meeting.id)).participants.find((p) => p.attendance === 'present')?.arrivalTime)
      .toMatch(/^\d{2}:\d{2}$/);
    await page.close();
  });

  it('minutes: Ctrl+↓ lands in a text box of the next item, and the first words typed there are kept', async () => {
    const { meeting, agenda } = await meetingToday();
    const page = await openMeeting(meeting.id, 'pelaksanaan');
    const section = (title: string) => page.getByRole('group', { name: new RegExp(`^\\d\\. ${title}`) });
    await section('Pembukaan').getByRole('textbox', { name: 'Catatan baru' }).click();
    await page.keyboard.type('Camat membuka rapat', { delay: HUMAN });
    await page.keyboard.press('Control+ArrowDown');
    // No pause: the very next keys must land in the next item.
    await page.keyboard.type('Prevalensi turun', { delay: 0 });
    await page.keyboard.press('Enter');
    await page.keyboard.type('Data by name by address', { delay: HUMAN });
    await page.keyboard.press('Control+ArrowUp');
    await page.keyboard.type('Doa dipimpin imam desa', { delay: 0 });
    await page.keyboard.press('Control+ArrowDown');
    const bodies = async () =>
      (await workspace(meeting.id)).minutes.map((entry) => [
        agenda.findIndex((item) => item.id === entry.agendaItemId),
        entry.body,
      ]);
    await expect.poll(bodies).toEqual([
      [0, 'Camat membuka rapat'],
      [0, 'Doa dipimpin imam desa'],
      [1, 'Prevalensi turun'],
      [1, 'Data by name by address'],
    ]);

    // Leaving the box with a click: the entry moving up into the list must not make the click miss.
    await section('Paparan data stunting').getByRole('textbox', { name: 'Catatan baru' }).click();
    await page.keyboard.type('Sasaran 42 balita', { delay: 0 });
    await expect.poll(async () => (await bodies()).length).toBe(5);
    // A person's click: 120 ms between pressing and releasing the button.
    await page.getByRole('button', { name: 'Tambah komitmen' }).click({ delay: 120 });
    await page.getByRole('dialog', { name: 'Tambah komitmen' }).waitFor({ timeout: 3000 });
    await page.close();
  });

  it('commitment dialog: Esc closes the date picker only; a form with changes is never closed without asking', async () => {
    const { meeting } = await meetingToday();
    const page = await openMeeting(meeting.id, 'pelaksanaan');
    await page.getByRole('button', { name: 'Tambah komitmen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tambah komitmen' });
    await field(dialog, 'Komitmen').click();
    await page.keyboard.type('Memperkuat TPK di Rumbia', { delay: 20 });
    await field(dialog, 'Target waktu').click();
    const calendar = page.locator('.mantine-DatePicker-month, .mantine-Month-month').first();
    await calendar.waitFor();
    await page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'hidden' });
    expect(await dialog.isVisible()).toBe(true);
    expect(await field(dialog, 'Komitmen').inputValue()).toBe('Memperkuat TPK di Rumbia');

    // The institution picker's list: Esc closes the list, not the dialog.
    await field(dialog, 'Instansi').click();
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(true);

    // Esc on the form itself, the close button, a click outside: each asks first.
    await field(dialog, 'Indikator').click();
    await page.keyboard.press('Escape');
    const confirm = page.getByRole('dialog', { name: 'Buang perubahan?' });
    await confirm.getByRole('button', { name: 'Lanjut mengisi' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await field(dialog, 'Komitmen').inputValue()).toBe('Memperkuat TPK di Rumbia');
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await confirm.getByRole('button', { name: 'Lanjut mengisi' }).click();
    await page.mouse.click(5, 5);
    await confirm.getByRole('button', { name: 'Buang perubahan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await workspace(meeting.id)).commitments).toEqual([]);

    // An untouched form closes at once.
    await page.getByRole('button', { name: 'Tambah komitmen' }).click();
    await field(dialog, 'Komitmen').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.close();
  });

  /** Opens a dialog, types into one of its fields, and checks Esc asks before dropping it. */
  async function expectAsksBeforeClosing(page: Page, dialog: Locator, label: string): Promise<void> {
    await field(dialog, label).click();
    await page.keyboard.type('Teks yang tidak boleh hilang', { delay: 0 });
    await page.keyboard.press('Escape');
    const confirm = page.getByRole('dialog', { name: 'Buang perubahan?' });
    await confirm.getByRole('button', { name: 'Lanjut mengisi' }).click();
    expect(await field(dialog, label).inputValue()).toContain('Teks yang tidak boleh hilang');
    await page.keyboard.press('Escape');
    await confirm.getByRole('button', { name: 'Buang perubahan' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  it('every dialog and drawer with a form asks before dropping what was typed', async () => {
    const { meeting } = await meetingToday(['Contoh Camat Kelara, S.STP.']);
    const page = await openMeeting(meeting.id, 'persiapan');
    const cases: [string, string, string][] = [
      ['Ubah detail', 'Ubah rapat', 'Tempat'],
      ['Tambah butir agenda', 'Tambah butir agenda', 'Judul butir agenda'],
      ['Orang baru', 'Tambahkan orang baru ke direktori dan undang', 'Jabatan'],
    ];
    for (const [button, title, label] of cases) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await expectAsksBeforeClosing(page, page.getByRole('dialog', { name: title }), label);
    }
    await navigate(page, 'Direktori');
    await page.getByRole('button', { name: 'Instansi baru' }).click();
    await expectAsksBeforeClosing(page, page.getByRole('dialog', { name: 'Instansi baru' }), 'Singkatan');
    await page.getByRole('tab', { name: 'Orang' }).click();
    await page.getByRole('button', { name: 'Orang baru' }).click();
    await expectAsksBeforeClosing(page, page.getByRole('dialog', { name: 'Orang baru' }), 'Jabatan');
    await navigate(page, 'Rapat');
    await page.getByRole('button', { name: 'Rapat baru' }).click();
    await expectAsksBeforeClosing(page, page.getByRole('dialog', { name: 'Rapat baru' }), 'Judul rapat');
    await page.close();
  });

  it('dates typed by hand stay as typed with the reason, in an empty field and over a date', async () => {
    const { meeting } = await meetingToday();
    const page = await openMeeting(meeting.id, 'pelaksanaan');
    await page.getByRole('button', { name: 'Tambah komitmen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tambah komitmen' });
    await pick(dialog, 'Instansi', 'DPPKB', /DPPKB/);
    await field(dialog, 'Komitmen').fill('Menyusun data keluarga berisiko');
    const due = field(dialog, 'Target waktu');
    await due.click();
    await page.keyboard.type('31/02/2026', { delay: HUMAN });
    await page.keyboard.press('Tab');
    expect(await due.inputValue()).toBe('31/02/2026');
    await dialog.getByText('Tanggal 31 Februari 2026 tidak ada: Februari 2026 hanya sampai tanggal 28.').waitFor();
    expect(await dialog.getByText('Wajib diisi.').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForTimeout(300);
    expect(await dialog.isVisible()).toBe(true);
    expect((await workspace(meeting.id)).commitments).toEqual([]);

    await due.fill('31/12/2026');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await workspace(meeting.id)).commitments.map((c) => c.dueDate)).toEqual(['2026-12-31']);

    // Over an existing date: the typed text stays, with why it is no date, and nothing is saved.
    await page.getByRole('button', { name: /^Ubah Menyusun data/ }).click();
    const edit = page.getByRole('dialog', { name: 'Ubah komitmen' });
    for (const [typed, reason] of [
      ['32/13/2026', 'Bulan 13 tidak ada: bulan hanya 1–12.'],
      ['besok', '“besok” bukan tanggal. Tulis seperti 17/10/2025 atau 17 Oktober 2025.'],
    ] as const) {
      const box = field(edit, 'Target waktu');
      await box.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(typed, { delay: HUMAN });
      await page.keyboard.press('Tab');
      expect(await box.inputValue()).toBe(typed);
      await edit.getByText(reason).waitFor();
      await edit.getByRole('button', { name: 'Simpan' }).click();
      await page.waitForTimeout(300);
      expect(await edit.isVisible()).toBe(true);
    }
    expect((await workspace(meeting.id)).commitments.map((c) => c.dueDate)).toEqual(['2026-12-31']);
    await page.close();
  });

  it('a meeting dated ahead is refused as held, with the reason on screen', async () => {
    const ahead = new Date(Date.now() + 3 * 86_400_000);
    const { meeting } = await meetingToday([], localDateIn('WITA', ahead));
    const page = await openMeeting(meeting.id, 'pengesahan');
    await page.getByTestId('meeting-ahead').waitFor();
    await page.getByRole('button', { name: 'Jadwalkan' }).click();
    await page.getByRole('button', { name: 'Tandai terlaksana' }).click();
    await page
      .getByText(/belum tiba\. Rapat baru dapat ditandai terlaksana/)
      .first()
      .waitFor();
    expect((await workspace(meeting.id)).meeting.status).toBe('scheduled');
    await page.close();
  });

  it('the plan grid: Tambah baris opens the activity empty, and what is typed at once becomes the activity', async () => {
    const plan = await api(preview, 'plans.create', { areaCode: '73.04.05', year: 2031, title: 'RAT Kelara 2031' });
    await api(preview, 'planRows.create', { planId: plan.id, activity: 'Pemberian TTD remaja putri' });
    const { page, errors } = await openPage(browser, `${preview.url}#/rencana-aksi/${plan.id}/tabel`);
    await page.getByRole('grid').waitFor();
    await page.getByRole('button', { name: 'Tambah baris' }).click();
    await page.keyboard.type('Kelas ibu hamil', { delay: 0 });
    const editor = page.getByRole('grid').getByRole('textbox');
    expect(await editor.getAttribute('placeholder')).toBe('Kegiatan baru');
    await page.keyboard.press('Enter');
    const activities = async () => (await api(preview, 'plans.get', { id: plan.id })).rows.map((r) => r.activity);
    await expect.poll(activities).toEqual(['Pemberian TTD remaja putri', 'Kelas ibu hamil']);
    // Left empty, the new row keeps its placeholder activity rather than an error.
    await page.keyboard.press('Control+Enter');
    await editor.waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(activities).toEqual(['Pemberian TTD remaja putri', 'Kelas ibu hamil', 'Kegiatan baru']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Orang baru creates an institution that is not in the directory yet, inline, keeping what was typed', async () => {
    const { meeting } = await meetingToday();
    const page = await openMeeting(meeting.id, 'persiapan');
    await page.getByRole('button', { name: 'Orang baru' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tambahkan orang baru ke direktori dan undang' });
    await field(dialog, 'Nama lengkap dengan gelar').click();
    await page.keyboard.type('Hj. Rosmiati, S.KM.', { delay: HUMAN });
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kepala Puskesmas', { delay: HUMAN });
    await page.keyboard.press('Tab');
    await page.keyboard.type('Puskesmas Bontoramba', { delay: HUMAN });
    await page.getByRole('option', { name: 'Tambah instansi baru “Puskesmas Bontoramba”' }).click();
    const inline = dialog.getByRole('group', { name: 'Instansi baru' });
    expect(await field(inline, 'Nama instansi').inputValue()).toBe('Puskesmas Bontoramba');
    await pick(inline, 'Sektor', 'Kes', 'Kesehatan');
    await inline.getByRole('button', { name: 'Simpan instansi' }).click();
    await inline.waitFor({ state: 'hidden' });
    expect(await field(dialog, 'Nama lengkap dengan gelar').inputValue()).toBe('Hj. Rosmiati, S.KM.');
    expect(await field(dialog, 'Jabatan').inputValue()).toBe('Kepala Puskesmas');
    await expect.poll(() => field(dialog, 'Instansi').inputValue()).toBe('Puskesmas Bontoramba');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const invited = (await workspace(meeting.id)).participants.find((p) => p.personName === 'Hj. Rosmiati, S.KM.');
    expect(invited).toMatchObject({ personPosition: 'Kepala Puskesmas', institutionName: 'Puskesmas Bontoramba' });
    const created = (await api(preview, 'institutions.list', { query: 'Bontoramba' })).items;
    expect(created).toEqual([
      expect.objectContaining({ sector: 'kesehatan', level: 'kecamatan', areaCode: '73.04.05' }),
    ]);
    await page.close();
  });

  it('the chair and presenters are invited in their role; the person in charge is of the chosen institution', async () => {
    const { meeting } = await meetingToday();
    const page = await openMeeting(meeting.id, 'persiapan');
    const invitees = page.getByTestId('invitees');
    await pick(invitees, 'Orang dari direktori', 'Islam', 'H. Islam Iskandar, S.Sos.');
    expect(await field(invitees, 'Peran').inputValue()).toBe('Pimpinan rapat');
    await invitees.getByRole('button', { name: 'Undang', exact: true }).click();
    await pick(invitees, 'Orang dari direktori', 'Meriam', 'St. Meriam');
    expect(await field(invitees, 'Peran').inputValue()).toBe('Pemateri');
    await invitees.getByRole('button', { name: 'Undang', exact: true }).click();
    await expect
      .poll(async () => (await workspace(meeting.id)).participants.map((p) => [p.personName, p.role]))
      .toEqual([
        ['H. Islam Iskandar, S.Sos.', 'chair'],
        ['St. Meriam', 'presenter'],
      ]);

    await page.getByRole('tab', { name: 'Pelaksanaan' }).click();
    await page.getByRole('button', { name: 'Tambah komitmen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tambah komitmen' });
    await pick(dialog, 'Instansi', 'DPPKB', /DPPKB/);
    await field(dialog, 'Penanggung jawab').click();
    await expect
      .poll(() => page.getByRole('option').allTextContents())
      .toEqual([expect.stringContaining('St. Meriam')]);
    await page.close();
  });

  it('a summary typed just before the closing time is filled is kept, and the closing time too', async () => {
    const { meeting } = await meetingToday();
    const page = await openMeeting(meeting.id, 'pelaksanaan');
    await page.getByRole('textbox', { name: 'Kesimpulan' }).click();
    await page.keyboard.type('Rencana aksi disusun November.', { delay: 0 });
    await page.keyboard.press('Tab');
    await page.keyboard.type('11.45', { delay: 0 });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('End');
    await page.keyboard.type(' Satu data.', { delay: 0 });
    await page.keyboard.press('Tab');
    await expect
      .poll(async () => {
        const { summary, closingTime } = (await workspace(meeting.id)).meeting;
        return [summary, closingTime];
      })
      .toEqual(['Rencana aksi disusun November. Satu data.', '11:45']);
    await page.waitForTimeout(800);
    expect(await page.getByRole('textbox', { name: 'Kesimpulan' }).inputValue()).toBe(
      'Rencana aksi disusun November. Satu data.',
    );
    await page.close();
  });

  it('an approved meeting shows attendance readably and offers no detail edit', async () => {
    const { meeting } = await meetingToday(['Contoh Camat Kelara, S.STP.']);
    const [camat] = (await workspace(meeting.id)).participants;
    await api(preview, 'participants.setAttendance', {
      id: camat?.id ?? '',
      attendance: 'present',
      arrivalTime: '08:50',
    });
    await api(preview, 'meetings.setStatus', { id: meeting.id, status: 'scheduled' });
    await api(preview, 'meetings.setStatus', { id: meeting.id, status: 'held' });
    await api(preview, 'meetings.approve', { id: meeting.id });
    const page = await openMeeting(meeting.id, 'persiapan');
    expect(await page.getByRole('button', { name: 'Ubah detail' }).isDisabled()).toBe(true);
    await page.getByRole('tab', { name: 'Pelaksanaan' }).click();
    const status = page.getByTestId('attendance-status');
    expect(await status.textContent()).toBe('Hadir');
    // WCAG AA for normal text: the chosen status reads at 4.5:1 or better.
    const ratio = await status.evaluate((el) => {
      const rgba = (value: string) => {
        const [r = 0, g = 0, b = 0, a = 1] = (value.match(/[\d.]+/g) ?? []).map(Number);
        return { r, g, b, a: value.startsWith('rgba') ? a : 1 };
      };
      // The backdrop as painted: every background from the page down to the badge, over white.
      const layers: Element[] = [];
      for (let node: Element | null = el; node; node = node.parentElement) layers.unshift(node);
      let back = { r: 255, g: 255, b: 255 };
      for (const layer of layers) {
        const { r, g, b, a } = rgba(getComputedStyle(layer).backgroundColor);
        back = { r: r * a + back.r * (1 - a), g: g * a + back.g * (1 - a), b: b * a + back.b * (1 - a) };
      }
      const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
        const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
      };
      const [fg, bg] = [luminance(rgba(getComputedStyle(el).color)), luminance(back)];
      return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    });
    expect(ratio).toBeGreaterThanOrEqual(4.5);
    await page.getByText('08.50').waitFor();
    await page.close();
  });

  it('Ctrl+K finds people by name and action-plan rows', async () => {
    const plan = await api(preview, 'plans.create', { areaCode: '73.04.05', year: 2032, title: 'RAT Kelara 2032' });
    await api(preview, 'planRows.create', { planId: plan.id, activity: 'Gerakan makan telur bersama' });
    const { page, errors } = await openPage(browser, preview.url);
    await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
    await page.keyboard.press('Control+K');
    const box = page.getByRole('dialog').getByRole('textbox', { name: 'Cari' });
    await box.fill('meriam');
    const hit = page.getByRole('dialog').getByRole('listitem').filter({ hasText: 'St. Meriam' });
    await hit.waitFor();
    expect(await hit.textContent()).toContain('Orang');
    await hit.click();
    await page.getByRole('table', { name: 'Orang' }).getByText('St. Meriam').waitFor();

    await page.keyboard.press('Control+K');
    await box.fill('makan telur');
    const row = page.getByRole('dialog').getByRole('listitem').filter({ hasText: 'Gerakan makan telur bersama' });
    await row.waitFor();
    expect(await row.textContent()).toContain('RAT Kelara 2032');
    await row.click();
    await page.getByTestId('row-drawer').getByText('Gerakan makan telur bersama').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
  it('asks before leaving Pengaturan with an unsaved card, and not after it was saved', async () => {
    const { page, errors } = await openPage(browser, `${preview.url}#/pengaturan`);
    const pattern = page.getByRole('textbox', { name: 'Pola nomor' });
    const stored = (await api(preview, 'letters.numbering', {})).numbering.pattern;
    await pattern.click();
    await page.keyboard.press('End');
    await page.keyboard.type('/TPPS', { delay: 40 });
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    const ask = page.getByRole('dialog', { name: 'Buang perubahan?' });

    // The sidebar: asked, and "Lanjut mengisi" keeps the page and the text.
    await nav.getByRole('link', { name: 'Komitmen' }).click();
    await ask.getByRole('button', { name: 'Lanjut mengisi' }).click();
    await ask.waitFor({ state: 'hidden' });
    expect(await pattern.inputValue()).toBe(`${stored}/TPPS`);
    expect(new URL(page.url()).hash).toBe('#/pengaturan');

    // Any other change of address (a link, Back) is asked the same; dropping goes where it was going.
    await page.evaluate(() => (location.hash = '#/rapat'));
    await ask.getByRole('button', { name: 'Buang perubahan' }).click();
    await page.getByRole('heading', { name: 'Rapat', exact: true }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/rapat');
    expect((await api(preview, 'letters.numbering', {})).numbering.pattern).toBe(stored);

    // Saved, nothing is asked.
    await nav.getByRole('link', { name: 'Pengaturan' }).click();
    await pattern.click();
    await page.keyboard.press('End');
    await page.keyboard.type('/TPPS', { delay: 40 });
    await page.getByRole('button', { name: 'Simpan penomoran' }).click();
    await expect
      .poll(async () => (await api(preview, 'letters.numbering', {})).numbering.pattern)
      .toBe(`${stored}/TPPS`);
    await nav.getByRole('link', { name: 'Komitmen' }).click();
    await page.getByRole('heading', { name: 'Komitmen', exact: true }).waitFor();
    expect(await ask.count()).toBe(0);
    await api(preview, 'letters.setNumbering', { numbering: null });
    expect(errors).toEqual([]);
    await page.close();
  });
});
