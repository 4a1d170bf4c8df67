import { cpus, loadavg } from 'node:os';
import type { FigureResult } from './figure';

/** A figure as a JSON file holds it: files written before floors existed lack the ratio fields. */
export type ReportedFigure = Pick<FigureResult, 'id' | 'label' | 'median' | 'p95' | 'unit' | 'budget' | 'pass'> &
  Partial<FigureResult>;

/** What the run was measured on; the load average tells a quiet run from a busy one. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  node: string;
  platform: string;
  /** 1, 5 and 15-minute load averages when the run started and when it ended. */
  loadStart: number[];
  loadEnd: number[];
}

export function machineInfo(loadStart: number[] = loadavg()): MachineInfo {
  const cores = cpus();
  return {
    cpu: cores[0]?.model.trim() || 'unknown CPU',
    cores: cores.length,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    loadStart,
    loadEnd: loadavg(),
  };
}

function loads(values: readonly number[]): string {
  return values.map((value) => value.toFixed(2)).join(' ');
}

export function machineSummary(machine: MachineInfo = machineInfo()): string {
  return `CPU: ${machine.cpu}, ${machine.cores} cores; Node ${machine.node}; ${machine.platform}; load ${loads(machine.loadStart)}`;
}

/** Enough digits to compare runs without implying more precision than the clock has. */
export function formatValue(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(3);
}

/** Ratios and speedups: two decimals where a tenth matters, fewer for large ones. */
export function formatRatio(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

const HEADER = ['id', 'unit', 'median', 'p95', 'budget', 'floor', 'ratio', 'ratio budget', 'peer', 'speedup', 'result'];
/** Right-aligned columns: the numbers. */
const NUMERIC = new Set([2, 3, 4, 5, 6, 7, 8, 9]);

function rowOf(r: ReportedFigure): string[] {
  const within = r.withinBudget ?? (r.budget === null || r.median <= r.budget);
  return [
    r.id,
    r.unit,
    formatValue(r.median),
    formatValue(r.p95),
    r.budget === null ? '—' : `${within ? '≤' : '>'} ${formatValue(r.budget)}`,
    r.floor === undefined ? '—' : formatValue(r.floor),
    r.ratio === undefined ? '—' : formatRatio(r.ratio),
    r.ratioBudget === undefined ? '—' : `≤ ${formatRatio(r.ratioBudget)}`,
    r.peer === undefined ? '' : formatValue(r.peer),
    r.speedup === undefined ? '' : `${formatRatio(r.speedup)}× (≥ ${formatRatio(r.minSpeedup ?? 0)}×)`,
    r.pass ? 'PASS' : 'FAIL',
  ];
}

/**
 * The closing table: per figure its median and p95 against the time budget (`>` when over it:
 * informative, the machine moves it), the floor measured beside it, the ratio and its budget
 * (which decide PASS/FAIL), and for a figure with a peer the peer's value and the speedup over it.
 */
export function formatTable(results: readonly ReportedFigure[]): string {
  const rows = results.map(rowOf);
  const widths = HEADER.map((h, col) => Math.max(h.length, ...rows.map((row) => (row[col] as string).length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, col) =>
        NUMERIC.has(col) ? cell.padStart(widths[col] as number) : cell.padEnd(widths[col] as number),
      )
      .join('  ')
      .trimEnd();
  return [line(HEADER), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * The file `--json` writes. Each figure keeps the fields older readers compare (id, label,
 * median, p95, unit, budget, pass) and adds floor, ratio, ratioBudget and withinBudget, and for a
 * figure with a peer peer, speedup and minSpeedup. `machine` says what ran it and how busy it was.
 */
export function jsonReport(results: readonly FigureResult[], machine?: MachineInfo): string {
  const figures = results.map((r) => ({
    id: r.id,
    label: r.label,
    median: r.median,
    p95: r.p95,
    unit: r.unit,
    budget: r.budget,
    pass: r.pass,
    floor: r.floor,
    ratio: r.ratio,
    ratioBudget: r.ratioBudget,
    withinBudget: r.withinBudget,
    ...(r.peer === undefined ? {} : { peer: r.peer, speedup: r.speedup, minSpeedup: r.minSpeedup }),
  }));
  return `${JSON.stringify(machine ? { machine, figures } : { figures }, null, 2)}\n`;
}
