import type { InputOf } from '../../shared/api/contract';
import type { Figure } from '../figure';
import { exchangeBench } from '../exchange/installations';
import { datasetCallsFigure } from './follow-up-dispatch';
import { checkLedgerPage, filtersOf } from './ledger-page';

const CALLS = 200;
const WARM_UP = 40;

/**
 * `commitments.ledger` on the kabupaten installation holding all 11 kecamatan's packages: the
 * filters and sorts of `ledger.page.p95`, every second call also filtered by one office (the
 * kabupaten's own, or a kecamatan office's, in turn). One sample is the p95 of 200 pages of 100
 * rows with their total, after a warm-up; the floor, the p95 of their SQL run directly.
 */
export const kabupatenLedgerPage: Figure = {
  id: 'kabupaten.ledger.page.p95',
  label: "Ledger page at the kabupaten holding 11 kecamatan's packages, office filters included, p95",
  unit: 'ms',
  budget: 20,
  ratioBudget: 2,
  runs: 5,
  ...datasetCallsFigure({
    method: 'commitments.ledger',
    file: async () => (await exchangeBench()).kabupatenAll,
    inputs(db) {
      const institutions = db.prepare('SELECT id FROM institutions ORDER BY id').pluck().all() as string[];
      const offices = db.prepare('SELECT id FROM offices ORDER BY level, area_code').pluck().all() as string[];
      return Array.from({ length: CALLS }, (_, call): InputOf<'commitments.ledger'> => {
        const filters = filtersOf(call, institutions);
        return call % 2 === 1 ? { ...filters, officeId: offices[Math.floor(call / 2) % offices.length] } : filters;
      });
    },
    warmUp: WARM_UP,
    check: checkLedgerPage,
  }),
};
