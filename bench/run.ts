import { writeFileSync } from 'node:fs';
import { parseBenchArgs } from './args';
import type { Figure, FigureResult } from './figure';
import { FIGURES } from './figures';
import { formatTable, formatValue, jsonReport, machineSummary } from './report';
import { median, percentile } from './stats';

async function measure(figure: Figure, runs: number): Promise<FigureResult> {
  const samples: number[] = [];
  await figure.setup?.();
  try {
    for (let i = 0; i < runs; i++) samples.push(await figure.sample());
  } finally {
    await figure.teardown?.();
  }
  const mid = median(samples);
  return {
    id: figure.id,
    label: figure.label,
    median: mid,
    p95: percentile(samples, 95),
    unit: figure.unit,
    budget: figure.budget,
    pass: mid <= figure.budget,
  };
}

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
  console.log(machineSummary());
  const results: FigureResult[] = [];
  let broken = 0;
  for (const figure of figures) {
    const runs = args.runs ?? figure.runs;
    process.stdout.write(`${figure.id}: ${runs} runs… `);
    try {
      const result = await measure(figure, runs);
      results.push(result);
      console.log(`median ${formatValue(result.median)} ${result.unit}`);
    } catch (error) {
      broken++;
      console.log('error');
      console.error(`${figure.id} could not be measured:`, error);
    }
  }
  console.log(`\n${formatTable(results)}`);
  if (args.json) {
    writeFileSync(args.json, jsonReport(results));
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
