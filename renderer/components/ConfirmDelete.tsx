import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../shared/api/result';
import { translateMessage } from '../i18n';

/**
 * Asks before deleting and shows the host's refusal (e.g. an institution that still has people)
 * inside the dialog, so the user learns why and nothing is lost.
 */
export function ConfirmDelete({
  name,
  message,
  onConfirm,
  onClose,
}: {
  name: string | null;
  /** The question, when the general one ("Yakin ingin menghapus …?") says less than it could. */
  message?: string;
  onConfirm: () => Promise<Result<unknown>>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm(): Promise<void> {
    setBusy(true);
    const result = await onConfirm();
    setBusy(false);
    if (result.ok) {
      setError(null);
      onClose();
    } else setError(translateMessage(result.error.message));
  }

  return (
    <Modal
      opened={name !== null}
      onClose={() => {
        setError(null);
        onClose();
      }}
      title={t('common.confirmDeleteTitle')}
    >
      <Text mb="md">{message ?? t('common.confirmDelete', { name: name ?? '' })}</Text>
      {error ? (
        <Alert color="red" mb="md">
          {error}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button color="red" loading={busy} onClick={() => void confirm()}>
          {t('common.delete')}
        </Button>
      </Group>
    </Modal>
  );
}
