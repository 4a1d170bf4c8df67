/** Hash routes (the Electron window loads one file; the hash survives reloads in both hosts). */
export const ROUTES = {
  home: '/',
  meetings: '/rapat',
  meeting: '/rapat/:id/:tab?',
  commitments: '/komitmen',
  plans: '/rencana-aksi',
  catalogue: '/rencana-aksi/katalog/:tab?',
  /** A year's action plans of every office side by side (issue 11); matched before a plan's. */
  consolidated: '/rencana-aksi/rekap/:year?/:office?',
  plan: '/rencana-aksi/:id/:view?',
  directory: '/direktori',
  directoryTab: '/direktori/:tab?',
  letters: '/surat-keluar',
  exchange: '/pertukaran',
  /** A tab of Pertukaran data; under Riwayat, perhaps one entry opened (a job's notice leads there). */
  exchangeTab: '/pertukaran/:tab?/:entry?',
  settings: '/pengaturan',
  privacy: '/pengaturan/data-pribadi',
  backups: '/pengaturan/cadangan',
  search: '/cari/:query?/:kind?',
} as const;

export const WORKSPACE_TABS = ['persiapan', 'pelaksanaan', 'pengesahan'] as const;
export type WorkspaceTab = (typeof WORKSPACE_TABS)[number];

export function meetingPath(id: string, tab: WorkspaceTab = 'persiapan'): string {
  return `/rapat/${id}/${tab}`;
}

export const PLAN_VIEWS = ['tabel', 'cakupan'] as const;
export type PlanView = (typeof PLAN_VIEWS)[number];

export function planPath(id: string, view: PlanView = 'tabel'): string {
  return `/rencana-aksi/${id}/${view}`;
}

/** The consolidation of a year's plans, perhaps of one office. */
export function consolidatedPath(year?: number, officeId?: string): string {
  if (year === undefined) return '/rencana-aksi/rekap';
  return officeId ? `/rencana-aksi/rekap/${year}/${officeId}` : `/rencana-aksi/rekap/${year}`;
}

export const CATALOGUE_TABS = ['intervensi', 'aksi-konvergensi', 'sumber-dana'] as const;
export type CatalogueTab = (typeof CATALOGUE_TABS)[number];

/** The catalogue lives under the plans section; its route is matched before a plan's (`/rencana-aksi/:id`). */
export function cataloguePath(tab: CatalogueTab = 'intervensi'): string {
  return `/rencana-aksi/katalog/${tab}`;
}

export const DIRECTORY_TABS = ['instansi', 'orang', 'duplikat'] as const;
export type DirectoryTab = (typeof DIRECTORY_TABS)[number];

export function directoryPath(tab: DirectoryTab = 'instansi'): string {
  return tab === 'instansi' ? ROUTES.directory : `${ROUTES.directory}/${tab}`;
}

/** The full search results of `query`, perhaps of one kind (in the address, so Back returns to them). */
export function searchPath(query: string, kind?: string): string {
  const path = `/cari/${encodeURIComponent(query.trim())}`;
  return kind ? `${path}/${kind}` : path;
}

export const EXCHANGE_TABS = ['kirim', 'terima', 'riwayat'] as const;
export type ExchangeTab = (typeof EXCHANGE_TABS)[number];

/** Pertukaran data on a tab; under Riwayat, perhaps with one entry's report open. */
export function exchangePath(tab: ExchangeTab = 'kirim', entryId?: string): string {
  if (tab === 'kirim') return ROUTES.exchange;
  return entryId ? `${ROUTES.exchange}/${tab}/${entryId}` : `${ROUTES.exchange}/${tab}`;
}
