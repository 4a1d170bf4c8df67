import { planMatrixModel, closePlanBench } from './support/plan-bench';
import { reactPdfEstimate, mainTable } from './peers/react-pdf-table';
const model = await planMatrixModel();
console.log('rows', mainTable(model).rows.length, 'cols', mainTable(model).columns.length);
const t = performance.now();
const e = await reactPdfEstimate(model);
console.log(JSON.stringify(e), ((performance.now() - t) / 1000).toFixed(1), 's total');
await closePlanBench();
process.exit(0);
