import { formatRatio, formatValue, type MachineInfo, type ReportedFigure } from './report';

/** A file `npm run bench -- --json FILE` wrote (files from before the floors have no ratios or machine). */
export interface BenchFile {
  machine?: MachineInfo;
  figures: ReportedFigure[];
}

export function parseBenchFile(text: string, name = 'the file'): BenchFile {
  const parsed = JSON.parse(text) as Partial<BenchFile>;
  if (!Array.isArray(parsed.figures)) throw new Error(`${name} holds no "figures"`);
  return { ...(parsed.machine ? { machine: parsed.machine } : {}), figures: parsed.figures };
}

/** How far apart two ratios are, relative to the smaller one (0.25 = 25 %). */
export function spread(a: number, b: number): number {
  return Math.abs(a - b) / Math.min(a, b);
}

/**
 * Two runs side by side, figure by figure: each run's median, floor and ratio, and how far apart
 * the ratios are. `limit` (0.25) marks the figures whose ratios differ by more.
 */
export function formatComparison(a: BenchFile, b: BenchFile, limit = 0.25): string {
  const header = ['id', 'unit', 'median A', 'floor A', 'ratio A', 'median B', 'floor B', 'ratio B', 'apart', ''];
  const rows: string[][] = [];
  for (const first of a.figures) {
    const second = b.figures.find((figure) => figure.id === first.id);
    if (!second) continue;
    const apart = first.ratio === undefined || second.ratio === undefined ? null : spread(first.ratio, second.ratio);
    const value = (v: number | undefined, format: (n: number) => string) => (v === undefined ? '—' : format(v));
    rows.push([
      first.id,
      first.unit,
      formatValue(first.median),
      value(first.floor, formatValue),
      value(first.ratio, formatRatio),
      formatValue(second.median),
      value(second.floor, formatValue),
      value(second.ratio, formatRatio),
      apart === null ? '—' : `${(apart * 100).toFixed(0)} %`,
      apart !== null && apart > limit ? `> ${(limit * 100).toFixed(0)} %` : '',
    ]);
  }
  const widths = header.map((h, col) => Math.max(h.length, ...rows.map((row) => (row[col] as string).length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, col) => (col < 2 ? cell.padEnd(widths[col] as number) : cell.padStart(widths[col] as number)))
      .join('  ')
      .trimEnd();
  return [
    line(header),
    widths
      .map((w) => '-'.repeat(w))
      .join('  ')
      .trimEnd(),
    ...rows.map(line),
  ].join('\n');
}
