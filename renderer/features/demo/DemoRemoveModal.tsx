import { Alert, Anchor, Button, Group, List, Loader, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { DemoBlocker } from '../../../shared/domain/demo';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/LoadError';
import { notifyFailure, notifySuccess } from '../../hooks/notify';
import { blockerLink } from './blocker-links';

/** One of the office's records that uses sample data: a link to it, what it uses, and how to fix it. */
function BlockerItem({ blocker, onFollow }: { blocker: DemoBlocker; onFollow: () => void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const link = blockerLink(blocker);
  return (
    <List.Item>
      <Anchor
        href={`#${link.href}`}
        fw={500}
        onClick={(event) => {
          event.preventDefault();
          link.open();
          onFollow();
          navigate(link.href);
        }}
      >
        {t(`demo.kinds.${blocker.kind}`)}: {blocker.name}
      </Anchor>
      <Text size="sm">{t(`demo.uses.${blocker.use}`, { sample: blocker.sample })}</Text>
      <Text size="sm" c="dimmed">
        {t(`demo.fixes.${blocker.use}`, { sample: blocker.sample })}
      </Text>
    </List.Item>
  );
}

/** The dialog's body; mounted each time the dialog opens, so the check runs afresh. */
function RemoveContent({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const query = useApiQuery('demo.blockers', {}, { readOnOpen: true });
  const blockers = query.isFetching || query.isError ? null : (query.data ?? null);
  const [busy, setBusy] = useState(false);

  function check(): void {
    void query.refetch();
  }

  async function remove(): Promise<void> {
    setBusy(true);
    const result = await call('demo.remove', {});
    setBusy(false);
    if (!result.ok && result.error.code === 'CONFLICT') {
      // Someone used a sample record in the meantime: show which.
      check();
      return;
    }
    if (!notifyFailure(result).ok) return;
    onClose();
    notifySuccess(t('demo.removed'));
  }

  const blocked = blockers !== null && blockers.length > 0;
  return (
    <>
      {query.isError && !query.isFetching ? (
        <LoadError error={query.error} onRetry={check} compact />
      ) : blockers === null ? (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">{t('demo.checking')}</Text>
        </Group>
      ) : blocked ? (
        <Stack gap="sm" data-testid="demo-blockers">
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} p="xs">
            {t('demo.blocked', { count: blockers.length })}
          </Alert>
          <List spacing="sm">
            {blockers.map((blocker) => (
              <BlockerItem
                key={`${blocker.kind}:${blocker.id}:${blocker.use}:${blocker.sample}`}
                blocker={blocker}
                onFollow={onClose}
              />
            ))}
          </List>
          <Text size="sm" c="dimmed">
            {t('demo.blockedLocked')}
          </Text>
        </Stack>
      ) : (
        <Text>{t('demo.removeConfirm')}</Text>
      )}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        {blocked ? (
          <Button variant="light" onClick={check}>
            {t('demo.checkAgain')}
          </Button>
        ) : (
          <Button color="grape" loading={busy} disabled={blockers === null} onClick={() => void remove()}>
            {t('demo.remove')}
          </Button>
        )}
      </Group>
    </>
  );
}

/**
 * Removing the sample data: first the office's records that still use it are looked up; while
 * there are any, they are listed with links and how to fix each, and removal waits.
 */
export function DemoRemoveModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('demo.remove')} size="lg">
      {opened ? <RemoveContent onClose={onClose} /> : null}
    </Modal>
  );
}
