import type { ParsedInputOf } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import type { DocumentSettings } from '../../shared/domain/document-settings';
import type { FileDownload } from '../../shared/domain/follow-up';
import type { MeetingWorkspace } from '../../shared/domain/meetings';
import { defaultLetterDate } from '../../shared/documents/letter-date';
import type { DocumentModel } from '../../shared/documents/model';
import { DAFTAR_HADIR_ROW_MM, daftarHadir } from '../../shared/documents/reports/daftar-hadir';
import { notulen, type SignerDetails } from '../../shared/documents/reports/notulen';
import { undangan } from '../../shared/documents/reports/undangan';
import { photoAnnexBlocks, type AnnexPhoto } from '../../shared/documents/reports/photo-annex';
import type { Repositories } from '../db/repositories';
import { withAnnexSheetsCounted, withBlankRowsFillingPage } from './measured';
import { loadFontFamily } from './fonts';

type Request = ParsedInputOf<'documents.meeting'>;

const TITLES: Record<Request['document'], string> = {
  undangan: 'Undangan',
  daftar_hadir: 'Daftar Hadir',
  daftar_hadir_terisi: 'Daftar Hadir (terisi)',
  notulen: 'Notulen',
};

export const MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** `Notulen - Rapat Koordinasi TPPS … - 2025-10-17.pdf`, without characters Windows refuses. */
export function documentFileName(
  document: Request['document'],
  title: string,
  date: string,
  format: Request['format'],
): string {
  return meetingFileName(TITLES[document], title, date, format);
}

/** `<kind> - <meeting title> - <date>.<format>`, the title cleaned of what Windows refuses in a name. */
export function meetingFileName(kind: string, title: string, date: string, format: Request['format']): string {
  const printable = [...title].filter((c) => c >= ' ').join('');
  const safeTitle = printable
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${kind} - ${safeTitle} - ${date}.${format}`;
}

/** Rank and NIP under the signatures: as recorded at approval for approved minutes, else as in the directory. */
function signerDetails(repos: Repositories, workspace: MeetingWorkspace): Record<string, SignerDetails> {
  const { meeting } = workspace;
  const recorded = meeting.status === 'approved' ? repos.recordedNames.get(meeting.id) : null;
  const details: Record<string, SignerDetails> = {};
  for (const id of [meeting.chairPersonId, meeting.minuteTakerPersonId]) {
    if (!id) continue;
    const person = recorded?.people[id] ?? repos.people.get(id);
    if (person) details[id] = { rank: person.rank, nip: person.nip };
  }
  return details;
}

function phonesOf(repos: Repositories, workspace: MeetingWorkspace): Record<string, string> {
  const phones: Record<string, string> = {};
  for (const p of workspace.participants) {
    const phone = p.personId ? repos.people.get(p.personId)?.phone : null;
    if (p.personId && phone) phones[p.personId] = phone;
  }
  return phones;
}

interface Inputs {
  repos: Repositories;
  workspace: MeetingWorkspace;
  settings: DocumentSettings;
  logo: Uint8Array | null;
  today: string;
  defaultSignerId: string | null;
  signerHeading: string | null;
  copies: string[];
  /** Where the fonts are: the daftar hadir is laid out once to fill its last page. */
  resourcesDir: string;
  /** The notulen's Lampiran dokumentasi (issue 12); none leaves it out. */
  annexPhotos?: readonly AnnexPhoto[];
}

/** The model of one meeting document, from the meeting and the office's settings. */
export async function meetingDocumentModel(request: Request, inputs: Inputs): Promise<DocumentModel> {
  const { repos, workspace, logo } = inputs;
  const settings = request.paper ? { ...inputs.settings, paper: request.paper } : inputs.settings;
  switch (request.document) {
    case 'undangan': {
      const signerId = request.signerPersonId ?? inputs.defaultSignerId;
      const signer = signerId ? repos.people.get(signerId) : null;
      if (!signer) {
        throw new AppError('VALIDATION', 'error.validation', undefined, [
          { path: 'signerPersonId', key: 'validation.signerRequired' },
        ]);
      }
      const meetingDate = workspace.meeting.date;
      if (request.letterDate && request.letterDate > meetingDate) {
        throw new AppError('VALIDATION', 'error.validation', undefined, [
          { path: 'letterDate', key: 'validation.letterAfterMeeting' },
        ]);
      }
      const build = (annexSheets: number): DocumentModel =>
        undangan(workspace, settings, {
          number: workspace.meeting.invitationNumber ?? '',
          letterDate: request.letterDate ?? defaultLetterDate(meetingDate, inputs.today),
          signer: { name: signer.name, position: signer.position, rank: signer.rank, nip: signer.nip },
          signerPersonId: signer.id,
          ...(inputs.signerHeading ? { signerHeading: [inputs.signerHeading] } : {}),
          copies: inputs.copies,
          annexSheets,
          logo,
        });
      return withAnnexSheetsCounted(build, loadFontFamily(inputs.resourcesDir));
    }
    case 'daftar_hadir':
    case 'daftar_hadir_terisi': {
      const phones = request.showPhone ? { phones: phonesOf(repos, workspace) } : {};
      const build = (blankRows: number): DocumentModel =>
        daftarHadir(workspace, settings, {
          filled: request.document === 'daftar_hadir_terisi',
          blankRows,
          showPhone: request.showPhone,
          ...phones,
        });
      return withBlankRowsFillingPage(
        build,
        request.blankRows,
        DAFTAR_HADIR_ROW_MM,
        loadFontFamily(inputs.resourcesDir),
      );
    }
    case 'notulen': {
      const model = notulen(workspace, settings, { signers: signerDetails(repos, workspace), logo });
      const annex = photoAnnexBlocks(inputs.annexPhotos ?? [], model.page, workspace.meeting.title);
      return annex.length > 0 ? { ...model, body: [...model.body, ...annex] } : model;
    }
  }
}

/** Renders the model in the asked format: both come from the same model, so they say the same. */
export async function renderDocument(
  model: DocumentModel,
  format: Request['format'],
  resourcesDir: string,
  fileName: string,
): Promise<FileDownload> {
  const fonts = loadFontFamily(resourcesDir);
  // docx and pdfkit are loaded on the first document, not when the app starts (~150 ms).
  const bytes =
    format === 'pdf'
      ? await (await import('./pdf')).renderPdf(model, fonts)
      : await (await import('./docx')).renderDocx(model, fonts);
  return { fileName, mediaType: MEDIA_TYPES[format], dataBase64: bytes.toString('base64') };
}
