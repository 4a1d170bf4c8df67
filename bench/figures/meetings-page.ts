import type { InputOf } from '../../shared/api/contract';
import { FIRST_YEAR, LAST_YEAR } from '../dataset/calendar';
import type { Figure } from '../figure';
import { datasetCallsFigure } from './follow-up-dispatch';

const CALLS = 200;
const WARM_UP = 20;
/** Kecamatan of Jeneponto: the area filter takes meetings of the kecamatan and of its desa. */
const KECAMATAN = Array.from({ length: 11 }, (_, i) => `73.04.${String(i + 1).padStart(2, '0')}`);
const QUERIES = ['rapat', 'tpps', 'rembuk', 'aula kantor camat', 'monitoring'];

/**
 * The filters of the meetings list as the screen sends them, rotating through the kecamatan,
 * the years and some search words: every filter at once, then the usual narrower combinations.
 */
function filtersOf(call: number): InputOf<'meetings.list'> {
  const year = FIRST_YEAR + (call % (LAST_YEAR - FIRST_YEAR + 1));
  const areaCode = KECAMATAN[call % KECAMATAN.length] as string;
  const query = QUERIES[call % QUERIES.length] as string;
  const range = { dateFrom: `${year}-01-01`, dateTo: `${year}-12-31` };
  const page = { limit: 50, offset: 0 };
  switch (call % 4) {
    case 0:
      return { status: 'approved', areaCode, ...range, query, ...page };
    case 1:
      return { status: 'approved', areaCode, ...range, ...page };
    case 2:
      return { areaCode, query, ...page };
    default:
      return { status: 'approved', ...page };
  }
}

/**
 * One page of the meetings list (50 rows and the total count) through the dispatcher with the
 * list's filters, on the cached ten-year dataset opened read-only. One sample is the p95 of 200
 * calls after a warm-up (the first calls prepare the statements); the floor, the p95 of their SQL
 * run directly.
 */
export const meetingsPage: Figure = {
  id: 'meetings.page.p95',
  label: 'Meetings list page with filters (10-year dataset), p95',
  unit: 'ms',
  budget: 20,
  ratioBudget: 2,
  runs: 5,
  ...datasetCallsFigure({
    method: 'meetings.list',
    inputs: () => Array.from({ length: CALLS }, (_, call) => filtersOf(call)),
    warmUp: WARM_UP,
    check(page) {
      if (page.items.length > 50 || page.total < page.items.length)
        throw new Error('meetings.list returned a bad page');
    },
  }),
};
