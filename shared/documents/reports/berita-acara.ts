import { fillAgreementWording, type AgreementPlaceholder, type AgreementWording } from '../../domain/agreement';
import type { Commitment } from '../../domain/commitments';
import type { DocumentSettings, SignerNameCase } from '../../domain/document-settings';
import type { MeetingWorkspace } from '../../domain/meetings';
import { formatDateId, formatPlaceDateId } from '../../format/dates';
import { dateInWordsId, dayNameId } from '../../format/terbilang';
import { letterheadOf } from '../letterhead';
import type { Block, DocumentModel, Inline, TableBlock, TableRow, TextRun } from '../model';
import { signatureName, signatureOf, type Signatory } from '../signature';
import { BLANK_NAME } from './action-plan';
import { byPosition, pageSetupOf } from './common';

/**
 * Berita acara kesepakatan: the signed agreement of a Rembuk Stunting or of any Rakor that agrees
 * commitments. Kop; title, the meeting and the number; the agreed wording (placeholders filled
 * from the meeting); the commitments grouped per institution; the closing wording; the place-date
 * line and one signature place per committing institution (institution, name, position,
 * signature, staggered like an attendance sheet), the chair's "Mengetahui" as the last row.
 */

/** Who signs for one committing institution. */
export interface AgreementParty {
  institutionId: string;
  institutionName: string;
  /** The person named on its commitments, or the institution's head; null leaves a line to write on. */
  name: string | null;
  position: string | null;
}

interface BeritaAcaraOptions {
  wording: AgreementWording;
  /** Nomor of the berita acara; printed under the title when given. */
  number: string | null;
  /** By institution id; an institution without an entry gets blank lines. */
  parties: Readonly<Record<string, AgreementParty>>;
  /** The chair, who signs "Mengetahui"; null leaves the name to write by hand. */
  chair: Signatory | null;
  logo: Uint8Array | null;
}

/** The line a name or position is written on by hand. */
const BLANK_LINE = '..............................................';
const TABLE_SIZE = 10;
/** Room to sign in a party's row, mm. */
const PARTY_ROW_MM = 16;

interface InstitutionCommitments {
  institutionId: string;
  institutionName: string;
  commitments: Commitment[];
}

/** The meeting's commitments per institution, institutions in the order they first committed. */
export function commitmentsPerInstitution(commitments: readonly Commitment[]): InstitutionCommitments[] {
  const groups = new Map<string, InstitutionCommitments>();
  for (const commitment of byPosition(commitments)) {
    let group = groups.get(commitment.institutionId);
    if (!group) {
      group = { institutionId: commitment.institutionId, institutionName: commitment.institutionName, commitments: [] };
      groups.set(commitment.institutionId, group);
    }
    group.commitments.push(commitment);
  }
  return [...groups.values()];
}

/** `12 orang dari 9 instansi`: who came, or before attendance is recorded, who was invited; else no count. */
function attendanceOf(workspace: MeetingWorkspace): string {
  const { counts } = workspace;
  const recorded = counts.presentPeople > 0;
  const people = recorded ? counts.presentPeople : counts.invitedPeople;
  const institutions = recorded ? counts.presentInstitutions : counts.invitedInstitutions;
  if (people === 0) return 'para peserta sebagaimana daftar hadir terlampir';
  return `${people} orang dari ${institutions} instansi sebagaimana daftar hadir terlampir`;
}

/** The values the wording's placeholders stand for. */
function agreementValues(workspace: MeetingWorkspace): Record<AgreementPlaceholder, string> {
  const { meeting } = workspace;
  const chair = [meeting.chairName, meeting.chairRole && `(${meeting.chairRole})`].filter(Boolean).join(' ');
  return {
    hari: dayNameId(meeting.date),
    tanggal: dateInWordsId(meeting.date),
    tanggal_angka: formatDateId(meeting.date),
    tempat: meeting.venue ?? BLANK_LINE,
    rapat: meeting.title,
    pimpinan: chair || BLANK_LINE,
    peserta: attendanceOf(workspace),
  };
}

function commitmentCell(commitment: Commitment): Inline {
  const measure = [
    commitment.indicator && `Indikator: ${commitment.indicator}`,
    commitment.target && `Target: ${commitment.target}`,
  ]
    .filter(Boolean)
    .join('; ');
  return measure ? [{ text: commitment.description }, { text: `\n${measure}`, italic: true }] : commitment.description;
}

function commitmentsTable(groups: readonly InstitutionCommitments[]): TableBlock {
  const rows: TableRow[] = [];
  let number = 0;
  groups.forEach((group) => {
    rows.push({ kind: 'group', cells: [{ content: group.institutionName, colSpan: 4, align: 'left' }] });
    for (const commitment of group.commitments) {
      number++;
      rows.push({
        cells: [
          { content: String(number) },
          { content: commitmentCell(commitment) },
          { content: commitment.dueDate ? formatDateId(commitment.dueDate) : '-' },
          { content: commitment.contactPersonName ?? '-' },
        ],
      });
    }
  });
  return {
    kind: 'table',
    size: TABLE_SIZE,
    columns: [{ width: 6, align: 'center' }, { width: 48 }, { width: 22 }, { width: 24 }],
    header: [
      {
        cells: ['No', 'Komitmen', 'Target waktu', 'Penanggung jawab'].map((content) => ({
          content,
          align: 'center' as const,
        })),
      },
    ],
    rows,
    spaceAfter: 3,
  };
}

function personCell(
  name: string | null,
  position: string | null,
  nameCase: SignerNameCase | undefined,
  extra: readonly string[] = [],
): Inline {
  const runs: TextRun[] = [{ text: name === null ? BLANK_NAME : signatureName(name, nameCase), bold: name !== null }];
  runs.push({ text: `\n${position ?? BLANK_LINE}` });
  for (const line of extra) runs.push({ text: `\n${line}` });
  return runs;
}

/** The chair's row under "Mengetahui": name, position, and pangkat and NIP where they sign with them. */
function chairRow(chair: Signatory | null, number: number, nameCase: SignerNameCase | undefined): TableRow {
  const signature = chair ? signatureOf(chair, []) : null;
  const extra = [signature?.rank, signature?.nip && `NIP ${signature.nip}`].filter((line): line is string => !!line);
  return {
    cells: [
      { content: '' },
      { content: [{ text: 'Mengetahui,', italic: true }, { text: '\nPimpinan Rapat' }] },
      { content: personCell(chair?.name ?? null, chair?.position ?? null, nameCase, extra) },
      { content: '', signature: { number, side: number % 2 === 1 ? 'left' : 'right' } },
    ],
  };
}

/**
 * One row per committing institution, then the chair's under "Mengetahui" in the same table, so
 * the chair's signature never stands alone on a page.
 */
function partiesTable(
  groups: readonly InstitutionCommitments[],
  options: BeritaAcaraOptions,
  nameCase: SignerNameCase | undefined,
): TableBlock {
  const rows: TableRow[] = groups.map((group, index) => {
    const party = options.parties[group.institutionId];
    return {
      cells: [
        { content: String(index + 1) },
        { content: group.institutionName },
        { content: personCell(party?.name ?? null, party?.position ?? null, nameCase) },
        { content: '', signature: { number: index + 1, side: index % 2 === 0 ? 'left' : 'right' } },
      ],
    };
  });
  return {
    kind: 'table',
    size: TABLE_SIZE,
    minRowHeight: PARTY_ROW_MM,
    verticalAlign: 'center',
    columns: [{ width: 6, align: 'center' }, { width: 32 }, { width: 34 }, { width: 28 }],
    header: [
      {
        cells: ['No', 'Instansi', 'Nama / Jabatan', 'Tanda tangan'].map((content) => ({
          content,
          align: 'center' as const,
        })),
      },
    ],
    rows: [...rows, chairRow(options.chair, groups.length + 1, nameCase)],
    spaceAfter: 2,
  };
}

export function beritaAcara(
  workspace: MeetingWorkspace,
  settings: DocumentSettings,
  options: BeritaAcaraOptions,
): DocumentModel {
  const { meeting } = workspace;
  const groups = commitmentsPerInstitution(workspace.commitments);
  const values = agreementValues(workspace);

  const body: Block[] = [
    { kind: 'heading', text: 'BERITA ACARA KESEPAKATAN', size: 14, underline: true, spaceBefore: 2 },
    { kind: 'heading', text: meeting.title.toUpperCase(), size: 11, spaceBefore: 1 },
    ...(options.number
      ? [{ kind: 'paragraph', content: `Nomor: ${options.number}`, align: 'center', spaceAfter: 2 } as const]
      : []),
    {
      kind: 'paragraph',
      content: fillAgreementWording(options.wording.opening, values),
      align: 'justify',
      firstLineIndent: 10,
      spaceBefore: 4,
      spaceAfter: 3,
    },
    commitmentsTable(groups),
    {
      kind: 'paragraph',
      content: fillAgreementWording(options.wording.closing, values),
      align: 'justify',
      firstLineIndent: 10,
      spaceAfter: 4,
      keepWithNext: true,
    },
    {
      kind: 'paragraph',
      content: formatPlaceDateId(settings.placeName, meeting.date),
      indent: 'half',
      keepWithNext: true,
    },
    { kind: 'paragraph', content: { text: 'Yang bersepakat:', bold: true }, spaceBefore: 2, keepWithNext: true },
    partiesTable(groups, options, settings.signerNameCase),
  ];

  return {
    title: `Berita Acara Kesepakatan ${meeting.title}`,
    page: pageSetupOf(settings),
    fontSize: 11,
    letterhead: letterheadOf(settings, options.logo),
    watermark: null,
    pageNumbers: true,
    body,
  };
}
