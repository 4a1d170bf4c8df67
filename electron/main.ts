import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session, shell } from 'electron';
import { startCore } from './core';
import { runElectronHost } from './host/run';

// Ctrl+C in the terminal of `npm start` should close the database as a normal quit does.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

runElectronHost(
  { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, safeStorage },
  {
    argv: process.argv,
    env: process.env,
    cwd: process.cwd(),
    resourcesPath: process.resourcesPath,
    platform: process.platform,
    startCore,
  },
).catch((error: unknown) => {
  console.error('[sirakor] the app could not start', error);
  app.exit(1);
});
