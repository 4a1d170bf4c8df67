import { notulen } from '../../shared/documents/reports/notulen';
import { timeSeconds, type Figure } from '../figure';
import { bareDocumentFloor } from '../floors/bare-document';
import { BENCH_SETTINGS, longMeeting } from '../support/documents';
import { renderDocument } from '../support/documents-render';

/** The minutes of a long meeting (30 agenda items, 200 entries) built and drawn as PDF. */
export const pdfNotulen30: Figure = {
  id: 'pdf.notulen30',
  label: 'Notulen PDF, 30 agenda items and 200 entries',
  unit: 's',
  budget: 1,
  ratioBudget: 3,
  runs: 10,
  floor: bareDocumentFloor('pdf', () => notulen(longMeeting(30, 200), BENCH_SETTINGS)),
  sample: async () => {
    const workspace = longMeeting(30, 200);
    await renderDocument('pdf', notulen(longMeeting(1, 1), BENCH_SETTINGS));
    return timeSeconds(() => renderDocument('pdf', notulen(workspace, BENCH_SETTINGS)));
  },
};
