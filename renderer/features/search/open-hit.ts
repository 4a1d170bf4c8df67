import type { SearchHit } from '../../../shared/domain/follow-up';
import { directoryPath, meetingPath, planPath, ROUTES } from '../../app/routes';
import { usePeopleList } from '../../stores/directory';
import { useLedger } from '../../stores/ledger';
import { useMeetingWorkspace } from '../../stores/meeting-workspace';
import { usePlanGrid } from '../plans/grid/store';

/**
 * Opens the exact place of a search hit: the meeting tab, scrolled to the entry; the commitment;
 * the person in the directory; the plan with the row's details.
 */
export function openHit(hit: SearchHit, navigate: (to: string) => void): void {
  if (hit.kind === 'commitment') {
    useLedger.getState().select(hit.id);
    navigate(ROUTES.commitments);
    return;
  }
  if (hit.kind === 'person') {
    usePeopleList.getState().setFilters({ query: hit.title });
    navigate(directoryPath('orang'));
    return;
  }
  if (hit.kind === 'plan_row') {
    if (!hit.planId) return;
    usePlanGrid.getState().reveal(hit.id);
    navigate(planPath(hit.planId));
    return;
  }
  const meetingId = hit.kind === 'meeting' ? hit.id : hit.meetingId;
  if (!meetingId) return;
  const tab = hit.kind === 'minutes' || hit.kind === 'decision' ? 'pelaksanaan' : 'persiapan';
  useMeetingWorkspace.getState().setTarget(hit.kind === 'meeting' ? null : hit.id);
  navigate(meetingPath(meetingId, tab));
}
