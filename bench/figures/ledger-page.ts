import type { InputOf, OutputOf } from '../../shared/api/contract';
import type { Figure } from '../figure';
import { datasetCallsFigure } from './follow-up-dispatch';

const CALLS = 200;
const WARM_UP = 40;
const KECAMATAN = Array.from({ length: 11 }, (_, i) => `73.04.${String(i + 1).padStart(2, '0')}`);
const SECTORS = ['kesehatan', 'keluarga_berencana', 'pemerintahan', 'pkk', 'pemberdayaan_desa'] as const;
const WORDS = ['jamban', 'posyandu', 'data keluarga', 'pangan', 'stunting', 'kader tpk', 'elsimil', 'bantuan'];
const SORTS = ['due_asc', 'updated_desc', 'institution', 'meeting_desc', 'due_desc'] as const;
const OPEN = ['not_started', 'in_progress'] as const;

/**
 * The ledger as the screen asks for it while a user works: 100 rows and the total, rotating
 * through the filters (status, overdue, sector, institution, kecamatan, due dates, a search word)
 * and every sort, at the top of the list and scrolled down (offsets up to a few thousand rows).
 */
export function filtersOf(call: number, institutions: readonly string[]): InputOf<'commitments.ledger'> {
  const areaCode = KECAMATAN[call % KECAMATAN.length] as string;
  const sector = SECTORS[call % SECTORS.length];
  const query = WORDS[Math.floor(call / 8) % WORDS.length] as string;
  const sort = SORTS[call % SORTS.length];
  const institutionId = institutions[(call * 37) % institutions.length] as string;
  const offset = [0, 0, 100, 500, 2000][Math.floor(call / 5) % 5] as number;
  const page = { limit: 100, offset, sort };
  switch (call % 8) {
    case 0:
      return { ...page };
    case 1:
      return { statuses: [...OPEN], areaCode, ...page };
    case 2:
      return { overdueOnly: true, sector, ...page };
    case 3:
      return { institutionId, ...page, offset: 0 };
    case 4:
      return { query, ...page };
    case 5:
      return { statuses: ['done'], dueFrom: '2024-01-01', dueTo: '2024-12-31', ...page };
    case 6:
      return { areaCode, overdueOnly: true, query, ...page, offset: 0 };
    default:
      return { statuses: [...OPEN], sector, ...page };
  }
}

/** Throws when a ledger page is not one: more rows than asked for, or than its total. */
export function checkLedgerPage(page: OutputOf<'commitments.ledger'>): void {
  if (page.items.length > 100 || page.items.length > page.total)
    throw new Error('commitments.ledger returned a bad page');
}

/**
 * `commitments.ledger` through the dispatcher on the ten-year dataset (50,000 commitments,
 * 150,000 updates): one page of 100 rows with its total count. One sample is the p95 of 200
 * calls after a warm-up that prepares the statements; the floor, the p95 of their SQL run directly.
 */
export const ledgerPage: Figure = {
  id: 'ledger.page.p95',
  label: 'Commitment ledger page, 100 rows, filters and total (10-year dataset), p95',
  unit: 'ms',
  budget: 20,
  ratioBudget: 2,
  runs: 5,
  ...datasetCallsFigure({
    method: 'commitments.ledger',
    inputs(db) {
      const institutions = db.prepare('SELECT id FROM institutions ORDER BY id').pluck().all() as string[];
      return Array.from({ length: CALLS }, (_, call) => filtersOf(call, institutions));
    },
    warmUp: WARM_UP,
    check: checkLedgerPage,
  }),
};
