import { Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../../shared/domain/agenda';
import type { MeetingWorkspace } from '../../../../../shared/domain/meetings';
import type { MinutesEntry, MinutesKind } from '../../../../../shared/domain/minutes';
import { formatClockId } from '../../../../../shared/format/dates';
import { call } from '../../../../api/client';
import { notifyFailure } from '../../../../hooks/notify';
import { useMeetingWorkspace } from '../../../../stores/meeting-workspace';
import { Section } from '../Section';
import { CarryOverList } from '../follow-up/CarryOverList';
import { DecisionsPanel } from './DecisionsPanel';
import { MinutesEntryRow } from './MinutesEntryRow';
import { NewEntryBox } from './NewEntryBox';
import { SummaryPanel } from './SummaryPanel';

/** Directives are what the chair's own agenda item is for; everything else starts as discussion. */
function defaultKind(item: AgendaItem | null): MinutesKind {
  return item?.kind === 'directives' ? 'directive' : 'discussion';
}

function MinutesSection({
  workspace,
  item,
  entries,
  locked,
}: {
  workspace: MeetingWorkspace;
  item: AgendaItem | null;
  entries: MinutesEntry[];
  locked: boolean;
}) {
  const { t } = useTranslation();
  const requestFocus = useMeetingWorkspace((s) => s.requestFocus);
  // The entry being typed in the new-entry box is shown there, not in the list; one just handed over
  // shows the text it was saved with until the workspace has reloaded it.
  const [typingId, setTypingId] = useState<string | null>(null);
  const [handed, setHanded] = useState<ReadonlyMap<string, string>>(new Map());
  if (entries.some((entry) => handed.get(entry.id) === entry.body)) {
    setHanded(new Map([...handed].filter(([id, body]) => !entries.some((e) => e.id === id && e.body === body))));
  }
  const slot = item ? workspace.schedule.items.find((s) => s.id === item.id) : undefined;
  const listed = entries
    .filter((entry) => entry.id !== typingId)
    .map((entry) => ({ ...entry, body: handed.get(entry.id) ?? entry.body }));

  async function remove(entry: MinutesEntry): Promise<void> {
    const index = entries.findIndex((e) => e.id === entry.id);
    const result = notifyFailure(await call('minutes.delete', { id: entry.id }));
    if (result.ok) requestFocus(entries[index - 1]?.id ?? null);
  }

  const heading = item
    ? `${item.position + 1}. ${item.title}${item.presenterName ? ` — ${item.presenterName}` : ''}`
    : t('minutesUi.general');
  return (
    <Paper withBorder p="sm" data-minutes-section aria-label={heading} role="group">
      <Text fw={600} size="sm">
        {heading}
      </Text>
      {slot ? (
        <Text size="xs" c="dimmed" mb="xs">
          {formatClockId(slot.start)}–{formatClockId(slot.end)}
        </Text>
      ) : null}
      <Stack gap={6} mt="xs">
        {item?.kind === 'follow_up' ? <CarryOverList workspace={workspace} locked={locked} /> : null}
        {listed.map((entry, index) => (
          <MinutesEntryRow
            key={entry.id}
            entry={entry}
            locked={locked}
            last={index === listed.length - 1}
            onRemoved={(e) => void remove(e)}
          />
        ))}
        {locked ? null : (
          <NewEntryBox
            defaults={{
              meetingId: workspace.meeting.id,
              agendaItemId: item?.id ?? null,
              kind: defaultKind(item),
              // The presenter is usually the one speaking under their own item.
              speakerPersonId: listed.at(-1)?.speakerPersonId ?? item?.presenterPersonId ?? null,
            }}
            onTyping={setTypingId}
            onHandedOver={(id, body) => setHanded((current) => new Map(current).set(id, body))}
          />
        )}
      </Stack>
    </Paper>
  );
}

/** The minutes: entries per agenda item, then decisions, conclusion and closing time. */
export function MinutesPanel({ workspace, locked }: { workspace: MeetingWorkspace; locked: boolean }) {
  const { t } = useTranslation();
  const { agenda, minutes } = workspace;
  const general = minutes.filter((entry) => entry.agendaItemId === null);
  return (
    <Section title={t('minutesUi.title')} testId="minutes">
      <Stack gap="sm">
        <Text size="xs" c="dimmed">
          {agenda.length === 0 ? t('minutesUi.noAgenda') : t('minutesUi.hint')}
        </Text>
        {agenda.map((item) => (
          <MinutesSection
            key={item.id}
            workspace={workspace}
            item={item}
            entries={minutes.filter((e) => e.agendaItemId === item.id)}
            locked={locked}
          />
        ))}
        {general.length > 0 || agenda.length === 0 ? (
          <MinutesSection workspace={workspace} item={null} entries={general} locked={locked} />
        ) : null}
        <DecisionsPanel workspace={workspace} locked={locked} />
        <SummaryPanel workspace={workspace} locked={locked} />
      </Stack>
    </Section>
  );
}
