import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { localDateIn } from '../../../shared/domain/overdue';
import { api } from './api';
import { field } from './mantine';
import type { RunningPreview } from './preview-host';

/** How fast keys go in: `delay` between keys, `pause` before leaving a field with Tab or a click. */
export interface Pace {
  delay: number;
  pause: number;
}

/** 100–150 ms a key with a short pause before Tab, like a secretary typing during the meeting. */
export const HUMAN_PACE: Pace = { delay: 120, pause: 300 };
/** As fast as Playwright sends keys. */
export const FASTEST_PACE: Pace = { delay: 0, pause: 0 };

/** Everything typed into one meeting, from its details to its approval; `tag` keeps runs apart. */
export function meetingScript(tag: string) {
  const today = localDateIn('WITA', new Date());
  const [year, month, day] = today.split('-');
  return {
    today,
    typedDate: `${day}/${month}/${year}`,
    title: `Rakor TPPS Kelara ${tag}`,
    venue: 'Aula Kantor Camat Kelara, Tolo',
    start: ['08.30', '08:30'] as const,
    end: ['11.45', '11:45'] as const,
    chairRole: 'Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten',
    invitationNumber: `400.5.7/${tag}/KEC-KLR/XII/2026`,
    agenda: [
      {
        kind: 'Pembukaan',
        title: 'Pembukaan dan doa',
        presenter: 'Contoh Camat Kelara, S.STP.',
        minutes: '10',
        notes: 'Doa oleh imam Masjid Raya Tolo',
      },
      {
        kind: 'Paparan',
        title: 'Capaian intervensi spesifik triwulan IV',
        presenter: 'St. Meriam',
        minutes: '30',
        notes: 'Bahan dari e-PPGBM November',
      },
      { kind: 'Diskusi', title: 'Diskusi dan rencana tindak lanjut', presenter: null, minutes: '45', notes: '' },
    ],
    invitees: [
      ['H. Islam Iskandar, S.Sos.', 'chair'],
      ['Contoh Camat Kelara, S.STP.', 'participant'],
      ['St. Meriam', 'presenter'],
      ['Contoh Kepala Puskesmas Rumbia, S.KM.', 'participant'],
      ['Contoh Ketua PKK Tolo', 'participant'],
    ] as const,
    newPerson: {
      name: `Andi Nurhalisa ${tag}, S.Gz.`,
      position: 'Tenaga Gizi Puskesmas',
      institution: `UPT Puskesmas Bontoramba ${tag}`,
      phone: '0812-3456-7890',
      email: `nurhalisa.${tag.toLowerCase()}@contoh.id`,
    },
    arrival: ['08.25', '08:25'] as const,
    standIn: { name: 'Nurhayati, S.Tr.Keb.', position: 'Bidan Koordinator Puskesmas Rumbia' },
    walkIn: { name: `Muh. Ridwan ${tag}`, position: 'Kepala Desa Bontonompo', arrival: ['09.10', '09:10'] as const },
    minutes: [
      ['Camat membuka rapat tepat pukul 08.30.', 'Doa dipimpin imam Masjid Raya Tolo.'],
      ['Prevalensi stunting Kelara turun dari 24,1% menjadi 19,8%.', 'Data by name by address diperbarui tiap bulan.'],
      ['Desa Bontonompo meminta pendampingan TPK tambahan.'],
    ],
    decisions: ['Rencana aksi disusun paling lambat 30 Desember 2026.', 'Evaluasi berikutnya pada Januari 2027.'],
    summary: 'Semua OPD sepakat mempercepat intervensi di desa lokus.',
    closing: ['11.40', '11:40'] as const,
    commitments: [
      {
        institution: ['DPPKB', 'Dinas Pengendalian Penduduk dan Keluarga Berencana'] as const,
        contact: ['Meriam', 'St. Meriam'] as const,
        description: 'Memperkuat Tim Pendamping Keluarga di Kelara dan Rumbia',
        due: ['31/12/2026', '2026-12-31'] as const,
        indicator: 'Keluarga berisiko didampingi',
        target: '100%',
      },
      {
        institution: [`Bontoramba ${tag}`, `UPT Puskesmas Bontoramba ${tag}`] as const,
        contact: ['Nurhalisa', `Andi Nurhalisa ${tag}, S.Gz.`] as const,
        description: 'Kelas gizi balita tiap bulan di Posyandu',
        due: ['31/03/2027', '2027-03-31'] as const,
        indicator: 'Balita gizi kurang ikut kelas',
        target: '40 anak',
      },
    ],
  };
}

export type MeetingScript = ReturnType<typeof meetingScript>;

/** Types like a person: into the focused field, at the pace, then a pause before what comes next. */
class Typist {
  constructor(
    private readonly page: Page,
    private readonly pace: Pace,
  ) {}

  async keys(text: string): Promise<void> {
    await this.page.keyboard.type(text, { delay: this.pace.delay });
  }

  async pause(): Promise<void> {
    if (this.pace.pause) await this.page.waitForTimeout(this.pace.pause);
  }

  /** Clicks into a field, types over what is there, pauses; Tab moves on when asked. */
  async into(target: Locator, text: string, { tab = false } = {}): Promise<void> {
    await target.click();
    await this.page.keyboard.press('Control+A');
    await this.keys(text);
    await this.pause();
    if (tab) await this.page.keyboard.press('Tab');
  }

  /** Types into a picker and chooses the option once the host has answered. */
  async choose(target: Locator, search: string, option: string | RegExp): Promise<void> {
    await target.click();
    await this.keys(search);
    const choice = this.page.getByRole('option', { name: option }).first();
    await choice.waitFor();
    await this.pause();
    await choice.click();
  }
}

async function createMeeting(page: Page, t: Typist, s: MeetingScript): Promise<void> {
  await page.getByRole('button', { name: 'Rapat baru' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rapat baru' });
  await t.into(field(dialog, 'Judul rapat'), s.title);
  await t.into(field(dialog, 'Tanggal'), s.typedDate, { tab: true });
  await t.keys(s.venue);
  await t.pause();
  await page.keyboard.press('Tab');
  await t.into(field(dialog, 'Mulai pukul'), s.start[0], { tab: true });
  await t.keys(s.end[0]);
  await t.choose(field(dialog, 'Pimpinan rapat'), 'Islam', 'H. Islam Iskandar, S.Sos.');
  await t.into(field(dialog, 'Memimpin selaku'), s.chairRole);
  await t.choose(field(dialog, 'Notulis'), 'Notulis', /Contoh Notulis/);
  await t.into(field(dialog, 'Nomor surat undangan'), s.invitationNumber);
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await page.getByRole('heading', { name: s.title }).waitFor();
}

async function writeAgenda(page: Page, t: Typist, s: MeetingScript): Promise<void> {
  for (const item of s.agenda) {
    await page.getByRole('button', { name: 'Tambah butir agenda' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tambah butir agenda' });
    await field(dialog, 'Jenis').click();
    await page.getByRole('option', { name: item.kind, exact: true }).click();
    await t.into(field(dialog, 'Judul butir agenda'), item.title);
    if (item.presenter) await t.choose(field(dialog, 'Pemateri'), item.presenter.slice(0, 9), item.presenter);
    await t.into(field(dialog, 'Durasi (menit)'), item.minutes);
    if (item.notes) await t.into(field(dialog, 'Catatan'), item.notes);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('listitem', { name: item.title }).waitFor();
  }
}

async function invite(page: Page, t: Typist, s: MeetingScript): Promise<void> {
  const section = page.getByTestId('invitees');
  for (const [name] of s.invitees) {
    await t.choose(field(section, 'Orang dari direktori'), name.slice(0, 12), name);
    await section.getByRole('button', { name: 'Undang', exact: true }).click();
    await section.getByRole('cell', { name, exact: true }).waitFor();
  }
  // Someone not in the directory, of an institution not in it either: both made without leaving the form.
  await page.getByRole('button', { name: 'Orang baru' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambahkan orang baru ke direktori dan undang' });
  const p = s.newPerson;
  await t.into(field(dialog, 'Nama lengkap dengan gelar'), p.name, { tab: true });
  await t.keys(p.position);
  await t.pause();
  await page.keyboard.press('Tab');
  await t.keys(p.institution);
  await page.getByRole('option', { name: `Tambah instansi baru “${p.institution}”` }).click();
  const inline = dialog.getByRole('group', { name: 'Instansi baru' });
  await t.choose(field(inline, 'Sektor'), 'Kes', 'Kesehatan');
  await inline.getByRole('button', { name: 'Simpan instansi' }).click();
  await inline.waitFor({ state: 'hidden' });
  await t.into(field(dialog, 'No. HP'), p.phone);
  await t.into(field(dialog, 'Pos-el'), p.email);
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await section.getByRole('cell', { name: p.name, exact: true }).waitFor();
}

async function recordAttendance(page: Page, t: Typist, s: MeetingScript): Promise<void> {
  const row = (name: string) => page.getByTestId('attendance-row').filter({ hasText: name });
  for (const name of ['H. Islam Iskandar', 'Contoh Camat Kelara', 'St. Meriam', s.newPerson.name]) {
    await row(name).getByText('Hadir', { exact: true }).click();
  }
  await t.into(field(row('H. Islam Iskandar'), /^Jam datang/), s.arrival[0], { tab: true });
  await row('Contoh Ketua PKK Tolo').getByText('Izin', { exact: true }).click();
  const represented = row('Contoh Kepala Puskesmas Rumbia');
  await represented.getByText('Diwakili', { exact: true }).click();
  await t.into(field(represented, 'Nama yang mewakili'), s.standIn.name, { tab: true });
  await t.keys(s.standIn.position);
  await t.pause();
  await page.keyboard.press('Tab');

  const w = s.walkIn;
  const section = page.getByTestId('attendance');
  await t.into(field(section, 'Nama'), w.name, { tab: true });
  await t.keys(w.position);
  await t.into(field(section, 'Jam datang'), w.arrival[0]);
  await section.getByRole('button', { name: 'Tambah peserta' }).click();
  await row(w.name).waitFor();
}

/** The minutes from the keyboard only: Enter between entries, Ctrl+↓ to the next item, decisions and conclusion. */
async function writeMinutes(page: Page, t: Typist, s: MeetingScript): Promise<void> {
  await page.getByRole('group', { name: /^1\. / }).getByRole('textbox', { name: 'Catatan baru' }).click();
  for (const [index, lines] of s.minutes.entries()) {
    for (const [n, line] of lines.entries()) {
      await t.keys(line);
      if (n < lines.length - 1) await page.keyboard.press('Enter');
    }
    await t.pause();
    await page.keyboard.press('Control+ArrowDown');
    if (index === s.minutes.length - 1) break;
  }
  for (const decision of s.decisions) {
    await t.keys(decision);
    await page.keyboard.press('Enter');
  }
  await t.pause();
  await page.keyboard.press('Control+ArrowDown');
  await t.keys(s.summary);
  await t.pause();
  await page.keyboard.press('Tab');
  await t.keys(s.closing[0]);
  await t.pause();
  await page.keyboard.press('Tab');
}

async function addCommitments(page: Page, t: Typist, s: MeetingScript): Promise<void> {
  for (const c of s.commitments) {
    await page.getByRole('button', { name: 'Tambah komitmen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tambah komitmen' });
    await t.choose(field(dialog, 'Instansi'), c.institution[0], new RegExp(c.institution[0]));
    await t.choose(field(dialog, 'Penanggung jawab'), c.contact[0], c.contact[1]);
    await t.into(field(dialog, 'Komitmen'), c.description, { tab: true });
    await t.keys(c.due[0]);
    await t.pause();
    await page.keyboard.press('Tab');
    await t.keys(c.indicator);
    await t.pause();
    await page.keyboard.press('Tab');
    await t.keys(c.target);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}

async function approve(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Jadwalkan' }).click();
  await page.getByRole('button', { name: 'Tandai terlaksana' }).click();
  await expect.poll(() => page.getByTestId('meeting-status').textContent()).toBe('Terlaksana');
  await page.getByRole('tab', { name: 'Pengesahan' }).click();
  await page.getByRole('button', { name: 'Sahkan notulen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Sahkan notulen' }).click();
  await page.getByTestId('locked-banner').waitFor();
}

/**
 * Types a whole meeting into the UI at `pace`, from "Rapat baru" to approved minutes: details,
 * agenda, invitees with a new person and a new institution made inline, attendance with a stand-in
 * and a walk-in, minutes across items with the keyboard shortcuts, decisions, conclusion and
 * closing time, commitments. Returns the meeting's id.
 */
export async function typeWholeMeeting(page: Page, pace: Pace, s: MeetingScript): Promise<string> {
  const t = new Typist(page, pace);
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Rapat' }).click();
  await createMeeting(page, t, s);
  const id = /#\/rapat\/([^/]+)/.exec(page.url())?.[1] ?? '';
  await writeAgenda(page, t, s);
  await invite(page, t, s);
  await page.getByRole('tab', { name: 'Pelaksanaan' }).click();
  await recordAttendance(page, t, s);
  await writeMinutes(page, t, s);
  await addCommitments(page, t, s);
  await approve(page);
  return id;
}

/** What the host holds of the meeting, shaped like the script, read through the API. */
export async function storedMeeting(preview: RunningPreview, id: string) {
  const w = await api(preview, 'meetings.workspace', { id });
  const person = w.participants.find((p) => p.personName?.startsWith('Andi Nurhalisa'));
  const full = person?.personId ? await api(preview, 'people.get', { id: person.personId }) : null;
  const itemIndex = (agendaItemId: string | null) => w.agenda.findIndex((item) => item.id === agendaItemId);
  return {
    status: w.meeting.status,
    details: [
      w.meeting.title,
      w.meeting.date,
      w.meeting.venue,
      w.meeting.startTime,
      w.meeting.endTime,
      w.meeting.chairName,
      w.meeting.chairRole,
      w.meeting.minuteTakerName,
      w.meeting.invitationNumber,
    ],
    agenda: w.agenda.map((item) => [item.title, item.presenterName, item.durationMinutes, item.notes]),
    invitees: w.participants.filter((p) => p.invited).map((p) => [p.personName, p.role]),
    newPerson: [full?.name, full?.position, person?.institutionName, full?.phone, full?.email],
    attendance: w.participants.map((p) => [
      p.personName ?? p.freeName,
      p.attendance,
      p.standInName,
      p.standInPosition,
      p.freePosition,
    ]),
    arrivals: Object.fromEntries(w.participants.map((p) => [p.personName ?? p.freeName, p.arrivalTime])),
    minutes: w.minutes.map((entry) => [itemIndex(entry.agendaItemId), entry.body]),
    decisions: w.decisions.map((d) => d.body),
    summary: [w.meeting.summary, w.meeting.closingTime],
    commitments: w.commitments.map((c) => [
      c.institutionName,
      c.contactPersonName,
      c.description,
      c.dueDate,
      c.indicator,
      c.target,
    ]),
  };
}

/** Every character of the script, as the host must hold it. */
export function expectedMeeting(s: MeetingScript) {
  const p = s.newPerson;
  return {
    status: 'approved',
    details: [
      s.title,
      s.today,
      s.venue,
      s.start[1],
      s.end[1],
      'H. Islam Iskandar, S.Sos.',
      s.chairRole,
      'Contoh Notulis, A.Md.',
      s.invitationNumber,
    ],
    agenda: s.agenda.map((item) => [item.title, item.presenter, Number(item.minutes), item.notes || null]),
    invitees: [...s.invitees.map(([name, role]) => [name, role]), [p.name, 'participant']],
    newPerson: [p.name, p.position, p.institution, p.phone, p.email],
    attendance: [
      ['H. Islam Iskandar, S.Sos.', 'present', null, null, null],
      ['Contoh Camat Kelara, S.STP.', 'present', null, null, null],
      ['St. Meriam', 'present', null, null, null],
      ['Contoh Kepala Puskesmas Rumbia, S.KM.', 'represented', s.standIn.name, s.standIn.position, null],
      ['Contoh Ketua PKK Tolo', 'excused', null, null, null],
      [p.name, 'present', null, null, null],
      [s.walkIn.name, 'present', null, null, s.walkIn.position],
    ],
    arrivals: expect.objectContaining({
      'H. Islam Iskandar, S.Sos.': s.arrival[1],
      'Contoh Ketua PKK Tolo': null,
      [s.walkIn.name]: s.walkIn.arrival[1],
    }),
    minutes: s.minutes.flatMap((lines, index) => lines.map((line) => [index, line])),
    decisions: s.decisions,
    summary: [s.summary, s.closing[1]],
    commitments: s.commitments.map((c) => [
      c.institution[1],
      c.contact[1],
      c.description,
      c.due[1],
      c.indicator,
      c.target,
    ]),
  };
}
