import { Alert, Badge, Button, Grid, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/queries';
import { GuardedModal } from '../../components/FormGuard';
import { QueryStatus } from '../../components/LoadError';
import { notifySuccess } from '../../hooks/notify';
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
  // Read again at each opening (the dialog is mounted while open): the days overdue count from today.
  const query = useApiQuery('messages.reminders', institutionId ? { institutionId } : {}, {
    enabled: opened,
    readOnOpen: true,
  });
  const messages = query.data ?? null;
  /** The texts as edited here, by institution; the rest show as composed. */
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [picked, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const chosen = messages?.find((m) => m.institutionId === picked) ?? messages?.[0] ?? null;
  const selected = chosen?.institutionId ?? null;

  async function copyAll(): Promise<void> {
    if (!messages) return;
    const all = messages.map((m) => texts[m.institutionId as string] ?? m.text).join(SEPARATOR);
    if (await copyText(all)) notifySuccess(t('messages.copiedAll', { count: messages.length }));
    else setError(t('messages.copyFailed'));
  }

  return (
    <GuardedModal
      opened={opened}
      onClose={onClose}
      dirty={messages?.some((m) => (texts[m.institutionId as string] ?? m.text) !== m.text) ?? false}
      title={t('messages.remindersTitle')}
      size="90%"
    >
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
        <QueryStatus query={query} />
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
    </GuardedModal>
  );
}
