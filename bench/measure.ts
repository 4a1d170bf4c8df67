import type { Figure, FigureResult, Measurement } from './figure';
import { median, percentile } from './stats';

function isMeasurement(value: number | Measurement): value is Measurement {
  return typeof value === 'object';
}

/** One round: the figure and its floor side by side, in the given order. */
async function round(figure: Figure, floorFirst: boolean): Promise<Measurement> {
  const floorSample = figure.floor.sample?.bind(figure.floor);
  if (!floorSample) {
    const measured = await figure.sample();
    if (!isMeasurement(measured)) {
      throw new Error(`${figure.id}: its floor has no sample, so its sample must return { value, floor }`);
    }
    return measured;
  }
  let floor = floorFirst ? await floorSample() : Number.NaN;
  const measured = await figure.sample();
  if (isMeasurement(measured)) throw new Error(`${figure.id}: its floor has its own sample; return a number`);
  if (!floorFirst) floor = await floorSample();
  return { value: measured, floor };
}

function positive(what: string, value: number): number {
  if (!(Number.isFinite(value) && value > 0)) throw new Error(`${what} measured ${value}`);
  return value;
}

/**
 * Takes `runs` rounds of a figure: each sample next to one of its floor (alternately after and
 * before it, so that neither side always finds the caches the other left). The ratio is taken
 * round by round, then their median: a change of load during the run affects both sides of a
 * round alike. A peer is sampled after each of its first `peer.runs` rounds; the speedup is the
 * peer's median over the figure's.
 */
export async function measureFigure(figure: Figure, runs: number): Promise<FigureResult> {
  const values: number[] = [];
  const floors: number[] = [];
  const ratios: number[] = [];
  const peers: number[] = [];
  await figure.setup?.();
  try {
    for (let i = 0; i < runs; i++) {
      const { value, floor } = await round(figure, i % 2 === 1);
      values.push(positive(figure.id, value));
      floors.push(positive(`${figure.id} floor`, floor));
      ratios.push(value / floor);
      if (figure.peer && i < figure.peer.runs) peers.push(positive(`${figure.id} peer`, await figure.peer.sample()));
    }
  } finally {
    await figure.teardown?.();
  }
  const mid = median(values);
  const ratio = median(ratios);
  const result: FigureResult = {
    id: figure.id,
    label: figure.label,
    median: mid,
    p95: percentile(values, 95),
    unit: figure.unit,
    budget: figure.budget,
    pass: ratio <= figure.ratioBudget,
    floor: median(floors),
    ratio,
    ratioBudget: figure.ratioBudget,
    withinBudget: figure.budget === null || mid <= figure.budget,
  };
  if (!figure.peer) return result;
  const peer = median(peers);
  const speedup = peer / mid;
  return {
    ...result,
    pass: result.pass && speedup >= figure.peer.minSpeedup,
    peer,
    speedup,
    minSpeedup: figure.peer.minSpeedup,
  };
}
