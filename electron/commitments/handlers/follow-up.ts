import type { HandlerGroup } from '../../api/handler-types';
import { notFound } from '../../api/errors';
import { repositoriesOf } from '../../db/repositories';
import { readEvidence } from '../evidence';
import { carryOver, clockOf, commitmentDetail, ledgerFilterOf, setCommitmentStatus } from '../follow-up';
import { addProgressUpdate } from '../progress';

/**
 * Follow-up of commitments across meetings: the ledger, a commitment's detail, status and
 * progress (allowed after the commitment's meeting is approved: its wording stays locked, its
 * status moves), the carry-over review of the next meeting, the XLSX export and evidence files.
 */
export const followUpHandlers: HandlerGroup<
  | 'commitments.ledger'
  | 'commitments.detail'
  | 'commitments.setStatus'
  | 'commitments.addUpdate'
  | 'commitments.carryOver'
  | 'evidence.download'
> = {
  'commitments.ledger': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    const page = { sort: input.sort, limit: input.limit, offset: input.offset };
    return repos.ledger.page(ledgerFilterOf(input), page, clockOf(ctx, repos));
  },

  'commitments.detail': (input, ctx) => commitmentDetail(ctx, repositoriesOf(ctx), input.id),

  'commitments.setStatus': (input, ctx) =>
    ctx.db.transaction(() => setCommitmentStatus(ctx, repositoriesOf(ctx), input))(),

  'commitments.addUpdate': (input, ctx) => addProgressUpdate(ctx, input),

  'commitments.carryOver': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return carryOver(clockOf(ctx, repos), repos, input);
  },

  /** An evidence file, checked against the size and SHA-256 recorded when it was stored. */
  'evidence.download': async (input, ctx) => {
    const file = repositoriesOf(ctx).progress.evidence(input.id);
    if (!file) throw notFound('evidence');
    const bytes = await readEvidence(ctx.dataDir, file);
    return {
      fileName: file.originalName,
      mediaType: file.mediaType ?? 'application/octet-stream',
      dataBase64: bytes.toString('base64'),
    };
  },
};
