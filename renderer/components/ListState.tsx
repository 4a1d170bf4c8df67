import { Alert, Center, EmptyState, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../shared/api/result';
import { translateMessage } from '../i18n';

/**
 * What a list shows instead of rows: loading, an error, an empty directory (what to do next) or
 * an empty search result. Returns null when there are rows to show.
 */
export function ListState({
  loading,
  error,
  total,
  filtered,
  emptyText,
  icon,
}: {
  loading: boolean;
  error: Message | null;
  total: number | undefined;
  filtered: boolean;
  emptyText: string;
  icon: ReactNode;
}) {
  const { t } = useTranslation();
  if (error) {
    return (
      <Alert color="red" title={t('error.loadFailed')}>
        {translateMessage(error)}
      </Alert>
    );
  }
  if (total === undefined) {
    return loading ? (
      <Center py="xl">
        <Loader size="sm" aria-label={t('app.loading')} />
      </Center>
    ) : null;
  }
  if (total > 0) return null;
  return <EmptyState icon={icon} description={filtered ? t('directory.noResults') : emptyText} py="xl" />;
}
