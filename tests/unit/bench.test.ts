import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../bench/args';
import { FIGURES } from '../../bench/figures';
import { formatTable, jsonReport } from '../../bench/report';
import { median, percentile } from '../../bench/stats';

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

  const results = [
    { id: 'regions.load', label: 'Load regions', median: 0.4213, p95: 0.5, unit: 's', budget: 1, pass: true },
    { id: 'x.slow', label: 'Slow thing', median: 123.4, p95: 150, unit: 'ms', budget: 100, pass: false },
  ];

  it('prints an aligned table with PASS and FAIL', () => {
    expect(formatTable(results).split('\n')).toEqual([
      'id            label         median    p95  unit   budget  result',
      '------------  ------------  ------  -----  ----  -------  ------',
      'regions.load  Load regions   0.421  0.500  s     ≤ 1.000  PASS',
      'x.slow        Slow thing       123    150  ms      ≤ 100  FAIL',
    ]);
  });

  it('writes exactly the JSON fields issues compare', () => {
    expect(JSON.parse(jsonReport(results))).toEqual({ figures: results });
    const [first] = (JSON.parse(jsonReport(results)) as { figures: object[] }).figures;
    expect(Object.keys(first as object)).toEqual(['id', 'label', 'median', 'p95', 'unit', 'budget', 'pass']);
  });
});
