import { Center, EmptyState, Loader } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../shared/api/result';
import { LoadError } from './LoadError';

/**
 * What a list shows instead of rows: loading, an error with a Retry, an empty directory (what to
 * do next) or an empty search result. Returns null when there are rows to show; a refresh that
 * failed is shown above the rows still there.
 */
export function ListState({
  query,
  total,
  filtered,
  emptyText,
  icon,
}: {
  query: Pick<UseQueryResult<unknown, AppError>, 'isError' | 'error' | 'refetch'>;
  total: number | undefined;
  filtered: boolean;
  emptyText: string;
  icon: ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isError) {
    return <LoadError error={query.error} onRetry={() => void query.refetch()} compact={total !== undefined} />;
  }
  if (total === undefined) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (total > 0) return null;
  return <EmptyState icon={icon} description={filtered ? t('directory.noResults') : emptyText} py="xl" />;
}
