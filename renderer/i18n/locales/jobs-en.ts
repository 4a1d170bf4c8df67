import type { jobsId } from './jobs-id';

/** English texts of issue 17's jobs; the same shape as jobs-id.ts. */
export const jobsEn: typeof jobsId = {
  jobs: {
    region: 'Running jobs',
    kind: {
      ledgerXlsx: 'Commitment list export (XLSX)',
      planXlsx: 'Action plan export (XLSX)',
      planDocument: 'Action plan matrix print',
      commitmentReport: 'Commitment follow-up report',
      semesterReport: 'Semester report',
      directoryXlsx: 'Directory export (XLSX)',
      progressForms: 'Commitment progress forms',
      exchangeExport: 'Data package for another office',
      exchangeImport: 'Receiving a data package',
      backup: 'Data backup',
      restore: 'Data restore',
    },
    running: 'Working…',
    percent: '{{percent}}%',
    rows: '{{done}} of {{total}} rows',
    done: 'Done',
    failed: 'Failed',
    cancelled: 'Cancelled. No file was saved.',
    cancel: 'Cancel',
    save: 'Save file',
    replacing: 'Replacing the data… (can no longer be cancelled)',
    restored: 'The data has been restored.',
    openBackups: 'View backups',
    openExchange: 'View the import report',
    close: 'Close notice',
    cancelledShort: 'Cancelled',
    restoreCancelled: 'Cancelled. The data was not changed.',
    reportForm: {
      label: 'Report form',
      full: 'Full',
      summary: 'Summary',
      fullHint: 'Every commitment is printed with its latest progress.',
      summaryHint:
        'Counts per institution and status, then only the commitments not yet done. Suggested for long periods (e.g. a regency’s year).',
    },
    error: {
      unknown: 'This job is no longer known (the app may have restarted). Run it again.',
      noFile: 'The file of this job is no longer there. Run it again.',
      failed: 'The job failed. Try again; if it keeps failing, tell the app administrator.',
    },
  },
};
