import { Alert, Badge, Button, Grid, Group, Modal, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposedMessage } from '../../../shared/domain/messages';
import { call } from '../../api/client';
import { PageLoader } from '../../components/PageLoader';
import { notifySuccess } from '../../hooks/notify';
import { translateMessage } from '../../i18n';
import { copyText } from './copy-text';
import { MessageEditor } from './MessageEditor';

/** Between two messages when all are copied at once. */
const SEPARATOR = '\n\n————————————\n\n';

/**
 * The reminders of every institution with open commitments (or of the one the ledger is filtered
 * to): the institutions on the left with their open and overdue counts, the chosen one's text on
 * the right, editable; each copied or opened in WhatsApp on its own, or all copied at once.
 */
export function RemindersModal({
  opened,
  onClose,
  institutionId,
}: {
  opened: boolean;
  onClose: () => void;
  institutionId?: string | undefined;
}) {
  const { t } = useTranslation();
  const [messages, setMessages] = useState<ComposedMessage[] | null>(null);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!opened) return;
    let current = true;
    void call('messages.reminders', institutionId ? { institutionId } : {}).then((result) => {
      if (!current) return;
      if (!result.ok) {
        setError(translateMessage(result.error.message));
        return;
      }
      setMessages(result.value);
      setTexts(Object.fromEntries(result.value.map((m) => [m.institutionId as string, m.text])));
      setSelected(result.value[0]?.institutionId ?? null);
    });
    return () => {
      current = false;
    };
  }, [opened, institutionId]);

  /** Closed: the next opening loads the reminders afresh (commitments may have moved since). */
  function close(): void {
    setMessages(null);
    setError(null);
    onClose();
  }

  const chosen = messages?.find((m) => m.institutionId === selected) ?? null;

  async function copyAll(): Promise<void> {
    if (!messages) return;
    const all = messages.map((m) => texts[m.institutionId as string] ?? m.text).join(SEPARATOR);
    if (await copyText(all)) notifySuccess(t('messages.copiedAll', { count: messages.length }));
    else setError(t('messages.copyFailed'));
  }

  return (
    <Modal opened={opened} onClose={close} title={t('messages.remindersTitle')} size="90%">
      <Stack gap="sm" data-testid="reminders">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text size="sm" c="dimmed">
            {t('messages.remindersIntro')}
          </Text>
          {messages && messages.length > 0 ? (
            <Button
              variant="light"
              leftSection={<IconCopy size={16} />}
              onClick={() => void copyAll()}
              style={{ flexShrink: 0 }}
            >
              {t('messages.copyAll', { count: messages.length })}
            </Button>
          ) : null}
        </Group>
        {error ? <Alert color="red">{error}</Alert> : null}
        {!messages && !error ? <PageLoader /> : null}
        {messages?.length === 0 ? <Alert color="gray">{t('messages.remindersEmpty')}</Alert> : null}
        {messages && chosen ? (
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Text size="sm" fw={500} mb={4}>
                {t('messages.institutions')}
              </Text>
              <ScrollArea.Autosize mah="60vh" type="auto">
                <nav aria-label={t('messages.institutions')}>
                  {messages.map((m) => (
                    <NavLink
                      key={m.institutionId}
                      active={m.institutionId === selected}
                      onClick={() => setSelected(m.institutionId)}
                      label={m.subject}
                      description={
                        <Group gap={4} component="span">
                          <Badge size="xs" variant="light" component="span">
                            {t('messages.openCount', { count: m.open })}
                          </Badge>
                          {m.overdue > 0 ? (
                            <Badge size="xs" color="red" variant="light" component="span">
                              {t('messages.overdueCount', { count: m.overdue })}
                            </Badge>
                          ) : null}
                        </Group>
                      }
                    />
                  ))}
                </nav>
              </ScrollArea.Autosize>
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <Text size="sm" fw={600} mb={4}>
                {chosen.subject}
              </Text>
              <MessageEditor
                key={chosen.institutionId}
                message={chosen}
                text={texts[chosen.institutionId as string] ?? chosen.text}
                onText={(text) => setTexts((all) => ({ ...all, [chosen.institutionId as string]: text }))}
              />
            </Grid.Col>
          </Grid>
        ) : null}
      </Stack>
    </Modal>
  );
}
