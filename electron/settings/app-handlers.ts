import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { repositoriesOf } from '../db/repositories';
import type { HandlerGroup } from '../api/handler-types';

export const appHandlers: HandlerGroup<'app.info'> = {
  'app.info': (_input, ctx) => ({
    name: 'Sirakor',
    version: ctx.appVersion,
    schemaVersion: LATEST_SCHEMA_VERSION,
    dataDir: ctx.dataDir,
    databaseFile: ctx.databaseFile,
    // In recovery (a damaged database) there is no connection to count with.
    regionCount: ctx.safety?.state() === 'recovery' ? 0 : repositoriesOf(ctx).areas.count(),
    host: ctx.host,
  }),
};
