import { ExchangeError } from '../../../shared/exchange/errors';
import type { HostLevel } from '../../../shared/domain/meetings';
import type { OfficeIdentity } from '../../../shared/domain/settings';
import { areaCodeOf } from '../office-area';
import { refused } from '../../api/errors';
import type { Db } from '../../db/connection';
import { repositoriesOf } from '../../db/repositories';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import type { OfficeIdentityService } from '../identity';
import type { LocalOffice, ReadContext } from '../package-reader';
import { trustedOffice } from './repositories/offices';

/** This office as a package's sender or reader: its id and keys, or the reason exchange waits. */
export function localOffice(identity: OfficeIdentityService | undefined): LocalOffice {
  const state = identity?.state();
  if (!state?.officeId) throw refused('officeIdentityUnavailable');
  if (state.keys.state !== 'ready') {
    // OFFICE_ID_INVALID has no exchange reason of its own: the identity cannot be used.
    if (state.keys.reason === 'OFFICE_ID_INVALID') throw refused('officeIdentityUnavailable');
    throw new ExchangeError(state.keys.reason);
  }
  return { officeId: state.officeId, keys: state.keys.keys, schemaVersion: LATEST_SCHEMA_VERSION };
}

/** How this office reads packages: its keys, and the offices it trusts (as recorded now). */
export function readContextOf(db: Db, local: LocalOffice): ReadContext {
  return { local, trusted: (officeId) => trustedOffice(db, officeId) };
}

/** The office's name, level and area from Pengaturan → Data kantor, as a package's sender shows them. */
export function senderOf(db: Db): { name: string; level: HostLevel; areaCode: string } {
  const office = repositoriesOf({ db, now: () => new Date() }).settings.get<OfficeIdentity>('office');
  if (!office?.officeName.trim()) throw refused('exchangeOfficeNotSet');
  return { name: office.officeName, level: office.level, areaCode: areaCodeOf(office) };
}
