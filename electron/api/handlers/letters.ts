import { localDateIn } from '../../../shared/domain/overdue';
import { repositoriesOf } from '../../db/repositories';
import { numberingSetupOf, saveNumbering } from '../../letters/numbering-store';
import { registerFile } from '../../letters/register-files';
import { checkNumber, issueNumber, recordNumber, registerOfYear, voidNumber } from '../../letters/service';
import { nowOf } from '../context';
import type { HandlerGroup } from '../handler-types';
import { officeZoneOf } from './follow-up-support';

/** Letter numbers (nomor surat) and the buku agenda surat keluar (issue 12, part 3). */
export const lettersHandlers: HandlerGroup<
  | 'letters.numbering'
  | 'letters.setNumbering'
  | 'letters.register'
  | 'letters.issue'
  | 'letters.record'
  | 'letters.check'
  | 'letters.void'
  | 'letters.registerFile'
> = {
  'letters.numbering': (_input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    return numberingSetupOf(ctx.db, repos, localDateIn(officeZoneOf(repos), nowOf(ctx)));
  },
  'letters.setNumbering': (input, ctx) => {
    const repos = repositoriesOf(ctx.db);
    ctx.db.transaction(() => saveNumbering(repos, input.numbering))();
    return numberingSetupOf(ctx.db, repos, localDateIn(officeZoneOf(repos), nowOf(ctx)));
  },
  'letters.register': (input, ctx) => {
    const year = input.year ?? Number(localDateIn(officeZoneOf(repositoriesOf(ctx.db)), nowOf(ctx)).slice(0, 4));
    return registerOfYear(ctx.db, year, input.query);
  },
  'letters.issue': (input, ctx) => issueNumber(ctx.db, input),
  'letters.record': (input, ctx) => recordNumber(ctx.db, input),
  'letters.check': (input, ctx) => checkNumber(ctx.db, input.number, input.meetingId),
  'letters.void': (input, ctx) => voidNumber(ctx.db, input.id, input.reason),
  'letters.registerFile': (input, ctx) => registerFile(ctx.db, ctx.resourcesDir, input),
};
