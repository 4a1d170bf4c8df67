import type { HandlerGroup } from '../../api/handler-types';
import { refused } from '../../api/errors';
import { historyEntry, listHistory } from './repositories/history';
import { dropPackage, keepUpload, keptPackage } from './inbox';
import { scanFolder, setFolder, takeFromFolder } from './folder';
import { inspectPackage } from './inspect';
import { localOffice } from './local';
import { listOffices } from './repositories/offices';
import { exportSummary } from './send';
import { declineSender, trustSender } from './trust';

/** Kirim data and Terima data (issue 11): the offices, what a package would carry, a picked package checked and trusted, the history. */
export const exchangeServiceHandlers: HandlerGroup<
  | 'exchange.offices'
  | 'exchange.exportSummary'
  | 'exchange.inspect'
  | 'exchange.trust'
  | 'exchange.decline'
  | 'exchange.discard'
  | 'exchange.folder'
  | 'exchange.setFolder'
  | 'exchange.history'
  | 'exchange.historyEntry'
> = {
  'exchange.offices': (_input, ctx) => listOffices(ctx.db),

  'exchange.exportSummary': (input, ctx) => exportSummary(ctx.db, ctx.dataDir, input),

  'exchange.inspect': (input, ctx) => {
    const local = localOffice(ctx.identity);
    const kept =
      'ref' in input
        ? keptPackage(ctx.dataDir, input.ref)
        : 'folderFile' in input
          ? takeFromFolder(ctx.db, ctx.dataDir, input.folderFile)
          : keepUpload(ctx.dataDir, input.uploadId, input.name);
    return inspectPackage(ctx.db, local, kept).inspection;
  },

  'exchange.trust': (input, ctx) =>
    trustSender(ctx.db, localOffice(ctx.identity), keptPackage(ctx.dataDir, input.ref), input.kode, ctx.now()),

  'exchange.decline': (input, ctx) => {
    declineSender(ctx.db, ctx.dataDir, localOffice(ctx.identity), keptPackage(ctx.dataDir, input.ref), ctx.now());
    return { ref: input.ref };
  },

  'exchange.discard': (input, ctx) => {
    dropPackage(ctx.dataDir, input.ref);
    return { ref: input.ref };
  },

  'exchange.folder': (_input, ctx) => scanFolder(ctx.db),

  'exchange.setFolder': (input, ctx) => {
    setFolder(ctx.db, input.path, ctx.now());
    return scanFolder(ctx.db);
  },

  'exchange.history': (input, ctx) => listHistory(ctx.db, input.limit),

  'exchange.historyEntry': (input, ctx) => {
    const entry = historyEntry(ctx.db, input.id);
    if (!entry) throw refused('exchangeHistoryUnknown');
    return entry;
  },
};
