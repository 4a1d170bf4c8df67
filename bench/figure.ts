/**
 * One benchmark figure. The id is stable (issues and CI history refer to it); `sample` performs
 * one measurement and returns it in `unit`, so a figure can keep its setup out of the timing.
 *
 * Every figure has a floor: the cheapest way to do the same work on the same machine, measured in
 * the same run, next to each sample. What a figure is judged by is `ratio = figure / floor`, which
 * moves much less with the machine and its load than the absolute value (bench/README.md).
 */
export interface Figure {
  id: string;
  label: string;
  unit: string;
  /**
   * The time (or size) budget, in `unit`: informative, printed beside the ratio. Null for a figure
   * that is only reported (a package's size): the table prints "—" and the JSON null.
   */
  budget: number | null;
  /** The figure passes when its ratio to the floor is at or below this. */
  ratioBudget: number;
  /** How many samples to take; the median and p95 are computed over them. */
  runs: number;
  floor: Floor;
  /** The library a user would otherwise pick, doing the same work (optional). */
  peer?: Peer;
  /**
   * Optional: runs once before the samples (start a host, warm it up), untimed. `teardown` runs
   * once after them, also when a sample failed.
   */
  setup?(): Promise<void>;
  teardown?(): Promise<void>;
  /**
   * One measurement in `unit`. A figure whose floor has no `sample` of its own measures both here,
   * call by call, and returns them as a `Measurement`.
   */
  sample(): Promise<number | Measurement>;
}

/** A figure's sample and its floor's, taken together (interleaved call by call). */
export interface Measurement {
  value: number;
  floor: number;
}

/** The same work with nothing of Sirakor around it. */
export interface Floor {
  /** What the floor does, in a few words. */
  label: string;
  /**
   * One measurement of the floor, in the figure's unit. The runner takes one beside each sample
   * of the figure, alternating which of the two goes first. Absent when the figure's own `sample`
   * returns a `Measurement`.
   */
  sample?(): Promise<number>;
}

/** Another library doing the same work; `speedup = peer / figure` (both medians). */
export interface Peer {
  label: string;
  /** The figure passes only when it is at least this many times faster than the peer. */
  minSpeedup: number;
  /** How many samples of the peer to take (a slow peer: fewer than the figure's), one after each of the first rounds. */
  runs: number;
  /** One measurement of the peer, in the figure's unit. */
  sample(): Promise<number>;
}

export interface FigureResult {
  id: string;
  label: string;
  median: number;
  p95: number;
  unit: string;
  budget: number | null;
  /** Whether the figure met its ratio budget (and, with a peer, its minimum speedup). */
  pass: boolean;
  /** The floor's median, in `unit`. */
  floor: number;
  /** The median of the per-sample ratios figure / floor. */
  ratio: number;
  ratioBudget: number;
  /** Whether the median is within `budget` (true without one): informative, the machine moves it. */
  withinBudget: boolean;
  /** The peer's median, in `unit`, when the figure has a peer. */
  peer?: number;
  /** The peer's median over the figure's median. */
  speedup?: number;
  minSpeedup?: number;
}

/** Measures `work` in seconds with the monotonic clock. */
export async function timeSeconds(work: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Milliseconds taken by `work`, with the monotonic clock. */
export async function millis(work: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
