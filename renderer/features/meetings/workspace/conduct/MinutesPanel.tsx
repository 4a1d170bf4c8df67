import { Button, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { memo, useId, useMemo, useState } from 'react';
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
import { handleSectionJump } from './minutes-keys';
import { NewEntryBox } from './NewEntryBox';
import { SummaryPanel } from './SummaryPanel';
import { useDrawnEntries, useFoldedSections } from './useFoldedSections';

/** The key of a section in the fold state: its agenda item, or the general notes. */
const GENERAL = 'general';
const NO_ENTRIES: MinutesEntry[] = [];

/** Directives are what the chair's own agenda item is for; everything else starts as discussion. */
function defaultKind(item: AgendaItem | null): MinutesKind {
  return item?.kind === 'directives' ? 'directive' : 'discussion';
}

/** The entries of an open item; in a large meeting drawn a few per task, so no task grows long. */
function EntryList({
  entries,
  locked,
  progressive,
  onRemoved,
}: {
  entries: MinutesEntry[];
  locked: boolean;
  progressive: boolean;
  onRemoved: (entry: MinutesEntry) => void;
}) {
  const drawn = useDrawnEntries(entries.length, progressive);
  return entries
    .slice(0, drawn)
    .map((entry, index) => (
      <MinutesEntryRow
        key={entry.id}
        entry={entry}
        locked={locked}
        last={index === entries.length - 1}
        onRemoved={onRemoved}
      />
    ));
}

/**
 * One agenda item's minutes. Memoised: opening one item of a long meeting draws that item only
 * (every prop is stable while the workspace is unchanged).
 */
const MinutesSection = memo(function MinutesSection({
  workspace,
  item,
  entries,
  locked,
  open,
  progressive,
  onToggle,
  onOpen,
}: {
  workspace: MeetingWorkspace;
  item: AgendaItem | null;
  entries: MinutesEntry[];
  locked: boolean;
  /** Closed, the section is its title line (and the new-entry box, ready to type). */
  open: boolean;
  /** A folded (large) meeting: an opened item's entries are drawn a few per task. */
  progressive: boolean;
  onToggle: (key: string) => void;
  onOpen: (key: string) => void;
}) {
  const key = item?.id ?? GENERAL;
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
  const bodyId = useId();
  const Chevron = open ? IconChevronDown : IconChevronRight;
  return (
    <Paper
      withBorder
      p="sm"
      data-minutes-section
      data-agenda-item={item?.id}
      aria-label={heading}
      role="group"
      // The cursor arriving in the new-entry box (Ctrl+↓, a click) opens the item, so that what is
      // handed over from the box shows in its list.
      onFocus={(event) => {
        if (!open && event.target instanceof HTMLTextAreaElement) onOpen(key);
      }}
    >
      <Text component="h4" m={0} fw={600} size="sm">
        <UnstyledButton
          fz="sm"
          data-section-toggle
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => onToggle(key)}
          onKeyDown={handleSectionJump}
          w="100%"
          style={{ borderRadius: 4 }}
        >
          <Group gap={6} wrap="nowrap" align="flex-start">
            <Chevron size={16} style={{ flex: 'none', marginTop: 2 }} aria-hidden />
            <span>{heading}</span>
          </Group>
          <Text component="span" display="block" size="xs" c="dimmed" fw={400} ml={22}>
            {[
              slot ? `${formatClockId(slot.start)}–${formatClockId(slot.end)}` : null,
              entries.length > 0 ? t('minutesFold.entries', { count: entries.length }) : t('minutesFold.noEntries'),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </UnstyledButton>
      </Text>
      {/* Closed and locked, nothing is below the title: no empty margin either. */}
      <Stack gap={6} mt={open || !locked ? 'xs' : 0} id={bodyId}>
        {open && item?.kind === 'follow_up' ? <CarryOverList workspace={workspace} locked={locked} /> : null}
        {open ? (
          <EntryList entries={listed} locked={locked} progressive={progressive} onRemoved={(e) => void remove(e)} />
        ) : null}
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
});

/** The minutes: entries per agenda item, then decisions, conclusion and closing time. */
export function MinutesPanel({ workspace, locked }: { workspace: MeetingWorkspace; locked: boolean }) {
  const { t } = useTranslation();
  const { agenda, minutes } = workspace;
  // Built once per workspace read: a section's entries stay the same array while it is unchanged.
  const { byItem, general } = useMemo(() => {
    const lists = new Map<string, MinutesEntry[]>();
    const rest: MinutesEntry[] = [];
    for (const entry of minutes) {
      if (entry.agendaItemId === null) {
        rest.push(entry);
        continue;
      }
      const list = lists.get(entry.agendaItemId);
      if (list) list.push(entry);
      else lists.set(entry.agendaItemId, [entry]);
    }
    return { byItem: lists, general: rest };
  }, [minutes]);
  const showGeneral = general.length > 0 || agenda.length === 0;
  const keys = [...agenda.map((item) => item.id), ...(showGeneral ? [GENERAL] : [])];
  const fold = useFoldedSections(keys, minutes.length);
  // A search result inside a closed item: the item opens, so the workspace can scroll to it.
  const target = useMeetingWorkspace((s) => s.target);
  const targetEntry = target ? minutes.find((entry) => entry.id === target) : undefined;
  const targetKey = targetEntry ? (targetEntry.agendaItemId ?? GENERAL) : agenda.some((i) => i.id === target) && target;
  if (targetKey && !fold.isOpen(targetKey)) fold.open(targetKey);

  const section = (item: AgendaItem | null, entries: MinutesEntry[]) => {
    const key = item?.id ?? GENERAL;
    return (
      <MinutesSection
        key={key}
        workspace={workspace}
        item={item}
        entries={entries}
        locked={locked}
        open={fold.isOpen(key)}
        progressive={fold.folded}
        onToggle={fold.toggle}
        onOpen={fold.open}
      />
    );
  };
  return (
    <Section
      title={t('minutesUi.title')}
      testId="minutes"
      actions={
        keys.length > 1 ? (
          <Button
            variant="default"
            size="xs"
            onClick={() => (fold.anyClosed ? fold.openAll() : fold.closeAll())}
            data-testid="minutes-fold-all"
          >
            {fold.anyClosed ? t('minutesFold.expandAll') : t('minutesFold.collapseAll')}
          </Button>
        ) : null
      }
    >
      <Stack gap="sm">
        <Text size="xs" c="dimmed">
          {agenda.length === 0 ? t('minutesUi.noAgenda') : t('minutesUi.hint')}
        </Text>
        {fold.folded ? (
          <Text size="xs" c="dimmed">
            {t('minutesFold.largeHint')}
          </Text>
        ) : null}
        {agenda.map((item) => section(item, byItem.get(item.id) ?? NO_ENTRIES))}
        {showGeneral ? section(null, general) : null}
        <DecisionsPanel workspace={workspace} locked={locked} />
        <SummaryPanel workspace={workspace} locked={locked} />
      </Stack>
    </Section>
  );
}
