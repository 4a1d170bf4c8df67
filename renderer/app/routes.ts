/** Hash routes (the Electron window loads one file; the hash survives reloads in both hosts). */
export const ROUTES = {
  home: '/',
  meetings: '/rapat',
  commitments: '/komitmen',
  plans: '/rencana-aksi',
  directory: '/direktori',
  settings: '/pengaturan',
} as const;
