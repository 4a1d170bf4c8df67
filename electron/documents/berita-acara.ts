import type { ParsedInputOf } from '../../shared/api/contract';
import type { FieldIssue } from '../../shared/api/result';
import {
  AGREEMENT_PLACEHOLDERS,
  DEFAULT_AGREEMENT_WORDING,
  unknownPlaceholders,
  type AgreementWording,
  type AgreementWordingSetup,
} from '../../shared/domain/agreement';
import type { Person } from '../../shared/domain/directory';
import type { FileDownload } from '../../shared/domain/files';
import type { MeetingWorkspace } from '../../shared/domain/meetings';
import type { DocumentModel } from '../../shared/documents/model';
import {
  beritaAcara,
  commitmentsPerInstitution,
  type AgreementParty,
} from '../../shared/documents/reports/berita-acara';
import type { Signatory } from '../../shared/documents/signature';
import type { HandlerContext } from '../api/context';
import { repositoriesOf, type Repositories } from '../db/repositories';
import { readWorkspace } from '../meetings/workspace';
import { meetingFileName } from './meeting-document';
import { documentSettingsOf, readLogo } from './setup-store';
import { documentOrigin } from '../exchange/office-letterhead';
import { drawnInWorker } from './worker-download';
import { invalidField, invalidFields } from '../api/errors';

type Request = ParsedInputOf<'documents.agreement'>;

const WORDING_KEY = 'agreementWording';

/** The office's wording (Pengaturan, or saved from the Cetak dialog), else Sirakor's default. */
export function agreementWordingOf(repos: Repositories): AgreementWordingSetup {
  const saved = repos.settings.get<AgreementWording>(WORDING_KEY);
  return saved ? { wording: saved, custom: true } : { wording: DEFAULT_AGREEMENT_WORDING, custom: false };
}

/** Refuses placeholders the wording cannot fill (`{nama}`, `{tanggal }`), naming the first one and the known ones. */
function checkAgreementWording(wording: AgreementWording, path = 'wording'): void {
  const issues: FieldIssue[] = [];
  for (const part of ['opening', 'closing'] as const) {
    const [unknown] = unknownPlaceholders(wording[part]);
    if (unknown !== undefined) {
      issues.push({
        path: `${path}.${part}`,
        key: 'validation.agreementPlaceholder',
        params: { placeholder: `{${unknown}}`, known: AGREEMENT_PLACEHOLDERS.map((name) => `{${name}}`).join(', ') },
      });
    }
  }
  if (issues.length) throw invalidFields(issues);
}

/** Saves the office's wording; null goes back to Sirakor's default. */
export function saveAgreementWording(repos: Repositories, wording: AgreementWording | null): AgreementWordingSetup {
  if (wording) checkAgreementWording(wording);
  // A stored null reads as "none saved": Sirakor's default applies again.
  repos.settings.set(WORDING_KEY, wording);
  return agreementWordingOf(repos);
}

/**
 * Positions that head an institution (Camat, Lurah, Kepala Desa, Kepala Dinas, Kepala UPT
 * Puskesmas, Ketua TP PKK, Danramil…), but not the head of one of its units (Kepala Seksi,
 * Kepala Bidang, Ketua Pokja…).
 */
const HEAD = /^\s*(kepala|ketua|camat|lurah|komandan|danramil|kapolsek|direktur|pimpinan|bupati|wali\s*kota)\b/i;
const UNIT_HEAD =
  /^\s*(kepala|ketua)\s+(seksi|sub|subbagian|subbidang|bidang|bagian|urusan|unit|ruang|tim|kelompok|pokja|regu|tata\s+usaha|dusun|lingkungan|rt|rw)\b/i;

export function isInstitutionHead(position: string | null): boolean {
  return position !== null && HEAD.test(position) && !UNIT_HEAD.test(position);
}

/** The head of an institution in the directory, the first by name if several qualify. */
function headOf(repos: Repositories, institutionId: string): Person | null {
  const people = repos.people.list({ query: '', institutionId, limit: 500, offset: 0 }).items;
  return people.find((person) => isInstitutionHead(person.position)) ?? null;
}

/** Name, position, pangkat and NIP of a person: as recorded at approval for approved minutes, else as in the directory. */
function personOf(repos: Repositories, workspace: MeetingWorkspace, id: string): Signatory | null {
  const recorded =
    workspace.meeting.status === 'approved' ? repos.recordedNames.get(workspace.meeting.id)?.people[id] : undefined;
  const person = recorded ?? repos.people.get(id);
  return person ? { name: person.name, position: person.position, rank: person.rank, nip: person.nip } : null;
}

/**
 * Who signs for each committing institution: the person named on its first commitment that names
 * one, else the institution's head in the directory, else nobody (blank lines to write on).
 */
function partiesOf(repos: Repositories, workspace: MeetingWorkspace): Record<string, AgreementParty> {
  const parties: Record<string, AgreementParty> = {};
  for (const group of commitmentsPerInstitution(workspace.commitments)) {
    const named = group.commitments.find((c) => c.contactPersonId !== null)?.contactPersonId ?? null;
    const person = named ? personOf(repos, workspace, named) : null;
    const head = person ? null : headOf(repos, group.institutionId);
    parties[group.institutionId] = {
      institutionId: group.institutionId,
      institutionName: group.institutionName,
      name: person?.name ?? head?.name ?? null,
      position: person?.position ?? head?.position ?? null,
    };
  }
  return parties;
}

/** The model, from the meeting, its directory entries and the office's settings. */
function beritaAcaraModel(
  repos: Repositories,
  dataDir: string,
  workspace: MeetingWorkspace,
  input: Request,
): DocumentModel {
  if (!workspace.commitments.length) {
    throw invalidField('meetingId', 'validation.agreementNoCommitments');
  }
  const wording = input.wording ?? agreementWordingOf(repos).wording;
  checkAgreementWording(wording);
  const own = documentSettingsOf(repos);
  // Another office's meeting is printed under its kop surat and logo (issue 11).
  const origin = documentOrigin(repos, dataDir, { settings: own, logo: readLogo(dataDir, own) }, workspace.origin);
  const settings = input.paper ? { ...origin.settings, paper: input.paper } : origin.settings;
  const { meeting } = workspace;
  const chairDetails = meeting.chairPersonId ? personOf(repos, workspace, meeting.chairPersonId) : null;
  const chair: Signatory | null = meeting.chairName
    ? {
        name: meeting.chairName,
        position: meeting.chairRole ?? chairDetails?.position ?? null,
        rank: chairDetails?.rank ?? null,
        nip: chairDetails?.nip ?? null,
      }
    : null;
  return beritaAcara(workspace, settings, {
    wording,
    number: input.number,
    parties: partiesOf(repos, workspace),
    chair,
    logo: origin.logo,
  });
}

/** The berita acara as PDF or DOCX, read in one transaction, drawn in the document worker. */
export async function beritaAcaraDocument(ctx: HandlerContext, input: Request): Promise<FileDownload> {
  const repos = repositoriesOf(ctx);
  const { model, workspace } = ctx.db.transaction(() => {
    const read = readWorkspace(ctx, input.meetingId);
    return { workspace: read, model: beritaAcaraModel(repos, ctx.dataDir, read, input) };
  })();
  const { title, date } = workspace.meeting;
  return drawnInWorker(
    ctx,
    model,
    input.format,
    meetingFileName('Berita Acara Kesepakatan', title, date, input.format),
  );
}
