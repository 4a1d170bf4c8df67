import type { Figure, Measurement } from '../figure';
import { percentile } from '../stats';
import { millis } from '../figure';
import { jobsCore, type JobsCore } from './jobs-core';

/** The ledger's first page as the screen asks for it. */
const LEDGER_PAGE = { sort: 'due_asc', limit: 50, offset: 0 } as const;
/** Ledger requests timed without a job, for the floor: as many as a job leaves time for. */
const FLOOR_REQUESTS = 60;

let bench: JobsCore | null = null;

/**
 * `host.latency.during.job`: how long a ledger page takes to answer while the 50,000-row XLSX export
 * of the ten-year dataset runs as a job (p95 of the requests made one after the other during one
 * export, ms). The export reads and writes in a worker thread of its own; the host's thread only
 * relays its progress. The floor is the p95 of the same request with no job running, in the same
 * round: the ratio says what the job costs the user who keeps working.
 */
export const hostLatencyDuringJob: Figure = {
  id: 'host.latency.during.job',
  label: 'Ledger page p95 during the 50,000-row XLSX export job (10-year dataset)',
  unit: 'ms',
  budget: 200,
  // 1.38 in the first run (load average 15); a few ms either way move the ratio of such small times.
  ratioBudget: 3,
  runs: 3,
  floor: { label: 'the same ledger page with no job running (p95)' },
  async setup() {
    bench = await jobsCore();
    await bench.call('commitments.ledger', LEDGER_PAGE);
  },
  async teardown() {
    bench?.close();
    bench = null;
  },
  async sample(): Promise<Measurement> {
    const current = bench;
    if (!current) throw new Error('setup did not run');
    const page = () => millis(() => current.call('commitments.ledger', LEDGER_PAGE));
    const without: number[] = [];
    for (let i = 0; i < FLOOR_REQUESTS; i++) without.push(await page());
    const during: number[] = [];
    await current.runJob({ kind: 'ledgerXlsx', input: { sort: 'due_asc' } }, async () => {
      during.push(await page());
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    return { value: percentile(during, 95), floor: percentile(without, 95) };
  },
};
