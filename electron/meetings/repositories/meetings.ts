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
import type Database from 'better-sqlite3';
import type { Db } from '../../db/connection';
import type { Clock } from '../../db/clock';
import { newId } from '../../db/ids';
import { ORIGIN_COLUMNS, originOfRow, type OriginColumns } from '../../db/ownership';

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
  summary: string | null;
  closing_time: string | null;
  approved_at: string | null;
  is_template: 0 | 1;
  created_at: string;
  updated_at: string;
}

/** An approved meeting names its chair and minute-taker as recorded at approval (migration 006). */
const RECORDED_NAME = (column: string) => `json_extract(recorded.people, '$."' || ${column} || '".name')`;

const COLUMNS = `m.id, m.title, m.kind, m.host_level, m.date, m.start_time, m.end_time, m.time_zone, m.venue,
  m.chair_person_id, coalesce(${RECORDED_NAME('m.chair_person_id')}, chair.name) AS chair_name, m.chair_role,
  m.minute_taker_person_id, coalesce(${RECORDED_NAME('m.minute_taker_person_id')}, taker.name) AS minute_taker_name,
  m.invitation_number, m.status, m.summary, m.closing_time, m.approved_at, m.is_template, m.created_at, m.updated_at`;
const FROM = `FROM meetings m
  LEFT JOIN people chair ON chair.id = m.chair_person_id
  LEFT JOIN people taker ON taker.id = m.minute_taker_person_id
  LEFT JOIN meeting_recorded_names recorded ON recorded.meeting_id = m.id AND m.status = 'approved'`;
const SELECT = `SELECT ${COLUMNS} ${FROM}`;
/** The list also says where a meeting of another office came from. */
const LIST_SELECT = `SELECT ${COLUMNS}, ${ORIGIN_COLUMNS('m')} ${FROM}`;

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
    summary: row.summary,
    closingTime: row.closing_time,
    approvedAt: row.approved_at,
    isTemplate: row.is_template === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** How a meeting came to be: a copy of another (duplicate) and/or a reusable template. */
interface MeetingOrigin {
  isTemplate: boolean;
  sourceMeetingId: string | null;
}

interface MeetingListOptions {
  query: string;
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
  order: 'asc' | 'desc';
  templates: boolean;
  status?: MeetingStatus | undefined;
  kind?: MeetingKind | undefined;
  areaCode?: string | undefined;
  /** Meetings owned by this office (issue 11). */
  officeId?: string | undefined;
  limit: number;
  offset: number;
}

type ListParams = Record<string, string | number>;

/** Tables whose rows belong to one meeting; deleting the meeting soft-deletes them with it. */
const MEETING_PARTS = ['agenda_items', 'meeting_participants', 'minutes_entries', 'decisions', 'commitments'] as const;

/** The text a meeting is found by (also made again for meetings received from another office). */
export function meetingSearchText(fields: Pick<MeetingFields, 'title' | 'venue' | 'invitationNumber'>): string {
  return foldForSearch([fields.title, fields.venue ?? '', fields.invitationNumber ?? ''].join(' '));
}

export function meetingsRepository(db: Db, now: Clock) {
  const byId = db.prepare<[string], MeetingRow>(`${SELECT} WHERE m.id = ? AND m.deleted_at IS NULL`);
  const areasOf = db.prepare<[string], MeetingArea & { meeting_id: string }>(
    `SELECT ma.meeting_id, a.code, a.name, a.level FROM meeting_areas ma JOIN areas a ON a.code = ma.area_code
     WHERE ma.meeting_id = ? ORDER BY ma.position`,
  );
  const insert = db.prepare(
    `INSERT INTO meetings (id, title, kind, host_level, date, start_time, end_time, time_zone, venue, chair_person_id,
       chair_role, minute_taker_person_id, invitation_number, status, is_template, source_meeting_id, search_text,
       created_at, updated_at)
     VALUES (@id, @title, @kind, @hostLevel, @date, @startTime, @endTime, @timeZone, @venue, @chairPersonId,
       @chairRole, @minuteTakerPersonId, @invitationNumber, 'draft', @isTemplate, @sourceMeetingId, @searchText,
       @at, @at)`,
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
  const softDeleteParts = MEETING_PARTS.map((table) =>
    db.prepare(`UPDATE ${table} SET deleted_at = @at, updated_at = @at WHERE meeting_id = @id AND deleted_at IS NULL`),
  );
  const statusOf = db.prepare<[string], { status: MeetingStatus }>(
    'SELECT status FROM meetings WHERE id = ? AND deleted_at IS NULL',
  );
  const setStatus = db.prepare(
    `UPDATE meetings SET status = @status, approved_at = @approvedAt, updated_at = @at
     WHERE id = @id AND deleted_at IS NULL`,
  );
  // A field whose `set…` flag is 0 keeps its value.
  const setSummary = db.prepare(
    `UPDATE meetings SET summary = CASE WHEN @setSummary THEN @summary ELSE summary END,
       closing_time = CASE WHEN @setClosingTime THEN @closingTime ELSE closing_time END, updated_at = @at
     WHERE id = @id AND deleted_at IS NULL`,
  );
  const setInvitationNumber = db.prepare(
    'UPDATE meetings SET invitation_number = @number, updated_at = @at WHERE id = @id AND deleted_at IS NULL',
  );
  // The list's statement depends on the filters used; there are few combinations, so keep them.
  const listStatements = new Map<
    string,
    {
      total: Database.Statement<ListParams, { n: number }>;
      rows: Database.Statement<ListParams, MeetingRow & OriginColumns>;
    }
  >();

  function writeAreas(id: string, codes: string[]): void {
    clearAreas.run(id);
    codes.forEach((code, position) => addArea.run(id, code, position));
  }

  function areasFor(id: string): MeetingArea[] {
    return areasOf.all(id).map(({ code, name, level }) => ({ code, name, level }));
  }

  function listStatementsFor(where: string, order: 'asc' | 'desc') {
    const key = `${where}|${order}`;
    let statements = listStatements.get(key);
    if (!statements) {
      const direction = order === 'asc' ? 'ASC' : 'DESC';
      statements = {
        total: db.prepare<ListParams, { n: number }>(`SELECT count(*) AS n FROM meetings m WHERE ${where}`),
        rows: db.prepare<ListParams, MeetingRow & OriginColumns>(
          `${LIST_SELECT} WHERE ${where}
           ORDER BY m.date ${direction}, m.start_time ${direction}, m.id ${direction} LIMIT @limit OFFSET @offset`,
        ),
      };
      listStatements.set(key, statements);
    }
    return statements;
  }

  return {
    get(id: string): Meeting | null {
      const row = byId.get(id);
      return row ? toMeeting(row, areasFor(id)) : null;
    },

    status(id: string): MeetingStatus | null {
      return statusOf.get(id)?.status ?? null;
    },

    create(fields: MeetingFields, origin: MeetingOrigin = { isTemplate: false, sourceMeetingId: null }): Meeting {
      const id = newId();
      db.transaction(() => {
        insert.run({
          id,
          ...fields,
          isTemplate: origin.isTemplate ? 1 : 0,
          sourceMeetingId: origin.sourceMeetingId,
          searchText: meetingSearchText(fields),
          at: now().toISOString(),
        });
        writeAreas(id, fields.areaCodes);
      })();
      return this.get(id) as Meeting;
    },

    update(id: string, fields: MeetingFields): Meeting | null {
      const changed = db.transaction(() => {
        const n = update.run({ id, ...fields, searchText: meetingSearchText(fields), at: now().toISOString() }).changes;
        if (n) writeAreas(id, fields.areaCodes);
        return n;
      })();
      return changed ? this.get(id) : null;
    },

    /**
     * Soft-deletes the meeting with everything that belongs to it, with the same timestamp, so its
     * commitments leave the follow-up ledger too and a restore can find what went together.
     */
    remove(id: string): boolean {
      return db.transaction(() => {
        const at = now().toISOString();
        if (softDelete.run({ id, at }).changes === 0) return false;
        for (const statement of softDeleteParts) statement.run({ id, at });
        return true;
      })();
    },

    /** Sets the status; `approvedAt` is kept only while approved. */
    setStatus(id: string, status: MeetingStatus, approvedAt: string | null = null): boolean {
      return setStatus.run({ id, status, approvedAt, at: now().toISOString() }).changes > 0;
    },

    /** The kesimpulan and closing time; one left undefined is left as it is. */
    setSummary(
      id: string,
      patch: { summary?: string | null | undefined; closingTime?: string | null | undefined },
    ): boolean {
      return (
        setSummary.run({
          id,
          setSummary: Number(patch.summary !== undefined),
          summary: patch.summary ?? null,
          setClosingTime: Number(patch.closingTime !== undefined),
          closingTime: patch.closingTime ?? null,
          at: now().toISOString(),
        }).changes > 0
      );
    },

    /** The undangan's number from the letter register. */
    setInvitationNumber(id: string, number: string): boolean {
      return setInvitationNumber.run({ id, number, at: now().toISOString() }).changes > 0;
    },

    list(options: MeetingListOptions): Page<MeetingListItem> {
      const conditions = ['m.deleted_at IS NULL', `m.is_template = ${options.templates ? 1 : 0}`];
      const params: ListParams = {};
      const query = foldForSearch(options.query);
      if (query) {
        conditions.push("m.search_text LIKE @query ESCAPE '\\'");
        params.query = `%${escapeLike(query)}%`;
      }
      if (options.dateFrom) {
        conditions.push('m.date >= @dateFrom');
        params.dateFrom = options.dateFrom;
      }
      if (options.dateTo) {
        conditions.push('m.date <= @dateTo');
        params.dateTo = options.dateTo;
      }
      if (options.status) {
        conditions.push('m.status = @status');
        params.status = options.status;
      }
      if (options.kind) {
        conditions.push('m.kind = @kind');
        params.kind = options.kind;
      }
      if (options.officeId) {
        conditions.push('m.owner_office_id = @officeId');
        params.officeId = options.officeId;
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
      const { total, rows } = listStatementsFor(conditions.join(' AND '), options.order);
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
          origin: originOfRow(row),
        };
      });
      return { items, total: total.get(params)?.n ?? 0 };
    },
  };
}
