import { Alert, Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { IconBrandWhatsapp, IconCopy, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposedMessage } from '../../../shared/domain/messages';
import { call } from '../../api/client';
import { notifySuccess } from '../../hooks/notify';
import { translateMessage } from '../../i18n';
import { copyText } from './copy-text';

const NOBODY = '';

function recipientValue(r: ComposedMessage['recipients'][number]): string {
  return `${r.kind}:${r.id}`;
}

/**
 * One WhatsApp text: editable before it leaves, copied with one click, or opened in WhatsApp for
 * the chosen recipient (the link is made by the host, which holds the full number; the desktop
 * host asks before opening it). `text`/`onText` keep the edit with the caller, so a list of
 * messages copies what the user sees.
 */
export function MessageEditor({
  message,
  text,
  onText,
}: {
  message: ComposedMessage;
  text: string;
  onText: (text: string) => void;
}) {
  const { t } = useTranslation();
  const first = message.recipients.find((r) => r.maskedPhone);
  const [recipient, setRecipient] = useState<string>(first ? recipientValue(first) : NOBODY);
  const [error, setError] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);

  async function copy(): Promise<void> {
    setError(null);
    if (await copyText(text)) notifySuccess(t('messages.copied'));
    else setError(t('messages.copyFailed'));
  }

  async function openWhatsapp(): Promise<void> {
    setError(null);
    setOpening(true);
    const [kind, id] = recipient.split(':');
    const result = await call('messages.whatsappLink', {
      text,
      ...(kind === 'person' ? { personId: id } : kind === 'institution' ? { institutionId: id } : {}),
    });
    setOpening(false);
    if (!result.ok) {
      const detail = result.error.details?.[0];
      setError(translateMessage(detail ?? result.error.message));
      return;
    }
    // The desktop host turns this into a question, then the system browser; a browser opens a tab.
    window.open(result.value.url, '_blank', 'noopener,noreferrer');
  }

  return (
    <Stack gap="xs">
      <Textarea
        label={t('messages.text')}
        autosize
        minRows={8}
        maxRows={12}
        value={text}
        onChange={(event) => onText(event.currentTarget.value)}
        description={t('messages.characters', { count: text.length })}
        styles={{ input: { fontFamily: 'inherit' } }}
        data-testid="message-text"
      />
      <Select
        label={t('messages.recipient')}
        description={t('messages.recipientHint')}
        allowDeselect={false}
        data={[
          { value: NOBODY, label: t('messages.noRecipient') },
          ...message.recipients.map((r) => ({
            value: recipientValue(r),
            label: `${r.name}${r.detail ? ` — ${r.detail}` : ''} (${r.maskedPhone ?? t('messages.noPhone')})`,
          })),
        ]}
        value={recipient}
        onChange={(value) => setRecipient(value ?? NOBODY)}
      />
      {error ? <Alert color="orange">{error}</Alert> : null}
      <Group justify="space-between" wrap="wrap">
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconRestore size={14} />}
          disabled={text === message.text}
          onClick={() => onText(message.text)}
        >
          {t('messages.reset')}
        </Button>
        <Group gap="xs">
          <Button variant="light" leftSection={<IconCopy size={16} />} onClick={() => void copy()}>
            {t('messages.copy')}
          </Button>
          <Button
            color="green"
            leftSection={<IconBrandWhatsapp size={16} />}
            loading={opening}
            onClick={() => void openWhatsapp()}
          >
            {t('messages.openWhatsapp')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
