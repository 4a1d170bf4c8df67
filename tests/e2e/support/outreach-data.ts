import { jobDownload } from '../../node/support/jobs';
import type { Call } from '../../node/support/seed-rakor';
import { localDateIn } from '../../../shared/domain/overdue';
import { formatLetterNumber } from '../../../shared/letters/numbering';
import { editForm, fillRow, FIRST_ROW } from '../../node/support/progress-forms';
import { twoColourPng } from '../../node/support/test-images';
import { api } from './api';
import type { RunningPreview } from './preview-host';

/** A file as a file input is given it by the tests (Playwright's buffer form). */
export interface PickedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** What the dialogs of issue 12 are given to show their previews, and the names they are opened by. */
export interface OutreachFiles {
  /** An institution with open commitments, as the ledger's filter lists it. */
  institution: string;
  /** Its progress form, one row filled in as the institution returns it. */
  progressForm: PickedFile;
  /** A directory sheet with a new person, one the directory has, and a row to fix. */
  directory: PickedFile;
  /** A number of the register, which the record dialog says is taken. */
  registeredNumber: string;
  /** What these files hold and are called: data the office typed, shown as it is in either language. */
  typed: string[];
}

const FORM_NOTE = 'Rapat teknis dengan desa lokus sudah dilaksanakan.';
const FORM_REPORTER = 'Staf perencanaan';

const made = new WeakMap<RunningPreview, Promise<OutreachFiles>>();

/**
 * What the demo lacks for the screens and dialogs of issue 12, made through the API once per
 * preview host: letters in the year's register (a meeting's undangan, one recorded by hand, one
 * voided), a photo with its caption and a material in the follow-up Rakor, and the files the
 * import dialogs are given.
 */
export function outreachData(preview: RunningPreview): Promise<OutreachFiles> {
  let files = made.get(preview);
  if (!files) {
    files = make(preview);
    made.set(preview, files);
  }
  return files;
}

async function make(preview: RunningPreview): Promise<OutreachFiles> {
  const [, followUp = ''] = (await api(preview, 'demo.status', {})).meetingIds;
  const today = localDateIn('WITA', new Date());

  const { numbering, nextSequence } = await api(preview, 'letters.numbering', {});
  const meeting = await api(preview, 'meetings.get', { id: followUp });
  const issued = await api(preview, 'letters.issue', {
    kind: 'undangan',
    letterDate: today,
    subject: `Undangan ${meeting.title}`,
    addressee: 'Daftar undangan terlampir',
    ...(meeting.invitationNumber ? {} : { meetingId: followUp }),
  });
  await api(preview, 'letters.record', {
    number: formatLetterNumber(numbering, 'laporan', nextSequence + 3, today),
    kind: 'laporan',
    letterDate: today,
    subject: 'Laporan pelaksanaan aksi konvergensi semester II',
    addressee: 'Bupati Jeneponto',
  });
  const mistaken = await api(preview, 'letters.issue', {
    kind: 'lainnya',
    letterDate: today,
    subject: 'Surat tugas pendampingan keluarga berisiko',
  });
  await api(preview, 'letters.void', { id: mistaken.id, reason: 'Salah jenis surat' });

  const photo = await api(preview, 'meetingFiles.upload', {
    meetingId: followUp,
    name: 'Suasana rapat.png',
    dataBase64: Buffer.from(twoColourPng(320, 200, [0, 114, 178], [230, 159, 0])).toString('base64'),
  });
  await api(preview, 'meetingFiles.update', {
    id: photo.id,
    caption: 'Peserta rapat menyimak paparan DPPKB',
    agendaItemId: null,
    inAnnex: true,
  });
  await api(preview, 'meetingFiles.upload', {
    meetingId: followUp,
    name: 'Paparan capaian.pdf',
    dataBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
  });

  const institutions = await api(preview, 'progressForms.institutions', {});
  const institution = institutions[0] as { id: string; name: string };
  const call: Call = (method, input) => api(preview, method, input);
  const form = await jobDownload(
    call,
    { kind: 'progressForms', input: { institutionId: institution.id } },
    { dismiss: true },
  );
  const filled = await editForm(new Uint8Array(Buffer.from(form.dataBase64, 'base64')), (sheet) =>
    fillRow(sheet, FIRST_ROW, {
      status: 'Berjalan',
      percent: 60,
      reportedOn: new Date(`${today}T00:00:00Z`),
      done: FORM_NOTE,
      reporter: FORM_REPORTER,
    }),
  );

  const person = (await api(preview, 'people.list', { limit: 1 })).items[0];
  const csv = [
    'Nama;Jabatan;Instansi;NIP',
    'Hasnawati, S.KM.;Tenaga Promosi Kesehatan;UPT Puskesmas Kelara;',
    `${person?.name ?? ''};${person?.position ?? ''};${person?.institutionName ?? ''};`,
    'Ridwan;Kepala Dusun;Instansi Yang Tidak Ada;12345',
  ].join('\r\n');

  return {
    institution: institution.name,
    progressForm: {
      name: form.fileName,
      mimeType: form.mediaType,
      buffer: Buffer.from(filled),
    },
    directory: { name: 'direktori.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${csv}\r\n`) },
    registeredNumber: issued.number,
    typed: [form.fileName, FORM_NOTE, FORM_REPORTER, 'direktori.csv', csv],
  };
}
