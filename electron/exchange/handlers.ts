import type { ExchangeIdentity } from '../../shared/domain/office-identity';
import type { OfficeIdentity } from '../../shared/domain/settings';
import type { HandlerContext } from '../api/context';
import type { HandlerGroup } from '../api/handler-types';
import { refused } from '../api/errors';
import { repositoriesOf } from '../db/repositories';
import { areaCodeOf } from './office-area';
import { clearKodeChange, readKodeChange, type IdentityState, type OfficeIdentityService } from './identity';

function identityOf(ctx: HandlerContext): OfficeIdentityService {
  if (!ctx.identity) throw refused('officeIdentityUnavailable');
  return ctx.identity;
}

function stateOf(ctx: HandlerContext): IdentityState {
  const state = identityOf(ctx).state();
  if (!state) throw refused('officeIdentityUnavailable');
  return state;
}

function describe(ctx: HandlerContext, state: IdentityState): ExchangeIdentity {
  const repos = repositoriesOf(ctx);
  const office = repos.settings.get<OfficeIdentity>('office');
  const areaCode = office ? areaCodeOf(office) : null;
  const { keys } = state;
  return {
    officeId: state.officeId,
    office:
      office && areaCode
        ? {
            name: office.officeName,
            level: office.level,
            areaCode,
            areaName: repos.areas.get(areaCode)?.name ?? null,
          }
        : null,
    keys:
      keys.state === 'ready'
        ? { state: 'ready', kode: keys.kode, protection: keys.protection }
        : { state: 'problem', reason: keys.reason, fileKode: keys.fileKode },
    kodeChange: readKodeChange(ctx.db),
  };
}

/** The office's identity for exchange (issue 11, point 1): what Pengaturan shows, and the two ways out of a key problem. */
export const exchangeHandlers: HandlerGroup<
  'exchange.identity' | 'exchange.replaceKeys' | 'exchange.acknowledgeKodeChange'
> = {
  'exchange.identity': (_input, ctx) => describe(ctx, stateOf(ctx)),

  'exchange.replaceKeys': (_input, ctx) => {
    if (stateOf(ctx).keys.state !== 'problem') throw refused('officeKeysUsable');
    return describe(ctx, identityOf(ctx).replaceKeys(ctx.db));
  },

  'exchange.acknowledgeKodeChange': (_input, ctx) => {
    const state = stateOf(ctx);
    clearKodeChange(ctx.db);
    return describe(ctx, state);
  },
};
