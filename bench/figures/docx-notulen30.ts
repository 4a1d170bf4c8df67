import { notulen } from '../../shared/documents/reports/notulen';
import { timeSeconds, type Figure } from '../figure';
import { bareDocumentFloor } from '../floors/bare-document';
import { BENCH_SETTINGS, longMeeting } from '../support/documents';
import { renderDocument } from '../support/documents-render';

/** The minutes of a long meeting (30 agenda items, 200 entries) built and written as DOCX. */
export const docxNotulen30: Figure = {
  id: 'docx.notulen30',
  label: 'Notulen DOCX, 30 agenda items and 200 entries',
  unit: 's',
  budget: 0.3,
  ratioBudget: 3,
  runs: 10,
  floor: bareDocumentFloor('docx', () => notulen(longMeeting(30, 200), BENCH_SETTINGS)),
  sample: async () => {
    const workspace = longMeeting(30, 200);
    await renderDocument('docx', notulen(longMeeting(1, 1), BENCH_SETTINGS));
    return timeSeconds(() => renderDocument('docx', notulen(workspace, BENCH_SETTINGS)));
  },
};
