import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingWorkspace } from '../../../../../shared/domain/meetings';
import type { Decision } from '../../../../../shared/domain/minutes';
import { call } from '../../../../api/client';
import { notifyFailure } from '../../../../hooks/notify';
import { readDraft, useAutosavedText, writeDraft } from '../../../../hooks/useAutosavedText';
import { handleSectionJump } from './minutes-keys';

function DecisionRow({ decision, locked }: { decision: Decision; locked: boolean }) {
  const { t } = useTranslation();
  const body = useAutosavedText(`decision.${decision.id}`, decision.body, async (text) => {
    if (!text.trim()) return false;
    return notifyFailure(
      await call('decisions.update', { id: decision.id, agendaItemId: decision.agendaItemId, body: text }),
    ).ok;
  });
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap" data-testid="decision" data-target-id={decision.id}>
      <Text fw={600} w={28} pt={6} ta="right">
        {decision.number}.
      </Text>
      <Textarea
        autosize
        minRows={1}
        style={{ flex: 1 }}
        aria-label={t('decisions.item', { number: decision.number })}
        readOnly={locked}
        value={body.text}
        onChange={(event) => body.change(event.currentTarget.value)}
        onBlur={() => void body.flush()}
        error={body.state === 'failed' && !body.text.trim() ? t('validation.required') : undefined}
      />
      {locked ? null : (
        <ActionIcon
          variant="subtle"
          color="red"
          mt={4}
          aria-label={t('decisions.remove', { number: decision.number })}
          onClick={() => void call('decisions.delete', { id: decision.id }).then(notifyFailure)}
        >
          <IconTrash size={16} />
        </ActionIcon>
      )}
    </Group>
  );
}

/** Decisions, numbered per meeting as they will be printed under KEPUTUSAN. */
// Memoised: opening agenda items above must not resize its text boxes again (each forces a layout).
export const DecisionsPanel = memo(function DecisionsPanel({
  workspace,
  locked,
}: {
  workspace: MeetingWorkspace;
  locked: boolean;
}) {
  const { t } = useTranslation();
  const draftKey = `decision-new.${workspace.meeting.id}`;
  const [draft, setDraftState] = useState(() => readDraft(draftKey) ?? '');
  const setDraft = (text: string) => {
    setDraftState(text);
    writeDraft(draftKey, text || null);
  };

  /** The box empties at once, so what is typed while the decision is saved starts the next one. */
  async function add(): Promise<void> {
    const body = draft;
    if (!body.trim()) return;
    setDraft('');
    const result = notifyFailure(await call('decisions.create', { meetingId: workspace.meeting.id, body }));
    if (!result.ok) setDraftState((current) => current || body);
  }

  return (
    <Paper withBorder p="sm" data-minutes-section role="group" aria-label={t('decisions.title')}>
      <Text fw={600} size="sm" mb="xs">
        {t('decisions.title')}
      </Text>
      <Stack gap={6}>
        {workspace.decisions.length === 0 && locked ? (
          <Text size="sm" c="dimmed">
            {t('decisions.empty')}
          </Text>
        ) : null}
        {workspace.decisions.map((decision) => (
          <DecisionRow key={decision.id} decision={decision} locked={locked} />
        ))}
        {locked ? null : (
          <Group align="flex-start" gap="xs" wrap="nowrap">
            <Text w={28} pt={6} ta="right" c="dimmed">
              {workspace.decisions.length + 1}.
            </Text>
            <Textarea
              autosize
              minRows={1}
              style={{ flex: 1 }}
              data-new-entry
              aria-label={t('decisions.new')}
              placeholder={t('decisions.placeholder')}
              value={draft}
              onChange={(event) => setDraft(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (handleSectionJump(event)) return;
                if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
                  event.preventDefault();
                  void add();
                }
              }}
            />
            <Button
              variant="light"
              leftSection={<IconPlus size={14} />}
              disabled={!draft.trim()}
              onClick={() => void add()}
            >
              {t('decisions.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
});
