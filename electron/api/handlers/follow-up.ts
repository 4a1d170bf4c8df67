import type { ParsedInputOf } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import type { Commitment } from '../../../shared/domain/commitments';
import type { CarryOverItem, ProgressUpdate } from '../../../shared/domain/follow-up';
import { isOverdue, localDateIn } from '../../../shared/domain/overdue';
import { repositoriesOf, type Repositories } from '../../db/repositories';
import { toLedgerItem, type LedgerFilter } from '../../db/repositories/ledger';
import type { EvidenceFields, ProgressFields } from '../../db/repositories/progress';
import {
  cleanMediaType,
  decodeBase64,
  isPlainFileName,
  MAX_EVIDENCE_BYTES,
  readEvidence,
  removeEvidence,
  safeExtension,
  writeEvidence,
  type WrittenEvidence,
} from '../../files/evidence';
import { XLSX_MEDIA_TYPE } from '../../spreadsheets/xlsx-text';
import { ledgerWorkbookInWorker } from '../../files/ledger-xlsx-runner';
import { nowOf } from '../context';
import { notFound } from '../errors';
import type { HandlerGroup } from '../handler-types';
import { clockOf, followUpOrNotFound, moveStatus, officeZoneOf, reportingMeeting } from './follow-up-support';
import { checkPerson, inTransaction } from './meeting-guard';

type Filters = ParsedInputOf<'commitments.exportXlsx'>;

function filterOf(input: Filters): LedgerFilter {
  return {
    query: input.query,
    statuses: input.statuses,
    overdueOnly: input.overdueOnly,
    institutionId: input.institutionId,
    sector: input.sector,
    areaCode: input.areaCode,
    meetingId: input.meetingId,
    dueFrom: input.dueFrom,
    dueTo: input.dueTo,
    completedFrom: input.completedFrom,
    completedTo: input.completedTo,
  };
}

function fieldError(path: string, key: string): AppError {
  return new AppError('VALIDATION', 'error.validation', undefined, [{ path, key }]);
}

interface EvidenceUpload {
  name: string;
  mediaType: string | null;
  bytes: Buffer;
}

/** Decodes and checks the evidence files before anything is written. */
function evidenceUploads(evidence: ParsedInputOf<'commitments.addUpdate'>['evidence']): EvidenceUpload[] {
  return evidence.map((file, i) => {
    if (!isPlainFileName(file.name)) throw fieldError(`evidence.${i}.name`, 'validation.fileName');
    const bytes = decodeBase64(file.dataBase64);
    if (!bytes) throw fieldError(`evidence.${i}.dataBase64`, 'validation.fileEncoding');
    if (bytes.byteLength > MAX_EVIDENCE_BYTES) throw fieldError(`evidence.${i}.dataBase64`, 'validation.fileTooLarge');
    return { name: file.name, mediaType: cleanMediaType(file.mediaType), bytes };
  });
}

/**
 * A report tells what has happened: its date cannot be after today. "Today" is taken in WIT, the
 * easternmost zone, so a report dated today anywhere in Indonesia is accepted.
 */
function checkReportDate(reportedOn: string, now: Date): void {
  if (reportedOn > localDateIn('WIT', now)) throw fieldError('reportedOn', 'validation.futureDate');
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
  const moved =
    input.statusAfter !== null &&
    moveStatus(repos, input.commitmentId, commitment, input.statusAfter, input.reportedOn, meeting?.id ?? null);
  if (!moved) repos.commitments.touch(input.commitmentId);
  return id;
}

/**
 * Follow-up of commitments across meetings: the ledger, a commitment's detail, status and
 * progress (allowed after the commitment's meeting is approved: its wording stays locked, its
 * status moves), the carry-over review of the next meeting, the XLSX export and evidence files.
 */
export const followUpHandlers: HandlerGroup<
  | 'commitments.ledger'
  | 'commitments.detail'
  | 'commitments.setStatus'
  | 'commitments.addUpdate'
  | 'commitments.carryOver'
  | 'commitments.exportXlsx'
  | 'evidence.download'
> = {
  'commitments.ledger': (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    return repos.ledger.page(
      filterOf(input),
      { sort: input.sort, limit: input.limit, offset: input.offset },
      clockOf(ctx, repos),
    );
  },

  'commitments.detail': (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    const facts = followUpOrNotFound(repos, input.id);
    const commitment = repos.commitments.get(input.id) as Commitment;
    const timeZone = facts.meetingZone ?? officeZoneOf(repos);
    return {
      commitment,
      overdue: isOverdue(commitment, timeZone, nowOf(ctx)),
      meetingTitle: facts.meetingTitle,
      meetingDate: facts.meetingDate,
      meetingStatus: facts.meetingStatus,
      timeZone,
      updates: repos.progress.forCommitment(input.id),
      history: repos.history.forEntity('commitment', input.id),
    };
  },

  /**
   * A status move, dated the reporting meeting's date or today in the commitment's zone. With a
   * note or a reporting meeting it is also a progress update, so it shows in the timeline and in
   * that meeting's review.
   */
  'commitments.setStatus': (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    return inTransaction(ctx, () => {
      const commitment = followUpOrNotFound(repos, input.id);
      const meeting = reportingMeeting(repos, commitment, input.meetingId);
      const zone = commitment.meetingZone ?? officeZoneOf(repos);
      const onDate = meeting?.date ?? localDateIn(zone, nowOf(ctx));
      const moved = moveStatus(repos, input.id, commitment, input.status, onDate, meeting?.id ?? null);
      if (input.note !== null || meeting) {
        repos.progress.add({
          commitmentId: input.id,
          meetingId: meeting?.id ?? null,
          reportedOn: onDate,
          note: input.note,
          percent: null,
          statusAfter: input.status,
          reportedByPersonId: null,
          reportedByText: null,
        });
        if (!moved) repos.commitments.touch(input.id);
      }
      return repos.commitments.get(input.id) as Commitment;
    });
  },

  /**
   * A dated progress update. Evidence files are written (atomically) before the transaction and
   * removed again if it fails, so a committed update always has its files and a failed one
   * leaves none behind.
   */
  'commitments.addUpdate': async (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    const uploads = evidenceUploads(input.evidence);
    const now = nowOf(ctx);
    checkReportDate(input.reportedOn, now);
    checkUpdate(repos, input);
    const written: WrittenEvidence[] = [];
    try {
      for (const upload of uploads) {
        written.push(await writeEvidence(ctx.dataDir, now, upload.bytes, safeExtension(upload.name)));
      }
      const updateId = inTransaction(ctx, () =>
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
      );
      return repos.progress.get(updateId) as ProgressUpdate;
    } catch (error) {
      await removeEvidence(written.map((file) => file.path));
      throw error;
    }
  },

  /**
   * The review of earlier commitments at the start of a meeting: open commitments of earlier
   * meetings of overlapping areas, and those updated during this meeting (so one marked done in
   * the review stays on the list with its update).
   */
  'commitments.carryOver': (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    const meeting = repos.meetings.get(input.meetingId);
    if (!meeting) throw notFound('meeting');
    const keys = repos.ledger.carryOverKeys(
      meeting.id,
      `${meeting.date} ${meeting.startTime}`,
      meeting.areas.map((area) => area.code),
    );
    const updates = new Map<string, ProgressUpdate[]>();
    for (const update of repos.progress.inMeeting(meeting.id)) {
      const list = updates.get(update.commitmentId) ?? [];
      list.push(update);
      updates.set(update.commitmentId, list);
    }
    const items = repos.ledger
      .rows(keys.slice(0, input.limit), clockOf(ctx, repos))
      .map((row): CarryOverItem => ({ ...toLedgerItem(row), updatesInThisMeeting: updates.get(row.id) ?? [] }));
    return { items, total: keys.length };
  },

  'commitments.exportXlsx': async (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    const clock = clockOf(ctx, repos);
    const rows = repos.ledger.all(filterOf(input), input.sort, clock);
    const today = localDateIn(clock.officeZone, clock.now);
    // exceljs runs in a worker thread: seconds for 50,000 rows, which must not block the API.
    const bytes = await ledgerWorkbookInWorker(rows, `Daftar komitmen ${today}`);
    return {
      fileName: `komitmen-${today}.xlsx`,
      mediaType: XLSX_MEDIA_TYPE,
      dataBase64: Buffer.from(bytes).toString('base64'),
    };
  },

  /** An evidence file, checked against the size and SHA-256 recorded when it was stored. */
  'evidence.download': async (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    const file = repos.progress.evidence(input.id);
    if (!file) throw notFound('evidence');
    const bytes = await readEvidence(ctx.dataDir, file);
    return {
      fileName: file.originalName,
      mediaType: file.mediaType ?? 'application/octet-stream',
      dataBase64: bytes.toString('base64'),
    };
  },
};
