import { Alert, Button, Modal, SegmentedControl, Stack } from '@mantine/core';
import { IconBrandWhatsapp } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposedMessage } from '../../../shared/domain/messages';
import type { Meeting } from '../../../shared/domain/meetings';
import { call } from '../../api/client';
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
  /** What was loaded for which request (`kind` and the meeting's version): older answers are not shown. */
  const [loaded, setLoaded] = useState<{ key: string; message: ComposedMessage | null; error: string | null } | null>(
    null,
  );
  const [text, setText] = useState('');
  const key = `${kind}:${meeting.id}:${meeting.updatedAt}`;

  useEffect(() => {
    if (!opened) return;
    let current = true;
    void call('messages.meeting', { meetingId: meeting.id, kind }).then((result) => {
      if (!current) return;
      if (result.ok) setText(result.value.text);
      setLoaded(
        result.ok
          ? { key, message: result.value, error: null }
          : { key, message: null, error: translateMessage(result.error.message) },
      );
    });
    return () => {
      current = false;
    };
  }, [opened, kind, meeting.id, key]);
  const message = loaded?.key === key ? loaded.message : null;
  const error = loaded?.key === key ? loaded.error : null;

  return (
    <>
      <Button variant="light" leftSection={<IconBrandWhatsapp size={16} />} onClick={() => setOpened(true)}>
        {t('messages.button')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('messages.meetingTitle')} size="lg">
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
      </Modal>
    </>
  );
}
