import type { TimeZone } from '../../../shared/domain/areas';
import type { Page } from '../../../shared/domain/directory';
import type {
  HostLevel,
  Meeting,
  MeetingArea,
  MeetingKind,
  MeetingListItem,
  MeetingStatus,
} from '../../../shared/domain/meetings';
import { escapeLike, foldForSearch } from '../../../shared/text/fold';
import type { Db } from '../connection';
import { newId, nowIso } from '../ids';

export interface MeetingFields {
  title: string;
  kind: MeetingKind;
  hostLevel: HostLevel;
  areaCodes: string[];
  date: string;
  startTime: string;
  endTime: string | null;
  timeZone: TimeZone;
  venue: string | null;
  chairPersonId: string | null;
  chairRole: string | null;
  minuteTakerPersonId: string | null;
  invitationNumber: string | null;
}

interface MeetingRow {
  id: string;
  title: string;
  kind: MeetingKind;
  host_level: HostLevel;
  date: string;
  start_time: string;
  end_time: string | null;
  time_zone: TimeZone;
  venue: string | null;
  chair_person_id: string | null;
  chair_name: string | null;
  chair_role: string | null;
  minute_taker_person_id: string | null;
  minute_taker_name: string | null;
  invitation_number: string | null;
  status: MeetingStatus;
  created_at: string;
  updated_at: string;
}

const SELECT = `SELECT m.id, m.title, m.kind, m.host_level, m.date, m.start_time, m.end_time, m.time_zone, m.venue,
  m.chair_person_id, chair.name AS chair_name, m.chair_role, m.minute_taker_person_id, taker.name AS minute_taker_name,
  m.invitation_number, m.status, m.created_at, m.updated_at
  FROM meetings m
  LEFT JOIN people chair ON chair.id = m.chair_person_id
  LEFT JOIN people taker ON taker.id = m.minute_taker_person_id`;

function toMeeting(row: MeetingRow, areas: MeetingArea[]): Meeting {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    hostLevel: row.host_level,
    areas,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    timeZone: row.time_zone,
    venue: row.venue,
    chairPersonId: row.chair_person_id,
    chairName: row.chair_name,
    chairRole: row.chair_role,
    minuteTakerPersonId: row.minute_taker_person_id,
    minuteTakerName: row.minute_taker_name,
    invitationNumber: row.invitation_number,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function meetingsRepository(db: Db) {
  const byId = db.prepare<[string], MeetingRow>(`${SELECT} WHERE m.id = ? AND m.deleted_at IS NULL`);
  const areasOf = db.prepare<[string], MeetingArea & { meeting_id: string }>(
    `SELECT ma.meeting_id, a.code, a.name, a.level FROM meeting_areas ma JOIN areas a ON a.code = ma.area_code
     WHERE ma.meeting_id = ? ORDER BY ma.position`,
  );
  const insert = db.prepare(
    `INSERT INTO meetings (id, title, kind, host_level, date, start_time, end_time, time_zone, venue, chair_person_id,
       chair_role, minute_taker_person_id, invitation_number, status, search_text, created_at, updated_at)
     VALUES (@id, @title, @kind, @hostLevel, @date, @startTime, @endTime, @timeZone, @venue, @chairPersonId,
       @chairRole, @minuteTakerPersonId, @invitationNumber, 'draft', @searchText, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE meetings SET title = @title, kind = @kind, host_level = @hostLevel, date = @date, start_time = @startTime,
       end_time = @endTime, time_zone = @timeZone, venue = @venue, chair_person_id = @chairPersonId,
       chair_role = @chairRole, minute_taker_person_id = @minuteTakerPersonId, invitation_number = @invitationNumber,
       search_text = @searchText, updated_at = @at
     WHERE id = @id AND deleted_at IS NULL`,
  );
  const clearAreas = db.prepare('DELETE FROM meeting_areas WHERE meeting_id = ?');
  const addArea = db.prepare('INSERT INTO meeting_areas (meeting_id, area_code, position) VALUES (?, ?, ?)');
  const softDelete = db.prepare(
    'UPDATE meetings SET deleted_at = @at, updated_at = @at WHERE id = @id AND deleted_at IS NULL',
  );
  const statusOf = db.prepare<[string], { status: MeetingStatus }>(
    'SELECT status FROM meetings WHERE id = ? AND deleted_at IS NULL',
  );

  function searchTextOf(fields: MeetingFields): string {
    return foldForSearch([fields.title, fields.venue ?? '', fields.invitationNumber ?? ''].join(' '));
  }

  function writeAreas(id: string, codes: string[]): void {
    clearAreas.run(id);
    codes.forEach((code, position) => addArea.run(id, code, position));
  }

  function areasFor(id: string): MeetingArea[] {
    return areasOf.all(id).map(({ code, name, level }) => ({ code, name, level }));
  }

  return {
    get(id: string): Meeting | null {
      const row = byId.get(id);
      return row ? toMeeting(row, areasFor(id)) : null;
    },

    status(id: string): MeetingStatus | null {
      return statusOf.get(id)?.status ?? null;
    },

    create(fields: MeetingFields): Meeting {
      const id = newId();
      db.transaction(() => {
        insert.run({ id, ...fields, searchText: searchTextOf(fields), at: nowIso() });
        writeAreas(id, fields.areaCodes);
      })();
      return this.get(id) as Meeting;
    },

    update(id: string, fields: MeetingFields): Meeting | null {
      const changed = db.transaction(() => {
        const n = update.run({ id, ...fields, searchText: searchTextOf(fields), at: nowIso() }).changes;
        if (n) writeAreas(id, fields.areaCodes);
        return n;
      })();
      return changed ? this.get(id) : null;
    },

    remove(id: string): boolean {
      return softDelete.run({ id, at: nowIso() }).changes > 0;
    },

    list(options: {
      query: string;
      status?: MeetingStatus | undefined;
      kind?: MeetingKind | undefined;
      areaCode?: string | undefined;
      limit: number;
      offset: number;
    }): Page<MeetingListItem> {
      const conditions = ['m.deleted_at IS NULL', 'm.is_template = 0'];
      const params: Record<string, string | number> = {};
      const query = foldForSearch(options.query);
      if (query) {
        conditions.push("m.search_text LIKE @query ESCAPE '\\'");
        params.query = `%${escapeLike(query)}%`;
      }
      if (options.status) {
        conditions.push('m.status = @status');
        params.status = options.status;
      }
      if (options.kind) {
        conditions.push('m.kind = @kind');
        params.kind = options.kind;
      }
      if (options.areaCode) {
        conditions.push(
          `EXISTS (SELECT 1 FROM meeting_areas ma WHERE ma.meeting_id = m.id
             AND (ma.area_code = @area OR (ma.area_code > @areaLow AND ma.area_code < @areaHigh)))`,
        );
        params.area = options.areaCode;
        params.areaLow = `${options.areaCode}.`;
        params.areaHigh = `${options.areaCode}/`;
      }
      const where = conditions.join(' AND ');
      const total = db.prepare<Record<string, string | number>, { n: number }>(
        `SELECT count(*) AS n FROM meetings m WHERE ${where}`,
      );
      const rows = db.prepare<Record<string, string | number>, MeetingRow>(
        `${SELECT} WHERE ${where} ORDER BY m.date DESC, m.start_time DESC, m.id LIMIT @limit OFFSET @offset`,
      );
      const items = rows.all({ ...params, limit: options.limit, offset: options.offset }).map((row) => {
        const meeting = toMeeting(row, areasFor(row.id));
        return {
          id: meeting.id,
          title: meeting.title,
          kind: meeting.kind,
          hostLevel: meeting.hostLevel,
          areas: meeting.areas,
          date: meeting.date,
          startTime: meeting.startTime,
          timeZone: meeting.timeZone,
          venue: meeting.venue,
          status: meeting.status,
          chairName: meeting.chairName,
        };
      });
      return { items, total: total.get(params)?.n ?? 0 };
    },
  };
}

export type MeetingsRepository = ReturnType<typeof meetingsRepository>;
