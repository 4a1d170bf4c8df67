import type { CommitmentStatus } from '../../../shared/domain/commitments';
import type { EvidenceFile, ProgressSource, ProgressUpdate } from '../../../shared/domain/follow-up';
import type { Db } from '../../db/connection';
import type { Clock } from '../../db/clock';
import { newId } from '../../db/ids';
import { FOREIGN_OWNED } from '../../db/ownership';

export interface ProgressFields {
  commitmentId: string;
  meetingId: string | null;
  reportedOn: string;
  note: string | null;
  percent: number | null;
  statusAfter: CommitmentStatus | null;
  reportedByPersonId: string | null;
  reportedByText: string | null;
  /** Read from a returned progress form (default: typed in the app). */
  source?: ProgressSource;
  /** The institution that reported through its form. */
  reportedByInstitutionId?: string | null;
  /** What the report says, hashed: the same report imported again is recognised (unique). */
  fingerprint?: string | null;
}

/** An evidence file already written to the data folder (see electron/files/evidence.ts). */
export interface EvidenceFields {
  originalName: string;
  storedName: string;
  mediaType: string | null;
  sizeBytes: number;
  sha256: string;
}

interface StoredEvidenceFile extends EvidenceFields {
  id: string;
}

interface UpdateRow {
  id: string;
  commitment_id: string;
  meeting_id: string | null;
  meeting_title: string | null;
  reported_on: string;
  note: string | null;
  percent: number | null;
  status_after: CommitmentStatus | null;
  reported_by_person_id: string | null;
  reported_by_name: string | null;
  reported_by_text: string | null;
  source: ProgressSource;
  reported_by_institution_id: string | null;
  reported_by_institution_name: string | null;
  created_at: string;
}

interface EvidenceRow {
  id: string;
  update_id: string;
  original_name: string;
  media_type: string | null;
  size_bytes: number;
  created_at: string;
}

const SELECT_UPDATES = `SELECT u.id, u.commitment_id, u.meeting_id, m.title AS meeting_title, u.reported_on, u.note,
  u.percent, u.status_after, u.reported_by_person_id, p.name AS reported_by_name, u.reported_by_text, u.source,
  u.reported_by_institution_id, i.name AS reported_by_institution_name, u.created_at
  FROM commitment_updates u
  LEFT JOIN meetings m ON m.id = u.meeting_id
  LEFT JOIN people p ON p.id = u.reported_by_person_id
  LEFT JOIN institutions i ON i.id = u.reported_by_institution_id`;

const NEWEST_FIRST = 'ORDER BY u.reported_on DESC, u.created_at DESC, u.id DESC';

function toEvidence(row: EvidenceRow): EvidenceFile {
  return {
    id: row.id,
    updateId: row.update_id,
    originalName: row.original_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    createdAt: row.created_at,
  };
}

/** Progress updates on commitments and the evidence files attached to them. */
export function progressRepository(db: Db, now: Clock) {
  const insertUpdate = db.prepare(
    `INSERT INTO commitment_updates (id, commitment_id, meeting_id, reported_on, note, percent, status_after,
       reported_by_person_id, reported_by_text, source, reported_by_institution_id, fingerprint, created_at, updated_at)
     VALUES (@id, @commitmentId, @meetingId, @reportedOn, @note, @percent, @statusAfter, @reportedByPersonId,
       @reportedByText, @source, @reportedByInstitutionId, @fingerprint, @at, @at)`,
  );
  const insertEvidence = db.prepare(
    `INSERT INTO evidence_files (id, update_id, original_name, stored_name, media_type, size_bytes, sha256, created_at)
     VALUES (@id, @updateId, @originalName, @storedName, @mediaType, @sizeBytes, @sha256, @at)`,
  );
  const byId = db.prepare<[string], UpdateRow>(`${SELECT_UPDATES} WHERE u.id = ? AND u.deleted_at IS NULL`);
  const ofCommitment = db.prepare<[string], UpdateRow>(
    `${SELECT_UPDATES} WHERE u.commitment_id = ? AND u.deleted_at IS NULL ${NEWEST_FIRST}`,
  );
  const inMeeting = db.prepare<[string], UpdateRow>(
    `${SELECT_UPDATES} WHERE u.meeting_id = ? AND u.deleted_at IS NULL ${NEWEST_FIRST}`,
  );
  const evidenceOf = db.prepare<[string], EvidenceRow>(
    `SELECT id, update_id, original_name, media_type, size_bytes, created_at FROM evidence_files
     WHERE update_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL ORDER BY created_at, id`,
  );
  const byFingerprint = db.prepare<[string], number>(
    `SELECT 1 FROM commitment_updates u WHERE fingerprint = ? AND deleted_at IS NULL AND NOT ${FOREIGN_OWNED('u')}`,
  );
  const evidenceById = db.prepare<
    [string],
    {
      id: string;
      original_name: string;
      stored_name: string;
      media_type: string | null;
      size_bytes: number;
      sha256: string;
    }
  >(
    `SELECT e.id, e.original_name, e.stored_name, e.media_type, e.size_bytes, e.sha256 FROM evidence_files e
     JOIN commitment_updates u ON u.id = e.update_id
     WHERE e.id = ? AND e.deleted_at IS NULL AND u.deleted_at IS NULL`,
  );

  function withEvidence(rows: UpdateRow[]): ProgressUpdate[] {
    const files = new Map<string, EvidenceFile[]>();
    if (rows.length > 0) {
      for (const row of evidenceOf.all(JSON.stringify(rows.map((r) => r.id)))) {
        const list = files.get(row.update_id) ?? [];
        list.push(toEvidence(row));
        files.set(row.update_id, list);
      }
    }
    return rows.map((row) => ({
      id: row.id,
      commitmentId: row.commitment_id,
      meetingId: row.meeting_id,
      meetingTitle: row.meeting_title,
      reportedOn: row.reported_on,
      note: row.note,
      percent: row.percent,
      statusAfter: row.status_after,
      reportedByPersonId: row.reported_by_person_id,
      reportedByName: row.reported_by_name,
      reportedByText: row.reported_by_text,
      source: row.source,
      reportedByInstitutionId: row.reported_by_institution_id,
      reportedByInstitutionName: row.reported_by_institution_name,
      evidence: files.get(row.id) ?? [],
      createdAt: row.created_at,
    }));
  }

  return {
    /** Records an update with its evidence files (already stored); returns the update's id. */
    add(fields: ProgressFields, evidence: readonly EvidenceFields[] = []): string {
      const id = newId();
      const at = now().toISOString();
      insertUpdate.run({
        id,
        ...fields,
        source: fields.source ?? 'app',
        reportedByInstitutionId: fields.reportedByInstitutionId ?? null,
        fingerprint: fields.fingerprint ?? null,
        at,
      });
      for (const file of evidence) insertEvidence.run({ id: newId(), updateId: id, ...file, at });
      return id;
    },

    /** Whether a report of a progress form (by its fingerprint) is recorded already. */
    hasFingerprint(fingerprint: string): boolean {
      return byFingerprint.pluck().get(fingerprint) !== undefined;
    },

    get(id: string): ProgressUpdate | null {
      const row = byId.get(id);
      return row ? (withEvidence([row])[0] ?? null) : null;
    },

    /** A commitment's updates, newest first (by the date reported, then by entry). */
    forCommitment(commitmentId: string): ProgressUpdate[] {
      return withEvidence(ofCommitment.all(commitmentId));
    },

    /** Updates given during a meeting (the carry-over review), newest first. */
    inMeeting(meetingId: string): ProgressUpdate[] {
      return withEvidence(inMeeting.all(meetingId));
    },

    /** A live evidence file of a live update, with what is needed to read and verify it. */
    evidence(id: string): StoredEvidenceFile | null {
      const row = evidenceById.get(id);
      return row
        ? {
            id: row.id,
            originalName: row.original_name,
            storedName: row.stored_name,
            mediaType: row.media_type,
            sizeBytes: row.size_bytes,
            sha256: row.sha256,
          }
        : null;
    },
  };
}
