import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseBenchArgs } from './args';
import type { Figure, FigureResult } from './figure';
import { FIGURES } from './figures';
import { measureFigure } from './measure';
import { formatRatio, formatTable, formatValue, jsonReport, machineInfo, machineSummary } from './report';

function select(only: string[] | null): readonly Figure[] {
  if (!only) return FIGURES;
  const unknown = only.filter((id) => !FIGURES.some((figure) => figure.id === id));
  if (unknown.length) {
    throw new Error(`Unknown figure ${unknown.join(', ')}; known: ${FIGURES.map((f) => f.id).join(', ')}`);
  }
  return FIGURES.filter((figure) => only.includes(figure.id));
}

/**
 * `npm run bench [-- --json FILE] [--only ID[,ID]] [--runs N]`. A missed budget is reported, not
 * an error: the exit code is non-zero only when the bench itself could not run.
 */
async function main(): Promise<number> {
  const args = parseBenchArgs(process.argv.slice(2));
  const figures = select(args.only);
  const loadStart = loadavg();
  console.log(machineSummary(machineInfo(loadStart)));
  const results: FigureResult[] = [];
  let broken = 0;
  for (const figure of figures) {
    const runs = args.runs ?? figure.runs;
    process.stdout.write(`${figure.id}: ${runs} runs… `);
    try {
      const result = await measureFigure(figure, runs);
      results.push(result);
      console.log(
        `median ${formatValue(result.median)} ${result.unit}, floor ${formatValue(result.floor)}, ratio ${formatRatio(result.ratio)}`,
      );
    } catch (error) {
      broken++;
      console.log('error');
      console.error(`${figure.id} could not be measured:`, error);
    }
  }
  const machine = machineInfo(loadStart);
  console.log(
    `\n${formatTable(results)}\n\nLoad average at the end: ${machine.loadEnd.map((l) => l.toFixed(2)).join(' ')}`,
  );
  if (args.json) {
    writeFileSync(args.json, jsonReport(results, machine));
    console.log(`\nWrote ${args.json}`);
  }
  return broken ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
