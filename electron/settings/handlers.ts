import type { HandlerGroup } from '../api/handler-types';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { repositoriesOf } from '../db/repositories';
import { checkOfficeAreas, readSettings } from './settings';

/** The app and the office: what runs (app.info), the office's identity and the language. */
export const settingsHandlers: HandlerGroup<'app.info' | 'settings.get' | 'settings.update'> = {
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

  'settings.get': (_input, ctx) => readSettings(ctx),

  'settings.update': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    const office = input.office ? checkOfficeAreas(repos, input.office) : null;
    ctx.db.transaction(() => {
      if (office) repos.settings.set('office', office);
      if (input.language) repos.settings.set('language', input.language);
    })();
    return readSettings(ctx);
  },
};
