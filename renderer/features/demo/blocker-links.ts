import type { DemoBlocker } from '../../../shared/domain/demo';
import { directoryPath, meetingPath, planPath, ROUTES } from '../../app/routes';
import { usePeopleList } from '../../stores/directory';
import { useLedger } from '../../stores/ledger';

/** Uses that are fixed during or after the meeting (minutes, commitments), not while preparing it. */
const CONDUCT_USES = new Set<DemoBlocker['use']>([
  'speaker',
  'commitmentInstitution',
  'commitmentContact',
  'commitmentPlanRow',
]);

/**
 * Where the user fixes a blocker: the meeting tab that holds the use, the plan's grid, the
 * person in the directory (found by name), or the commitment in the ledger. `open` prepares the
 * screen (a search, a selection) just before the link is followed.
 */
export function blockerLink(blocker: DemoBlocker): { href: string; open: () => void } {
  switch (blocker.kind) {
    case 'meeting':
      return {
        href: meetingPath(blocker.id, CONDUCT_USES.has(blocker.use) ? 'pelaksanaan' : 'persiapan'),
        open: () => undefined,
      };
    case 'plan':
      return { href: planPath(blocker.id), open: () => undefined };
    case 'person':
      return {
        href: directoryPath('orang'),
        open: () => usePeopleList.getState().setFilters({ query: blocker.name }),
      };
    case 'commitment':
      return { href: ROUTES.commitments, open: () => useLedger.getState().select(blocker.id) };
  }
}
