import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../../shared/domain/agenda';
import type { MeetingWorkspace } from '../../../../../shared/domain/meetings';
import { formatClockId } from '../../../../../shared/format/dates';
import { call } from '../../../../api/client';
import { ConfirmDelete } from '../../../../components/ConfirmDelete';
import { notifyFailure } from '../../../../hooks/notify';
import { Section } from '../Section';
import { FollowUpOffer } from '../follow-up/FollowUpOffer';
import { AgendaItemForm } from './AgendaItemForm';
import { AgendaRow } from './AgendaRow';
import { GuardedModal } from '../../../../components/FormGuard';

type Editing = { item: AgendaItem | null } | null;

/** The ordered agenda with computed times; reordered by drag, by buttons or by Alt+↑/↓. */
export function AgendaEditor({ workspace, locked }: { workspace: MeetingWorkspace; locked: boolean }) {
  const { t } = useTranslation();
  const { agenda, schedule, meeting } = workspace;
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<AgendaItem | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  async function move(id: string, toPosition: number): Promise<void> {
    if (toPosition < 0 || toPosition >= agenda.length) return;
    notifyFailure(await call('agenda.move', { id, toPosition }));
  }

  function onDragEnd(event: DragEndEvent): void {
    const { active, over } = event;
    if (!over || active.id === over.id) return;
    const to = agenda.findIndex((item) => item.id === over.id);
    void move(String(active.id), to);
  }

  const overrun = schedule.overrunMinutes > 0;
  return (
    <Section
      title={t('agenda.title')}
      testId="agenda"
      actions={
        locked ? null : (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ item: null })}>
            {t('agenda.add')}
          </Button>
        )
      }
    >
      {locked ? null : <FollowUpOffer workspace={workspace} />}
      {agenda.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('agenda.empty')}
        </Text>
      ) : (
        <Stack gap="xs">
          {locked ? null : (
            <Text size="xs" c="dimmed">
              {t('agenda.reorderHint')}
            </Text>
          )}
          <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
            <SortableContext
              items={agenda.map((item) => item.id)}
              strategy={verticalListSortingStrategy}
              disabled={locked}
            >
              <Stack gap={4} role="list" aria-label={t('agenda.title')}>
                {agenda.map((item, index) => (
                  <AgendaRow
                    key={item.id}
                    item={item}
                    slot={schedule.items[index]}
                    index={index}
                    count={agenda.length}
                    locked={locked}
                    onMove={(to) => void move(item.id, to)}
                    onEdit={() => setEditing({ item })}
                    onDelete={() => setDeleting(item)}
                  />
                ))}
              </Stack>
            </SortableContext>
          </DndContext>
          {overrun ? (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle />} data-testid="agenda-overrun">
              {t('agenda.endsAt', { end: formatClockId(schedule.end) })}{' '}
              {t('agenda.overrun', { planned: formatClockId(meeting.endTime ?? ''), minutes: schedule.overrunMinutes })}
            </Alert>
          ) : (
            <Text size="sm" c="dimmed" data-testid="agenda-end">
              {t('agenda.endsAt', { end: formatClockId(schedule.end) })}
              {meeting.endTime ? ` · ${t('agenda.fits', { planned: formatClockId(meeting.endTime) })}` : ''}
            </Text>
          )}
        </Stack>
      )}
      <GuardedModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.item ? t('agenda.edit') : t('agenda.add')}
        size="lg"
      >
        {editing ? <AgendaItemForm meetingId={meeting.id} item={editing.item} onDone={() => setEditing(null)} /> : null}
      </GuardedModal>
      <ConfirmDelete
        name={deleting?.title ?? null}
        onClose={() => setDeleting(null)}
        onConfirm={() => call('agenda.delete', { id: deleting?.id ?? '' })}
      />
    </Section>
  );
}
