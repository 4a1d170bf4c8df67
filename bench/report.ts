import { cpus } from 'node:os';
import type { FigureResult } from './figure';

export function machineSummary(): string {
  const cores = cpus();
  const model = cores[0]?.model.trim() || 'unknown CPU';
  return `CPU: ${model}, ${cores.length} cores; Node ${process.version}; ${process.platform}-${process.arch}`;
}

/** Enough digits to compare runs without implying more precision than the clock has. */
export function formatValue(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(3);
}

export function formatTable(results: readonly FigureResult[]): string {
  const header = ['id', 'label', 'median', 'p95', 'unit', 'budget', 'result'];
  const rows = results.map((r) => [
    r.id,
    r.label,
    formatValue(r.median),
    formatValue(r.p95),
    r.unit,
    `≤ ${formatValue(r.budget)}`,
    r.pass ? 'PASS' : 'FAIL',
  ]);
  const numeric = new Set([2, 3, 5]);
  const widths = header.map((h, col) => Math.max(h.length, ...rows.map((row) => (row[col] as string).length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, col) =>
        numeric.has(col) ? cell.padStart(widths[col] as number) : cell.padEnd(widths[col] as number),
      )
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The file `--json` writes: exactly the fields issues and CI compare. */
export function jsonReport(results: readonly FigureResult[]): string {
  const figures = results.map(({ id, label, median, p95, unit, budget, pass }) => ({
    id,
    label,
    median,
    p95,
    unit,
    budget,
    pass,
  }));
  return `${JSON.stringify({ figures }, null, 2)}\n`;
}
