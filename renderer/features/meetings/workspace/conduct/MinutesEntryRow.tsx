import { ActionIcon, Group, Select, Text, Textarea, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MINUTES_KINDS, type MinutesEntry, type MinutesKind } from '../../../../../shared/domain/minutes';
import { call } from '../../../../api/client';
import { RemoteSelect } from '../../../../components/RemoteSelect';
import { resolvePerson, searchPeople } from '../../../../components/pickers';
import { notifyFailure } from '../../../../hooks/notify';
import { useAutosavedText } from '../../../../hooks/useAutosavedText';
import { useMeetingWorkspace } from '../../../../stores/meeting-workspace';
import { focusNewEntryBox, handleSectionJump } from './minutes-keys';

/**
 * One minutes entry. Enter saves it and opens the next entry (the item's new-entry box after the
 * last one); Shift+Enter is a new line;
 * Backspace in an empty entry removes it; Ctrl+↓/↑ jump between agenda items.
 */
export function MinutesEntryRow({
  entry,
  locked,
  last,
  onRemoved,
}: {
  entry: MinutesEntry;
  locked: boolean;
  /** The last entry of its agenda item: Enter moves on to the item's new-entry box. */
  last: boolean;
  onRemoved: (entry: MinutesEntry) => void;
}) {
  const { t } = useTranslation();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const focusEntryId = useMeetingWorkspace((s) => s.focusEntryId);
  const requestFocus = useMeetingWorkspace((s) => s.requestFocus);

  const body = useAutosavedText(`minutes.${entry.id}`, entry.body, async (text) => {
    const result = notifyFailure(await call('minutes.update', { id: entry.id, body: text }));
    return result.ok;
  });

  useEffect(() => {
    if (focusEntryId === entry.id && textarea.current) {
      textarea.current.focus();
      requestFocus(null);
    }
  }, [focusEntryId, entry.id, requestFocus]);

  /** Kind and speaker only: the body has its own autosave, and each save leaves the other's fields alone. */
  async function saveFields(patch: {
    kind?: MinutesKind;
    speakerPersonId?: string | null;
    speakerText?: string | null;
  }): Promise<void> {
    notifyFailure(await call('minutes.update', { id: entry.id, ...patch }));
  }

  async function addNext(): Promise<void> {
    await body.flush();
    const result = notifyFailure(
      await call('minutes.create', {
        meetingId: entry.meetingId,
        agendaItemId: entry.agendaItemId,
        kind: entry.kind,
        // The next entry continues with the same kind and speaker; both are one click to change.
        speakerPersonId: entry.speakerPersonId,
        speakerText: entry.speakerText,
        afterId: entry.id,
      }),
    );
    if (result.ok) requestFocus(result.value.id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): void {
    if (handleSectionJump(event)) return;
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      // Moving to the box is immediate, so the next keystrokes cannot land back in this entry.
      if (last) focusNewEntryBox(event.currentTarget);
      else void addNext();
    } else if (event.key === 'Backspace' && body.text === '') {
      event.preventDefault();
      onRemoved(entry);
    }
  }

  return (
    // On a narrow window the text goes below kind and speaker rather than being squeezed beside them.
    <Group align="flex-start" gap="xs" wrap="wrap" data-testid="minutes-entry" data-target-id={entry.id}>
      {locked ? (
        // An approved meeting's kind and speaker as text: two pickers per entry that cannot be
        // changed cost a long meeting most of its drawing time.
        <Text size="sm" w={320} pt={6} data-testid="minutes-entry-speaker">
          <Text span size="sm" fw={500}>
            {t(`minutesKind.${entry.kind}`)}
          </Text>
          {entry.speakerName || entry.speakerText ? ` · ${entry.speakerName ?? entry.speakerText}` : ''}
        </Text>
      ) : (
        <>
          <Select
            size="xs"
            w={120}
            aria-label={t('minutesUi.kind')}
            allowDeselect={false}
            data={MINUTES_KINDS.map((value) => ({ value, label: t(`minutesKind.${value}`) }))}
            value={entry.kind}
            onChange={(value) => value && void saveFields({ kind: value as MinutesKind })}
          />
          <RemoteSelect
            size="xs"
            w={190}
            aria-label={t('minutesUi.speaker')}
            placeholder={t('minutesUi.speaker')}
            search={searchPeople}
            resolve={resolvePerson}
            selectedLabel={entry.speakerName}
            value={entry.speakerPersonId}
            onChange={(id) => void saveFields({ speakerPersonId: id, speakerText: id ? null : entry.speakerText })}
          />
          {entry.speakerPersonId ? null : (
            <TextInput
              size="xs"
              w={150}
              aria-label={t('minutesUi.speakerFree')}
              placeholder={t('minutesUi.speakerFree')}
              defaultValue={entry.speakerText ?? ''}
              onBlur={(event) => {
                const text = event.currentTarget.value.trim();
                if (text !== (entry.speakerText ?? '')) void saveFields({ speakerText: text || null });
              }}
            />
          )}
        </>
      )}
      <Textarea
        ref={textarea}
        size="sm"
        // Sized by the browser to its text (no script measuring each box, which forced a layout
        // per entry when a long meeting was drawn).
        rows={1}
        styles={{ input: { fieldSizing: 'content' } }}
        style={{ flex: '1 1 320px' }}
        aria-label={t('minutesUi.body')}
        placeholder={t('minutesUi.bodyPlaceholder')}
        readOnly={locked}
        value={body.text}
        onChange={(event) => body.change(event.currentTarget.value)}
        onBlur={() => void body.flush()}
        onKeyDown={onKeyDown}
      />
      <Text size="xs" c={body.state === 'failed' ? 'red' : 'dimmed'} w={78} pt={6} aria-live="polite">
        {t(`minutesUi.state.${body.state}`)}
      </Text>
      {locked ? null : (
        <ActionIcon
          variant="subtle"
          color="red"
          mt={4}
          aria-label={t('minutesUi.remove')}
          onClick={() => onRemoved(entry)}
        >
          <IconTrash size={16} />
        </ActionIcon>
      )}
    </Group>
  );
}
