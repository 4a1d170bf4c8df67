export interface AppInfo {
  name: string;
  version: string;
  schemaVersion: number;
  dataDir: string;
  databaseFile: string;
  regionCount: number;
  /** Where the data runs: the desktop window or the browser preview host. */
  host: 'electron' | 'preview';
}

/** Credit for the shipped region list (MIT licence), shown in the README and the about screen. */
export const REGION_DATA_SOURCE = {
  name: 'cahyadsn/wilayah',
  url: 'https://github.com/cahyadsn/wilayah',
  licence: 'MIT',
  copyright: '© 2017-2025 Cahya DSN',
  decree: 'Kepmendagri No 300.2.2-2430 Tahun 2025',
} as const;
