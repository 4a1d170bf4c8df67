import type { MeetingFile, MeetingFileType } from '../../shared/domain/meeting-files';
import type { Db } from '../db/connection';
import { perConnection } from '../db/per-connection';
import { newId, nowIso } from '../db/ids';

interface Row {
  id: string;
  meeting_id: string;
  agenda_item_id: string | null;
  agenda_item_title: string | null;
  file_type: MeetingFileType;
  original_name: string;
  stored_name: string;
  size_bytes: number;
  sha256: string;
  caption: string | null;
  in_annex: number;
  width: number | null;
  height: number | null;
  position: number;
  created_at: string;
}

/** A meeting file with what is needed to read and verify its bytes. */
export interface StoredMeetingFile extends MeetingFile {
  storedName: string;
  sha256: string;
}

const SELECT = `SELECT f.id, f.meeting_id, f.agenda_item_id, a.title AS agenda_item_title, f.file_type, f.original_name,
  f.stored_name, f.size_bytes, f.sha256, f.caption, f.in_annex, f.width, f.height, f.position, f.created_at
  FROM meeting_files f LEFT JOIN agenda_items a ON a.id = f.agenda_item_id AND a.deleted_at IS NULL`;

function toFile(row: Row): StoredMeetingFile {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    agendaItemId: row.agenda_item_title === null ? null : row.agenda_item_id,
    agendaItemTitle: row.agenda_item_title,
    type: row.file_type,
    originalName: row.original_name,
    sizeBytes: row.size_bytes,
    caption: row.caption,
    inAnnex: row.in_annex === 1,
    width: row.width,
    height: row.height,
    position: row.position,
    createdAt: row.created_at,
    storedName: row.stored_name,
    sha256: row.sha256,
  };
}

export function publicFile(file: StoredMeetingFile): MeetingFile {
  const { storedName: _stored, sha256: _sha, ...shown } = file;
  return shown;
}

export interface NewMeetingFile {
  meetingId: string;
  agendaItemId: string | null;
  type: MeetingFileType;
  originalName: string;
  storedName: string;
  sizeBytes: number;
  sha256: string;
  caption: string | null;
  inAnnex: boolean;
  width: number | null;
  height: number | null;
}

function meetingFilesRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO meeting_files (id, meeting_id, agenda_item_id, file_type, original_name, stored_name, size_bytes,
       sha256, caption, in_annex, width, height, position, created_at, updated_at)
     VALUES (@id, @meetingId, @agendaItemId, @type, @originalName, @storedName, @sizeBytes, @sha256, @caption,
       @inAnnex, @width, @height,
       (SELECT coalesce(max(position), -1) + 1 FROM meeting_files WHERE meeting_id = @meetingId), @at, @at)`,
  );
  const byId = db.prepare<[string], Row>(`${SELECT} WHERE f.id = ? AND f.deleted_at IS NULL`);
  const ofMeeting = db.prepare<[string], Row>(
    `${SELECT} WHERE f.meeting_id = ? AND f.deleted_at IS NULL ORDER BY f.position, f.created_at, f.id`,
  );
  const count = db
    .prepare<[string], number>('SELECT count(*) FROM meeting_files WHERE meeting_id = ? AND deleted_at IS NULL')
    .pluck();
  const update = db.prepare(
    `UPDATE meeting_files SET caption = @caption, agenda_item_id = @agendaItemId, in_annex = @inAnnex, updated_at = @at
     WHERE id = @id AND deleted_at IS NULL`,
  );
  const remove = db.prepare(
    'UPDATE meeting_files SET deleted_at = @at, updated_at = @at WHERE id = @id AND deleted_at IS NULL',
  );
  return {
    add(file: NewMeetingFile): StoredMeetingFile {
      const id = newId();
      insert.run({ id, ...file, inAnnex: file.inAnnex ? 1 : 0, at: nowIso() });
      return toFile(byId.get(id) as Row);
    },
    get(id: string): StoredMeetingFile | null {
      const row = byId.get(id);
      return row ? toFile(row) : null;
    },
    ofMeeting(meetingId: string): StoredMeetingFile[] {
      return ofMeeting.all(meetingId).map(toFile);
    },
    count(meetingId: string): number {
      return count.get(meetingId) ?? 0;
    },
    update(id: string, fields: { caption: string | null; agendaItemId: string | null; inAnnex: boolean }): void {
      update.run({ id, ...fields, inAnnex: fields.inAnnex ? 1 : 0, at: nowIso() });
    },
    remove(id: string): void {
      remove.run({ id, at: nowIso() });
    },
  };
}

export type MeetingFilesRepository = ReturnType<typeof meetingFilesRepository>;

/** The meeting files repository of a connection. */
export const meetingFilesOf = perConnection(meetingFilesRepository);
