import { localDateIn } from '../../shared/domain/overdue';
import { repositoriesOf } from '../db/repositories';
import { numberingSetupOf, saveNumbering } from './numbering-store';
import { registerFile } from './register-files';
import { checkNumber, issueNumber, recordNumber, registerOfYear, voidNumber } from './service';
import type { HandlerGroup } from '../api/handler-types';
import { officeZoneOf } from '../commitments/follow-up';

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
    const repos = repositoriesOf(ctx);
    return numberingSetupOf(repos, localDateIn(officeZoneOf(repos), ctx.now()));
  },
  'letters.setNumbering': (input, ctx) => {
    const repos = repositoriesOf(ctx);
    ctx.db.transaction(() => saveNumbering(repos, input.numbering))();
    return numberingSetupOf(repos, localDateIn(officeZoneOf(repos), ctx.now()));
  },
  'letters.register': (input, ctx) => {
    const year = input.year ?? Number(localDateIn(officeZoneOf(repositoriesOf(ctx)), ctx.now()).slice(0, 4));
    return registerOfYear(ctx, year, input.query);
  },
  'letters.issue': (input, ctx) => issueNumber(ctx, input),
  'letters.record': (input, ctx) => recordNumber(ctx, input),
  'letters.check': (input, ctx) => checkNumber(ctx, input.number, input.meetingId),
  'letters.void': (input, ctx) => voidNumber(ctx, input.id, input.reason),
  'letters.registerFile': (input, ctx) => registerFile(ctx, ctx.resourcesDir, input),
};
