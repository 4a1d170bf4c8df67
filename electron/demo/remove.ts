import type { DemoStatus } from '../../shared/domain/demo';
import type { OfficeIdentity } from '../../shared/domain/settings';
import type { HandlerContext } from '../api/context';
import { repositoriesOf } from '../db/repositories';
import { deleteDemoRows, findDemoBlockers } from './repository';
import { DEMO_SETTINGS_KEY, readDemoRecord, statusOf } from './record';
import { refused } from '../api/errors';

/**
 * Removes exactly what the demo created, in one transaction, and nothing else. While an office's
 * own record uses a sample record (a real meeting chaired by a sample person, a copy of the sample
 * plan), nothing is removed and the answer is CONFLICT; `demo.blockers` names those records. The
 * office's deleted records let go of sample records first (DETACH). Foreign keys are checked at
 * the end as well (deferred: commitments and their newest update point at each other). The history
 * table is append-only by design: its entries about demo rows stay, holding ids only.
 */
export function removeDemo(ctx: HandlerContext): DemoStatus {
  const repos = repositoriesOf(ctx);
  const record = readDemoRecord(repos);
  if (!record) return statusOf(null);
  ctx.db.transaction(() => {
    const blockers = findDemoBlockers(ctx.db, record);
    if (blockers.length > 0) throw refused('demoInUse', { count: blockers.length });
    if (!deleteDemoRows(ctx.db, record)) throw refused('demoInUseHidden');
    repos.settings.remove(DEMO_SETTINGS_KEY);
    // The office the demo set up goes too, unless the user has changed it since.
    const office = repos.settings.get<OfficeIdentity>('office');
    if (record.office && JSON.stringify(office) === JSON.stringify(record.office)) repos.settings.remove('office');
  })();
  return statusOf(null);
}
