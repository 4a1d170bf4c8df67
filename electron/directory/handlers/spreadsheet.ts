import { importDirectory } from '../spreadsheet/service';
import type { HandlerGroup } from '../../api/handler-types';

/** The directory from Excel (issue 12, part 5); to Excel it is the job `directoryXlsx`. */
export const directorySpreadsheetHandlers: HandlerGroup<'directory.importXlsx'> = {
  'directory.importXlsx': (input, ctx) => importDirectory(ctx, input),
};
