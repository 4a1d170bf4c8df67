import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../bench/args';
import { formatComparison, parseBenchFile, spread } from '../../../bench/compare';
import type { Figure, FigureResult } from '../../../bench/figure';
import { FIGURES } from '../../../bench/figures';
import { measureFigure } from '../../../bench/measure';
import { extrapolate, growthExponent } from '../../../bench/peers/react-pdf-table';
import { formatTable, jsonReport, machineInfo } from '../../../bench/report';
import { median, percentile } from '../../../bench/stats';

describe('bench statistics', () => {
  it('takes the median of odd and even counts, unsorted', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(() => median([])).toThrow('No samples');
  });

  it('takes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(percentile(samples, 95)).toBe(19);
    expect(percentile(samples, 100)).toBe(20);
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile([0.4, 0.5, 0.45, 0.6, 0.42], 95)).toBe(0.6);
  });
});

describe('bench arguments', () => {
  it('reads --json, --only and --runs', () => {
    expect(parseBenchArgs([])).toEqual({ json: null, only: null, runs: null });
    expect(parseBenchArgs(['--json', 'out.json', '--only', 'regions.load, people.search', '--runs=2'])).toEqual({
      json: 'out.json',
      only: ['regions.load', 'people.search'],
      runs: 2,
    });
  });

  it.each([
    [['--json'], '--json needs a value'],
    [['--runs', '0'], '--runs must be a positive integer'],
    [['--fast'], 'Unknown option --fast'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });
});

describe('bench figures and report', () => {
  it('registers figures with unique ids, regions.load first', () => {
    const ids = FIGURES.map((figure) => figure.id);
    expect(ids[0]).toBe('regions.load');
    expect(new Set(ids).size).toBe(ids.length);
    expect(FIGURES[0]).toMatchObject({ unit: 's', budget: 1 });
  });

  it('gives every figure a floor and a ratio budget, and the plan PDF its react-pdf peer', () => {
    for (const figure of FIGURES) {
      expect(figure.floor.label, figure.id).not.toBe('');
      expect(figure.ratioBudget, figure.id).toBeGreaterThan(0);
    }
    const withPeers = FIGURES.filter((figure) => figure.peer).map((figure) => [figure.id, figure.peer?.minSpeedup]);
    expect(withPeers).toEqual([['pdf.plan3000', 20]]);
  });

  const results: FigureResult[] = [
    {
      id: 'regions.load',
      label: 'Load regions',
      median: 0.4213,
      p95: 0.5,
      unit: 's',
      budget: 1,
      pass: true,
      floor: 0.38,
      ratio: 1.108,
      ratioBudget: 1.5,
      withinBudget: true,
    },
    {
      id: 'x.slow',
      label: 'Slow thing',
      median: 123.4,
      p95: 150,
      unit: 'ms',
      budget: 100,
      pass: false,
      floor: 40,
      ratio: 3.086,
      ratioBudget: 2,
      withinBudget: false,
    },
    {
      id: 'pdf.plan3000',
      label: 'Plan PDF',
      median: 1.25,
      p95: 1.3,
      unit: 's',
      budget: 2,
      pass: true,
      floor: 0.9,
      ratio: 1.39,
      ratioBudget: 3,
      withinBudget: true,
      peer: 1500,
      speedup: 1200,
      minSpeedup: 20,
    },
  ];

  it('prints time, budget, floor, ratio and its budget side by side, PASS/FAIL by the ratio', () => {
    expect(formatTable(results).split('\n')).toEqual([
      'id            unit  median    p95   budget  floor  ratio  ratio budget  peer          speedup  result',
      '------------  ----  ------  -----  -------  -----  -----  ------------  ----  ---------------  ------',
      'regions.load  s      0.421  0.500  ≤ 1.000  0.380   1.11        ≤ 1.50                         PASS',
      'x.slow        ms       123    150    > 100   40.0   3.09        ≤ 2.00                         FAIL',
      'pdf.plan3000  s      1.250  1.300  ≤ 2.000  0.900   1.39        ≤ 3.00  1500  1200× (≥ 20.0×)  PASS',
    ]);
  });

  it('prints files from before the floors with dashes', () => {
    const old = { id: 'regions.load', label: 'Load regions', median: 0.42, p95: 0.5, unit: 's', budget: 1, pass: true };
    expect(formatTable([old]).split('\n')[2]).toBe(
      'regions.load  s      0.420  0.500  ≤ 1.000      —      —             —                 PASS',
    );
  });

  it('keeps the JSON fields older readers compare, in their order, and adds the ratio fields', () => {
    const figures = (JSON.parse(jsonReport(results)) as { figures: Record<string, unknown>[] }).figures;
    expect(Object.keys(figures[0] as object)).toEqual([
      'id',
      'label',
      'median',
      'p95',
      'unit',
      'budget',
      'pass',
      'floor',
      'ratio',
      'ratioBudget',
      'withinBudget',
    ]);
    expect(figures[2]).toMatchObject({ peer: 1500, speedup: 1200, minSpeedup: 20 });
    expect(figures).toEqual(results);
  });

  it('writes the machine and its load beside the figures', () => {
    const machine = machineInfo([3.5, 2, 1]);
    const parsed = JSON.parse(jsonReport(results, machine)) as { machine: typeof machine };
    expect(parsed.machine.loadStart).toEqual([3.5, 2, 1]);
    expect(parsed.machine.loadEnd).toHaveLength(3);
    expect(parsed.machine.cores).toBeGreaterThan(0);
  });
});

/** A figure whose samples, floors and peer come from lists, logging the order they were taken in. */
function scripted(options: {
  values: number[];
  floors: number[];
  peers?: number[];
  runs?: number;
  budget?: number;
  ratioBudget?: number;
}): { figure: Figure; log: string[] } {
  const log: string[] = [];
  const values = [...options.values];
  const floors = [...options.floors];
  const peers = [...(options.peers ?? [])];
  const figure: Figure = {
    id: 'x.scripted',
    label: 'Scripted',
    unit: 's',
    budget: options.budget ?? 10,
    ratioBudget: options.ratioBudget ?? 2,
    runs: options.runs ?? values.length,
    setup: async () => void log.push('setup'),
    teardown: async () => void log.push('teardown'),
    floor: {
      label: 'scripted floor',
      sample: async () => {
        log.push('floor');
        return floors.shift() as number;
      },
    },
    ...(options.peers
      ? {
          peer: {
            label: 'scripted peer',
            minSpeedup: 20,
            runs: 1,
            sample: async () => {
              log.push('peer');
              return peers.shift() as number;
            },
          },
        }
      : {}),
    sample: async () => {
      log.push('figure');
      return values.shift() as number;
    },
  };
  return { figure, log };
}

describe('measuring a figure beside its floor', () => {
  it('alternates which of figure and floor goes first, and takes the median of the per-round ratios', async () => {
    const { figure, log } = scripted({ values: [2, 4, 3], floors: [1, 1, 3] });
    const result = await measureFigure(figure, 3);
    expect(log).toEqual(['setup', 'figure', 'floor', 'floor', 'figure', 'figure', 'floor', 'teardown']);
    // Per-round ratios 2, 4 and 1: the median of those, not median(values) / median(floors) = 3.
    expect(result).toMatchObject({ median: 3, p95: 4, floor: 1, ratio: 2, ratioBudget: 2, pass: true });
  });

  it('passes on the ratio even when the time is over its budget, and fails on the ratio alone', async () => {
    const slow = await measureFigure(scripted({ values: [20], floors: [15], budget: 10 }).figure, 1);
    expect(slow).toMatchObject({ withinBudget: false, pass: true });
    const close = await measureFigure(scripted({ values: [5], floors: [2], budget: 10 }).figure, 1);
    expect(close).toMatchObject({ withinBudget: true, ratio: 2.5, pass: false });
  });

  it('samples the peer its own number of times and judges the speedup of the medians', async () => {
    const { figure, log } = scripted({ values: [1, 2, 3], floors: [1, 1, 1], peers: [50] });
    const result = await measureFigure(figure, 3);
    expect(log.filter((entry) => entry === 'peer')).toHaveLength(1);
    expect(result).toMatchObject({ peer: 50, speedup: 25, minSpeedup: 20, pass: true });
    const slower = await measureFigure(scripted({ values: [3], floors: [3], peers: [30] }).figure, 1);
    expect(slower).toMatchObject({ speedup: 10, pass: false });
  });

  it('takes figure and floor from one sample when the floor has none of its own', async () => {
    const paired: Figure = {
      id: 'x.paired',
      label: 'Paired',
      unit: 'ms',
      budget: 10,
      ratioBudget: 2,
      runs: 2,
      floor: { label: 'inside' },
      sample: async () => ({ value: 3, floor: 2 }),
    };
    expect(await measureFigure(paired, 2)).toMatchObject({ median: 3, floor: 2, ratio: 1.5 });
    await expect(measureFigure({ ...paired, sample: async () => 3 }, 1)).rejects.toThrow(
      /must return \{ value, floor \}/,
    );
  });

  it('refuses a floor measured as zero and still tears down', async () => {
    const { figure, log } = scripted({ values: [1], floors: [0] });
    await expect(measureFigure(figure, 1)).rejects.toThrow('x.scripted floor measured 0');
    expect(log.at(-1)).toBe('teardown');
  });
});

describe('the react-pdf peer growth', () => {
  it('fits the exponent of a power law', () => {
    const points = [100, 200, 300].map((rows) => ({ rows, cost: 0.001 * rows ** 1.5 }));
    expect(growthExponent(points)).toBeCloseTo(1.5, 10);
  });

  it('carries a time to more rows with the exponent, never slower than linear growth', () => {
    expect(extrapolate(30, 300, 3000, 1.5)).toBeCloseTo(30 * 10 ** 1.5, 10);
    expect(extrapolate(30, 300, 3000, 0.8)).toBeCloseTo(300, 10);
  });
});

describe('reading and comparing bench files', () => {
  const run = (ratio: number) => ({
    figures: [{ id: 'a.b', label: 'A', median: ratio, p95: ratio, unit: 's', budget: 1, pass: true, floor: 1, ratio }],
  });

  it('reads files with and without the ratio fields and refuses other JSON', () => {
    expect(parseBenchFile(JSON.stringify(run(1.2))).figures[0]?.ratio).toBe(1.2);
    const old = { figures: [{ id: 'a.b', label: 'A', median: 1, p95: 1, unit: 's', budget: 1, pass: true }] };
    expect(parseBenchFile(JSON.stringify(old)).figures[0]?.ratio).toBeUndefined();
    expect(() => parseBenchFile('{"results":[]}', 'x.json')).toThrow('x.json holds no "figures"');
  });

  it("shows how far apart two runs' ratios are and marks more than 25 %", () => {
    expect(spread(1.2, 1.5)).toBeCloseTo(0.25, 10);
    const lines = formatComparison(run(1.2), run(1.6)).split('\n');
    expect(lines[2]).toMatch(/^a\.b\s+s\s+1\.200\s+1\.000\s+1\.20\s+1\.600\s+1\.000\s+1\.60\s+33 %\s+> 25 %$/);
    expect(formatComparison(run(1.2), run(1.4)).split('\n')[2]).toMatch(/17 %$/);
  });
});
