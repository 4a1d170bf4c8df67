import { writeFileSync } from 'node:fs';
import { renderDocx } from '../../../electron/documents/docx';
import { loadFontFamily } from '../../../electron/documents/fonts';
import { renderPdf } from '../../../electron/documents/pdf';
import { rateChart } from '../../../shared/documents/charts';
import { notulen } from '../../../shared/documents/reports/notulen';
import { KELARA_SETTINGS, SEED_SIGNERS, seedWorkspace } from './documents-fixture';

/**
 * Bundled by documents-bundle.test.ts the way electron-vite bundles the main process, then run
 * with plain Node: `node bundle.mjs <resourcesDir> <out.pdf> <out.docx>`.
 */
const [resourcesDir = '', pdfFile = '', docxFile = ''] = process.argv.slice(2);
const fonts = loadFontFamily(resourcesDir);
const minutes = notulen(seedWorkspace(), KELARA_SETTINGS, { signers: SEED_SIGNERS });
// A chart too: its PNG text is drawn with fontkit, which must work from the bundle.
const chart = rateChart([{ label: 'Kesehatan', rate: 0.5, caption: '(1/2)' }], 150, 'Capaian per sektor');
const model = { ...minutes, body: [...minutes.body, chart] };
writeFileSync(pdfFile, await renderPdf(model, fonts));
writeFileSync(docxFile, await renderDocx(model, fonts));
