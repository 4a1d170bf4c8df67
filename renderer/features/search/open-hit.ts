import type { SearchHit } from '../../../shared/domain/follow-up';
import { meetingPath, ROUTES } from '../../app/routes';
import { useLedger } from '../../stores/ledger';
import { useMeetingWorkspace } from '../../stores/meeting-workspace';

/** Opens the exact place of a search hit: the meeting tab, scrolled to the entry; or the commitment. */
export function openHit(hit: SearchHit, navigate: (to: string) => void): void {
  if (hit.kind === 'commitment') {
    useLedger.getState().select(hit.id);
    navigate(ROUTES.commitments);
    return;
  }
  const meetingId = hit.kind === 'meeting' ? hit.id : hit.meetingId;
  if (!meetingId) return;
  const tab = hit.kind === 'minutes' || hit.kind === 'decision' ? 'pelaksanaan' : 'persiapan';
  useMeetingWorkspace.getState().setTarget(hit.kind === 'meeting' ? null : hit.id);
  navigate(meetingPath(meetingId, tab));
}
