import type { ParsedInputOf } from '../../shared/api/contract';
import type { ProgressUpdate } from '../../shared/domain/follow-up';
import { localDateIn } from '../../shared/domain/overdue';
import { invalidField } from '../api/errors';
import type { HandlerContext } from '../api/context';
import { repositoriesOf, type Repositories } from '../db/repositories';
import { checkPerson } from '../meetings/guard';
import {
  cleanMediaType,
  decodeBase64,
  isPlainFileName,
  MAX_EVIDENCE_BYTES,
  removeEvidence,
  safeExtension,
  writeEvidence,
  type WrittenEvidence,
} from './evidence';
import { followUpOrNotFound, moveStatus, reportingMeeting } from './follow-up';
import type { EvidenceFields, ProgressFields } from './repositories/progress';

/** Progress updates of a commitment: what was done, by when, with evidence files. */

interface EvidenceUpload {
  name: string;
  mediaType: string | null;
  bytes: Buffer;
}

/** Decodes and checks the evidence files before anything is written. */
function evidenceUploads(evidence: ParsedInputOf<'commitments.addUpdate'>['evidence']): EvidenceUpload[] {
  return evidence.map((file, i) => {
    if (!isPlainFileName(file.name)) throw invalidField(`evidence.${i}.name`, 'validation.fileName');
    const bytes = decodeBase64(file.dataBase64);
    if (!bytes) throw invalidField(`evidence.${i}.dataBase64`, 'validation.fileEncoding');
    if (bytes.byteLength > MAX_EVIDENCE_BYTES)
      throw invalidField(`evidence.${i}.dataBase64`, 'validation.fileTooLarge');
    return { name: file.name, mediaType: cleanMediaType(file.mediaType), bytes };
  });
}

/**
 * A report tells what has happened: its date cannot be after today. "Today" is taken in WIT, the
 * easternmost zone, so a report dated today anywhere in Indonesia is accepted.
 */
function checkReportDate(reportedOn: string, now: Date): void {
  if (reportedOn > localDateIn('WIT', now)) throw invalidField('reportedOn', 'validation.futureDate');
}

/** The references of a progress update: the commitment, the reporting meeting, the reporter. */
function checkUpdate(repos: Repositories, input: ParsedInputOf<'commitments.addUpdate'>) {
  const commitment = followUpOrNotFound(repos, input.commitmentId);
  const meeting = reportingMeeting(repos, commitment, input.meetingId);
  checkPerson(repos, input.reportedByPersonId, 'reportedByPersonId');
  return { commitment, meeting };
}

/**
 * Records a progress update and the status it moves to, inside the caller's transaction, once
 * its evidence files are on disk. The demo uses it too, for updates without files, and the
 * progress form import, for reports an institution returned (`origin`).
 */
export function writeProgressUpdate(
  repos: Repositories,
  input: ParsedInputOf<'commitments.addUpdate'>,
  evidence: readonly EvidenceFields[],
  origin: Pick<ProgressFields, 'source' | 'reportedByInstitutionId' | 'fingerprint'> = {},
): string {
  const { commitment, meeting } = checkUpdate(repos, input);
  const id = repos.progress.add(
    {
      commitmentId: input.commitmentId,
      meetingId: meeting?.id ?? null,
      reportedOn: input.reportedOn,
      note: input.note,
      percent: input.percent,
      statusAfter: input.statusAfter,
      reportedByPersonId: input.reportedByPersonId,
      reportedByText: input.reportedByText,
      ...origin,
    },
    evidence,
  );
  // A report on another office's commitment is this office's record only: the commitment stays as
  // its owner left it, who folds the report in when it arrives (migration 009).
  if (commitment.foreign) return id;
  const moved =
    input.statusAfter !== null &&
    moveStatus(repos, input.commitmentId, commitment, input.statusAfter, input.reportedOn, meeting?.id ?? null);
  if (!moved) repos.commitments.touch(input.commitmentId);
  return id;
}

/**
 * A dated progress update. Evidence files are written (atomically) before the transaction and
 * removed again if it fails, so a committed update always has its files and a failed one leaves
 * none behind.
 */
export async function addProgressUpdate(
  ctx: HandlerContext,
  input: ParsedInputOf<'commitments.addUpdate'>,
): Promise<ProgressUpdate> {
  const repos = repositoriesOf(ctx);
  const uploads = evidenceUploads(input.evidence);
  const now = ctx.now();
  checkReportDate(input.reportedOn, now);
  checkUpdate(repos, input);
  const written: WrittenEvidence[] = [];
  try {
    for (const upload of uploads) {
      written.push(await writeEvidence(ctx.dataDir, now, upload.bytes, safeExtension(upload.name)));
    }
    const updateId = ctx.db.transaction(() =>
      // Checked again inside: other calls may have run while the files were written.
      writeProgressUpdate(
        repos,
        input,
        uploads.map((upload, i) => {
          const file = written[i] as WrittenEvidence;
          return {
            originalName: upload.name,
            storedName: file.storedName,
            mediaType: upload.mediaType,
            sizeBytes: file.sizeBytes,
            sha256: file.sha256,
          };
        }),
      ),
    )();
    return repos.progress.get(updateId) as ProgressUpdate;
  } catch (error) {
    await removeEvidence(written.map((file) => file.path));
    throw error;
  }
}
