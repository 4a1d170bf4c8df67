import { Button, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconHash, IconInfoCircle } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/api/result';
import type { NumberCheck } from '../../../shared/domain/letters';
import type { Meeting } from '../../../shared/domain/meetings';
import { formatDateId } from '../../../shared/format/dates';
import { call } from '../../api/client';
import { translateMessage } from '../../i18n';
import { LetterEntryModal } from './LetterEntryModal';
import { useLive } from '../../hooks/useLive';

/**
 * The undangan's number where the letter is printed: taken from the buku agenda when the meeting
 * has none, or checked against it when it was typed by hand (and recorded there on request).
 */
export function InvitationNumberField({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const [modal, setModal] = useState<'issue' | 'record' | null>(null);
  const number = meeting.invitationNumber;
  const check = useCallback(async (): Promise<Result<NumberCheck | { status: 'next'; number: string }>> => {
    if (number) return call('letters.check', { number, meetingId: meeting.id });
    const result = await call('letters.numbering', {});
    return result.ok ? { ok: true, value: { status: 'next', number: result.value.next.undangan } } : result;
  }, [number, meeting.id]);
  const { value } = useLive(check, ['letters', 'settings']);
  const subject = `Undangan ${meeting.title}`;

  return (
    <Stack gap={4} data-testid="invitation-number">
      <Text size="sm" fw={500}>
        {t('letters.invitationNumber')}
      </Text>
      {number ? (
        <Text size="sm" ff="monospace">
          {number}
        </Text>
      ) : null}
      {value?.status === 'next' ? (
        <Group gap="xs">
          <Button size="xs" leftSection={<IconHash size={14} />} onClick={() => setModal('issue')}>
            {t('letters.takeNext')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('letters.takeNextHint', { number: value.number })}
          </Text>
        </Group>
      ) : null}
      {value?.status === 'thisMeeting' ? (
        <Group gap={4}>
          <IconCircleCheck size={14} color="var(--mantine-color-green-7)" />
          <Text size="xs" c="green.8">
            {t('letters.numberIsThisMeeting')}
          </Text>
        </Group>
      ) : null}
      {value?.status === 'free' ? (
        <Group gap="xs">
          <IconInfoCircle size={14} color="var(--mantine-color-orange-7)" />
          <Text size="xs" c="orange.8">
            {t('letters.numberNotRegistered')}
          </Text>
          <Button size="compact-xs" variant="light" onClick={() => setModal('record')}>
            {t('letters.recordThis')}
          </Button>
        </Group>
      ) : null}
      {value?.status === 'registered' ? (
        <Text size="xs" c="red.8">
          {translateMessage({
            key: value.entry.voidedAt ? 'letters.numberVoided' : 'letters.numberTaken',
            params: {
              number: value.entry.number,
              subject: value.entry.subject,
              date: formatDateId(value.entry.letterDate),
            },
          })}
        </Text>
      ) : null}
      {modal ? (
        <LetterEntryModal
          mode={modal}
          opened
          onClose={() => setModal(null)}
          initial={{ kind: 'undangan', subject, meetingId: meeting.id, ...(number ? { number } : {}) }}
        />
      ) : null}
    </Stack>
  );
}
