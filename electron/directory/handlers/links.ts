import { repositoriesOf } from '../../db/repositories';
import type { HandlerGroup } from '../../api/handler-types';
import { findDuplicates } from '../duplicates';
import { linkRecords, markNotDuplicate, unlinkRecord } from '../links';
import { mergeRecords } from '../merge';

/** The shared directory (issue 11, item 5): likely duplicates, links, and the merge of the office's own. */
export const directoryLinkHandlers: HandlerGroup<
  'directory.duplicates' | 'directory.link' | 'directory.unlink' | 'directory.notDuplicate' | 'directory.merge'
> = {
  'directory.duplicates': (_input, ctx) => findDuplicates(repositoriesOf(ctx)),

  'directory.link': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    ctx.db.transaction(() => linkRecords(repos, input.kind, input.firstId, input.secondId))();
    return { kind: input.kind, ids: [input.firstId, input.secondId] };
  },

  'directory.unlink': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    ctx.db.transaction(() => unlinkRecord(repos, input.kind, input.id))();
    return { id: input.id };
  },

  'directory.notDuplicate': (input, ctx) => {
    markNotDuplicate(repositoriesOf(ctx), input.kind, input.firstId, input.secondId);
    return { kind: input.kind, ids: [input.firstId, input.secondId] };
  },

  'directory.merge': (input, ctx) => mergeRecords(ctx.db, repositoriesOf(ctx), input),
};
