import type { ErasedField, EraseResult } from '../../shared/domain/privacy';
import { overwritingFreedSpace } from '../db/connection';
import { repositoriesOf } from '../db/repositories';
import { notFound, refused } from '../api/errors';
import type { HandlerGroup } from '../api/handler-types';

/**
 * Personal data (UU 27/2022): what the database holds, and the erasure of one person. An erased
 * person's record stays (meetings, attendance, minutes and commitments keep pointing at it, so
 * counts and documents stay whole, approved minutes included) but holds no personal value: the
 * name is replaced by ERASED_PERSON_NAME, NIP, rank, phone and e-mail are cleared. The history of
 * people records field names only, so it holds no value to scrub; the erase itself is recorded
 * the same way (action `erase`).
 */
export const privacyHandlers: HandlerGroup<'people.erase' | 'privacy.summary' | 'privacy.people'> = {
  'privacy.summary': (_input, ctx) => repositoriesOf(ctx).privacy.summary(),

  'privacy.people': (input, ctx) => repositoriesOf(ctx).privacy.list(input),

  'people.erase': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    return overwritingFreedSpace(ctx.db, () =>
      ctx.db.transaction((): EraseResult => {
        const person = repos.privacy.held(input.id);
        if (!person) throw notFound('person');
        if (person.erased) throw refused('personErased');
        const meetings = repos.privacy.meetingsOf(input.id);
        const cleared: ErasedField[] = repos.privacy.erase(input.id, input.keepPosition);
        if (!input.keepPosition && person.position !== null) cleared.push('position');
        repos.recordedNames.erasePerson(input.id, input.keepPosition);
        repos.history.record({ entity: 'person', entityId: input.id, action: 'erase', changes: { fields: cleared } });
        return { id: input.id, meetings, cleared };
      })(),
    );
  },
};
