import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterEntry } from '../../../shared/domain/letters';
import { call } from '../../api/client';
import { GuardedCancelButton, GuardedModal } from '../../components/FormGuard';
import { notifySuccess } from '../../hooks/notify';
import { translateMessage } from '../../i18n';

/** Voids a number taken by mistake: it keeps its line in the register, with the reason. */
export function VoidLetterModal({ entry, onClose }: { entry: LetterEntry | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save(): Promise<void> {
    if (!entry) return;
    setSaving(true);
    const result = await call('letters.void', { id: entry.id, reason });
    setSaving(false);
    if (!result.ok) {
      setError(translateMessage(result.error.details?.[0] ?? result.error.message));
      return;
    }
    notifySuccess(t('letters.voided', { number: entry.number }));
    close();
  }

  /** Closed, the reason typed goes with it: the next number voided starts empty. */
  function close(): void {
    setReason('');
    setError(null);
    onClose();
  }

  return (
    <GuardedModal
      opened={entry !== null}
      onClose={close}
      dirty={reason.trim() !== ''}
      title={t('letters.voidTitle', { number: entry?.number ?? '' })}
    >
      <Stack gap="sm">
        <Text size="sm">{t('letters.voidIntro')}</Text>
        <TextInput
          label={t('letters.voidReason')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          required
          data-autofocus
        />
        {error ? <Alert color="red">{error}</Alert> : null}
        <Group justify="flex-end">
          <GuardedCancelButton onCancel={close}>{t('common.cancel')}</GuardedCancelButton>
          <Button color="red" loading={saving} disabled={reason.trim() === ''} onClick={() => void save()}>
            {t('letters.voidAction')}
          </Button>
        </Group>
      </Stack>
    </GuardedModal>
  );
}
