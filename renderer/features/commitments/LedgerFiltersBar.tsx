import { Group, MultiSelect, Select, Switch } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { COMMITMENT_STATUSES, type CommitmentStatus } from '../../../shared/domain/commitments';
import { SECTORS, type Sector } from '../../../shared/domain/directory';
import { LEDGER_SORTS } from '../../../shared/domain/follow-up';
import { RemoteSelect } from '../../components/RemoteSelect';
import { SearchBox } from '../../components/SearchBox';
import { resolveArea, resolveInstitution, searchAnyArea, searchInstitutions } from '../../components/pickers';
import { useLedger, type LedgerFilters } from '../../stores/ledger';
import { OfficeSelect } from '../offices/OfficeSelect';

/** Every ledger filter of the issue: text, status, overdue, institution, sector, area, due dates, sort. */
export function LedgerFiltersBar() {
  const { t } = useTranslation();
  const filters = useLedger((s) => s.filters);
  const patch = useLedger((s) => s.patchFilters);
  const resets = useLedger((s) => s.resets);
  const set = (next: Partial<LedgerFilters>) => patch(next);

  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <SearchBox
        // A new box after "clear all filters": text typed but not yet searched for (the search
        // waits for a pause in typing) would otherwise stay in the box and then filter again.
        key={resets}
        value={filters.query ?? ''}
        onSearch={(query) => patch({ query })}
        placeholder={t('ledger.searchPlaceholder')}
        w={240}
        delay={300}
      />
      <MultiSelect
        aria-label={t('ledger.status')}
        placeholder={filters.statuses?.length ? undefined : t('ledger.status')}
        data={COMMITMENT_STATUSES.map((value) => ({ value, label: t(`commitmentStatus.${value}`) }))}
        value={filters.statuses ?? []}
        onChange={(values) => set({ statuses: values.length ? (values as CommitmentStatus[]) : undefined })}
        clearable
        w={230}
      />
      <RemoteSelect
        aria-label={t('ledger.institution')}
        placeholder={t('ledger.institution')}
        search={searchInstitutions}
        resolve={resolveInstitution}
        value={filters.institutionId ?? null}
        onChange={(id) => set({ institutionId: id ?? undefined })}
        w={220}
      />
      <Select
        aria-label={t('ledger.sector')}
        placeholder={t('ledger.sector')}
        clearable
        data={SECTORS.map((value) => ({ value, label: t(`sector.${value}`) }))}
        value={filters.sector ?? null}
        onChange={(value) => set({ sector: (value as Sector | null) ?? undefined })}
        w={190}
      />
      <RemoteSelect
        aria-label={t('ledger.area')}
        placeholder={t('ledger.area')}
        search={searchAnyArea}
        resolve={resolveArea}
        value={filters.areaCode ?? null}
        onChange={(code) => set({ areaCode: code ?? undefined })}
        w={190}
      />
      <OfficeSelect value={filters.officeId} onChange={(officeId) => set({ officeId })} w={220} />
      <DatePickerInput
        type="range"
        aria-label={t('ledger.dueRange')}
        placeholder={t('ledger.dueRange')}
        valueFormat="D MMM YYYY"
        clearable
        value={[filters.dueFrom ?? null, filters.dueTo ?? null]}
        onChange={([from, to]) => set({ dueFrom: from ?? undefined, dueTo: to ?? undefined })}
        w={230}
      />
      <Select
        aria-label={t('ledger.sort')}
        data={LEDGER_SORTS.map((value) => ({ value, label: t(`ledger.sorts.${value}`) }))}
        value={filters.sort ?? 'due_asc'}
        allowDeselect={false}
        onChange={(value) => value && set({ sort: value as LedgerFilters['sort'] })}
        // Wide enough for the longest label, "Target waktu terdekat", with its chevron.
        w={230}
      />
      <Switch
        label={t('ledger.overdueOnly')}
        checked={filters.overdueOnly ?? false}
        onChange={(event) => set({ overdueOnly: event.currentTarget.checked })}
        mb={8}
      />
    </Group>
  );
}
