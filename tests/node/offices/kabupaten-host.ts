import { startCore } from '../../../electron/core';
import { RESOURCES_DIR } from '../support/paths';
import type { Host } from '../support/kabupaten';
import { callerOf } from '../support/seed-rakor';

/** A test core on a given data folder (the kabupaten builder opens each office's folder with it). */
export async function openCore(
  dataDir: string,
  now?: () => Date,
): Promise<Host & { core: Awaited<ReturnType<typeof startCore>> }> {
  const core = await startCore({
    dataDir,
    resourcesDir: RESOURCES_DIR,
    host: 'preview',
    appVersion: '0.0.0-test',
    logError: () => undefined,
    ...(now ? { now } : {}),
    dailyBackup: false,
  });
  return {
    core,
    call: callerOf(core.dispatch),
    close() {
      core.store.db.pragma('wal_checkpoint(TRUNCATE)');
      core.close();
    },
  };
}
