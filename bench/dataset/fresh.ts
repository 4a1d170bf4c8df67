import { openConnection, type Db } from '../../electron/db/connection';
import { migrate } from '../../electron/db/migrate';
import { loadRegions } from '../../electron/areas/regions';
import { REGIONS_FILE } from '../support/paths';

/** A new database at `file` as the store makes it on first run: migrated, regions loaded. */
export async function freshDatabase(file: string): Promise<Db> {
  const db = openConnection(file);
  try {
    await migrate(db);
    loadRegions(db, REGIONS_FILE);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
