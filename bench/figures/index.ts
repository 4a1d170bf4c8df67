import type { Figure } from '../figure';
import { backupFull } from './backup-full';
import { dashboardAggregates } from './dashboard-aggregates';
import { docxNotulen30 } from './docx-notulen30';
import { docxTable3000 } from './docx-table3000';
import { docxTable3000Memory } from './docx-table3000-mem';
import { docxPlan3000 } from './docx-plan3000';
import { docxPlan3000Memory } from './docx-plan3000-mem';
import { docxSemester } from './docx-semester';
import { exchangeExportFull } from './exchange-export-full';
import { exchangeImportFull } from './exchange-import-full';
import { exchangeImportWeek } from './exchange-import-week';
import { exchangePackageMb } from './exchange-package-mb';
import { followupFormImport } from './followup-form-import';
import { followupFormsAll } from './followup-forms-all';
import { generatorFull } from './generator-full';
import { hostLatencyDuringJob } from './host-latency-during-job';
import { hostRssTour } from './host-rss-tour';
import { kabupatenDashboard } from './kabupaten-dashboard';
import { kabupatenLedgerPage } from './kabupaten-ledger-page';
import { ledgerPage } from './ledger-page';
import { meetingOpen } from './meeting-open';
import { meetingsPage } from './meetings-page';
import { pdfNotulen30 } from './pdf-notulen30';
import { pdfTable3000 } from './pdf-table3000';
import { pdfTable3000Memory } from './pdf-table3000-mem';
import { pdfPlan3000 } from './pdf-plan3000';
import { pdfPlan3000Memory } from './pdf-plan3000-mem';
import { pdfSemester } from './pdf-semester';
import { planLoad3000 } from './plan-load3000';
import { planTotalsFigure } from './plan-totals';
import { planXlsx3000 } from './plan-xlsx3000';
import { previewLedger } from './preview-ledger';
import { regionsLoad } from './regions-load';
import { reportYear } from './report-year';
import { rendererJsGzip } from './renderer-js';
import { searchTop50 } from './search-top50';
import { uiDashboard } from './ui-dashboard';
import { uiCoverage } from './ui-coverage';
import { uiMeetingConduct } from './ui-meeting-conduct';

/** Every figure `npm run bench` knows, in the order it runs and prints them. Add new ones here. */
export const FIGURES: readonly Figure[] = [
  regionsLoad,
  generatorFull,
  meetingsPage,
  ledgerPage,
  dashboardAggregates,
  searchTop50,
  meetingOpen,
  docxNotulen30,
  pdfNotulen30,
  docxTable3000,
  pdfTable3000,
  docxTable3000Memory,
  pdfTable3000Memory,
  planLoad3000,
  planTotalsFigure,
  planXlsx3000,
  docxPlan3000,
  pdfPlan3000,
  docxPlan3000Memory,
  pdfPlan3000Memory,
  pdfSemester,
  docxSemester,
  rendererJsGzip,
  previewLedger,
  uiDashboard,
  uiMeetingConduct,
  uiCoverage,
  backupFull,
  followupFormsAll,
  followupFormImport,
  hostLatencyDuringJob,
  reportYear,
  hostRssTour,
  exchangeExportFull,
  exchangePackageMb,
  exchangeImportFull,
  exchangeImportWeek,
  kabupatenDashboard,
  kabupatenLedgerPage,
];
