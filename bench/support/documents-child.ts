import { matrixModel } from './documents';
import { renderDocument, type DocumentFormat } from './documents-render';

/**
 * Run in a child process by the `*.table3000.mem` figures: renders the landscape matrix once and
 * prints how far the peak resident memory rose above the level before rendering, in MB. A fresh
 * process keeps other figures' garbage out of the number.
 */
async function main(): Promise<void> {
  const [format, rows] = process.argv.slice(2);
  if (format !== 'pdf' && format !== 'docx') throw new Error(`Unknown format ${format}`);
  const model = matrixModel(Number(rows));
  // Fonts are loaded before the baseline: they stay loaded in the app as well.
  await renderDocument(format as DocumentFormat, matrixModel(1));
  globalThis.gc?.();
  const baseline = process.memoryUsage().rss;
  const bytes = (await renderDocument(format as DocumentFormat, model)).length;
  // maxRSS (kB) is the peak of the whole process: measured from the baseline it can only overstate the growth.
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ extraMb: Math.max(0, peak - baseline) / 1024 / 1024, bytes }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
