import { canApprove, canChangeStatus, canUnlock } from '../../../shared/domain/meeting-status';
import { durably } from '../../db/connection';
import { repositoriesOf } from '../../db/repositories';
import { notFound, refused } from '../../api/errors';
import type { HandlerGroup } from '../../api/handler-types';
import { approvalCheck } from '../../documents/signer-check';
import { readWorkspace, recordApprovedNames } from '../workspace';
import { inTransaction, writableMeeting } from '../guard';
import { checkInvitationNumber } from '../../letters/service';
import {
  duplicateMeeting,
  meetingFieldsOf,
  meetingOrNotFound,
  refuseHeldMeetingAhead,
  refuseIfAhead,
} from '../meetings';

export const meetingsHandlers: HandlerGroup<
  | 'meetings.list'
  | 'meetings.get'
  | 'meetings.create'
  | 'meetings.update'
  | 'meetings.delete'
  | 'meetings.workspace'
  | 'meetings.setStatus'
  | 'meetings.approvalCheck'
  | 'meetings.approve'
  | 'meetings.unlock'
  | 'meetings.updateSummary'
  | 'meetings.duplicate'
> = {
  'meetings.list': (input, ctx) => repositoriesOf(ctx).meetings.list(input),

  'meetings.get': (input, ctx) => meetingOrNotFound(repositoriesOf(ctx), input.id),

  'meetings.create': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    checkInvitationNumber(ctx, null, input.invitationNumber);
    return repos.meetings.create(meetingFieldsOf(repos, input));
  },

  'meetings.update': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    const { id, ...rest } = input;
    return inTransaction(ctx, () => {
      const { status } = writableMeeting(repos, id);
      checkInvitationNumber(ctx, id, rest.invitationNumber);
      const fields = meetingFieldsOf(repos, rest);
      refuseHeldMeetingAhead(ctx.now(), status, fields);
      const updated = repos.meetings.update(id, fields);
      if (!updated) throw notFound('meeting');
      return updated;
    });
  },

  'meetings.delete': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return inTransaction(ctx, () => {
      writableMeeting(repos, input.id);
      // Its commitments go with it: each leaves the ledger, so each timeline records the deletion.
      const commitments = repos.commitments.forMeeting(input.id);
      repos.meetings.remove(input.id);
      repos.history.record({ entity: 'meeting', entityId: input.id, action: 'delete', meetingId: input.id });
      for (const commitment of commitments) {
        repos.history.record({
          entity: 'commitment',
          entityId: commitment.id,
          action: 'delete',
          changes: { withMeeting: true },
          meetingId: input.id,
        });
      }
      return { id: input.id };
    });
  },

  /** Everything the workspace shows, read in one transaction so the parts agree with each other. */
  'meetings.workspace': (input, ctx) => readWorkspace(ctx, input.id),

  'meetings.setStatus': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return inTransaction(ctx, () => {
      const { status: from } = writableMeeting(repos, input.id);
      const to = input.status;
      if (!canChangeStatus(from, to))
        throw refused('statusTransition', {
          from: `meetingStatus.${from}`,
          to: `meetingStatus.${to}`,
        });
      if (to === 'held') refuseIfAhead(ctx.now(), meetingOrNotFound(repos, input.id));
      repos.meetings.setStatus(input.id, to);
      repos.history.record({
        entity: 'meeting',
        entityId: input.id,
        action: 'status',
        changes: { from, to },
        meetingId: input.id,
      });
      return meetingOrNotFound(repos, input.id);
    });
  },

  /** The chair's approval: held → approved, which locks the meeting. */
  'meetings.approvalCheck': (input, ctx) => {
    meetingOrNotFound(repositoriesOf(ctx), input.id);
    return approvalCheck(ctx, input.id);
  },

  'meetings.approve': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return durably(ctx.db, () =>
      inTransaction(ctx, () => {
        const from = repos.meetings.status(input.id);
        if (from === null) throw notFound('meeting');
        if (!canApprove(from)) throw refused('cannotApprove');
        refuseIfAhead(ctx.now(), meetingOrNotFound(repos, input.id));
        recordApprovedNames(ctx, input.id);
        repos.meetings.setStatus(input.id, 'approved', ctx.now().toISOString());
        repos.history.record({
          entity: 'meeting',
          entityId: input.id,
          action: 'approve',
          changes: { from, to: 'approved' },
          meetingId: input.id,
        });
        return meetingOrNotFound(repos, input.id);
      }),
    );
  },

  /** approved → held, with the reason kept in history; the meeting can be changed again. */
  'meetings.unlock': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return durably(ctx.db, () =>
      inTransaction(ctx, () => {
        const from = repos.meetings.status(input.id);
        if (from === null) throw notFound('meeting');
        if (!canUnlock(from)) throw refused('cannotUnlock');
        // Unlocked minutes can be corrected, names included: they follow the directory again.
        repos.recordedNames.forget(input.id);
        repos.meetings.setStatus(input.id, 'held', null);
        repos.history.record({
          entity: 'meeting',
          entityId: input.id,
          action: 'unlock',
          changes: { from, to: 'held' },
          reason: input.reason,
          meetingId: input.id,
        });
        return meetingOrNotFound(repos, input.id);
      }),
    );
  },

  'meetings.updateSummary': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return inTransaction(ctx, () => {
      writableMeeting(repos, input.id);
      repos.meetings.setSummary(input.id, { summary: input.summary, closingTime: input.closingTime });
      return meetingOrNotFound(repos, input.id);
    });
  },

  /** Allowed for an approved meeting too: the copy is a new draft and the source is only read. */
  'meetings.duplicate': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return inTransaction(ctx, () => duplicateMeeting(repos, input));
  },
};
