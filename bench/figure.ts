/**
 * One benchmark figure. The id is stable (issues and CI history refer to it); `sample` performs
 * one measurement and returns it in `unit`, so a figure can keep its setup out of the timing.
 */
export interface Figure {
  id: string;
  label: string;
  unit: string;
  /** The figure passes when its median is at or below this value (in `unit`). */
  budget: number;
  /** How many samples to take; the median and p95 are computed over them. */
  runs: number;
  /**
   * Optional: runs once before the samples (start a host, warm it up), untimed. `teardown` runs
   * once after them, also when a sample failed.
   */
  setup?(): Promise<void>;
  teardown?(): Promise<void>;
  sample(): Promise<number>;
}

export interface FigureResult {
  id: string;
  label: string;
  median: number;
  p95: number;
  unit: string;
  budget: number;
  pass: boolean;
}

/** Measures `work` in seconds with the monotonic clock. */
export async function timeSeconds(work: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}
