import { Alert, Button, SegmentedControl, Stack } from '@mantine/core';
import { IconBrandWhatsapp } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposedMessage } from '../../../shared/domain/messages';
import type { Meeting } from '../../../shared/domain/meetings';
import { call } from '../../api/client';
import { GuardedModal } from '../../components/FormGuard';
import { PageLoader } from '../../components/PageLoader';
import { translateMessage } from '../../i18n';
import { MessageEditor } from './MessageEditor';

type Kind = 'invitation' | 'summary';

/** "Pesan WhatsApp" of a meeting: its invitation, and once the minutes are approved, its summary. */
export function MeetingMessagesButton({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const approved = meeting.status === 'approved';
  const [kind, setKind] = useState<Kind>(approved ? 'summary' : 'invitation');
  /**
   * What was loaded for which message (`kind` of this meeting): an older answer is not shown, and
   * the message stays on screen, edit and focus kept, while the meeting saved elsewhere reloads it.
   */
  const [loaded, setLoaded] = useState<{ key: string; message: ComposedMessage | null; error: string | null } | null>(
    null,
  );
  const [text, setText] = useState('');
  /** The text last composed, for which message: an edit of it survives the meeting being saved meanwhile. */
  const composed = useRef<{ key: string; text: string } | null>(null);
  const key = `${kind}:${meeting.id}`;

  useEffect(() => {
    if (!opened) return;
    let current = true;
    void call('messages.meeting', { meetingId: meeting.id, kind }).then((result) => {
      if (!current) return;
      if (result.ok) {
        const before = composed.current;
        setText((typed) => (before?.key === key && typed !== before.text ? typed : result.value.text));
        composed.current = { key, text: result.value.text };
      }
      setLoaded(
        result.ok
          ? { key, message: result.value, error: null }
          : { key, message: null, error: translateMessage(result.error.message) },
      );
    });
    return () => {
      current = false;
    };
  }, [opened, kind, meeting.id, meeting.updatedAt, key]);
  const message = loaded?.key === key ? loaded.message : null;
  const error = loaded?.key === key ? loaded.error : null;

  /** Closed (after the user agreed to drop an edit), the next opening shows the message as composed. */
  function close(): void {
    composed.current = null;
    setOpened(false);
  }

  return (
    <>
      <Button variant="light" leftSection={<IconBrandWhatsapp size={16} />} onClick={() => setOpened(true)}>
        {t('messages.button')}
      </Button>
      <GuardedModal
        opened={opened}
        onClose={close}
        dirty={message !== null && text !== message.text}
        title={t('messages.meetingTitle')}
        size="lg"
      >
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
          {error ? <Alert color="red">{error}</Alert> : null}
          {message ? <MessageEditor message={message} text={text} onText={setText} /> : error ? null : <PageLoader />}
        </Stack>
      </GuardedModal>
    </>
  );
}
