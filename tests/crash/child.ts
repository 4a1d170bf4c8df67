import { createInterface } from 'node:readline';
import { startCore } from '../../electron/core';

/**
 * The process the crash harness kills: the same core both hosts run, on a data folder, serving
 * one request per line of stdin (`{"id","method","payload"}`) and answering one line per request
 * on stdout once the dispatcher's promise has resolved, that is once the write is committed. The
 * first line says the core is ready and in which state it opened.
 *
 *   node --import tsx tests/crash/child.ts DATA_DIR RESOURCES_DIR
 */
const [dataDir, resourcesDir] = process.argv.slice(2) as [string, string];
const core = await startCore({
  dataDir,
  resourcesDir,
  host: 'preview',
  appVersion: 'crash-harness',
  dailyBackup: false,
  logError: (method, error) => process.stderr.write(`[child] ${method}: ${String(error)}\n`),
});
process.stdout.write(`${JSON.stringify({ ready: true, state: core.safety.state(), pid: process.pid })}\n`);

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  const request = JSON.parse(line) as { id: number; method: string; payload: unknown };
  const result = await core.dispatch(request.method, request.payload);
  process.stdout.write(`${JSON.stringify({ id: request.id, result })}\n`);
}
core.close();
