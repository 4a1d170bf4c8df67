import { readFileSync } from 'node:fs';
import { formatComparison, parseBenchFile, type BenchFile } from './compare';
import { formatTable, machineSummary } from './report';

function describe(name: string, file: BenchFile): string {
  const machine = file.machine;
  if (!machine) return `${name}: no machine recorded`;
  return `${name}: ${machineSummary(machine)} → ${machine.loadEnd.map((l) => l.toFixed(2)).join(' ')}`;
}

/**
 * `npm run bench:read -- FILE` prints a run's table (time, floor, ratio and budgets side by side);
 * `npm run bench:read -- A B` compares two runs' ratios figure by figure.
 */
function main(argv: readonly string[]): number {
  if (argv.length < 1 || argv.length > 2) {
    console.error('Usage: npm run bench:read -- FILE [OTHER_FILE]');
    return 2;
  }
  const files = argv.map((name) => ({ name, file: parseBenchFile(readFileSync(name, 'utf8'), name) }));
  for (const { name, file } of files) console.log(describe(name, file));
  const [a, b] = files;
  if (!a) return 2;
  console.log(`\n${b ? formatComparison(a.file, b.file) : formatTable(a.file.figures)}`);
  return 0;
}

process.exit(main(process.argv.slice(2)));
