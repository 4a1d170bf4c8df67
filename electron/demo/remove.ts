import { AppError } from '../../shared/api/result';
import type { DemoStatus } from '../../shared/domain/demo';
import type { OfficeIdentity } from '../../shared/domain/settings';
import type { HandlerContext } from '../api/context';
import { repositoriesOf } from '../db/repositories';
import { DETACH, findDemoBlockers, idLists } from './blockers';
import { DEMO_SETTINGS_KEY, readDemoRecord, statusOf, type DemoRecord } from './record';

type IdList = keyof Omit<DemoRecord, 'loadedAt' | 'office'>;

/**
 * Hard deletes, children first; `?` is a JSON array of ids. What hangs off a demo meeting goes
 * with it (agenda, participants, minutes, decisions, its commitments with their progress),
 * including anything a newcomer added to it while trying the app; plan rows take their
 * locations, supporters and funding lines with them, and the plan its desa lokus (ON DELETE CASCADE).
 */
const DELETES: readonly (readonly [table: string, where: string, list: IdList])[] = [
  [
    'evidence_files',
    `update_id IN (SELECT u.id FROM commitment_updates u JOIN commitments c ON c.id = u.commitment_id
      WHERE c.meeting_id IN (SELECT value FROM json_each(?)))`,
    'meetings',
  ],
  [
    'commitment_updates',
    'commitment_id IN (SELECT id FROM commitments WHERE meeting_id IN (SELECT value FROM json_each(?)))',
    'meetings',
  ],
  ['commitments', 'meeting_id IN (SELECT value FROM json_each(?))', 'meetings'],
  ['decisions', 'meeting_id IN (SELECT value FROM json_each(?))', 'meetings'],
  ['minutes_entries', 'meeting_id IN (SELECT value FROM json_each(?))', 'meetings'],
  ['meeting_participants', 'meeting_id IN (SELECT value FROM json_each(?))', 'meetings'],
  ['agenda_items', 'meeting_id IN (SELECT value FROM json_each(?))', 'meetings'],
  ['meeting_recorded_names', 'meeting_id IN (SELECT value FROM json_each(?))', 'meetings'],
  ['meeting_files', 'meeting_id IN (SELECT value FROM json_each(?))', 'meetings'],
  ['plan_rows', 'plan_id IN (SELECT value FROM json_each(?))', 'plans'],
  ['action_plans', 'id IN (SELECT value FROM json_each(?))', 'plans'],
  ['meetings', 'id IN (SELECT value FROM json_each(?))', 'meetings'],
  ['people', 'id IN (SELECT value FROM json_each(?))', 'people'],
  ['institutions', 'id IN (SELECT value FROM json_each(?))', 'institutions'],
];

/**
 * Removes exactly what the demo created, in one transaction, and nothing else. While an office's
 * own record uses a sample record (a real meeting chaired by a sample person, a copy of the sample
 * plan), nothing is removed and the answer is CONFLICT; `demo.blockers` names those records. The
 * office's deleted records let go of sample records first (DETACH). Foreign keys are checked at
 * the end as well (deferred: commitments and their newest update point at each other). The history
 * table is append-only by design: its entries about demo rows stay, holding ids only.
 */
export function removeDemo(ctx: HandlerContext): DemoStatus {
  const repos = repositoriesOf(ctx.db);
  const record = readDemoRecord(repos);
  if (!record) return statusOf(null);
  ctx.db.transaction(() => {
    const blockers = findDemoBlockers(ctx.db, record);
    if (blockers.length > 0) throw new AppError('CONFLICT', 'error.demoInUse', { count: blockers.length });
    const lists = idLists(record);
    for (const sql of DETACH) ctx.db.prepare(sql).run(lists);
    ctx.db.pragma('defer_foreign_keys = ON');
    for (const [table, where, list] of DELETES) {
      ctx.db.prepare(`DELETE FROM ${table} WHERE ${where}`).run(JSON.stringify(record[list]));
    }
    if ((ctx.db.pragma('foreign_key_check') as unknown[]).length > 0)
      throw new AppError('CONFLICT', 'error.demoInUseHidden');
    ctx.db.prepare('DELETE FROM settings WHERE key = ?').run(DEMO_SETTINGS_KEY);
    // The office the demo set up goes too, unless the user has changed it since.
    const office = repos.settings.get<OfficeIdentity>('office');
    if (record.office && JSON.stringify(office) === JSON.stringify(record.office)) {
      ctx.db.prepare("DELETE FROM settings WHERE key = 'office'").run();
    }
  })();
  return statusOf(null);
}
