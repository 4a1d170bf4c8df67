import { localDateIn } from '../../../shared/domain/overdue';
import { repositoriesOf } from '../../db/repositories';
import { exportDirectory } from '../../directory-files/export';
import { importDirectory } from '../../directory-files/service';
import { nowOf } from '../context';
import type { HandlerGroup } from '../handler-types';
import { officeZoneOf } from './follow-up-support';

/** The directory from and to Excel (issue 12, part 5). */
export const directoryFilesHandlers: HandlerGroup<'directory.importXlsx' | 'directory.exportXlsx'> = {
  'directory.importXlsx': (input, ctx) => importDirectory(ctx.db, input),
  'directory.exportXlsx': (input, ctx) =>
    exportDirectory(ctx.db, input.includeContacts, localDateIn(officeZoneOf(repositoriesOf(ctx.db)), nowOf(ctx))),
};
