import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isInstitutionHead } from '../../../electron/documents/berita-acara';
import { stopDocumentWorker } from '../../../electron/documents/worker/document-runner';
import type { OutputOf } from '../../../shared/api/contract';
import { DEFAULT_AGREEMENT_WORDING } from '../../../shared/domain/agreement';
import type { MeetingWorkspace } from '../../../shared/domain/meetings';
import { artifactsDir, pdfText } from '../support/documents-tools';
import { startClockedCore, type TestCore } from '../support/follow-up';
import { KELARA_MEETING } from '../support/meetings';
import { expectSoundPortrait, saveBothFormats, saveDownload, type SavedDocument } from '../support/report-documents';
import { callerOf, type Call } from '../support/seed-rakor';
import { errorOf } from '../support/temp';

/**
 * Berita acara kesepakatan through the API on the demo data (electron/demo): the seed Rakor of
 * 17 October 2025 (approved) and its follow-up of 21 November 2025 (held), in both formats and on
 * both papers, checked with qpdf, pdftotext and LibreOffice; every page saved as an image in
 * test-artifacts/documents/berita-acara/.
 */

let core: TestCore;
let call: Call;
let seed: MeetingWorkspace;
let followUp: MeetingWorkspace;
const dir = join(artifactsDir(), 'berita-acara');

const save = (file: OutputOf<'documents.agreement'>, name: string) => saveDownload(dir, file, name);

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  const started = await startClockedCore('2025-11-21T01:00:00Z');
  core = started.core;
  call = callerOf(core.dispatch);
  const demo = await call('demo.load', {});
  const [seedId = '', followUpId = ''] = demo.meetingIds;
  seed = await call('meetings.workspace', { id: seedId });
  followUp = await call('meetings.workspace', { id: followUpId });
}, 120_000);

afterAll(async () => {
  await stopDocumentWorker();
  core?.close();
});

describe('documents.agreement on the demo data', () => {
  let files: Record<string, SavedDocument> = {};

  beforeAll(async () => {
    const agreement = (meetingId: string, paper: 'F4' | 'A4') => ({
      paper,
      fetch: (format: 'pdf' | 'docx') =>
        call('documents.agreement', { meetingId, format, paper, number: '400.5.7/19/KLR/X/2025' }),
    });
    files = await saveBothFormats(dir, [
      { name: 'rakor-17-oktober-f4', ...agreement(seed.meeting.id, 'F4') },
      { name: 'rakor-17-oktober-a4', ...agreement(seed.meeting.id, 'A4') },
      { name: 'rakor-21-november-f4', ...agreement(followUp.meeting.id, 'F4') },
    ]);
  }, 240_000);

  it('names the file after the meeting', async () => {
    const file = await call('documents.agreement', { meetingId: seed.meeting.id, format: 'docx' });
    expect(file.fileName).toBe(
      'Berita Acara Kesepakatan - Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia - 2025-10-17.docx',
    );
    expect(file.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('PDF passes qpdf, embeds only Liberation Sans and is portrait on the paper asked; the DOCX converts to it', () => {
    expectSoundPortrait(files);
  });

  it('both formats carry the kop, the wording filled from the meeting, the commitments and a signature place each', () => {
    const { pdf, converted } = files['rakor-17-oktober-f4'] as { pdf: string; converted: string };
    for (const text of [pdfText(pdf), pdfText(converted)]) {
      for (const expected of [
        'PEMERINTAH KABUPATEN JENEPONTO',
        'KECAMATAN KELARA',
        'BERITA ACARA KESEPAKATAN',
        'RAPAT KOORDINASI TPPS KECAMATAN KELARA DAN RUMBIA',
        'Nomor: 400.5.7/19/KLR/X/2025',
        'Pada hari ini Jumat tanggal tujuh belas bulan Oktober tahun dua ribu dua puluh lima (17 Oktober 2025), ' +
          'bertempat di Aula Kantor Camat Kelara, telah dilaksanakan Rapat Koordinasi TPPS Kecamatan Kelara dan ' +
          'Rumbia yang dipimpin oleh H. Islam Iskandar, S.Sos. (Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten)',
        'Dinas Pengendalian Penduduk dan Keluarga Berencana Kabupaten Jeneponto',
        'Memperkuat TPPS Desa/Kelurahan dan Tim Pendamping Keluarga',
        'Badan Perencanaan Pembangunan Daerah Kabupaten Jeneponto',
        '31 Januari 2026',
        'Demikian berita acara kesepakatan ini dibuat',
        'Kelara, 17 Oktober 2025',
        'Yang bersepakat:',
        'St. Meriam',
        'Kepala DPPKB Kabupaten Jeneponto',
        'Alfian Afandy Syam',
        'Kepala Bappeda Kabupaten Jeneponto',
        'Mengetahui,',
        'Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten',
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).not.toMatch(/\{(hari|tanggal|tempat|rapat|pimpinan|peserta)\}/);
    }
  });

  it('signs for every committing institution of the follow-up Rakor, with the person named on its commitment', () => {
    const { pdf, converted } = files['rakor-21-november-f4'] as { pdf: string; converted: string };
    const institutions = [...new Set(followUp.commitments.map((c) => c.institutionName))];
    const people = [...new Set(followUp.commitments.map((c) => c.contactPersonName ?? ''))].filter(Boolean);
    expect(institutions.length).toBeGreaterThan(2);
    for (const text of [pdfText(pdf), pdfText(converted)]) {
      for (const name of [...institutions, ...people]) expect(text).toContain(name);
      for (let number = 1; number <= institutions.length + 1; number++) expect(text).toContain(`${number}. ....`);
    }
  });
});

describe('who signs for an institution', () => {
  it('takes the head of the institution from the directory, never the head of one of its units', () => {
    for (const head of [
      'Camat Kelara',
      'Kepala DPPKB Kabupaten Jeneponto',
      'Ketua TP PKK Desa Gantarang',
      'Lurah Tolo',
    ]) {
      expect(isInstitutionHead(head)).toBe(true);
    }
    for (const other of [
      'Kepala Seksi Pemerintahan Kecamatan Kelara',
      'Kepala Bidang KB',
      'Ketua Pokja I TP PKK',
      'Wakil Bupati Jeneponto',
      'Sekretaris Camat',
      null,
    ]) {
      expect(isInstitutionHead(other)).toBe(false);
    }
  });

  it("names the institution's head when its commitment names nobody, and leaves lines to write on without one", async () => {
    const people = await call('people.list', { query: 'Camat Kelara', limit: 5 });
    const camat = people.items.find((person) => person.position === 'Camat Kelara');
    const koramil = seed.participants.find((p) => p.institutionName === 'Koramil Kelara' && p.personId === null);
    const kantorCamat = seed.participants.find((p) => p.personPosition === 'Camat Kelara');
    const meeting = await call('meetings.create', {
      ...KELARA_MEETING,
      title: 'Rembuk Stunting Kecamatan Kelara',
      kind: 'rembuk_stunting',
      areaCodes: ['73.04.05'],
      date: '2025-11-28',
    });
    await call('commitments.create', {
      meetingId: meeting.id,
      institutionId: kantorCamat?.institutionId ?? '',
      description: 'Menerbitkan surat keputusan TPPS desa/kelurahan se-Kecamatan Kelara',
      dueDate: '2025-12-15',
    });
    await call('commitments.create', {
      meetingId: meeting.id,
      institutionId: koramil?.institutionId ?? '',
      description: 'Babinsa mendampingi posyandu setiap bulan',
    });
    const file = await call('documents.agreement', { meetingId: meeting.id, format: 'pdf' });
    const path = save(file, 'rembuk-kepala-instansi.pdf');
    const text = pdfText(path);
    expect(text).toContain(camat?.name.slice(0, 20));
    expect(text).not.toContain('Kepala Seksi Pemerintahan Kecamatan Kelara');
    expect(text).toMatch(/Koramil Kelara \(\.+\) \.+/);
    expect(text).toContain(
      'Pada hari ini Jumat tanggal dua puluh delapan bulan November tahun dua ribu dua puluh lima',
    );
  });
});

describe('the wording of the berita acara', () => {
  it("is Sirakor's until the office saves its own, which every printing then uses", async () => {
    expect(await call('documents.agreementWording', {})).toEqual({ wording: DEFAULT_AGREEMENT_WORDING, custom: false });
    const own = {
      opening: 'Pada hari {hari}, {tanggal_angka}, peserta {rapat} di {tempat} menyepakati:',
      closing: 'Kesepakatan ini mengikat para pihak sejak ditandatangani.',
    };
    expect(await call('documents.setAgreementWording', { wording: own })).toEqual({ wording: own, custom: true });
    const saved = save(
      await call('documents.agreement', { meetingId: seed.meeting.id, format: 'pdf' }),
      'rumusan-kantor.pdf',
    );
    expect(pdfText(saved)).toContain(
      'Pada hari Jumat, 17 Oktober 2025, peserta Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia di Aula Kantor Camat Kelara menyepakati:',
    );
    expect(pdfText(saved)).toContain('Kesepakatan ini mengikat para pihak sejak ditandatangani.');
    // One printing's own wording, without saving it.
    const once = save(
      await call('documents.agreement', {
        meetingId: seed.meeting.id,
        format: 'pdf',
        wording: { opening: 'Sekali ini pada {hari}.', closing: 'Demikian.' },
      }),
      'rumusan-sekali.pdf',
    );
    expect(pdfText(once)).toContain('Sekali ini pada Jumat.');
    expect((await call('documents.agreementWording', {})).wording).toEqual(own);
    expect(await call('documents.setAgreementWording', { wording: null })).toEqual({
      wording: DEFAULT_AGREEMENT_WORDING,
      custom: false,
    });
  });

  it('refuses placeholders it cannot fill and empty wording, on their fields', async () => {
    const unknown = errorOf(
      await core.dispatch('documents.setAgreementWording', {
        wording: { opening: 'Pada {hari} oleh {nama}.', closing: 'Demikian.' },
      }),
    );
    expect(unknown.details).toEqual([
      {
        path: 'wording.opening',
        key: 'validation.agreementPlaceholder',
        params: {
          placeholder: '{nama}',
          known: '{hari}, {tanggal}, {tanggal_angka}, {tempat}, {rapat}, {pimpinan}, {peserta}',
        },
      },
    ]);
    const empty = errorOf(
      await core.dispatch('documents.agreement', {
        meetingId: seed.meeting.id,
        format: 'pdf',
        wording: { opening: '  ', closing: 'Demikian {tgl}.' },
      }),
    );
    expect(empty.details).toEqual([{ path: 'wording.opening', key: 'validation.required' }]);
    const placeholder = errorOf(
      await core.dispatch('documents.agreement', {
        meetingId: seed.meeting.id,
        format: 'pdf',
        wording: { opening: 'Pada {hari}.', closing: 'Demikian {tgl}.' },
      }),
    );
    expect(placeholder.details?.map((d) => [d.path, d.params?.placeholder])).toEqual([['wording.closing', '{tgl}']]);
  });

  it('refuses a meeting without commitments, and an unknown one', async () => {
    const empty = await call('meetings.create', { ...KELARA_MEETING, areaCodes: ['73.04.05'], date: '2025-12-05' });
    expect(errorOf(await core.dispatch('documents.agreement', { meetingId: empty.id, format: 'pdf' })).details).toEqual(
      [{ path: 'meetingId', key: 'validation.agreementNoCommitments' }],
    );
    expect(
      errorOf(
        await core.dispatch('documents.agreement', {
          meetingId: '01890000-0000-7000-8000-000000000000',
          format: 'pdf',
        }),
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      errorOf(await core.dispatch('documents.agreement', { meetingId: seed.meeting.id, format: 'odt' })).details,
    ).toEqual([{ path: 'format', key: 'validation.option' }]);
  });
});
