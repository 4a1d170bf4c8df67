import type { ApprovalCheck } from '../../shared/documents/signature';
import { signerGaps } from '../../shared/documents/signature';
import { minutesSigners } from '../../shared/documents/reports/notulen';
import type { DataContext } from '../db/clock';
import { repositoriesOf } from '../db/repositories';
import { readWorkspace } from '../meetings/workspace';

/**
 * What the approved minutes' signatures would lack, checked against the directory before the
 * chair approves: approved minutes keep the pangkat and NIP they were approved with, so a gap
 * found afterwards means unlocking them again.
 */
export function approvalCheck(ctx: DataContext, meetingId: string): ApprovalCheck {
  const repos = repositoriesOf(ctx);
  const workspace = readWorkspace(ctx, meetingId);
  const signers = minutesSigners(workspace).flatMap((signer) => {
    if (!signer.name) return [];
    const person = signer.personId ? repos.people.get(signer.personId) : null;
    const missing = signerGaps(signer.position, person ? { rank: person.rank, nip: person.nip } : null);
    return missing.length ? [{ role: signer.role, name: signer.name, personId: person?.id ?? null, missing }] : [];
  });
  return { signers };
}
