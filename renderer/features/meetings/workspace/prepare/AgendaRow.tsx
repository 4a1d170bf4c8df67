import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowDown,
  IconArrowUp,
  IconGripVertical,
  IconPencil,
  IconTrash,
} from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, ScheduledItem } from '../../../../../shared/domain/agenda';
import { formatClockId } from '../../../../../shared/format/dates';

export function AgendaRow({
  item,
  slot,
  index,
  count,
  locked,
  onMove,
  onEdit,
  onDelete,
}: {
  item: AgendaItem;
  slot: ScheduledItem | undefined;
  index: number;
  count: number;
  locked: boolean;
  onMove: (toPosition: number) => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    disabled: locked,
  });
  const presenter = [item.presenterName, item.presenterInstitutionName].filter(Boolean).join(' · ');

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (locked || !event.altKey || event.target !== event.currentTarget) return;
    if (event.key === 'ArrowUp') onMove(index - 1);
    else if (event.key === 'ArrowDown') onMove(index + 1);
    else return;
    event.preventDefault();
  }

  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="xs"
      role="listitem"
      data-target-id={item.id}
      tabIndex={0}
      aria-label={item.title}
      onKeyDown={onKeyDown}
      style={{
        transform: CSS.Transform.toString(transform),
        transition: transition,
        opacity: isDragging ? 0.6 : 1,
      }}
    >
      <Group wrap="nowrap" align="flex-start" gap="sm">
        {locked ? null : (
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('agenda.drag', { title: item.title })}
            {...attributes}
            {...listeners}
            style={{ cursor: 'grab' }}
          >
            <IconGripVertical size={16} />
          </ActionIcon>
        )}
        <Text size="sm" ff="monospace" w={110} style={{ flexShrink: 0 }}>
          {slot ? `${formatClockId(slot.start)}–${formatClockId(slot.end)}` : ''}
        </Text>
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Text size="sm" fw={500}>
              {index + 1}. {item.title}
            </Text>
            <Badge size="sm" variant="light" color="gray">
              {t(`agendaKind.${item.kind}`)}
            </Badge>
            {slot?.overlapsPrevious ? (
              <Tooltip label={t('agenda.overlap')}>
                <IconAlertTriangle size={16} color="var(--mantine-color-orange-6)" aria-label={t('agenda.overlap')} />
              </Tooltip>
            ) : null}
          </Group>
          {presenter ? (
            <Text size="xs" c="dimmed">
              {presenter}
            </Text>
          ) : null}
          {item.notes ? (
            <Text size="xs" c="dimmed" fs="italic">
              {item.notes}
            </Text>
          ) : null}
        </Stack>
        <Text size="xs" c="dimmed" w={70} ta="right" style={{ flexShrink: 0 }}>
          {item.durationMinutes !== null ? t('agenda.minutes', { count: item.durationMinutes }) : ''}
        </Text>
        {locked ? null : (
          <Group gap={2} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              disabled={index === 0}
              aria-label={t('agenda.moveUp', { title: item.title })}
              onClick={() => onMove(index - 1)}
            >
              <IconArrowUp size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              disabled={index === count - 1}
              aria-label={t('agenda.moveDown', { title: item.title })}
              onClick={() => onMove(index + 1)}
            >
              <IconArrowDown size={16} />
            </ActionIcon>
            <ActionIcon variant="subtle" aria-label={`${t('common.edit')} ${item.title}`} onClick={onEdit}>
              <IconPencil size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`${t('common.delete')} ${item.title}`}
              onClick={onDelete}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        )}
      </Group>
    </Paper>
  );
}
