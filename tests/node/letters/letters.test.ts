import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LetterEntry } from '../../../shared/domain/letters';
import { KELARA_OFFICE } from '../../e2e/support/api';
import { artifactsDir, pdfPageSizes, pdfText, qpdfCheck } from '../support/documents-tools';
import { bringTo, KELARA_MEETING, newMeeting } from '../support/meetings';
import { saveBothFormats } from '../support/report-documents';
import { callerOf, type Call } from '../support/seed-rakor';
import { errorOf, startTestCore } from '../support/temp';

type TestCore = Awaited<ReturnType<typeof startTestCore>>;

let core: TestCore;
let call: Call;

beforeAll(async () => {
  core = await startTestCore({ now: () => new Date('2026-01-20T02:00:00Z') });
  call = callerOf(core.dispatch);
  await call('settings.update', { office: KELARA_OFFICE });
});

afterAll(() => core.close());

/** meetings.update of a KELARA_MEETING with this date and invitation number. */
function withNumber(id: string, date: string, invitationNumber: string | null) {
  return { ...KELARA_MEETING, areaCodes: [...KELARA_MEETING.areaCodes], id, date, invitationNumber };
}

function registerRows(): number {
  return core.store.db.prepare('SELECT count(*) FROM letter_numbers').pluck().get() as number;
}

describe('letter numbers and the buku agenda surat keluar', () => {
  it('numbers with the office pattern and codes from its place, and previews the next one', async () => {
    const setup = await call('letters.numbering', {});
    expect(setup).toMatchObject({
      custom: false,
      numbering: { pattern: '400.5.7/{nomor}/{kode}/{bulan romawi}/{tahun}', codes: { undangan: 'KLR' } },
      nextSequence: 1,
      next: { undangan: '400.5.7/1/KLR/I/2026' },
    });
  });

  it('gives an undangan the next number and makes it the meeting’s invitation number, once', async () => {
    const meeting = await newMeeting(call, { date: '2026-02-03' });
    const entry = await call('letters.issue', {
      kind: 'undangan',
      letterDate: '2026-01-27',
      subject: 'Undangan Rakor TPPS Kecamatan Kelara',
      addressee: 'Daftar undangan terlampir',
      meetingId: meeting.id,
    });
    expect(entry).toMatchObject({ number: '400.5.7/1/KLR/I/2026', sequence: 1, year: 2026, source: 'issued' });
    expect((await call('meetings.get', { id: meeting.id })).invitationNumber).toBe('400.5.7/1/KLR/I/2026');
    expect(
      errorOf(
        await core.dispatch('letters.issue', {
          kind: 'undangan',
          letterDate: '2026-01-27',
          subject: 'Lagi',
          meetingId: meeting.id,
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', details: [{ path: 'meetingId', key: 'letters.meetingHasNumber' }] });
    expect(await call('letters.check', { number: '400.5.7/1/KLR/I/2026', meetingId: meeting.id })).toMatchObject({
      status: 'thisMeeting',
    });
    // The meeting keeps its own number when saved again.
    await call('meetings.update', withNumber(meeting.id, '2026-02-03', '400.5.7/1/KLR/I/2026'));
  });

  it('records a number typed by hand in its place of the year, and never gives it (or its place) again', async () => {
    const recorded = await call('letters.record', {
      number: '400.5.7/5/KLR/I/2026',
      kind: 'lainnya',
      letterDate: '2026-01-15',
      subject: 'Laporan ke Bupati (diketik sebelum Sirakor)',
    });
    expect(recorded).toMatchObject({ sequence: 5, source: 'recorded' });
    const next = await call('letters.issue', {
      kind: 'laporan',
      letterDate: '2026-01-20',
      subject: 'Laporan semester',
    });
    expect(next.number).toBe('400.5.7/6/KLR/I/2026');
    const again = errorOf(
      await core.dispatch('letters.record', {
        number: ' 400.5.7/6/klr/i/2026',
        kind: 'lainnya',
        letterDate: '2026-01-20',
        subject: 'Salah ketik',
      }),
    );
    expect(again).toMatchObject({
      code: 'CONFLICT',
      details: [
        {
          path: 'number',
          key: 'letters.numberTaken',
          params: { subject: 'Laporan semester', date: '20 Januari 2026' },
        },
      ],
    });
    const otherYear = errorOf(
      await core.dispatch('letters.record', {
        number: '400.5.7/9/KLR/XII/2025',
        kind: 'lainnya',
        letterDate: '2026-01-02',
        subject: 'Tahun lain',
      }),
    );
    expect(otherYear).toMatchObject({ details: [{ path: 'letterDate', key: 'letters.yearMismatch' }] });
    // A number that does not follow the pattern is kept without a place in the sequence.
    expect(
      await call('letters.record', {
        number: '005/12/Pem/2026',
        kind: 'lainnya',
        letterDate: '2026-01-05',
        subject: 'Edaran',
      }),
    ).toMatchObject({ sequence: null });
  });

  it('refuses an invitation number typed on a meeting when the register holds it for another letter', async () => {
    const meeting = await newMeeting(call, { date: '2026-02-10' });
    const error = errorOf(
      await core.dispatch('meetings.update', withNumber(meeting.id, '2026-02-10', '400.5.7/6/KLR/I/2026')),
    );
    expect(error).toMatchObject({
      code: 'CONFLICT',
      details: [{ path: 'invitationNumber', key: 'letters.numberTaken', params: { number: '400.5.7/6/KLR/I/2026' } }],
    });
    expect(await call('letters.check', { number: '400.5.7/6/KLR/I/2026', meetingId: meeting.id })).toMatchObject({
      status: 'registered',
    });
    expect(await call('letters.check', { number: '400.5.7/40/KLR/I/2026' })).toEqual({
      status: 'free',
      sequence: 40,
      year: 2026,
    });
  });

  it('voids a number, which keeps its line and is never given again', async () => {
    const taken = await call('letters.issue', {
      kind: 'lainnya',
      letterDate: '2026-01-20',
      subject: 'Tidak jadi dikirim',
    });
    const voided = await call('letters.void', { id: taken.id, reason: 'Surat tidak jadi dikirim' });
    expect(voided).toMatchObject({ voidReason: 'Surat tidak jadi dikirim' });
    expect(voided.voidedAt).not.toBeNull();
    expect(
      (await call('letters.issue', { kind: 'lainnya', letterDate: '2026-01-20', subject: 'Berikutnya' })).sequence,
    ).toBe((taken.sequence as number) + 1);
    expect(errorOf(await core.dispatch('letters.void', { id: taken.id, reason: 'lagi' }))).toMatchObject({
      code: 'CONFLICT',
    });
    const meeting = await newMeeting(call, { date: '2026-02-12' });
    expect(
      errorOf(await core.dispatch('meetings.update', withNumber(meeting.id, '2026-02-12', taken.number))),
    ).toMatchObject({ details: [{ key: 'letters.numberVoided' }] });
  });

  it('does not number the undangan of an approved meeting, and writes nothing then', async () => {
    const meeting = await newMeeting(call, { date: '2026-01-06' });
    await bringTo(call, meeting.id, 'approved');
    const before = registerRows();
    expect(
      errorOf(
        await core.dispatch('letters.issue', {
          kind: 'undangan',
          letterDate: '2026-01-02',
          subject: 'Terlambat',
          meetingId: meeting.id,
        }),
      ),
    ).toMatchObject({ code: 'LOCKED' });
    expect(
      errorOf(
        await core.dispatch('letters.record', {
          number: '400.5.7/77/KLR/I/2026',
          kind: 'undangan',
          letterDate: '2026-01-02',
          subject: 'Terlambat',
          meetingId: meeting.id,
        }),
      ),
    ).toMatchObject({ code: 'LOCKED' });
    expect(registerRows()).toBe(before);
  });

  it('keeps the office’s own pattern and refuses one that would repeat numbers', async () => {
    const bad = errorOf(
      await core.dispatch('letters.setNumbering', {
        numbering: {
          pattern: '005/{kode}/{tahun}',
          codes: { undangan: '005', berita_acara: 'BA', laporan: 'LAP', lainnya: 'UM' },
        },
      }),
    );
    expect(bad).toMatchObject({ details: [{ path: 'numbering.pattern', key: 'letters.patternNeedsNumber' }] });
    const setup = await call('letters.setNumbering', {
      numbering: {
        pattern: '{kode}/{nomor}/Kec.Klr/{tahun}',
        codes: { undangan: '005', berita_acara: 'BA', laporan: 'LAP', lainnya: 'UM' },
      },
    });
    expect(setup.custom).toBe(true);
    expect(setup.next.undangan).toMatch(/^005\/\d+\/Kec\.Klr\/2026$/);
    await call('letters.setNumbering', { numbering: null });
    expect((await call('letters.numbering', {})).custom).toBe(false);
  });

  it('prints the register as PDF and DOCX, and exports it to XLSX', async () => {
    const dir = join(artifactsDir(), 'letter-register');
    mkdirSync(dir, { recursive: true });
    const files = await saveBothFormats(dir, [
      {
        name: 'buku-agenda-2026',
        paper: 'F4',
        fetch: (format) => call('letters.registerFile', { year: 2026, format }),
      },
    ]);
    const { pdf, converted } = files['buku-agenda-2026'] as { pdf: string; converted: string };
    expect(qpdfCheck(pdf)).toContain('No syntax or stream encoding errors');
    for (const size of [...pdfPageSizes(pdf), ...pdfPageSizes(converted)])
      expect(size.width).toBeGreaterThan(size.height);
    for (const text of [pdfText(pdf), pdfText(converted)]) {
      expect(text).toContain('BUKU AGENDA SURAT KELUAR');
      expect(text).toContain('KANTOR CAMAT KELARA · TAHUN 2026');
      expect(text).toContain('400.5.7/1/KLR/I/2026');
      expect(text).toContain('Rapat: Rakor TPPS Kecamatan Kelara');
      expect(text).toContain('DIBATALKAN: Surat tidak jadi dikirim');
      expect(text).toContain('Nomor dicatat manual');
    }
    const xlsx = await call('letters.registerFile', { year: 2026, format: 'xlsx' });
    expect(xlsx.fileName).toBe('Buku Agenda Surat Keluar 2026.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const register = await call('letters.register', { year: 2026 });
    expect(sheet.rowCount).toBe(register.entries.length + 3);
    const numbers = register.entries.map((e: LetterEntry) => e.number);
    expect(Array.from({ length: numbers.length }, (_, i) => sheet.getRow(i + 4).getCell(3).text)).toEqual(numbers);
    expect(sheet.getRow(4).getCell(2).value).toBeInstanceOf(Date);
  });
});
