import type { Db } from '../../../electron/db/connection';
import { recordApprovedNamesSql } from '../../../electron/db/migrations/006-recorded-names';

/**
 * Columns that a later migration derives but the handlers, not triggers, keep up to date, filled
 * as the app would have filled them, when the schema has them. `commitments.completed_on`
 * (migration 003): the date of the report that made a done commitment done.
 * `meeting_recorded_names` (migration 006): the names of each approved meeting, as of its approval.
 */
export function fillHandlerKeptColumns(db: Db): void {
  const columns = db.prepare("SELECT name FROM pragma_table_info('commitments')").pluck().all();
  if (!columns.includes('completed_on')) return;
  db.prepare(
    `UPDATE commitments SET completed_on = (
       SELECT u.reported_on FROM commitment_updates u WHERE u.commitment_id = commitments.id AND u.status_after = 'done'
       ORDER BY u.reported_on DESC, u.created_at DESC LIMIT 1)
     WHERE status = 'done'`,
  ).run();
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
  if (tables.includes('meeting_recorded_names')) db.exec(recordApprovedNamesSql('m.approved_at'));
}
