/** Hash routes (the Electron window loads one file; the hash survives reloads in both hosts). */
export const ROUTES = {
  home: '/',
  meetings: '/rapat',
  meeting: '/rapat/:id/:tab?',
  commitments: '/komitmen',
  plans: '/rencana-aksi',
  plan: '/rencana-aksi/:id/:view?',
  directory: '/direktori',
  settings: '/pengaturan',
  privacy: '/pengaturan/data-pribadi',
  backups: '/pengaturan/cadangan',
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
