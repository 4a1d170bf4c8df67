import { Alert, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageTemplatesSetup } from '../../../shared/domain/messages';
import { MESSAGE_KINDS, MESSAGE_PLACEHOLDERS, type MessageKind } from '../../../shared/messages/templates';
import { useUnsavedChanges } from '../../components/FormGuard';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { Loaded } from '../../components/LoadError';
import { splitApiError } from '../../hooks/api-errors';
import { notifySuccess } from '../../hooks/notify';

const FIELDS = MESSAGE_KINDS.map((kind) => `templates.${kind}`);

/** Pengaturan → the wording of the WhatsApp messages, with each kind's placeholders named. */
export function MessageTemplatesCard() {
  const { t } = useTranslation();
  const query = useApiQuery('messages.templates', {});
  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        {t('messages.templates.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('messages.templates.intro')}
      </Text>
      {/* Read once into the form; which wordings are the office's own follows the saved setup. */}
      <Loaded query={query}>{(setup) => <TemplatesForm setup={setup} />}</Loaded>
    </Card>
  );
}

function TemplatesForm({ setup }: { setup: MessageTemplatesSetup }) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState<Record<MessageKind, string>>(setup.templates);
  /** What was read or saved last: leaving Pengaturan with anything else asks first. */
  const [saved, setSaved] = useState<Record<MessageKind, string>>(setup.templates);
  useUnsavedChanges(MESSAGE_KINDS.some((kind) => texts[kind] !== saved[kind]));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save(templates: Record<MessageKind, string | null>): Promise<void> {
    setSaving(true);
    setError(null);
    setFieldErrors({});
    const result = await call('messages.setTemplates', { templates });
    setSaving(false);
    if (!result.ok) {
      const split = splitApiError(result.error, FIELDS);
      setFieldErrors(split.fields);
      setError(split.general);
      return;
    }
    setTexts(result.value.templates);
    setSaved(result.value.templates);
    notifySuccess(t('messages.templates.saved'));
  }

  return (
    <Stack gap="md">
      {MESSAGE_KINDS.map((kind) => (
        <Textarea
          key={kind}
          label={
            <Group gap={6} component="span">
              {t(`messages.templates.${kind}`)}
              {setup.custom[kind] ? (
                <Badge size="xs" variant="light" component="span">
                  {t('messages.templates.custom')}
                </Badge>
              ) : null}
            </Group>
          }
          description={t('messages.templates.placeholders', {
            list: MESSAGE_PLACEHOLDERS[kind].map((name) => `{${name}}`).join(', '),
          })}
          autosize
          minRows={4}
          maxRows={14}
          value={texts[kind]}
          error={fieldErrors[`templates.${kind}`]}
          onChange={(event) => setTexts({ ...texts, [kind]: event.currentTarget.value })}
        />
      ))}
      {error ? <Alert color="red">{error}</Alert> : null}
      <Group justify="space-between">
        <Button
          variant="subtle"
          disabled={!MESSAGE_KINDS.some((kind) => setup.custom[kind])}
          onClick={() => void save({ invitation: null, summary: null, reminder: null })}
        >
          {t('messages.templates.reset')}
        </Button>
        <Button loading={saving} onClick={() => void save(texts)}>
          {t('messages.templates.save')}
        </Button>
      </Group>
    </Stack>
  );
}
