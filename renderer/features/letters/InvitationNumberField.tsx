import { Button, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconHash, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/domain/meetings';
import { formatDateId } from '../../../shared/format/dates';
import { useApiQuery } from '../../api/queries';
import { QueryStatus } from '../../components/LoadError';
import { translateMessage } from '../../i18n';
import { LetterEntryModal } from './LetterEntryModal';

/**
 * The undangan's number where the letter is printed: taken from the buku agenda when the meeting
 * has none, or checked against it when it was typed by hand (and recorded there on request).
 */
export function InvitationNumberField({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const [modal, setModal] = useState<'issue' | 'record' | null>(null);
  const number = meeting.invitationNumber;
  // A typed number is checked against the register; without one, the register's next is offered.
  const checked = useApiQuery('letters.check', { number: number ?? '', meetingId: meeting.id }, { enabled: !!number });
  const numbering = useApiQuery('letters.numbering', {}, { enabled: !number });
  const query = number ? checked : numbering;
  const value = number
    ? checked.data
    : numbering.data && { status: 'next' as const, number: numbering.data.next.undangan };
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
      <QueryStatus query={query} loader={null} />
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
          <Text size="xs" c="green">
            {t('letters.numberIsThisMeeting')}
          </Text>
        </Group>
      ) : null}
      {value?.status === 'free' ? (
        <Group gap="xs">
          <IconInfoCircle size={14} color="var(--mantine-color-orange-7)" />
          <Text size="xs" c="orange">
            {t('letters.numberNotRegistered')}
          </Text>
          <Button size="compact-xs" variant="light" onClick={() => setModal('record')}>
            {t('letters.recordThis')}
          </Button>
        </Group>
      ) : null}
      {value?.status === 'registered' ? (
        <Text size="xs" c="red">
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
