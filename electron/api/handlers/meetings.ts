import { AppError } from '../../../shared/api/result';
import { timeZoneOfCode } from '../../../shared/domain/areas';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { MeetingFields } from '../../db/repositories/meetings';
import { repositoriesOf, type Repositories } from '../../db/repositories';
import { notFound, unknownReference } from '../errors';
import type { HandlerGroup } from '../handler-types';

type MeetingInput = Omit<ParsedInputOf<'meetings.create'>, 'timeZone'> & {
  timeZone?: MeetingFields['timeZone'] | undefined;
};

/** Checks references and fills the time zone from the first area when the caller gave none. */
function meetingFieldsOf(repos: Repositories, input: MeetingInput): MeetingFields {
  input.areaCodes.forEach((code, index) => {
    if (!repos.areas.exists(code)) throw unknownReference(`areaCodes.${index}`, 'validation.areaUnknown');
  });
  if (input.chairPersonId && !repos.people.get(input.chairPersonId)) {
    throw unknownReference('chairPersonId', 'validation.personUnknown');
  }
  if (input.minuteTakerPersonId && !repos.people.get(input.minuteTakerPersonId)) {
    throw unknownReference('minuteTakerPersonId', 'validation.personUnknown');
  }
  const firstArea = input.areaCodes[0] ?? '';
  return { ...input, timeZone: input.timeZone ?? timeZoneOfCode(firstArea) };
}

function assertEditable(repos: Repositories, id: string): void {
  const status = repos.meetings.status(id);
  if (status === null) throw notFound('meeting');
  if (status === 'approved') throw new AppError('LOCKED', 'error.meetingLocked');
}

export const meetingsHandlers: HandlerGroup<
  'meetings.list' | 'meetings.get' | 'meetings.create' | 'meetings.update' | 'meetings.delete'
> = {
  'meetings.list': (input, ctx) => repositoriesOf(ctx.db).meetings.list(input),

  'meetings.get': (input, ctx) => {
    const meeting = repositoriesOf(ctx.db).meetings.get(input.id);
    if (!meeting) throw notFound('meeting');
    return meeting;
  },

  'meetings.create': (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    return repos.meetings.create(meetingFieldsOf(repos, input));
  },

  'meetings.update': (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    const { id, ...rest } = input;
    assertEditable(repos, id);
    const updated = repos.meetings.update(id, meetingFieldsOf(repos, rest));
    if (!updated) throw notFound('meeting');
    return updated;
  },

  'meetings.delete': (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    assertEditable(repos, input.id);
    repos.meetings.remove(input.id);
    return { id: input.id };
  },
};
