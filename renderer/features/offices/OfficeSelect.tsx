import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OfficeSummary } from '../../../shared/domain/offices';
import { useApiQuery } from '../../api/queries';

/**
 * The offices whose records this installation holds (issue 11); `many` is true when there is more
 * than one, which is when the screens offer the office filters and comparisons.
 */
export function useOffices(): { offices: OfficeSummary[]; many: boolean } {
  const query = useApiQuery('offices.list', {});
  const offices = query.data ?? [];
  return { offices, many: offices.length > 1 };
}

/** Filter by the office records came from; nothing when the database holds one office only. */
export function OfficeSelect({
  value,
  onChange,
  w = 230,
}: {
  value: string | undefined;
  onChange: (officeId: string | undefined) => void;
  w?: number;
}) {
  const { t } = useTranslation();
  const { offices, many } = useOffices();
  if (!many) return null;
  return (
    <Select
      aria-label={t('offices.filter')}
      placeholder={t('offices.all')}
      clearable
      searchable
      data={offices.map((office) => ({
        value: office.id,
        label: office.local ? t('offices.own', { name: office.name }) : office.name,
      }))}
      value={value ?? null}
      onChange={(id) => onChange(id ?? undefined)}
      w={w}
      data-testid="office-filter"
    />
  );
}
