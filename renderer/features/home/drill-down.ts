import { ROUTES } from '../../app/routes';
import { defaultLedgerFilters, useLedger, type LedgerFilters } from '../../stores/ledger';

/** Every dashboard figure opens the ledger filtered to the commitments behind it. */
export function drillDown(navigate: (to: string) => void, filters: Partial<LedgerFilters>): void {
  useLedger.getState().setFilters({ ...defaultLedgerFilters(), ...filters });
  navigate(ROUTES.commitments);
}
