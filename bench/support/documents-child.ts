import { bareDocumentOf, renderBare } from '../floors/bare-document';
import { matrixModel } from './documents';
import { renderDocument, type DocumentFormat } from './documents-render';
import { peakGrowthMb } from './peak-memory';

/**
 * Run in a child process by the `*.table3000.mem` figures: renders the landscape matrix once and
 * prints how far the peak resident memory rose above the level before rendering, in MB. A fresh
 * process keeps other figures' garbage out of the number. With `bare` it draws the same cells as
 * a bare table instead (the figures' floor).
 */
async function main(): Promise<void> {
  const [format, rows, mode] = process.argv.slice(2);
  if (format !== 'pdf' && format !== 'docx') throw new Error(`Unknown format ${format}`);
  const model = matrixModel(Number(rows));
  if (mode === 'bare') {
    const bare = bareDocumentOf(model);
    await renderBare(format, bareDocumentOf(matrixModel(1)));
    console.log(JSON.stringify(await peakGrowthMb(() => renderBare(format, bare))));
    return;
  }
  // Fonts are loaded before the baseline: they stay loaded in the app as well.
  await renderDocument(format as DocumentFormat, matrixModel(1));
  console.log(JSON.stringify(await peakGrowthMb(() => renderDocument(format as DocumentFormat, model))));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
