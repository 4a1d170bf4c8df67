import { Alert, Button, SegmentedControl, Stack } from '@mantine/core';
import { IconBrandWhatsapp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/domain/meetings';
import { useApiQuery } from '../../api/queries';
import { GuardedModal } from '../../components/FormGuard';
import { Loaded } from '../../components/LoadError';
import { MessageEditor } from './MessageEditor';

type Kind = 'invitation' | 'summary';

/** "Pesan WhatsApp" of a meeting: its invitation, and once the minutes are approved, its summary. */
export function MeetingMessagesButton({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const approved = meeting.status === 'approved';
  const [kind, setKind] = useState<Kind>(approved ? 'summary' : 'invitation');
  const query = useApiQuery('messages.meeting', { meetingId: meeting.id, kind }, { enabled: opened });
  /**
   * The texts as edited, per message of this meeting, each with the text it was edited from: an
   * edit stays while the meeting saved elsewhere is read again, and while the user looks at the
   * other message; closing asks while any edit differs from its message.
   */
  const [edits, setEdits] = useState<Record<string, { text: string; from: string }>>({});
  const key = `${kind}:${meeting.id}`;
  const text = edits[key]?.text ?? null;
  const dirty = Object.values(edits).some((edit) => edit.text !== edit.from);

  /** Closed (after the user agreed to drop the edits), the next opening shows the messages as composed. */
  function close(): void {
    setEdits({});
    setOpened(false);
  }

  return (
    <>
      <Button variant="light" leftSection={<IconBrandWhatsapp size={16} />} onClick={() => setOpened(true)}>
        {t('messages.button')}
      </Button>
      <GuardedModal opened={opened} onClose={close} dirty={dirty} title={t('messages.meetingTitle')} size="lg">
        <Stack gap="sm" data-testid="meeting-messages">
          <SegmentedControl
            value={kind}
            onChange={(value) => setKind(value as Kind)}
            data={[
              { value: 'invitation', label: t('messages.invitation') },
              { value: 'summary', label: t('messages.summary'), disabled: !approved },
            ]}
          />
          {!approved ? (
            <Alert color="gray" variant="light">
              {t('messages.summaryNeedsApproval')}
            </Alert>
          ) : null}
          <Loaded query={query}>
            {(message) => (
              <MessageEditor
                message={message}
                text={text ?? message.text}
                onText={(text) => setEdits((all) => ({ ...all, [key]: { text, from: message.text } }))}
              />
            )}
          </Loaded>
        </Stack>
      </GuardedModal>
    </>
  );
}
