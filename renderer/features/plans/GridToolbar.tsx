import { ActionIcon, Alert, Button, CloseButton, Group, List, Popover, Select, Text, Tooltip } from '@mantine/core';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconKeyboard,
  IconArrowBarToDown,
  IconLink,
  IconRowInsertBottom,
  IconRowRemove,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { translateMessage } from '../../i18n';
import { GROUPINGS, type Grouping } from './grid/display';
import { usePlanGrid } from './grid/store';

/** The grid's buttons (each with its shortcut) and the problems of the last edit or paste. */
export function GridToolbar({
  locked,
  newActivity,
  onOpenRow,
}: {
  locked: boolean;
  newActivity: string;
  onOpenRow: (rowId: string) => void;
}) {
  const { t } = useTranslation();
  const grid = usePlanGrid();
  const activeRow = grid.rows[grid.active.row];
  return (
    <>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs">
          <Button
            size="xs"
            leftSection={<IconRowInsertBottom size={16} />}
            disabled={locked}
            onClick={() => void grid.addRow(newActivity)}
          >
            {t('plans.grid.addRow')}
          </Button>
          <Tooltip label={t('plans.grid.deleteRowsHint')}>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconRowRemove size={16} />}
              disabled={locked || grid.rows.length === 0}
              onClick={() => void grid.deleteRows()}
            >
              {t('plans.grid.deleteRows')}
            </Button>
          </Tooltip>
          <Tooltip label={t('plans.grid.fillDownHint')}>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconArrowBarToDown size={16} />}
              disabled={locked}
              onClick={() => void grid.fillDown()}
            >
              {t('plans.grid.fillDown')}
            </Button>
          </Tooltip>
          <Tooltip label={t('planRow.openActiveHint')}>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconLink size={16} />}
              disabled={!activeRow}
              onClick={() => activeRow && onOpenRow(activeRow.id)}
            >
              {t('planRow.openActive')}
              {activeRow && activeRow.commitmentIds.length > 0 ? ` (${activeRow.commitmentIds.length})` : ''}
            </Button>
          </Tooltip>
          <Tooltip label={t('plans.grid.undo')}>
            <ActionIcon
              variant="default"
              aria-label={t('plans.grid.undo')}
              disabled={grid.undo.length === 0 || grid.busy}
              onClick={() => void grid.undoStep()}
            >
              <IconArrowBackUp size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('plans.grid.redo')}>
            <ActionIcon
              variant="default"
              aria-label={t('plans.grid.redo')}
              disabled={grid.redo.length === 0 || grid.busy}
              onClick={() => void grid.redoStep()}
            >
              <IconArrowForwardUp size={16} />
            </ActionIcon>
          </Tooltip>
          {/* The keys are one click away rather than a line of text taking a grid row's height. */}
          <Popover position="bottom-start" withArrow shadow="md" width={420}>
            <Popover.Target>
              <ActionIcon variant="default" aria-label={t('plans.grid.keysTitle')} title={t('plans.grid.keysTitle')}>
                <IconKeyboard size={16} />
              </ActionIcon>
            </Popover.Target>
            <Popover.Dropdown>
              <Text size="sm">{t('plans.grid.keys')}</Text>
            </Popover.Dropdown>
          </Popover>
        </Group>
        <Select
          size="xs"
          aria-label={t('plans.grid.grouping')}
          w={190}
          allowDeselect={false}
          value={grid.grouping}
          onChange={(value) => value && grid.setGrouping(value as Grouping)}
          data={GROUPINGS.map((value) => ({ value, label: t(`plans.grid.groupings.${value}`) }))}
        />
      </Group>
      {grid.messages.length > 0 ? (
        <Alert color="red" data-testid="grid-problems" title={t('plans.grid.problems')} withCloseButton={false}>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <List size="sm" spacing={2}>
              {grid.messages.map((message, index) => (
                <List.Item key={index}>{translateMessage(message)}</List.Item>
              ))}
            </List>
            <CloseButton aria-label={t('common.close')} onClick={grid.dismissMessages} />
          </Group>
        </Alert>
      ) : null}
    </>
  );
}
