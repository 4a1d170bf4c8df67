import { fileURLToPath } from 'node:url';
import { serveJobs } from '../../workers/serve';
import { renderPlanModel, type RenderJob } from './render';

/**
 * The worker thread that draws long documents (the action-plan matrix, the commitment report),
 * so a 3,000-row matrix (about a second of work) never blocks the main process that serves the API.
 *
 * electron-vite bundles this file as its own chunk and hands its path to `document-runner.ts`
 * through the `?modulePath` import. Outside the bundle (the preview host under tsx, the tests)
 * that import loads this module in the main thread, where it only exports its own path.
 */
export default fileURLToPath(import.meta.url.replace(/\?.*$/, ''));

serveJobs<RenderJob>(renderPlanModel);
