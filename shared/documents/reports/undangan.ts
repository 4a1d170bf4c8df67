import type { DocumentSettings } from '../../domain/document-settings';
import type { Meeting, MeetingWorkspace } from '../../domain/meetings';
import type { Participant } from '../../domain/participants';
import { formatClockId, formatDateId, formatDayDateId, formatPlaceDateId, formatTimeId } from '../../format/dates';
import { terbilang } from '../../format/terbilang';
import { letterheadOf } from '../letterhead';
import type { Block, DocumentModel, TableRow } from '../model';
import { signatureOf, type Signatory } from '../signature';
import { addresseeOf, byPosition, pageSetupOf } from './common';

export interface UndanganOptions {
  /** Nomor surat, e.g. `400.5.7/123/KEC-KLR/X/2025`. */
  number: string;
  /** Date of the letter, `YYYY-MM-DD`. */
  letterDate: string;
  signer: Signatory;
  /** The signer's directory id: an official who signs the letter is not also one of its addressees. */
  signerPersonId?: string | null;
  /** Lines above the signature; by default the signer's position in capitals (`CAMAT KELARA,`). */
  signerHeading?: readonly string[];
  /** Sifat; `Penting` by default. */
  nature?: string;
  /** Hal; `Undangan <meeting title>` by default. */
  subject?: string;
  /** Completes `Dalam rangka …`; `pelaksanaan <meeting title>` by default. */
  purpose?: string;
  /** Tembusan, in order; `Arsip` is added last. */
  copies?: readonly string[];
  /** More invitees than this are listed in an annex (`Yth. Daftar Undangan Terlampir`). */
  listLimit?: number;
  /**
   * Sheets the annex takes, for `Lampiran : 2 (dua) lembar`: the host counts them on the laid-out
   * document (electron/documents/measured.ts); 1 when not given.
   */
  annexSheets?: number;
  /** Bytes of the logo named in the settings. */
  logo?: Uint8Array | null;
}

const DEFAULT_LIST_LIMIT = 5;
const BODY_INDENT = 12.5;

/** Invitees the letter is addressed to: the minute-taker belongs to the host office, and the signer sends it. */
function addressees(workspace: MeetingWorkspace, signerPersonId: string | null): Participant[] {
  return byPosition(workspace.participants).filter(
    (p) => p.invited && p.role !== 'minute_taker' && (signerPersonId === null || p.personId !== signerPersonId),
  );
}

function yth(invitees: readonly Participant[], inAnnex: boolean): Block[] {
  const blocks: Block[] = [];
  if (inAnnex || invitees.length === 1) {
    const to = inAnnex ? 'Daftar Undangan Terlampir' : addresseeOf(invitees[0] as Participant);
    blocks.push({ kind: 'paragraph', content: `Yth. ${to}`, indent: 'half', spaceBefore: 4 });
  } else {
    blocks.push({ kind: 'paragraph', content: 'Yth.', indent: 'half', spaceBefore: 4 });
    blocks.push({
      kind: 'list',
      style: 'decimal',
      indent: 'half',
      items: invitees.map((p) => ({ content: addresseeOf(p) })),
    });
  }
  blocks.push({ kind: 'paragraph', content: 'di –', indent: 'half' });
  blocks.push({ kind: 'paragraph', content: 'Tempat', indent: 'half', firstLineIndent: 8, spaceAfter: 4 });
  return blocks;
}

function annex(invitees: readonly Participant[], options: UndanganOptions, subject: string): Block[] {
  const rows: TableRow[] = invitees.map((p, index) => {
    const who = [p.personName ?? p.freeName, p.personPosition ?? p.freePosition].filter(Boolean).join('\n');
    // An institution invited as a whole (`Ketua TP PKK Desa se-Kecamatan …`) stands under
    // Instansi, as in the daftar hadir, with no one named.
    return {
      cells: [
        { content: String(index + 1), align: 'center' },
        { content: who || '-' },
        { content: p.institutionName ?? '' },
      ],
    };
  });
  return [
    { kind: 'pageBreak' },
    {
      kind: 'fields',
      indent: 'half',
      rows: [
        { label: 'Lampiran', value: `Surat ${options.signer.position ?? ''}`.trim() },
        { label: 'Nomor', value: options.number },
        { label: 'Tanggal', value: formatDateId(options.letterDate) },
        { label: 'Hal', value: subject },
      ],
      spaceAfter: 6,
    },
    { kind: 'heading', text: 'DAFTAR UNDANGAN' },
    {
      kind: 'table',
      columns: [{ width: 8 }, { width: 52 }, { width: 40 }],
      header: [{ cells: [{ content: 'No' }, { content: 'Nama/Jabatan' }, { content: 'Instansi' }] }],
      rows,
    },
  ];
}

/** `09.00 s.d. 12.00 WITA` with a planned end, else `09.00 WITA s.d. selesai`. */
function timeOf(meeting: Meeting): string {
  if (!meeting.endTime) return `${formatTimeId(meeting.startTime, meeting.timeZone)} s.d. selesai`;
  return `${formatClockId(meeting.startTime)} s.d. ${formatClockId(meeting.endTime)} ${meeting.timeZone}`;
}

/** Surat undangan for a meeting (DOCUMENTS.md "Undangan"), with the invitee annex when the list is long. */
export function undangan(
  workspace: MeetingWorkspace,
  settings: DocumentSettings,
  options: UndanganOptions,
): DocumentModel {
  const { meeting } = workspace;
  const invitees = addressees(workspace, options.signerPersonId ?? null);
  const inAnnex = invitees.length > (options.listLimit ?? DEFAULT_LIST_LIMIT);
  const subject = options.subject ?? `Undangan ${meeting.title}`;
  const purpose = options.purpose ?? `pelaksanaan ${meeting.title}`;
  const heading = options.signerHeading ?? [`${(options.signer.position ?? '').toUpperCase()},`];
  const copies = [...(options.copies ?? []), 'Arsip'];

  const sheets = options.annexSheets ?? 1;
  const body: Block[] = [
    {
      kind: 'fields',
      rows: [
        {
          label: 'Nomor',
          value: options.number,
          aside: formatPlaceDateId(settings.placeName, options.letterDate),
        },
        { label: 'Sifat', value: options.nature ?? 'Penting' },
        { label: 'Lampiran', value: inAnnex ? `${sheets} (${terbilang(sheets)}) lembar` : '-' },
        { label: 'Hal', value: subject },
      ],
      spaceAfter: 4,
    },
    ...yth(invitees, inAnnex),
    {
      kind: 'paragraph',
      content: `Dalam rangka ${purpose}, dengan hormat kami mengundang Bapak/Ibu untuk hadir pada:`,
      align: 'justify',
      firstLineIndent: BODY_INDENT,
      spaceAfter: 2,
    },
    {
      kind: 'fields',
      indent: BODY_INDENT * 2,
      rows: [
        { label: 'hari/tanggal', value: formatDayDateId(meeting.date) },
        { label: 'pukul', value: timeOf(meeting) },
        { label: 'tempat', value: meeting.venue ?? '-' },
        { label: 'acara', value: meeting.title },
      ],
      spaceAfter: 2,
    },
    {
      kind: 'paragraph',
      content:
        'Mengingat pentingnya acara tersebut, dimohon hadir tepat waktu. Atas perhatian dan kehadiran Bapak/Ibu, diucapkan terima kasih.',
      align: 'justify',
      firstLineIndent: BODY_INDENT,
    },
    {
      kind: 'signatures',
      signatures: [signatureOf(options.signer, heading, null, settings.signerNameCase)],
      spaceBefore: 6,
    },
    { kind: 'paragraph', content: 'Tembusan:', spaceBefore: 6 },
    {
      kind: 'list',
      style: 'decimal',
      items: copies.map((copy, index) => ({ content: `${copy}${index === copies.length - 1 ? '.' : ';'}` })),
    },
    ...(inAnnex ? annex(invitees, options, subject) : []),
  ];

  return {
    title: subject,
    page: pageSetupOf(settings),
    fontSize: 12,
    letterhead: letterheadOf(settings, options.logo ?? null),
    watermark: null,
    pageNumbers: false,
    body,
  };
}
