import type { Safety } from '../backups/service';
import type { DataContext } from '../db/clock';
import type { OfficeIdentityService } from '../exchange/identity';

/** What every handler may use. Hosts build one per opened store. */
export interface HandlerContext extends DataContext {
  dataDir: string;
  databaseFile: string;
  /** Shipped files (fonts for documents, the region list). */
  resourcesDir: string;
  host: 'electron' | 'preview';
  appVersion: string;
  /** Backups, restores and the app's state (startCore provides it; absent in bare test contexts). */
  safety?: Safety;
  /** The office's id and keys for exchange (startCore provides it; absent in bare test contexts). */
  identity?: OfficeIdentityService;
  /** The desktop host's "save a copy of this file as…" (native dialog, then a file copy); absent in the preview. */
  saveFileCopy?: SaveFileCopy;
}

/** Asks where to save a copy of `source` (suggesting `suggestedName`) and writes it; the path written, or null if cancelled. */
export type SaveFileCopy = (source: string, suggestedName: string) => Promise<string | null>;
