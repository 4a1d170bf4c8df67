import type { Db } from '../db/connection';

/** What every handler may use. Hosts build one per opened store. */
export interface HandlerContext {
  db: Db;
  dataDir: string;
  databaseFile: string;
  /** Shipped files (fonts for documents, the region list). */
  resourcesDir: string;
  host: 'electron' | 'preview';
  appVersion: string;
}
