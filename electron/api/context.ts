import type { Safety } from '../backups/service';
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
  /** The clock: "today" for overdue and the dashboard. Tests pass a fixed one; default `new Date()`. */
  now?: () => Date;
  /** Backups, restores and the app's state (startCore provides it; absent in bare test contexts). */
  safety?: Safety;
  /** The desktop host's "save a copy of this file as…" (native dialog, then a file copy); absent in the preview. */
  saveFileCopy?: SaveFileCopy;
}

/** Asks where to save a copy of `source` (suggesting `suggestedName`) and writes it; the path written, or null if cancelled. */
export type SaveFileCopy = (source: string, suggestedName: string) => Promise<string | null>;

/** The handlers' current instant. */
export function nowOf(ctx: HandlerContext): Date {
  return ctx.now ? ctx.now() : new Date();
}
