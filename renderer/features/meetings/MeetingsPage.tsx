import { ActionIcon, Alert, Badge, Button, Group, Modal, Select, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconPencil, IconPlus, IconSearch, IconTrash, IconUsersGroup } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MEETING_KINDS,
  MEETING_STATUSES,
  type Meeting,
  type MeetingKind,
  type MeetingListItem,
  type MeetingStatus,
} from '../../../shared/domain/meetings';
import { formatDayDateId, formatTimeId } from '../../../shared/format/dates';
import { call } from '../../api/client';
import { ConfirmDelete } from '../../components/ConfirmDelete';
import { ListState } from '../../components/ListState';
import { PageHeader } from '../../components/PageHeader';
import { Paginator } from '../../components/Paginator';
import { RemoteSelect } from '../../components/RemoteSelect';
import { resolveArea, searchAnyArea } from '../../components/pickers';
import { translateMessage } from '../../i18n';
import { useMeetingsList } from '../../stores/meetings';
import { useSettings } from '../../stores/settings';
import { MeetingForm } from './MeetingForm';
import { STATUS_COLORS } from './status-colors';

type Editing = { mode: 'new' } | { mode: 'edit'; meeting: Meeting } | null;

export default function MeetingsPage() {
  const { t } = useTranslation();
  const office = useSettings((s) => s.settings?.office);
  const { filters, page, loading, error, setFilters, reload } = useMeetingsList();
  const [search, setSearch] = useState(filters.query ?? '');
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<MeetingListItem | null>(null);
  const applySearch = useDebouncedCallback((query: string) => setFilters({ query }), 250);

  useEffect(() => {
    void reload();
  }, [reload]);

  async function openEditor(id: string): Promise<void> {
    const result = await call('meetings.get', { id });
    if (result.ok) setEditing({ mode: 'edit', meeting: result.value });
    else notifications.show({ color: 'red', message: translateMessage(result.error.message) });
  }

  const filtered = Boolean(filters.query || filters.status || filters.kind || filters.areaCode);
  return (
    <>
      <PageHeader
        title={t('meetings.title')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ mode: 'new' })}>
            {t('meetings.new')}
          </Button>
        }
      />
      <Alert variant="light" icon={<IconInfoCircle />} mb="md">
        {t('meetings.workflowPending')}
      </Alert>
      <Group gap="xs" mb="sm" wrap="wrap">
        <TextInput
          aria-label={t('common.search')}
          placeholder={t('common.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            applySearch(event.currentTarget.value);
          }}
          w={260}
        />
        <Select
          aria-label={t('meetings.filterStatus')}
          placeholder={t('meetings.filterStatus')}
          clearable
          data={MEETING_STATUSES.map((value) => ({ value, label: t(`meetingStatus.${value}`) }))}
          value={filters.status ?? null}
          onChange={(status) => setFilters({ status: (status as MeetingStatus | null) ?? undefined })}
          w={190}
        />
        <Select
          aria-label={t('meetings.filterKind')}
          placeholder={t('meetings.filterKind')}
          clearable
          data={MEETING_KINDS.map((value) => ({ value, label: t(`meetingKind.${value}`) }))}
          value={filters.kind ?? null}
          onChange={(kind) => setFilters({ kind: (kind as MeetingKind | null) ?? undefined })}
          w={210}
        />
        <RemoteSelect
          aria-label={t('meetings.filterArea')}
          placeholder={t('meetings.filterArea')}
          search={searchAnyArea}
          resolve={resolveArea}
          value={filters.areaCode ?? null}
          onChange={(code) => setFilters({ areaCode: code ?? undefined })}
          w={230}
        />
      </Group>

      <ListState
        loading={loading}
        error={error}
        total={page?.total}
        filtered={filtered}
        emptyText={t('meetings.empty')}
        icon={<IconUsersGroup size={32} />}
      />
      {page && page.total > 0 ? (
        <>
          <Table striped highlightOnHover className="sirakor-table" aria-label={t('meetings.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={200}>{t('meetings.date')}</Table.Th>
                <Table.Th>{t('meeting.title')}</Table.Th>
                <Table.Th>{t('meetings.areas')}</Table.Th>
                <Table.Th w={150}>{t('meetings.filterStatus')}</Table.Th>
                <Table.Th w={90}>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.items.map((meeting) => (
                <Table.Tr key={meeting.id}>
                  <Table.Td>
                    <Text size="sm">{formatDayDateId(meeting.date)}</Text>
                    <Text size="xs" c="dimmed">
                      {formatTimeId(meeting.startTime, meeting.timeZone)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {meeting.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[t(`meetingKind.${meeting.kind}`), meeting.venue].filter(Boolean).join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{meeting.areas.map((a) => a.name).join(', ')}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS_COLORS[meeting.status]}>
                      {t(`meetingStatus.${meeting.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label={t('common.edit')}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={`${t('common.edit')} ${meeting.title}`}
                          onClick={() => void openEditor(meeting.id)}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('common.delete')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`${t('common.delete')} ${meeting.title}`}
                          onClick={() => setDeleting(meeting)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Paginator
            total={page.total}
            limit={filters.limit ?? 50}
            offset={filters.offset ?? 0}
            onOffset={(offset) => setFilters({ offset })}
          />
        </>
      ) : null}

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'edit' ? t('meetings.edit') : t('meetings.new')}
        size="xl"
      >
        {editing ? (
          <MeetingForm
            meeting={editing.mode === 'edit' ? editing.meeting : null}
            defaultAreaCode={office?.desaCode ?? office?.kecamatanCode ?? office?.kabupatenCode ?? null}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              setEditing(null);
              notifications.show({ color: 'green', message: t('meetings.saved', { title: saved.title }) });
            }}
          />
        ) : null}
      </Modal>
      <ConfirmDelete
        name={deleting?.title ?? null}
        onClose={() => setDeleting(null)}
        onConfirm={() => call('meetings.delete', { id: deleting?.id ?? '' })}
      />
    </>
  );
}
