import { localDateIn } from '../../../shared/domain/overdue';
import { repositoriesOf } from '../../db/repositories';
import { exportDirectory } from '../spreadsheet/export';
import { importDirectory } from '../spreadsheet/service';
import type { HandlerGroup } from '../../api/handler-types';
import { officeZoneOf } from '../../commitments/follow-up';

/** The directory from and to Excel (issue 12, part 5). */
export const directorySpreadsheetHandlers: HandlerGroup<'directory.importXlsx' | 'directory.exportXlsx'> = {
  'directory.importXlsx': (input, ctx) => importDirectory(ctx, input),
  'directory.exportXlsx': (input, ctx) =>
    exportDirectory(ctx, input.includeContacts, localDateIn(officeZoneOf(repositoriesOf(ctx)), ctx.now())),
};
