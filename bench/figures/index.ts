import type { Figure } from '../figure';
import { backupFull } from './backup-full';
import { dashboardAggregates } from './dashboard-aggregates';
import { docxNotulen30 } from './docx-notulen30';
import { docxTable3000 } from './docx-table3000';
import { docxTable3000Memory } from './docx-table3000-mem';
import { generatorFull } from './generator-full';
import { ledgerPage } from './ledger-page';
import { meetingOpen } from './meeting-open';
import { meetingsPage } from './meetings-page';
import { pdfNotulen30 } from './pdf-notulen30';
import { pdfTable3000 } from './pdf-table3000';
import { pdfTable3000Memory } from './pdf-table3000-mem';
import { regionsLoad } from './regions-load';
import { rendererJsGzip } from './renderer-js';
import { searchTop50 } from './search-top50';

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
  rendererJsGzip,
  backupFull,
];
