import { Alert, Button, Checkbox, Group, List, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ERASED_PERSON_NAME, type PrivacyPerson } from '../../../shared/domain/privacy';
import { call } from '../../api/client';
import { translateMessage } from '../../i18n';

/**
 * Asks before erasing a person's personal data and says exactly what happens: what is removed,
 * what stays in the meeting records (under the placeholder), and that it cannot be undone.
 */
export function EraseModal({ person, onClose }: { person: PrivacyPerson | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={person !== null}
      onClose={onClose}
      title={person ? t('privacy.confirmTitle', { name: person.name }) : ''}
      size="lg"
    >
      {person ? <EraseConfirmation key={person.id} person={person} onClose={onClose} /> : null}
    </Modal>
  );
}

function EraseConfirmation({ person, onClose }: { person: PrivacyPerson; onClose: () => void }) {
  const { t } = useTranslation();
  const [keepPosition, setKeepPosition] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const placeholder = ERASED_PERSON_NAME;

  async function erase(): Promise<void> {
    setBusy(true);
    const result = await call('people.erase', { id: person.id, keepPosition });
    setBusy(false);
    if (!result.ok) {
      setError(translateMessage(result.error.message));
      return;
    }
    notifications.show({
      color: 'green',
      message: t('privacy.erased', { count: result.value.meetings, placeholder }),
    });
    onClose();
  }

  return (
    <Stack gap="sm">
      <List size="sm" spacing="xs">
        <List.Item>{t('privacy.confirmRemoved', { placeholder })}</List.Item>
        <List.Item>
          {person.meetings > 0
            ? t('privacy.confirmKept', { count: person.meetings, placeholder })
            : t('privacy.confirmKeptNone', { placeholder })}
        </List.Item>
      </List>
      {person.position ? (
        <Checkbox
          checked={keepPosition}
          onChange={(event) => setKeepPosition(event.currentTarget.checked)}
          label={t('privacy.keepPosition', { position: person.position })}
          description={t('privacy.keepPositionHint')}
        />
      ) : null}
      <Alert color="orange" variant="light">
        {t('privacy.confirmFinal')}
      </Alert>
      {error ? <Alert color="red">{error}</Alert> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button color="red" loading={busy} onClick={() => void erase()}>
          {t('privacy.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
