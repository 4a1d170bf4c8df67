import type { ParsedInputOf } from '../../shared/api/contract';
import type { AgendaFields } from './repositories/agenda';
import type { Repositories } from '../db/repositories';
import { checkInstitution, checkPerson } from './guard';

/** The rules of agenda items: their fields and presenters. */

type AgendaInput = ParsedInputOf<'agenda.update'>;

export function agendaFieldsOf(input: Omit<AgendaInput, 'id'>): AgendaFields {
  return {
    kind: input.kind,
    title: input.title,
    presenterPersonId: input.presenterPersonId,
    presenterInstitutionId: input.presenterInstitutionId,
    startTime: input.startTime,
    durationMinutes: input.durationMinutes,
    notes: input.notes,
  };
}

/** The presenter must be in the directory (unless the item already named them before they were removed). */
export function checkPresenter(repos: Repositories, fields: AgendaFields, current?: AgendaFields | null): void {
  checkPerson(repos, fields.presenterPersonId, 'presenterPersonId', current?.presenterPersonId);
  checkInstitution(repos, fields.presenterInstitutionId, 'presenterInstitutionId', current?.presenterInstitutionId);
}
