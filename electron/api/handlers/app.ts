import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { repositoriesOf } from '../../db/repositories';
import type { HandlerGroup } from '../handler-types';

export const appHandlers: HandlerGroup<'app.info'> = {
  'app.info': (_input, ctx) => ({
    name: 'Sirakor',
    version: ctx.appVersion,
    schemaVersion: LATEST_SCHEMA_VERSION,
    dataDir: ctx.dataDir,
    databaseFile: ctx.databaseFile,
    regionCount: repositoriesOf(ctx.db).areas.count(),
    host: ctx.host,
  }),
};
