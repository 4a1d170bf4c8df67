import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Page controls under a list, with "Menampilkan 1–50 dari 120". */
export function Paginator({
  total,
  limit,
  offset,
  onOffset,
}: {
  total: number;
  limit: number;
  offset: number;
  onOffset: (offset: number) => void;
}) {
  const { t } = useTranslation();
  if (total === 0) return null;
  const pages = Math.ceil(total / limit);
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed">
        {t('common.showing', { from: offset + 1, to: Math.min(offset + limit, total), total })}
      </Text>
      {pages > 1 ? (
        <Pagination
          size="sm"
          total={pages}
          value={Math.floor(offset / limit) + 1}
          onChange={(page) => onOffset((page - 1) * limit)}
          getControlProps={(control) =>
            control === 'previous'
              ? { 'aria-label': t('common.previous') }
              : control === 'next'
                ? { 'aria-label': t('common.next') }
                : {}
          }
        />
      ) : null}
    </Group>
  );
}
