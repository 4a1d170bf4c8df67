import { Alert, Button, Group, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError, type Message } from '../../shared/api/result';
import { translateMessage } from '../i18n';
import { PageLoader } from './PageLoader';

/** The host's message of a failed read; anything else thrown while reading is an internal error. */
export function messageOf(error: unknown): Message {
  if (error instanceof AppError) return error.params ? { key: error.key, params: error.params } : { key: error.key };
  return { key: 'error.internal' };
}

/**
 * What every screen shows when a read failed: what went wrong, in the user's language, and a
 * Retry that reads again. Nothing is left spinning or empty.
 */
export function LoadError({
  error,
  onRetry,
  compact = false,
}: {
  error: unknown;
  onRetry: () => void;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      title={compact ? undefined : t('error.loadFailed')}
      role="alert"
      data-testid="load-error"
      p={compact ? 'xs' : undefined}
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm">{translateMessage(messageOf(error))}</Text>
        <Button
          size="compact-sm"
          variant="light"
          color="red"
          leftSection={<IconRefresh size={14} />}
          onClick={onRetry}
          data-testid="load-retry"
        >
          {t('common.retry')}
        </Button>
      </Group>
    </Alert>
  );
}

type Query<T> = Pick<UseQueryResult<T, AppError>, 'data' | 'error' | 'isError' | 'refetch'>;

/** Retries the failed ones of several reads (a screen made of more than one). */
export function retryFailed(queries: readonly Query<unknown>[]): () => void {
  return () => {
    for (const query of queries) if (query.isError) void query.refetch();
  };
}

/**
 * What a read shows besides its content: the error with a Retry (compact above content still
 * shown), or the loader until the first answer (the page loader unless given; null: nothing).
 */
export function QueryStatus({ query, loader }: { query: Query<unknown>; loader?: ReactNode }) {
  if (query.isError)
    return <LoadError error={query.error} onRetry={() => void query.refetch()} compact={query.data !== undefined} />;
  if (query.data !== undefined) return null;
  return loader === undefined ? <PageLoader /> : loader;
}

/** A read's three states: the loader, the error with a Retry, or the content (kept under a failed refresh). */
export function Loaded<T>({
  query,
  children,
  loader,
}: {
  query: Query<T>;
  children: (data: T) => ReactNode;
  loader?: ReactNode;
}) {
  return (
    <>
      <QueryStatus query={query} {...(loader === undefined ? {} : { loader })} />
      {query.data === undefined ? null : children(query.data)}
    </>
  );
}
